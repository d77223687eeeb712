import type { Text } from '../../i18n';
import { text } from '../../i18n';
import { argumentError, booleanFromCell, numberFromCell, rowError, showCell } from '../coerce';
import type { Cell, Grid, GridSize, ResultGrid, ResultScalar } from '../types';

/**
 * A range read as a list, one value per row: a single column, or a single row read across (users
 * sometimes lay inputs out sideways). Anything wider is refused so a value is never read from the
 * wrong column.
 */
export function listOf(grid: Grid, argument: string): Cell[] {
  const width = grid[0]?.length ?? 0;
  if (width === 1) return grid.map((row) => row[0] ?? null);
  if (grid.length === 1) return [...grid[0]];
  throw argumentError(
    argument,
    `expected one column (or one row), got ${grid.length} rows × ${width} columns`,
    `应为一列(或一行)，实际为 ${grid.length} 行 × ${width} 列`,
  );
}

/** How many values `listOf` reads from a range of this size: what a column result is sized by. */
export function listLength(size: GridSize): number {
  return size.columns === 1 ? size.rows : size.rows === 1 ? size.columns : size.rows;
}

/** Two lists that describe the same rows must be the same length. */
export function checkSameLength(first: readonly unknown[], firstName: string, other: readonly unknown[], otherName: string): void {
  if (first.length === other.length) return;
  throw argumentError(
    otherName,
    `has ${other.length} rows but ${firstName} has ${first.length}; give both the same rows`,
    `有 ${other.length} 行，而 ${firstName} 有 ${first.length} 行；两者应覆盖相同的行`,
  );
}

export function isBlankCell(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A number in a row of a range; blank is refused unless the caller allows it. */
export function numberInRow(cell: Cell, argument: string, row: number): number {
  const value = numberFromCell(cell);
  if (value === undefined) throw rowError(argument, row, `${showCell(cell)} is not a number`, `${showCell(cell)} 不是数字`);
  return value;
}

/** Sum of a range's numbers, blanks skipped; text or a tick is an error naming its row. */
export function sumOf(grid: Grid, argument: string): number {
  let total = 0;
  grid.forEach((row, r) =>
    row.forEach((cell) => {
      if (isBlankCell(cell)) return;
      total += numberInRow(cell, argument, r + 1);
    }),
  );
  return total;
}

/** The numbers of a range in reading order (row by row), blanks skipped. */
export function numbersOf(grid: Grid, argument: string): number[] {
  const values: number[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell) => {
      if (!isBlankCell(cell)) values.push(numberInRow(cell, argument, r + 1));
    }),
  );
  return values;
}

/** A tick in a row of a range: TRUE/FALSE, yes/no, x, 1/0; blank is not ticked. */
export function tickInRow(cell: Cell, argument: string, row: number): boolean {
  if (isBlankCell(cell)) return false;
  const value = booleanFromCell(cell);
  if (value === undefined) {
    throw rowError(argument, row, `${showCell(cell)} is not a tick; use TRUE/FALSE, yes/no or x`, `${showCell(cell)} 不是勾选值；请用 TRUE/FALSE、是/否 或 x`);
  }
  return value;
}

/** One value per row as a column result. */
export function asColumn(values: readonly ResultScalar[]): ResultGrid {
  return values.length === 0 ? [['']] : values.map((value) => [value]);
}

/** "ratings, row 3" in both languages, for rules in the scoring core that name the row themselves. */
export function rowLabel(argument: string, row: number): Text {
  return text(`${argument}, row ${row}`, `${argument}，第 ${row} 行`);
}
