/**
 * A chart's data as a Chart.js configuration, one way per kind. Chart.js has no funnel or waterfall:
 * both are drawn with floating bars, a funnel's centred on zero (each as wide as its value), a
 * waterfall's running from the previous bar's end (the first from zero), as Excel and Sheets draw a
 * waterfall series. Drawn once, without animation, at the planned size.
 */
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { seriesColour, WATERFALL_COLOURS } from '../../shared/chart-colours';
import type { ChartData } from './chart-data';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function common(legend: boolean) {
  return {
    responsive: false,
    maintainAspectRatio: false,
    animation: false as const,
    plugins: { legend: { display: legend, position: 'right' as const, labels: { boxWidth: 12 } } },
  };
}

/** A floating bar's tooltip names the value it stands for, not its two ends. */
function valueLabel(name: string, values: readonly (number | null)[]) {
  return (item: TooltipItem<'bar'>): string => {
    const value = values[item.dataIndex];
    return `${name}: ${value === null || value === undefined ? '' : NUMBER.format(value)}`;
  };
}

function funnel(data: ChartData): ChartConfiguration<'bar', (number | [number, number] | null)[], string> {
  const series = data.series[0];
  const values = series?.values ?? [];
  const widest = Math.max(0, ...values.map((v) => Math.abs(v ?? 0)));
  return {
    type: 'bar',
    data: {
      labels: [...data.categories],
      datasets: [
        {
          label: series?.name ?? '',
          data: values.map((v) => (v === null ? null : [0 - Math.abs(v) / 2, Math.abs(v) / 2])),
          backgroundColor: seriesColour(0),
          categoryPercentage: 1,
          barPercentage: 0.9,
        },
      ],
    },
    options: {
      ...common(false),
      indexAxis: 'y',
      scales: { x: { display: false, min: -widest / 2, max: widest / 2 }, y: { grid: { display: false } } },
      plugins: { ...common(false).plugins, tooltip: { callbacks: { label: valueLabel(series?.name ?? '', values) } } },
    },
  };
}

function waterfall(data: ChartData): ChartConfiguration<'bar', (number | [number, number] | null)[], string> {
  const series = data.series[0];
  const values = series?.values ?? [];
  let total = 0;
  const bars = values.map((v): [number, number] => {
    const start = total;
    total += v ?? 0;
    return [start, total];
  });
  return {
    type: 'bar',
    data: {
      labels: [...data.categories],
      datasets: [
        {
          label: series?.name ?? '',
          data: bars,
          backgroundColor: values.map((v, i) => (i === 0 ? WATERFALL_COLOURS.total : (v ?? 0) >= 0 ? WATERFALL_COLOURS.rise : WATERFALL_COLOURS.fall)),
        },
      ],
    },
    options: { ...common(false), plugins: { ...common(false).plugins, tooltip: { callbacks: { label: valueLabel(series?.name ?? '', values) } } } },
  };
}

function bars(data: ChartData, horizontal: boolean): ChartConfiguration<'bar', (number | null)[], string> {
  return {
    type: 'bar',
    data: {
      labels: [...data.categories],
      datasets: data.series.map((s, i) => ({ label: s.name, data: [...s.values], backgroundColor: seriesColour(i) })),
    },
    options: { ...common(data.series.length > 1), indexAxis: horizontal ? 'y' : 'x' },
  };
}

function line(data: ChartData): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: [...data.categories],
      datasets: data.series.map((s, i) => ({ label: s.name, data: [...s.values], borderColor: seriesColour(i), backgroundColor: seriesColour(i), pointRadius: 3 })),
    },
    options: common(data.series.length > 1),
  };
}

function pie(data: ChartData): ChartConfiguration<'pie', (number | null)[], string> {
  const series = data.series[0];
  return {
    type: 'pie',
    data: {
      labels: [...data.categories],
      datasets: [{ label: series?.name ?? '', data: [...(series?.values ?? [])], backgroundColor: data.categories.map((_, i) => seriesColour(i)) }],
    },
    options: common(true),
  };
}

/** One dataset per series, a point wherever both its x and its value are numbers (a #N/A or blank keeps the point off). */
function scatter(data: ChartData): ChartConfiguration<'scatter', { x: number; y: number }[], string> {
  return {
    type: 'scatter',
    data: {
      datasets: data.series.map((s, i) => ({
        label: s.name,
        data: s.values.flatMap((y, row) => {
          const x = data.xValues?.[row];
          return x === null || x === undefined || y === null ? [] : [{ x, y }];
        }),
        backgroundColor: seriesColour(i),
        borderColor: seriesColour(i),
        pointRadius: 5,
      })),
    },
    options: common(true),
  };
}

export type PlaygroundChartConfig =
  | ChartConfiguration<'bar', (number | [number, number] | null)[], string>
  | ChartConfiguration<'bar', (number | null)[], string>
  | ChartConfiguration<'line', (number | null)[], string>
  | ChartConfiguration<'pie', (number | null)[], string>
  | ChartConfiguration<'scatter', { x: number; y: number }[], string>;

export function chartConfig(data: ChartData): PlaygroundChartConfig {
  switch (data.kind) {
    case 'funnel':
      return funnel(data);
    case 'waterfall':
      return waterfall(data);
    case 'column':
      return bars(data, false);
    case 'bar':
      return bars(data, true);
    case 'line':
      return line(data);
    case 'pie':
      return pie(data);
    case 'scatter':
      return scatter(data);
  }
}
