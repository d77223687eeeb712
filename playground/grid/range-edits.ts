/**
 * The grid's writes, each one change of the workbook so one Ctrl+Z takes it back: a block of typed or
 * pasted text (parsed as a spreadsheet parses typing: numbers, TRUE, dates, =formulas), a cleared range,
 * a cut block moved. They go through the workbook's own writes, which keep what they replace for undo.
 */
import type { SimpleCellRange } from 'hyperformula';
import { cellA1 } from '../../shared/a1';
import type { PlaygroundWorkbook } from '../playground-workbook';
import { rangeHeight, rangeWidth, type CellPoint, type CellRange } from './selection';

function box(sheet: number, top: number, left: number, height: number, width: number): SimpleCellRange {
  return { start: { sheet, row: top, col: left }, end: { sheet, row: top + height - 1, col: left + width - 1 } };
}

function contents(rows: readonly (readonly string[])[]): string[][] {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** False, writing nothing, when the block would run past the sheet's last row or column. */
export function writeBlock(workbook: PlaygroundWorkbook, sheet: string, at: CellPoint, rows: readonly (readonly string[])[]): boolean {
  const id = workbook.sheetId(sheet);
  if (id === undefined || rows.length === 0) return false;
  const block = contents(rows);
  if (!workbook.hf.isItPossibleToSetCellContents(box(id, at.row, at.col, block.length, block[0].length))) return false;
  workbook.setCellInputs(sheet, cellA1(at.row, at.col), block);
  return true;
}

export function clearRange(workbook: PlaygroundWorkbook, sheet: string, range: CellRange): boolean {
  const empty = Array.from({ length: rangeHeight(range) }, () => Array.from({ length: rangeWidth(range) }, () => ''));
  return writeBlock(workbook, sheet, { row: range.top, col: range.left }, empty);
}

/** A cut block pasted: the source emptied and the target written, as one change. */
export function moveBlock(workbook: PlaygroundWorkbook, sheet: string, from: CellRange, to: CellPoint, rows: readonly (readonly string[])[]): boolean {
  const id = workbook.sheetId(sheet);
  if (id === undefined) return false;
  const sourceOk = workbook.hf.isItPossibleToSetCellContents(box(id, from.top, from.left, rangeHeight(from), rangeWidth(from)));
  const block = contents(rows);
  const targetOk = workbook.hf.isItPossibleToSetCellContents(box(id, to.row, to.col, block.length, block[0].length));
  if (!sourceOk || !targetOk) return false;
  workbook.change(() => {
    clearRange(workbook, sheet, from);
    writeBlock(workbook, sheet, to, rows);
  });
  return true;
}

/** A block filling a range: one copied cell pasted over a larger selection fills all of it, as in a spreadsheet. */
export function fitToSelection(rows: readonly (readonly string[])[], selection: CellRange): readonly (readonly string[])[] {
  if (rows.length !== 1 || rows[0].length !== 1) return rows;
  return Array.from({ length: rangeHeight(selection) }, () => Array.from({ length: rangeWidth(selection) }, () => rows[0][0]));
}
