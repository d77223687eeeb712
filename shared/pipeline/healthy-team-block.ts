import { text, tr, type Locale, type Text } from '../i18n';
import { SALES_TEAM_HEALTH_CHECKS } from '../methods/planning';
import type { PlanValue } from '../plan';
import { AMOUNT_FORMAT } from '../numbers/amount-format';
import type { Dashboard } from './dashboard';
import { healthyTeamFigures, type HealthyTeamFigures } from './healthy-team';
import { REPORT_COLOURS, type ReportSheet } from './sheet-writer';

const T = {
  title: text('Healthy sales team (CES)', '健康的销售团队（CES）'),
  headers: [text('Question', '问题'), text('Answer', '回答'), text('Reps', '销售人数'), text('Basis', '依据')],
  mostRevenue: text('What share of the reps makes 80 % of the revenue?', '80% 的营业额由百分之多少的销售人员创造？'),
  repsOf: (count: number, of: number) => text(`${count} of ${of} reps`, `${of} 人中的 ${count} 人`),
  basis: {
    wonInPeriod: (period: string) => text(`Won in ${period}`, `${period} 已赢单金额`),
    weightedPipeline: (period: string) => text(`Weighted pipeline (open deals at their probability): nothing won in ${period} yet`, `加权商机金额（进行中商机按其概率）：${period} 尚无赢单`),
  },
  noRevenue: (period: string) => text(`No revenue to share out: nothing won in ${period} and no open pipeline.`, `没有可分摊的收入：${period} 无赢单，也没有进行中的商机。`),
  forTheManager: text('For the manager to answer', '由经理回答'),
  ranking: [text('Rep', '销售代表'), text('Revenue', '收入'), text('Share', '占比'), text('Cumulative share', '累计占比'), text('Makes the 80 %', '属于 80% 群体')],
  inGroup: text('yes', '是'),
};

/** The block's heading on the Dashboard: the Team panel quotes it to say where the list is. */
export const HEALTHY_TEAM_TITLE = T.title;

function checkLabel(id: (typeof SALES_TEAM_HEALTH_CHECKS)[number]['id']): Text {
  return SALES_TEAM_HEALTH_CHECKS.find((check) => check.id === id)?.label ?? text(id, id);
}

function basisLabel(figures: HealthyTeamFigures, locale: Locale): string {
  return figures.basis === null ? tr(T.noRevenue(figures.period), locale) : tr(T.basis[figures.basis](figures.period), locale);
}

/**
 * The healthy-team questions on the Dashboard: the 80/20 question and the top fifth's share as
 * figures with the reps behind them, the questions no pipeline answers as questions, and the reps
 * ranked by the same revenue so the manager can count them.
 */
export function writeHealthyTeam(sheet: ReportSheet, dashboard: Dashboard, locale: Locale): HealthyTeamFigures {
  const L = (t: Text): string => tr(t, locale);
  const figures = healthyTeamFigures(dashboard);
  sheet.blank();
  sheet.line([L(T.title)], { bold: true, fontColor: REPORT_COLOURS.title });
  const basis = basisLabel(figures, locale);
  const questions: PlanValue[][] = [
    [L(T.mostRevenue), figures.repShare, figures.repShare === null ? null : L(T.repsOf(figures.repsMakingMost, figures.repCount)), basis],
    [L(checkLabel('topFifthShare')), figures.topFifthShare, figures.topFifthShare === null ? null : L(T.repsOf(figures.topFifthCount, figures.repCount)), basis],
    ...SALES_TEAM_HEALTH_CHECKS.filter((check) => check.id !== 'topFifthShare').map((check): PlanValue[] => [L(check.label), null, null, `${L(T.forTheManager)}: ${L(check.description)}`]),
  ];
  sheet.table(T.headers.map(L), questions, [undefined, '0%', undefined, undefined]);
  if (figures.basis !== null) {
    sheet.table(
      T.ranking.map(L),
      figures.ranking.map((r) => [r.rep, r.revenue, r.share, r.cumulativeShare, r.inGroup ? L(T.inGroup) : '']),
      [undefined, AMOUNT_FORMAT, '0%', '0%', undefined],
    );
  }
  return figures;
}
