/**
 * The cells of one pane (the frozen rows, or the scrolling body) between given rows and columns: only
 * those on screen, each positioned where the sheet's row and column sizes put it, each value a text node.
 */
import type { JSX } from 'preact';
import { fill } from '../../shared/ui/texts';
import type { Locale } from '../../shared/i18n';
import { sizeAt } from './axis';
import { GRID_TEXT } from './grid-texts';
import { PurePane } from './pure-pane';
import { ROW_HEAD_WIDTH, type SheetView, type ViewCell } from './sheet-view';

export interface CellsPaneProps {
  readonly view: SheetView;
  readonly rowFrom: number;
  readonly rowTo: number;
  readonly colFrom: number;
  readonly colTo: number;
  /** Added to a row's start to place it in the pane. */
  readonly yOrigin: number;
  readonly locale: Locale;
}

function cellContent(cell: ViewCell, locale: Locale): JSX.Element | string {
  const { shown } = cell;
  if (cell.rule?.kind === 'checkbox' && (shown.kind === 'boolean' || shown.kind === 'empty')) {
    const ticked = shown.text === 'TRUE';
    return (
      <span class={`pg-tick${ticked ? ' is-ticked' : ''}`} role="checkbox" aria-checked={ticked} aria-label={fill(GRID_TEXT.tickBox[locale], { cell: cell.a1 })}>
        {ticked ? '✓' : ''}
      </span>
    );
  }
  return shown.text;
}

interface CellsRowProps {
  readonly view: SheetView;
  readonly row: number;
  readonly colFrom: number;
  readonly colTo: number;
  readonly yOrigin: number;
  readonly locale: Locale;
}

/** One row's drawn cells: scrolling up or down draws only the rows that come on screen. */
class CellsRow extends PurePane<CellsRowProps> {
  render() {
    const { view, row, colFrom, colTo, yOrigin, locale } = this.props;
    const columns = view.columnAxis;
    const cells: JSX.Element[] = [];
    for (let c = colFrom; c <= colTo; c += 1) {
      const cell = view.cell(row, c);
      const { shown, style } = cell;
      cells.push(
        <div
          key={c}
          role="gridcell"
          aria-colindex={c + 1}
          data-cell={cell.a1}
          data-conditional={cell.look ? '' : undefined}
          title={shown.title}
          class={`pg-cell pg-${shown.kind}${cell.spills ? ' pg-spills' : ''}${cell.rule?.kind === 'checkbox' ? ' pg-tick-cell' : ''}`}
          style={{
            left: `${ROW_HEAD_WIDTH + columns.starts[c]}px`,
            width: `${sizeAt(columns, c)}px`,
            fontWeight: style?.bold ? 600 : undefined,
            fontStyle: style?.italic ? 'italic' : undefined,
            background: cell.look?.fill ?? style?.fill,
            color: cell.look?.fontColor ?? style?.fontColor,
            textAlign: style?.align ?? (shown.kind === 'number' ? 'right' : undefined),
            whiteSpace: style?.wrap ? 'normal' : undefined,
          }}
        >
          {cellContent(cell, locale)}
        </div>,
      );
    }
    return (
      <div role="row" class="pg-row" aria-rowindex={row + 1} style={{ top: `${view.rowAxis.starts[row] + yOrigin}px`, height: `${sizeAt(view.rowAxis, row)}px` }}>
        {cells}
      </div>
    );
  }
}

export class CellsPane extends PurePane<CellsPaneProps> {
  render() {
    const { view, rowFrom, rowTo, colFrom, colTo, yOrigin, locale } = this.props;
    const rows: JSX.Element[] = [];
    for (let r = rowFrom; r <= rowTo; r += 1) rows.push(<CellsRow key={r} view={view} row={r} colFrom={colFrom} colTo={colTo} yOrigin={yOrigin} locale={locale} />);
    return <>{rows}</>;
  }
}
