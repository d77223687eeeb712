import { DealKitError } from '../errors';
import { text } from '../i18n';
import type { A1 } from '../plan';

/** 1 → "A", 27 → "AA". */
export function columnLetter(index: number): string {
  let n = index;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** "A" → 1, "AA" → 27. */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A cell address from a 1-based column and row. */
export function cellAt(column: number, row: number): A1 {
  return `${columnLetter(column)}${row}`;
}

/** A rectangle from its corners; a single cell when both corners coincide. */
export function rangeAt(column: number, row: number, lastColumn: number, lastRow: number): A1 {
  const first = cellAt(column, row);
  const last = cellAt(lastColumn, lastRow);
  return first === last ? first : `${first}:${last}`;
}

/** "B4" → "$B$4", "B4:C9" → "$B$4:$C$9": for named ranges and references copied between cells. */
export function absolute(a1: A1): A1 {
  return a1
    .split(':')
    .map((part) => part.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
}

export interface CellRef {
  readonly column: number;
  readonly row: number;
}

/** Parses "B4" (dollar signs ignored). */
export function parseCell(a1: A1): CellRef {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1.trim().toUpperCase());
  if (!match) throw new DealKitError(text(`Not a cell address: ${a1}`, `不是单元格地址:${a1}`), a1);
  return { column: columnIndex(match[1]), row: Number(match[2]) };
}

export interface RangeRef {
  readonly column: number;
  readonly row: number;
  readonly lastColumn: number;
  readonly lastRow: number;
}

/** Parses "B4" or "B4:D9" into its corners. */
export function parseRange(a1: A1): RangeRef {
  const [first, last = first] = a1.split(':');
  const a = parseCell(first);
  const b = parseCell(last);
  return {
    column: Math.min(a.column, b.column),
    row: Math.min(a.row, b.row),
    lastColumn: Math.max(a.column, b.column),
    lastRow: Math.max(a.row, b.row),
  };
}

/** Every cell of a range, row by row. */
export function cellsOf(a1: A1): A1[] {
  const r = parseRange(a1);
  const out: A1[] = [];
  for (let row = r.row; row <= r.lastRow; row += 1) {
    for (let column = r.column; column <= r.lastColumn; column += 1) out.push(cellAt(column, row));
  }
  return out;
}
