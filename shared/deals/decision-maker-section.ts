import { text, tr, type Locale, type Text } from '../i18n';
import { ATTITUDES } from '../methods/key-players';
import type { PricedDeal } from '../pipeline/dashboard';
import { REPORT_COLOURS, type ReportSheet } from '../pipeline/sheet-writer';
import type { DecisionMakerConcern, DecisionMakerWatch } from './decision-maker-watch';

/** The Dashboard's list of deals whose decision maker is neutral or worse, or not contacted lately. */

const T = {
  title: text('Decision maker not won over or not contacted', '决策人未争取到或久未接触'),
  note: (days: number) =>
    text(
      `From the key-player sheets that carry a Deal ID: deals whose decision maker is neutral or worse, or not contacted for more than ${days} days (a setting on the Settings sheet).`,
      `来自带商机编号的关键人物表：决策人态度为中立者或更差，或超过 ${days} 天未接触的商机（天数可在设置表中修改）。`,
    ),
  headers: [
    text('Deal ID', '商机编号'),
    text('Rep', '销售代表'),
    text('Opportunity', '商机'),
    text('Decision maker', '决策人'),
    text('Attitude', '态度'),
    text('Last contact', '上次接触日期'),
    text('Days since', '距今天数'),
    text('Concern', '问题'),
    text('Key-player sheet', '关键人物表'),
  ],
  concerns: {
    attitude: text('neutral or worse', '中立者或更差'),
    noContactDate: text('no contact dated', '没有接触日期'),
    contactStale: text('not contacted lately', '久未接触'),
  } satisfies Record<DecisionMakerConcern, Text>,
  notInPipeline: text('(not in the pipeline)', '（不在商机表中）'),
  none: text('None.', '无。'),
};

/** The block's heading on the Dashboard: the Team panel quotes it to say where the list is. */
export const DECISION_MAKER_WATCH_TITLE = T.title;

export function writeDecisionMakerWatch(sheet: ReportSheet, watch: DecisionMakerWatch<PricedDeal>, locale: Locale): void {
  const L = (t: Text): string => tr(t, locale);
  const attitudeWord = (id: string | undefined): string => {
    const term = ATTITUDES.find((a) => a.id === id);
    return term ? L(term.label) : '';
  };
  sheet.blank();
  sheet.line([L(T.title)], { bold: true, fontColor: REPORT_COLOURS.title });
  sheet.line([L(T.note(watch.contactDays))], { italic: true, fontColor: REPORT_COLOURS.marker });
  const separator = locale === 'en' ? '; ' : '；';
  sheet.table(
    T.headers.map(L),
    watch.rows.map((row) => [
      row.dealId,
      row.deal?.owner ?? '',
      row.deal ? row.deal.opportunity || row.deal.account : L(T.notInPipeline),
      row.decisionMakers.map((p) => p.name).join(locale === 'en' ? ', ' : '、'),
      attitudeWord(row.attitude),
      row.lastContact ?? null,
      row.daysSinceContact ?? null,
      row.concerns.map((c) => L(T.concerns[c])).join(separator),
      [...new Set(row.decisionMakers.map((p) => p.sheet))].join(separator),
    ]),
    [undefined, undefined, undefined, undefined, undefined, 'yyyy-mm-dd', '0', undefined, undefined],
  );
  if (watch.rows.length === 0) sheet.line([L(T.none)], { italic: true });
}
