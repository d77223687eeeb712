/**
 * Which cells of a chart's source feed what, read the way the plan documents the source (a header row,
 * the categories in the first column): every further column is a series, named by its header cell.
 * Every host and file that draws a chart from cells reads them this one way, so the playground and the
 * downloaded file show the same series.
 */
import { boxToA1, type CellBox } from './a1';
import type { ChartKind } from './plan';

export interface ChartSeriesCells {
  /** The header cell naming the series. */
  readonly name: CellBox;
  readonly values: CellBox;
}

export interface ChartCells {
  /** The first column below the header. */
  readonly categories: CellBox;
  readonly series: readonly ChartSeriesCells[];
}

function box(row: number, column: number, height: number, width: number): CellBox {
  return { a1: boxToA1(row, column, height, width), row, column, height, width };
}

/**
 * A pie and a waterfall draw one series, the first; the other kinds draw every column after the first.
 * Undefined when the source has no row below its header or no column after its first: nothing to draw.
 */
export function chartCells(chart: { readonly kind: ChartKind; readonly source: CellBox }): ChartCells | undefined {
  const { row, column, height, width } = chart.source;
  const rows = height - 1;
  const columns = chart.kind === 'pie' || chart.kind === 'waterfall' ? Math.min(1, width - 1) : width - 1;
  if (rows < 1 || columns < 1) return undefined;
  return {
    categories: box(row + 1, column, rows, 1),
    series: Array.from({ length: columns }, (_, i) => ({ name: box(row, column + 1 + i, 1, 1), values: box(row + 1, column + 1 + i, rows, 1) })),
  };
}
