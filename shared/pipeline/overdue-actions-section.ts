import type { OverdueActions } from '../deals/overdue-actions';
import { text, tr, type Locale } from '../i18n';
import { REPORT_COLOURS, type ReportSheet } from './sheet-writer';

/** The Dashboard's overdue-actions block: open and overdue actions per rep, then each overdue action with where it is. */

const T = {
  title: text('Overdue actions', '逾期行动'),
  note: (asOf: string) =>
    text(
      `Open actions on the deals' action lists whose due date is before ${asOf}. An action with no owner counts for the deal's rep on the pipeline.`,
      `各商机行动清单中截止日期早于 ${asOf} 且未完成的行动。没有负责人的行动计入商机表中该商机的销售代表。`,
    ),
  repHeaders: [text('Rep', '销售代表'), text('Open actions', '未完成行动'), text('Overdue', '已逾期')],
  listHeaders: [
    text('Rep', '销售代表'),
    text('Deal ID', '商机编号'),
    text('Action', '行动'),
    text('Due date', '截止日期'),
    text('Days overdue', '逾期天数'),
    text('Source', '来源'),
    text('Sheet', '工作表'),
    text('Row', '行'),
  ],
  noRep: text('(no rep)', '（无销售代表）'),
  team: text('Team', '团队'),
  none: text('None.', '无。'),
};

/** The block's heading on the Dashboard: the Team panel quotes it to say where the list is. */
export const OVERDUE_ACTIONS_TITLE = T.title;

export function overdueActionsSection(sheet: ReportSheet, figures: OverdueActions, asOfIso: string, locale: Locale): void {
  const L = (t: { en: string; 'zh-CN': string }): string => tr(t, locale);
  const repName = (rep: string): string => rep || L(T.noRep);
  sheet.blank();
  sheet.line([L(T.title)], { bold: true, fontColor: REPORT_COLOURS.title });
  sheet.line([L(T.note(asOfIso))], { italic: true, fontColor: REPORT_COLOURS.marker });
  const reps = figures.reps.map((r) => [repName(r.rep), r.open, r.overdue]);
  const total = [L(T.team), figures.reps.reduce((s, r) => s + r.open, 0), figures.reps.reduce((s, r) => s + r.overdue, 0)];
  const placed = sheet.table(T.repHeaders.map(L), [...reps, total], [undefined, '0', '0']);
  sheet.style(placed.header + placed.rows, 0, 1, T.repHeaders.length, { bold: true, fill: REPORT_COLOURS.totalFill });
  sheet.blank();
  sheet.table(
    T.listHeaders.map(L),
    figures.actions.map((a) => [repName(a.rep), a.dealId, a.action, a.due, a.daysOverdue, a.source, a.sheet, a.row]),
    [undefined, undefined, undefined, 'yyyy-mm-dd', '0', undefined, undefined, '0'],
  );
  if (figures.actions.length === 0) sheet.line([L(T.none)], { italic: true });
}
