import type { SheetValues } from './find-tables';
import type { NamedValues } from './team-settings';

/**
 * The values of named ranges taken from sheet values already read, given each name's reference
 * ("='DealKit settings'!$A$12:$B$20"). The shells read every sheet's values for the roll-up anyway;
 * resolving the settings names from them costs no extra host call.
 */

export interface ParsedReference {
  readonly sheet: string;
  /** 0-based, inclusive. */
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const REFERENCE = /^=?\s*(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*$/;

/** A single-area reference to a sheet's cells; undefined for anything else (formulas, several areas). */
export function parseReference(reference: string): ParsedReference | undefined {
  const m = REFERENCE.exec(reference);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '').trim();
  const row = Number(m[4]) - 1;
  const column = columnNumber(m[3]);
  const lastRow = m[6] !== undefined ? Number(m[6]) - 1 : row;
  const lastColumn = m[5] !== undefined ? columnNumber(m[5]) : column;
  return { sheet, row: Math.min(row, lastRow), column: Math.min(column, lastColumn), lastRow: Math.max(row, lastRow), lastColumn: Math.max(column, lastColumn) };
}

export function valuesAt(sheets: readonly SheetValues[], ref: ParsedReference): unknown[][] | undefined {
  const sheet = sheets.find((s) => s.name.toLowerCase() === ref.sheet.toLowerCase());
  if (!sheet) return undefined;
  const out: unknown[][] = [];
  for (let r = ref.row; r <= ref.lastRow; r += 1) {
    const row = sheet.values[r] ?? [];
    const cells: unknown[] = [];
    for (let c = ref.column; c <= ref.lastColumn; c += 1) cells.push(row[c] ?? null);
    out.push(cells);
  }
  return out;
}

/** Name → values, for the names whose reference points at a sheet that was read. */
export function namedValuesFromReferences(references: Readonly<Record<string, string>>, sheets: readonly SheetValues[]): NamedValues {
  const out: Record<string, unknown[][]> = {};
  for (const [name, reference] of Object.entries(references)) {
    const ref = parseReference(reference);
    const values = ref ? valuesAt(sheets, ref) : undefined;
    if (values) out[name] = values;
  }
  return out;
}

/**
 * A used range read from a host starts at its first used cell; the roll-up wants values from A1, so
 * the rows and columns before it are filled with blanks.
 */
export function valuesFromA1(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): unknown[][] {
  const pad = new Array<unknown>(columnIndex).fill(null);
  const rows: unknown[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of values) rows.push(columnIndex > 0 ? [...pad, ...row] : [...row]);
  return rows;
}
