import { text, tr, type Locale } from '../i18n';
import { buyingStepWord } from '../methods/buying-process';
import type { BuyingBehind } from './buying-behind';
import type { PricedDeal } from './dashboard';
import { REPORT_COLOURS, type ReportSheet } from './sheet-writer';

/** The Dashboard's list of open deals whose customer lags the buying step their stage expects. */

const T = {
  title: text('Customer buying step behind the stage', '客户购买步骤落后于销售阶段'),
  note: (notRecorded: number) =>
    text(
      `The buying step is the one the rep recorded in the pipeline's "Customer buying step" column. Open deals with no step recorded: ${notRecorded}.`,
      `购买步骤取自销售在商机表“客户购买步骤”列中的记录。未记录购买步骤的进行中商机：${notRecorded} 个。`,
    ),
  headers: [
    text('Rep', '销售代表'),
    text('Deal ID', '商机编号'),
    text('Opportunity', '商机'),
    text('Stage', '阶段'),
    text('Buying step expected', '应有的购买步骤'),
    text('Buying step evidenced', '有据的购买步骤'),
    text('Steps behind', '落后步数'),
    text('Sheet', '工作表'),
    text('Row', '行'),
  ],
  none: text('None.', '无。'),
};

/** The block's heading on the Dashboard: the Team panel quotes it to say where the list is. */
export const BUYING_BEHIND_TITLE = T.title;

export function writeBuyingBehind(sheet: ReportSheet, behind: BuyingBehind<PricedDeal>, locale: Locale): void {
  const L = (t: ReturnType<typeof text>): string => tr(t, locale);
  sheet.blank();
  sheet.line([L(T.title)], { bold: true, fontColor: REPORT_COLOURS.title });
  sheet.line([L(T.note(behind.notRecorded))], { italic: true, fontColor: REPORT_COLOURS.marker });
  sheet.table(
    T.headers.map(L),
    behind.deals.map(({ deal, expected, evidenced, behind: steps }) => [
      deal.owner,
      deal.id,
      deal.opportunity || deal.account,
      deal.stage,
      buyingStepWord(expected, locale),
      buyingStepWord(evidenced, locale),
      steps,
      deal.sheet,
      deal.row,
    ]),
    [undefined, undefined, undefined, undefined, undefined, undefined, '0', undefined, '0'],
  );
  if (behind.deals.length === 0) sheet.line([L(T.none)], { italic: true });
}
