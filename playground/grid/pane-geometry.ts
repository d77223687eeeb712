/**
 * Where things sit in the grid's two panes: the frozen rows (under the column letters, never
 * scrolling up) and the body that scrolls under them. Boxes are in the pane's own coordinates.
 */
import { HEADER_HEIGHT, ROW_HEAD_WIDTH, type SheetView } from './sheet-view';
import type { CellRange } from './selection';

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export function px(box: Box): Record<string, string> {
  return { left: `${box.left}px`, top: `${box.top}px`, width: `${box.width}px`, height: `${box.height}px` };
}

/** The height of the frozen rows: the body scrolls under them. */
export function frozenHeight(view: SheetView): number {
  return view.rowAxis.starts[view.frozenRows];
}

export interface Pane {
  readonly frozen: boolean;
  readonly rowFrom: number;
  readonly rowTo: number;
  /** Added to a row's start to place it in the pane. */
  readonly yOrigin: number;
}

export function framePane(view: SheetView, frozen: boolean): Pane {
  return frozen ? { frozen, rowFrom: 0, rowTo: view.frozenRows - 1, yOrigin: HEADER_HEIGHT } : { frozen, rowFrom: view.frozenRows, rowTo: view.rows - 1, yOrigin: -frozenHeight(view) };
}

export function paneOfRow(view: SheetView, row: number): Pane {
  return framePane(view, row < view.frozenRows);
}

/** The box of a range's rows within a pane; null when none of them are in it. */
export function rangeBox(view: SheetView, range: CellRange, pane: Pane): Box | null {
  const top = Math.max(range.top, pane.rowFrom);
  const bottom = Math.min(range.bottom, pane.rowTo);
  if (top > bottom) return null;
  const columns = view.columnAxis.starts;
  const rows = view.rowAxis.starts;
  return { left: ROW_HEAD_WIDTH + columns[range.left], top: rows[top] + pane.yOrigin, width: columns[range.right + 1] - columns[range.left], height: rows[bottom + 1] - rows[top] };
}

/** About how wide the cell editor must be to show a draft. */
export function draftWidth(draft: string): number {
  let width = 16;
  for (const char of draft) width += char.charCodeAt(0) > 0x2e80 ? 13 : 7.5;
  return width;
}
