import { text, tr, type Locale } from '../i18n';
import type { PlanValue, WritePlan } from '../plan';
import { CHANGE_CATEGORIES, CHANGE_CATEGORY_LABELS, waterfallRows, type SnapshotDiff } from '../scoring/snapshot-diff';
import { isoFromSerial } from './dates';
import { PIPELINE_CHANGE_MARKER } from './markers';
import { REPORT_COLOURS, ReportSheet } from './sheet-writer';
import { AMOUNT_FORMAT } from '../numbers/amount-format';

/**
 * The "Pipeline change" sheet: the bridge from the earlier snapshot's open pipeline to the later one,
 * by category for the team and each rep, a waterfall chart of the team's bridge, and every deal that
 * changed with its category, so each bar can be traced to deals.
 */

export const PIPELINE_CHANGE_KEY = 'pipelineChange';

const AMOUNT = AMOUNT_FORMAT;

/** 1234567.5 → "1,234,567.50": the same digits the bridge table shows, in a chart title. */
function amountText(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [whole, cents] = Math.abs(n).toFixed(2).split('.');
  return `${sign}${(whole ?? '0').replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents ?? '00'}`;
}
const DATE = 'yyyy-mm-dd';

const T = {
  sheet: text('Pipeline change', '商机变化'),
  title: (a: string, b: string) => text(`Pipeline change from ${a} to ${b}`, `商机变化：${a} 至 ${b}`),
  note: text(
    'Open pipeline (neither won nor lost) by amount. Each deal counts once, in the first category that fits: won, lost, new, removed, reassigned, slipped, pulled in, advanced, moved back, amount up or down; its whole change goes there, so the changes add up to the difference.',
    '统计进行中（未赢单也未丢单）商机的金额。每个商机只计入第一个符合的类别：赢单、丢单、新增、已移除、转交、推迟、提前、推进、倒退、金额增加或减少；其全部变化计入该类别，因此各类变化之和恰好等于差额。',
  ),
  category: text('Category', '类别'),
  team: text('Team', '团队'),
  deals: text('Deals', '商机数'),
  chart: (earlier: number, later: number) =>
    text(
      `From the earlier pipeline (${amountText(earlier)}) to the later one (${amountText(later)}, where the last bar ends)`,
      `从期初商机（${amountText(earlier)}）到期末商机（${amountText(later)}，即最后一根柱的终点）`,
    ),
  changed: text('Deals that changed', '有变化的商机'),
  dealHeaders: [
    text('Category', '类别'),
    text('Deal ID', '商机编号'),
    text('Opportunity', '商机'),
    text('Rep', '销售代表'),
    text('Stage before', '之前阶段'),
    text('Stage after', '之后阶段'),
    text('Close date before', '之前预计成交日期'),
    text('Close date after', '之后预计成交日期'),
    text('Amount before', '之前金额'),
    text('Amount after', '之后金额'),
    text('Change', '变化'),
  ],
  none: text('None.', '无。'),
};

export function pipelineChangePlan(diff: SnapshotDiff, locale: Locale): WritePlan {
  const L = (t: Parameters<typeof tr>[0]): string => tr(t, locale);
  const sheet = new ReportSheet(PIPELINE_CHANGE_KEY, { kind: 'owned', baseName: L(T.sheet), marker: PIPELINE_CHANGE_MARKER });
  sheet.line([PIPELINE_CHANGE_MARKER], { fontColor: REPORT_COLOURS.marker, italic: true });
  sheet.line([L(T.title(isoFromSerial(diff.earlierDate), isoFromSerial(diff.laterDate)))], { bold: true, fontColor: REPORT_COLOURS.title });
  sheet.line([L(T.note)], { italic: true, fontColor: REPORT_COLOURS.marker });
  sheet.blank();

  // Bridge table: the team column sits next to the labels so the waterfall reads one contiguous range.
  // The same bars as waterfallRows: every category with a deal in it, unchanged left out.
  const waterfall = waterfallRows(diff);
  const categories = CHANGE_CATEGORIES.filter((c) => c !== 'unchanged' && (diff.lines.find((line) => line.category === c)?.deals ?? 0) > 0);
  const repChange = (rep: SnapshotDiff['reps'][number], category: string): number => rep.lines.find((line) => line.category === category)?.change ?? 0;
  const rows: PlanValue[][] = [
    [L(waterfall[0].label), diff.earlierTotal, ...diff.reps.map((r) => r.earlierTotal), null],
    ...categories.map((category): PlanValue[] => [
      L(CHANGE_CATEGORY_LABELS[category]),
      diff.lines.find((line) => line.category === category)?.change ?? 0,
      ...diff.reps.map((r) => repChange(r, category)),
      diff.lines.find((line) => line.category === category)?.deals ?? 0,
    ]),
    [L(waterfall[waterfall.length - 1].label), diff.laterTotal, ...diff.reps.map((r) => r.laterTotal), null],
  ];
  const headers = [L(T.category), L(T.team), ...diff.reps.map((r) => r.rep), L(T.deals)];
  const bridge = sheet.table(headers, rows, [undefined, AMOUNT, ...diff.reps.map(() => AMOUNT), '0']);
  sheet.style(bridge.header + 1, 0, 1, headers.length, { bold: true, fill: REPORT_COLOURS.totalFill });
  sheet.style(bridge.header + bridge.rows, 0, 1, headers.length, { bold: true, fill: REPORT_COLOURS.totalFill });
  // Both hosts draw a waterfall series as steps: each value rises or falls from where the previous bar
  // ended, the first from zero. So the chart reads the earlier total and the categories only: the first
  // bar is the earlier total, each category floats from the running total, and the last one ends at the
  // later total. Charting the later-total row too would stack it as one more step, on top of itself.
  sheet.chart(
    { kind: 'waterfall', title: L(T.chart(diff.earlierTotal, diff.laterTotal)), width: 560, height: 320 },
    { row: bridge.header, column: 0, height: bridge.rows, width: 2 },
    // right of both tables, so it covers neither the bridge nor the deal list below it
    { row: bridge.header, column: Math.max(headers.length, T.dealHeaders.length) + 1 },
  );

  sheet.blank();
  sheet.line([L(T.changed)], { bold: true, fontColor: REPORT_COLOURS.title });
  const changed = diff.deals.filter((d) => d.category !== 'unchanged');
  sheet.table(
    T.dealHeaders.map(L),
    changed.map((d): PlanValue[] => [
      L(CHANGE_CATEGORY_LABELS[d.category]),
      d.id,
      d.later?.name ?? d.earlier?.name ?? '',
      d.later?.owner ?? d.earlier?.owner ?? '',
      d.earlier?.stage ?? null,
      d.later?.stage ?? null,
      d.earlier?.closeDate ?? null,
      d.later?.closeDate ?? null,
      d.earlier?.amount ?? null,
      d.later?.amount ?? null,
      d.change,
    ]),
    [undefined, undefined, undefined, undefined, undefined, undefined, DATE, DATE, AMOUNT, AMOUNT, AMOUNT],
  );
  if (changed.length === 0) sheet.line([L(T.none)], { italic: true });
  [120, 110, 110, 110].forEach((w, i) => sheet.width(i, w));
  return { sheets: [sheet.build({ activate: true, frozenRows: 2 })] };
}
