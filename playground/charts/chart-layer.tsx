import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PlaygroundWorkbook } from '../playground-workbook';
import { ChartCanvas } from './chart-canvas';
import { readChartData } from './chart-data';
import './charts.css';

export interface ChartLayerProps {
  readonly workbook: PlaygroundWorkbook;
  /** Bumped whenever the workbook changed: the charts read their cells again. */
  readonly version: number;
}

/** Pixels of the chart title above the canvas. */
const CAPTION_HEIGHT = 24;
/** The frame's border (charts.css), inside the planned size. */
const BORDER = 1;
/** A chart the plan gives no size: the size Excel inserts one at. */
const DEFAULT_SIZE = { width: 480, height: 288 };

interface Place {
  readonly left: number;
  readonly top: number;
}

/**
 * The active sheet's charts drawn over the grid, each with its top-left corner on its anchor cell.
 * Rendered inside the grid's scrolling area so the charts scroll with the cells; each anchor is found
 * by the cell's data-cell attribute after the grid has laid out, and a chart whose anchor cell is not
 * on screen is left out.
 */
export function ChartLayer(props: ChartLayerProps) {
  const { workbook, version } = props;
  const sheet = workbook.activeSheet();
  const layer = useRef<HTMLDivElement>(null);
  const [places, setPlaces] = useState<Record<string, Place>>({});
  const charts = workbook.extras[sheet]?.charts ?? [];
  const drawn = useMemo(() => charts.map((chart) => ({ chart, data: readChartData(workbook, sheet, chart) })), [workbook, sheet, version, charts.length]);

  useLayoutEffect(() => {
    const root = layer.current;
    const scroller = root?.parentElement;
    if (!root || !scroller) return;
    const origin = root.getBoundingClientRect();
    const next: Record<string, Place> = {};
    for (const { chart } of drawn) {
      const cell = scroller.querySelector(`[data-cell="${chart.anchor.a1}"]`);
      if (!cell) continue;
      const box = cell.getBoundingClientRect();
      next[chart.anchor.a1] = { left: box.left - origin.left, top: box.top - origin.top };
    }
    if (JSON.stringify(next) !== JSON.stringify(places)) setPlaces(next);
  });

  return (
    <div class="pg-chart-layer" ref={layer} data-sheet={sheet}>
      {drawn.map(({ chart, data }, i) => {
        const place = places[chart.anchor.a1];
        if (!place) return null;
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
