/**
 * A chart a host cannot draw as planned (Excel before ExcelApi 1.9 has no funnel or waterfall, and some
 * Excel builds refuse properties of the newer chart types) is drawn as a clustered bar or column chart
 * of the same data, and its title says so. A plan carries no language, so the note is in both.
 */
import { text, tr, type Text } from './i18n';
import type { ChartKind } from './plan';

const KIND_NAMES: Record<ChartKind, Text> = {
  column: text('column', '柱形图'),
  bar: text('bar', '条形图'),
  line: text('line', '折线图'),
  pie: text('pie', '饼图'),
  funnel: text('funnel', '漏斗图'),
  waterfall: text('waterfall', '瀑布图'),
  scatter: text('scatter', '散点图'),
};

/** The kind drawn instead: a funnel reads as bars, a waterfall as columns. */
export function classicChartKind(kind: ChartKind): ChartKind {
  if (kind === 'funnel') return 'bar';
  if (kind === 'waterfall') return 'column';
  return kind;
}

/** The title of the stand-in chart: the planned title and why it is not the planned kind. */
export function fallbackChartTitle(title: string, kind: ChartKind): string {
  const instead = classicChartKind(kind);
  const note = text(
    `this spreadsheet app could not draw a ${tr(KIND_NAMES[kind], 'en')} chart; shown as a ${tr(KIND_NAMES[instead], 'en')} chart`,
    `此表格程序无法绘制${tr(KIND_NAMES[kind], 'zh-CN')}，改以${tr(KIND_NAMES[instead], 'zh-CN')}显示`,
  );
  return `${title} (${tr(note, 'en')} / ${tr(note, 'zh-CN')})`;
}
