import { isDealKitError } from '../errors';
import { text, tr, type Locale } from '../i18n';
import type { SheetValues } from '../sheet-values';
import type { StageTable } from '../scoring/stage-table';
import { HISTORY_MARKER } from './markers';
import { parseHistory } from './snapshot';
import { REPORT_COLOURS, type ReportSheet } from './sheet-writer';
import { FEW_CLOSED_DEALS, stageConversion, type StageConversion } from './stage-conversion';

/**
 * The Dashboard's stage-probability block: per open stage the ladder's probability beside the team's
 * own stage-to-win conversion from the snapshot history, with the deals behind each figure and a note
 * where they are too few to trust.
 */

/** The history as the block shows it, or why it cannot: a damaged history row must not stop the roll-up. */
export type DashboardStageConversion = { readonly ok: true; readonly conversion: StageConversion } | { readonly ok: false; readonly problem: string };

const T = {
  title: text("Stage probabilities: the ladder's and the team's own", '阶段概率：阶梯的与团队自己的'),
  note: (snapshots: number) =>
    text(
      `From the pipeline history (${snapshots} snapshots): of the deals that reached each stage, the share won since; deals still open are not counted as lost. Fewer than ${FEW_CLOSED_DEALS} won or lost deals behind a figure are too few to trust. The Settings panel can adopt the team's figures into the ladder.`,
      `依据商机历史（${snapshots} 次快照）：到达各阶段的商机中此后赢单所占的比例；仍在进行的商机不计为丢单。某个数字背后的赢单加丢单少于 ${FEW_CLOSED_DEALS} 笔时，数量太少，不足为凭。可在“设置”面板中将团队的数字采用为阶梯的概率。`,
    ),
  headers: [
    text('Stage', '阶段'),
    text('Ladder probability', '阶梯概率'),
    text('Team conversion', '团队转化率'),
    text('Deals reached', '到达商机数'),
    text('Won', '赢单'),
    text('Lost', '丢单'),
    text('Note', '备注'),
  ],
  noneClosed: text('no deal has closed from here yet', '尚无从此阶段成交或丢单的商机'),
  fewDeals: (closed: number) => text(`only ${closed} closed: too few to trust`, `仅 ${closed} 笔已成交或丢单：数量太少，不足为凭`),
  noHistory: text('No pipeline snapshot yet: take one each week from the Team panel.', '尚无商机快照：请每周在“团队”面板中拍摄快照。'),
  unreadable: (problem: string) => text(`The pipeline history cannot be read: ${problem}`, `无法读取商机历史：${problem}`),
};

/** The team's conversion for the Dashboard, in the workbook's language. */
export function dashboardStageConversion(sheets: readonly SheetValues[], stages: StageTable, locale: Locale): DashboardStageConversion {
  try {
    const history = sheets.find((sheet) => sheet.values[0]?.[0] === HISTORY_MARKER);
    return { ok: true, conversion: stageConversion(history ? parseHistory(history.values) : [], stages, locale) };
  } catch (error) {
    if (!isDealKitError(error)) throw error;
    return { ok: false, problem: error.messageIn(locale) };
  }
}

export function stageConversionSection(sheet: ReportSheet, reading: DashboardStageConversion | undefined, locale: Locale): void {
  if (reading === undefined) return;
  sheet.blank();
  sheet.line([tr(T.title, locale)], { bold: true, fontColor: REPORT_COLOURS.title });
  if (!reading.ok || reading.conversion.snapshots === 0) {
    sheet.line([tr(reading.ok ? T.noHistory : T.unreadable(reading.problem), locale)], { italic: true });
    return;
  }
  sheet.line([tr(T.note(reading.conversion.snapshots), locale)], { italic: true, fontColor: REPORT_COLOURS.marker });
  sheet.table(
    T.headers.map((header) => tr(header, locale)),
    reading.conversion.lines.map((line) => {
      const closed = line.won + line.lost;
      const note = closed === 0 ? tr(T.noneClosed, locale) : line.fewDeals ? tr(T.fewDeals(closed), locale) : '';
      return [`${line.code} ${line.label}`, line.probability, line.conversion, line.reached, line.won, line.lost, note];
    }),
    [undefined, '0%', '0%', '0', '0', '0', undefined],
  );
}
