import type { Text } from '../../i18n';
import { text } from '../../i18n';
import { DEFAULT_DECIMAL_MARK, type DecimalMark } from '../../numbers/decimal-mark';
import { aboveMaxAmount, MAX_AMOUNT, MAX_AMOUNT_TEXT } from '../../numbers/max-amount';
import { argumentError, booleanFromCell, readNumberCell, rowError, showCell } from '../coerce';
import type { CallContext, Cell, Grid, GridSize, ResultGrid, ResultScalar } from '../types';

/** How the call's workbook writes numbers as text. */
export function decimalMarkOf(context: CallContext): DecimalMark {
  return context.decimalMark ?? DEFAULT_DECIMAL_MARK;
}

/**
 * A range read as a list, one value per row: a single column, or a single row read across (users
 * sometimes lay inputs out sideways). Anything wider is refused so a value is never read from the
 * wrong column.
 */
export function listOf(grid: Grid, argument: string): Cell[] {
  return listView(grid, argument).across ? [...grid[0]] : grid.map((row) => row[0] ?? null);
}

/**
 * A list argument read in place: what `listOf` reads, refused the same way, without copying a column
 * of 100k cells first. Read row `i` with `cellOf`.
 */
export interface ListView {
  readonly grid: Grid;
  /** True for a single row read across. */
  readonly across: boolean;
  readonly length: number;
}

export function listView(grid: Grid, argument: string): ListView {
  const width = grid[0]?.length ?? 0;
  if (width === 1) return { grid, across: false, length: grid.length };
  if (grid.length === 1) return { grid, across: true, length: width };
  throw argumentError(argument, `expected one column (or one row), got ${grid.length} rows × ${width} columns`, `应为一列(或一行)，实际为 ${grid.length} 行 × ${width} 列`);
}

/** Row `i` (0-based) of a list view; a missing cell reads as blank, as in `listOf`. */
export function cellOf(list: ListView, i: number): Cell {
  return (list.across ? list.grid[0][i] : list.grid[i][0]) ?? null;
}

/** How many values `listOf` reads from a range of this size: what a column result is sized by. */
export function listLength(size: GridSize): number {
  return size.columns === 1 ? size.rows : size.rows === 1 ? size.columns : size.rows;
}

/** Two lists that describe the same rows must be the same length. */
export function checkSameLength(first: { readonly length: number }, firstName: string, other: { readonly length: number }, otherName: string): void {
  if (first.length === other.length) return;
  throw argumentError(
    otherName,
    `has ${other.length} rows but ${firstName} has ${first.length}; give both the same rows`,
    `有 ${other.length} 行，而 ${firstName} 有 ${first.length} 行；两者应覆盖相同的行`,
  );
}

export function isBlankCell(cell: Cell): boolean {
  if (typeof cell !== 'string') return cell === null;
  // A visible ASCII character first means the text is not blank; only other text needs trimming.
  const first = cell.charCodeAt(0);
  return !(first > 32 && first < 127) && cell.trim() === '';
}

/** A number in a row of a range, read by the workbook's decimal mark; blank is refused unless the caller allows it. */
export function numberInRow(cell: Cell, argument: string, row: number, decimalMark: DecimalMark): number {
  const reading = readNumberCell(cell, decimalMark);
  if (!reading.ok) throw rowError(argument, row, `${showCell(cell)} ${reading.problem.en}`, `${showCell(cell)} ${reading.problem['zh-CN']}`);
  return reading.value;
}

/** An amount of money in a row of a range: a number no larger than MAX_AMOUNT either way. */
export function amountInRow(cell: Cell, argument: string, row: number, decimalMark: DecimalMark): number {
  const value = numberInRow(cell, argument, row, decimalMark);
  if (value > MAX_AMOUNT) {
    const above = aboveMaxAmount(value);
    throw rowError(argument, row, above.en, above['zh-CN']);
  }
  if (value < -MAX_AMOUNT) {
    throw rowError(argument, row, `${value} is below the smallest amount DealKit reads, -${MAX_AMOUNT_TEXT}`, `${value} 低于 DealKit 可读取的最小金额 -${MAX_AMOUNT_TEXT}`);
  }
  return value;
}

/**
 * Sum of a range of amounts of money, blanks skipped; text, a tick or an amount beyond MAX_AMOUNT is an
 * error naming its row. The bound keeps the sum finite: two cells of 1e308 would add up to Infinity.
 */
export function sumOf(grid: Grid, argument: string, decimalMark: DecimalMark): number {
  return amountsOf(grid, argument, decimalMark).reduce((total, amount) => total + amount, 0);
}

/** The amounts of money of a range in reading order (row by row), blanks skipped; each within MAX_AMOUNT, so running totals stay finite. */
export function amountsOf(grid: Grid, argument: string, decimalMark: DecimalMark): number[] {
  const values: number[] = [];
  grid.forEach((row, r) =>
    row.forEach((cell) => {
      if (!isBlankCell(cell)) values.push(amountInRow(cell, argument, r + 1, decimalMark));
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

/** One value per row as a column result (the invoker shows an empty one as one blank cell). */
export function asColumn(values: readonly ResultScalar[]): ResultGrid {
  return values.map((value) => [value]);
}

/** "ratings, row 3" in both languages, for rules in the scoring core that name the row themselves. */
export function rowLabel(argument: string, row: number): Text {
  return text(`${argument}, row ${row}`, `${argument}，第 ${row} 行`);
}
