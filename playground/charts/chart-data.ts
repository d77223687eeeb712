/**
 * A chart's data as the workbook holds it now: category labels shown as the grid shows those cells
 * (number formats applied), each series' name and numbers. Read again from HyperFormula on every
 * change, so a chart follows the cells it plots.
 */
import { cellA1, type CellBox } from '../../shared/a1';
import { chartCells } from '../../shared/chart-cells';
import type { ResolvedChart } from '../../shared/plan-resolve';
import { showCell } from '../grid/cell-format';
import type { PlaygroundWorkbook } from '../playground-workbook';

export interface ChartSeriesData {
  readonly name: string;
  /** null where the cell holds no number (blank, text, an error): a gap. */
  readonly values: readonly (number | null)[];
}

export interface ChartData {
  readonly kind: ResolvedChart['kind'];
  readonly title: string;
  readonly categories: readonly string[];
  /** A scatter's x values: its first column as numbers (null where it holds none). */
  readonly xValues?: readonly (number | null)[];
  readonly series: readonly ChartSeriesData[];
}

function cellsDown(box: CellBox): { row: number; column: number }[] {
  return Array.from({ length: box.height }, (_, r) => ({ row: box.row + r, column: box.column }));
}

export function readChartData(workbook: PlaygroundWorkbook, sheet: string, chart: ResolvedChart): ChartData {
  const formats = workbook.extras[sheet]?.numberFormats ?? {};
  const shown = (row: number, column: number): string => showCell(workbook.cellValue(sheet, row, column), formats[cellA1(row, column)]).text;
  const cells = chartCells(chart);
  if (!cells) return { kind: chart.kind, title: chart.title, categories: [], series: [] };
  const numberAt = (row: number, column: number): number | null => {
    const value = workbook.cellValue(sheet, row, column);
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  return {
    kind: chart.kind,
    title: chart.title,
    categories: cellsDown(cells.categories).map(({ row, column }) => shown(row, column)),
    ...(chart.kind === 'scatter' ? { xValues: cellsDown(cells.categories).map(({ row, column }) => numberAt(row, column)) } : {}),
    series: cells.series.map((s) => ({
      name: shown(s.name.row, s.name.column),
      values: cellsDown(s.values).map(({ row, column }) => numberAt(row, column)),
    })),
  };
}
