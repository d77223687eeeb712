/**
 * The grid's selection as a spreadsheet keeps it: the active cell (where typing goes, the anchor of a
 * range) and the opposite corner that shift+click, shift+arrows and dragging move.
 */
export interface CellPoint {
  readonly row: number;
  readonly col: number;
}

export interface GridSelection {
  readonly active: CellPoint;
  readonly corner: CellPoint;
}

export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function cellSelection(point: CellPoint): GridSelection {
  return { active: point, corner: point };
}

export function rangeOf(selection: GridSelection): CellRange {
  const { active, corner } = selection;
  return {
    top: Math.min(active.row, corner.row),
    left: Math.min(active.col, corner.col),
    bottom: Math.max(active.row, corner.row),
    right: Math.max(active.col, corner.col),
  };
}

export function rangeHeight(range: CellRange): number {
  return range.bottom - range.top + 1;
}

export function rangeWidth(range: CellRange): number {
  return range.right - range.left + 1;
}

export function isSingleCell(selection: GridSelection): boolean {
  return selection.active.row === selection.corner.row && selection.active.col === selection.corner.col;
}

export interface GridBounds {
  readonly rows: number;
  readonly cols: number;
}

export function clampPoint(point: CellPoint, bounds: GridBounds): CellPoint {
  return { row: Math.max(0, Math.min(bounds.rows - 1, point.row)), col: Math.max(0, Math.min(bounds.cols - 1, point.col)) };
}

/** The active cell moved by (rows, cols); the range collapses onto it. */
export function moveActive(selection: GridSelection, rows: number, cols: number, bounds: GridBounds): GridSelection {
  return cellSelection(clampPoint({ row: selection.active.row + rows, col: selection.active.col + cols }, bounds));
}

/** The range grown or shrunk from the active cell by moving its opposite corner. */
export function moveCorner(selection: GridSelection, rows: number, cols: number, bounds: GridBounds): GridSelection {
  return { active: selection.active, corner: clampPoint({ row: selection.corner.row + rows, col: selection.corner.col + cols }, bounds) };
}

export function extendTo(selection: GridSelection, point: CellPoint): GridSelection {
  return { active: selection.active, corner: point };
}

/**
 * Where Ctrl+arrow lands, as in a spreadsheet: from inside a filled run, its last cell; otherwise the
 * next filled cell in that direction, or the sheet's edge.
 */
export function edgeFrom(from: CellPoint, rows: number, cols: number, bounds: GridBounds, isFilled: (row: number, col: number) => boolean): CellPoint {
  const inside = (p: CellPoint): boolean => p.row >= 0 && p.row < bounds.rows && p.col >= 0 && p.col < bounds.cols;
  const step = (p: CellPoint): CellPoint => ({ row: p.row + rows, col: p.col + cols });
  let point = from;
  if (!inside(step(point))) return point;
  if (isFilled(point.row, point.col) && isFilled(point.row + rows, point.col + cols)) {
    while (inside(step(point)) && isFilled(point.row + rows, point.col + cols)) point = step(point);
    return point;
  }
  point = step(point);
  while (!isFilled(point.row, point.col) && inside(step(point))) point = step(point);
  return point;
}
