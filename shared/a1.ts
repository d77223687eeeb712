/**
 * A1 notation, in one convention: in code, rows and columns are 0-based indexes; only the text of an
 * address ("B4") shows the 1-based row number a user reads. Template layouts are written in the numbers
 * a user reads (column 2 is B, row 4 is row 4), so the few functions taking those say "Number" in their names.
 */
import { DealKitError } from './errors';
import { text } from './i18n';
import type { A1 } from './plan';

// ---------------------------------------------------------------------------------------------
// Columns

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 0, "AA" → 26 (either case). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new DealKitError(text(`"${letters}" is not a column letter.`, `“${letters}”不是列字母。`), letters);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

// ---------------------------------------------------------------------------------------------
// Boxes

/** A rectangle of cells, 0-based, as every host API wants it in one form or another. */
export interface CellBox {
  readonly a1: A1;
  /** 0-based row and column of the top-left cell. */
  readonly row: number;
  readonly column: number;
  readonly height: number;
  readonly width: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function notAnAddress(a1: string): DealKitError {
  return new DealKitError(text(`"${a1}" is not a cell address such as B4 or B4:D9.`, `“${a1}”不是 B4 或 B4:D9 这样的单元格地址。`), a1);
}

function parseCell(cell: string, whole: string): { row: number; column: number } {
  const m = CELL.exec(cell.trim());
  if (!m) throw notAnAddress(whole);
  const row = Number(m[2]) - 1;
  if (row < 0) throw new DealKitError(text(`"${whole}" names row 0; rows start at 1.`, `“${whole}”指向第 0 行；行号从 1 开始。`), whole);
  return { row, column: columnIndex(m[1]) };
}

/** "B4" or "B4:D9" (either corner order, dollar signs ignored) as a 0-based box. */
export function parseA1(a1: A1): CellBox {
  const parts = a1.split(':');
  if (parts.length > 2) throw notAnAddress(a1);
  const first = parseCell(parts[0], a1);
  const last = parts.length === 2 ? parseCell(parts[1], a1) : first;
  const row = Math.min(first.row, last.row);
  const column = Math.min(first.column, last.column);
  const height = Math.abs(last.row - first.row) + 1;
  const width = Math.abs(last.column - first.column) + 1;
  return { a1: boxToA1(row, column, height, width), row, column, height, width };
}

/** "A:C" (whole columns, dollar signs ignored) → 0-based first column and width; undefined for anything else. */
export function parseColumnSpan(a1: string): { column: number; width: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(a1.trim());
  if (!m) return undefined;
  const first = columnIndex(m[1]);
  const last = columnIndex(m[2]);
  return { column: Math.min(first, last), width: Math.abs(last - first) + 1 };
}

/** The cell at a 0-based row and column: (3, 1) → "B4". */
export function cellA1(row: number, column: number): A1 {
  return `${columnLetters(column)}${row + 1}`;
}

/** "B4" for one cell, "B4:D9" for more, from a 0-based top-left cell and a size. */
export function boxToA1(row: number, column: number, height: number, width: number): A1 {
  const start = cellA1(row, column);
  if (height === 1 && width === 1) return start;
  return `${start}:${cellA1(row + height - 1, column + width - 1)}`;
}

/** "$B$3:$B$9" for name definitions, validation sources and references copied between cells. */
export function absoluteA1(box: CellBox): string {
  const start = `$${columnLetters(box.column)}$${box.row + 1}`;
  if (box.height === 1 && box.width === 1) return start;
  return `${start}:$${columnLetters(box.column + box.width - 1)}$${box.row + box.height}`;
}

/**
 * A used range read from a host starts at its first used cell; readers want values from A1, so the
 * rows and columns before it (0-based counts) are filled with blanks.
 */
export function valuesFromA1(values: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): unknown[][] {
  const pad = new Array<unknown>(columnIndex).fill(null);
  const rows: unknown[][] = Array.from({ length: rowIndex }, () => []);
  for (const row of values) rows.push(columnIndex > 0 ? [...pad, ...row] : [...row]);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Sheet-qualified references

/** A sheet name as formulas may always quote it: 'Team pipeline'!A1. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** A sheet name quoted only when a reference needs the quotes: Settings, but 'DealKit settings'. */
export function sheetNameInReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : quoteSheetName(name);
}

/** 'Settings'!B7: a cell on a named sheet, quoted, as messages name a setting's cell. */
export function quotedCellReference(sheet: string, a1: A1): string {
  return `${quoteSheetName(sheet)}!${a1}`;
}

/** Settings!B42, or 'DealKit settings'!B42 when the name needs quotes; row and column 0-based. */
export function sheetCellReference(sheet: string, row: number, column: number): string {
  return `${sheetNameInReference(sheet)}!${cellA1(row, column)}`;
}

/** A single-area reference to a sheet's cells, 0-based and inclusive. */
export interface SheetReference {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly lastRow: number;
  readonly lastColumn: number;
}

const REFERENCE = /^=?\s*(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?\s*$/;

/** "='DealKit settings'!$A$12:$B$20" or "Settings!B3"; undefined for anything else (formulas, several areas). */
export function parseSheetReference(reference: string): SheetReference | undefined {
  const m = REFERENCE.exec(reference);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '').trim();
  const row = Number(m[4]) - 1;
  const column = columnIndex(m[3]);
  const lastRow = m[6] !== undefined ? Number(m[6]) - 1 : row;
  const lastColumn = m[5] !== undefined ? columnIndex(m[5]) : column;
  return { sheet, row: Math.min(row, lastRow), column: Math.min(column, lastColumn), lastRow: Math.max(row, lastRow), lastColumn: Math.max(column, lastColumn) };
}

/** The sheet and top-left cell ("B7") a single-area reference points at; null for anything else. */
export function firstCellOfReference(reference: string): { sheet: string; a1: A1 } | null {
  const ref = parseSheetReference(reference);
  return ref ? { sheet: ref.sheet, a1: cellA1(ref.row, ref.column) } : null;
}

// ---------------------------------------------------------------------------------------------
// Layouts in the numbers a user reads (1-based column and row numbers)

/** Column number 1 → "A", 27 → "AA". */
export function columnLettersOfNumber(columnNumber: number): string {
  return columnLetters(columnNumber - 1);
}

/** The cell at column number 2, row 4 → "B4". */
export function cellAt(columnNumber: number, rowNumber: number): A1 {
  return cellA1(rowNumber - 1, columnNumber - 1);
}

/** A rectangle from its corners' column and row numbers; a single cell when both corners coincide. */
export function rangeAt(columnNumber: number, rowNumber: number, lastColumnNumber: number, lastRowNumber: number): A1 {
  const first = cellAt(columnNumber, rowNumber);
  const last = cellAt(lastColumnNumber, lastRowNumber);
  return first === last ? first : `${first}:${last}`;
}

/** A cell's 1-based column and row numbers. */
export interface CellNumbers {
  readonly column: number;
  readonly row: number;
}

/** "B4" → column 2, row 4 (dollar signs ignored). */
export function parseCellNumbers(a1: A1): CellNumbers {
  const box = parseA1(a1);
  if (box.height !== 1 || box.width !== 1) throw notAnAddress(a1);
  return { column: box.column + 1, row: box.row + 1 };
}

/** A range's corners as 1-based column and row numbers. */
export interface RangeNumbers {
  readonly column: number;
  readonly row: number;
  readonly lastColumn: number;
  readonly lastRow: number;
}

/** "B4" or "B4:D9" → its corners' column and row numbers. */
export function parseRangeNumbers(a1: A1): RangeNumbers {
  const box = parseA1(a1);
  return { column: box.column + 1, row: box.row + 1, lastColumn: box.column + box.width, lastRow: box.row + box.height };
}

/** Every cell of a range, row by row. */
export function cellsOf(a1: A1): A1[] {
  const box = parseA1(a1);
  const out: A1[] = [];
  for (let row = box.row; row < box.row + box.height; row += 1) {
    for (let column = box.column; column < box.column + box.width; column += 1) out.push(cellA1(row, column));
  }
  return out;
}
