/**
 * A small reader of the formulas templates write: which functions they call (DealKit ones marked by
 * the {{DEAL}} token), with how many arguments, which workbook names they use, and whether the
 * parentheses balance outside string literals.
 */
export interface FormulaCall {
  readonly name: string;
  readonly dealkit: boolean;
  args: number;
}

export interface FormulaReading {
  readonly calls: FormulaCall[];
  /** Identifiers that are neither calls, cell references nor booleans: workbook names such as DK_STAGES. */
  readonly names: string[];
  readonly balanced: boolean;
  /** Sheet keys referenced through {{SHEET:key}}. */
  readonly sheetKeys: string[];
}

const CELL_REF = /^\$?[A-Z]{1,3}\$?\d+$/i;

export function readFormula(formula: string): FormulaReading {
  const calls: FormulaCall[] = [];
  const names: string[] = [];
  const sheetKeys: string[] = [];
  const frames: { call?: FormulaCall; commas: number; empty: boolean }[] = [];
  let balanced = formula.startsWith('=');
  let braces = 0;
  let i = 1;
  let dealkitNext = false;
  const markContent = (): void => {
    if (frames.length > 0) frames[frames.length - 1].empty = false;
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (formula.startsWith('{{DEAL}}', i)) {
      dealkitNext = true;
      i += '{{DEAL}}'.length;
      continue;
    }
    const sheet = /^\{\{SHEET:([^}]+)\}\}/.exec(formula.slice(i));
    if (sheet) {
      sheetKeys.push(sheet[1]);
      i += sheet[0].length;
      markContent();
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= formula.length) return { calls, names, sheetKeys, balanced: false };
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j += 1;
      }
      i = j + 1;
      markContent();
      continue;
    }
    if (ch === "'") {
      const end = formula.indexOf("'!", i + 1);
      if (end < 0) return { calls, names, sheetKeys, balanced: false };
      i = end + 2;
      markContent();
      continue;
    }
    const ident = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(formula.slice(i));
    if (ident) {
      const word = ident[0];
      i += word.length;
      markContent();
      if (formula[i] === '(') {
        const call: FormulaCall = { name: word.toUpperCase(), dealkit: dealkitNext, args: 0 };
        calls.push(call);
        frames.push({ call, commas: 0, empty: true });
        i += 1;
      } else if (formula[i] === '!') {
        i += 1; // unquoted sheet name
      } else if (/^(TRUE|FALSE)$/i.test(word)) {
        balanced = false; // HyperFormula has no boolean literals: write TRUE() and FALSE()
      } else if (!CELL_REF.test(word)) {
        names.push(word);
      }
      dealkitNext = false;
      continue;
    }
    if (dealkitNext) balanced = false; // {{DEAL}} not followed by a function name
    if (ch === '(') {
      frames.push({ commas: 0, empty: true });
      markContent();
    } else if (ch === ')') {
      const frame = frames.pop();
      if (!frame) balanced = false;
      else if (frame.call) frame.call.args = frame.empty ? 0 : frame.commas + 1;
      markContent();
    } else if (ch === '{') braces += 1;
    else if (ch === '}') braces -= 1;
    else if (ch === ',' && braces === 0) {
      if (frames.length === 0) balanced = false;
      else frames[frames.length - 1].commas += 1;
    } else if (ch !== ' ') markContent();
    i += 1;
  }
  if (frames.length > 0 || braces !== 0) balanced = false;
  return { calls, names, sheetKeys, balanced };
}

/**
 * Host functions a template may call: both Excel and Google Sheets have each with the same meaning,
 * and LibreOffice recalculates them.
 */
export const ALLOWED_BUILT_INS: ReadonlySet<string> = new Set([
  'ABS',
  'AND',
  'TRUE',
  'FALSE',
  'COUNT',
  'COUNTA',
  'COUNTBLANK',
  'COUNTIF',
  'COUNTIFS',
  'DATE',
  'EDATE',
  'EOMONTH',
  'IF',
  'IFERROR',
  'INDEX',
  'IRR',
  'ISBLANK',
  'ISNUMBER',
  'ISTEXT',
  'LEFT',
  'LEN',
  'MATCH',
  'MAX',
  'MIN',
  'MONTH',
  'NOT',
  'NPV',
  'OR',
  'ROUND',
  'SEARCH',
  'SUM',
  'SUMIFS',
  'SUMPRODUCT',
  'TODAY',
  'TRIM',
  'YEAR',
]);
