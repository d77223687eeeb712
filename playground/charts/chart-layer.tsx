import { useMemo } from 'preact/hooks';
import { parseA1 } from '../../shared/a1';
import type { PlaygroundWorkbook } from '../playground-workbook';
import { ChartCanvas } from './chart-canvas';
import { readChartData } from './chart-data';
import './charts.css';

/** Where a cell's top-left corner is in the layer (the grid's body), from the grid's own geometry. */
export type CellTopLeft = (row: number, column: number) => Place;

export interface ChartLayerProps {
  readonly workbook: PlaygroundWorkbook;
  /** Bumped whenever the workbook changed: the charts read their cells again. */
  readonly version: number;
  readonly cellTopLeft: CellTopLeft;
}

/** Pixels of the chart title above the canvas. */
const CAPTION_HEIGHT = 24;
/** The frame's border (charts.css), inside the planned size. */
const BORDER = 1;
/** A chart the plan gives no size: the size Excel inserts one at. */
const DEFAULT_SIZE = { width: 480, height: 288 };

export interface Place {
  readonly left: number;
  readonly top: number;
}

/**
 * The active sheet's charts drawn over the grid, each with its top-left corner on its anchor cell.
 * Rendered inside the grid's scrolling body so the charts scroll with the cells, and placed by the
 * grid's geometry rather than by a drawn cell: the grid draws only the cells on screen, and a chart
 * whose anchor has scrolled off must still show its part that has not.
 */
export function ChartLayer(props: ChartLayerProps) {
  const { workbook, version } = props;
  const sheet = workbook.activeSheet();
  const charts = workbook.extras[sheet]?.charts ?? [];
  const drawn = useMemo(() => charts.map((chart) => ({ chart, data: readChartData(workbook, sheet, chart) })), [workbook, sheet, version, charts.length]);

  return (
    <div class="pg-chart-layer" data-sheet={sheet}>
      {drawn.map(({ chart, data }, i) => {
        const anchor = parseA1(chart.anchor.a1);
        const place = props.cellTopLeft(anchor.row, anchor.column);
        const width = chart.width ?? DEFAULT_SIZE.width;
        const height = chart.height ?? DEFAULT_SIZE.height;
        return (
          <figure
            key={`${sheet}:${i}:${chart.kind}`}
            class="pg-chart"
            data-chart-anchor={chart.anchor.a1}
            data-chart-kind={chart.kind}
            style={{ left: `${place.left}px`, top: `${place.top}px`, width: `${width}px`, height: `${height}px` }}
          >
            <figcaption class="pg-chart-title">{chart.title}</figcaption>
            <ChartCanvas data={data} width={width - 2 * BORDER} height={height - CAPTION_HEIGHT - 2 * BORDER} label={chart.title} />
          </figure>
        );
      })}
    </div>
  );
}
