import { useEffect, useRef } from 'preact/hooks';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PieController,
  ScatterController,
  ArcElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { chartConfig } from './chart-config';
import type { ChartData } from './chart-data';

// Only the parts the plans' chart kinds use, so the bundle carries no other chart type.
Chart.register(BarController, LineController, PieController, ScatterController, BarElement, LineElement, PointElement, ArcElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartCanvasProps {
  readonly data: ChartData;
  readonly width: number;
  readonly height: number;
  /** Names the picture for assistive technology: the chart's title. */
  readonly label: string;
}

/**
 * One chart on a canvas, made when the canvas mounts and given new data on every render (the page
 * renders again whenever the workbook changed), destroyed with the canvas. A new kind makes a new chart.
 */
export function ChartCanvas(props: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    const config = chartConfig(props.data) as ChartConfiguration;
    const current = chart.current;
    if (current && (current.config as ChartConfiguration).type === config.type && current.options.indexAxis === config.options?.indexAxis) {
      current.data = config.data;
      current.options = config.options ?? {};
      current.update('none');
      return;
    }
    current?.destroy();
    if (canvas.current) chart.current = new Chart(canvas.current, config);
  }, [props.data]);

  useEffect(
    () => () => {
      chart.current?.destroy();
      chart.current = null;
    },
    [],
  );

  return <canvas ref={canvas} width={props.width} height={props.height} role="img" aria-label={props.label} />;
}
