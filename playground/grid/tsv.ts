/**
 * Cells as tab-separated text, the way Excel and Google Sheets put a range on the clipboard: a field
 * holding a tab, a line break or a quote is quoted, its quotes doubled.
 */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string): string => (/[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join('\t')).join('\n');
}

/** The rows of pasted text; a trailing line break (spreadsheets add one) makes no empty last row. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (field !== '' || row.length > 0 || quoted) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
