/** The column letters and row numbers around the cells, drawn like the cells: only those on screen. The row numbers' strip is hidden from screen readers by its container. */
import type { JSX } from 'preact';
import { columnLetters } from '../../shared/a1';
import { sizeAt } from './axis';
import { PurePane } from './pure-pane';
import { HEADER_HEIGHT, ROW_HEAD_WIDTH, type SheetView } from './sheet-view';

export class ColumnHeads extends PurePane<{ readonly view: SheetView; readonly colFrom: number; readonly colTo: number }> {
  render() {
    const { view, colFrom, colTo } = this.props;
    const heads: JSX.Element[] = [];
    for (let c = colFrom; c <= colTo; c += 1)
      heads.push(
        <div key={c} class="pg-col-head" style={{ left: `${ROW_HEAD_WIDTH + view.columnAxis.starts[c]}px`, width: `${sizeAt(view.columnAxis, c)}px`, height: `${HEADER_HEIGHT}px` }}>
          {columnLetters(c)}
        </div>,
      );
    // Hidden from screen readers: each cell says its own address (aria-rowindex, aria-colindex, the editor's label).
    return (
      <div class="pg-col-heads" aria-hidden="true">
        {heads}
      </div>
    );
  }
}

export class RowHeads extends PurePane<{ readonly view: SheetView; readonly rowFrom: number; readonly rowTo: number; readonly yOrigin: number }> {
  render() {
    const { view, rowFrom, rowTo, yOrigin } = this.props;
    const heads: JSX.Element[] = [];
    for (let r = rowFrom; r <= rowTo; r += 1)
      heads.push(
        <div key={r} class="pg-row-head" style={{ top: `${view.rowAxis.starts[r] + yOrigin}px`, height: `${sizeAt(view.rowAxis, r)}px` }}>
          {r + 1}
        </div>,
      );
    return <>{heads}</>;
  }
}
