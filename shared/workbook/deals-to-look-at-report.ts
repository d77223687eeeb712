import { DECISION_MAKER_WATCH_TITLE } from '../deals/decision-maker-section';
import { tr, type Locale } from '../i18n';
import { BUYING_BEHIND_TITLE } from '../pipeline/buying-behind-section';
import type { Dashboard } from '../pipeline/dashboard';
import { healthyTeamFigures, type RevenueBasis } from '../pipeline/healthy-team';
import { HEALTHY_TEAM_TITLE } from '../pipeline/healthy-team-block';
import { OVERDUE_ACTIONS_TITLE } from '../pipeline/overdue-actions-section';

/**
 * The Team panel's "Deals to look at": how many deals each Dashboard list holds, so the manager knows
 * which lists to open. Counts and rep names only; the deals themselves stay on the Dashboard sheet,
 * where they can be traced to rows.
 */

export interface RepOverdue {
  /** As the Dashboard names the rep; '' when neither the action nor the pipeline names one. */
  readonly rep: string;
  readonly overdue: number;
}

export interface TopRepsFigure {
  /** The fewest reps whose revenue together reaches 80 % of the team's (0 without revenue). */
  readonly reps: number;
  readonly of: number;
  /** What "revenue" was: null when the team has neither won in the period nor weighted pipeline. */
  readonly basis: RevenueBasis | null;
  readonly period: string;
}

/**
 * Each list's heading as the Dashboard sheet shows it, in the workbook's language: the panel may be in
 * the other one, and a manager searches the sheet for the words written there.
 */
export interface DashboardHeadings {
  readonly overdueActions: string;
  readonly buyingBehind: string;
  readonly decisionMakers: string;
  readonly healthyTeam: string;
}

export interface DealsToLookAt {
  /** Only reps with an overdue action, most overdue first. */
  readonly overdueByRep: readonly RepOverdue[];
  readonly overdue: number;
  readonly buyingBehind: number;
  /** Open deals on a stage that expects a buying step but record none: not counted as behind. */
  readonly buyingNotRecorded: number;
  readonly decisionMakers: number;
  /** The Settings limit a decision maker counts as not contacted lately after. */
  readonly contactDays: number;
  readonly topReps: TopRepsFigure;
  readonly headings: DashboardHeadings;
}

type DashboardLists = Pick<Dashboard, 'overdueActions' | 'buyingBehind' | 'decisionMakers' | 'reps' | 'team' | 'period'>;

/** `workbookLocale`: the language the roll-up wrote the Dashboard in. */
export function dealsToLookAtOf(dashboard: DashboardLists, workbookLocale: Locale): DealsToLookAt {
  // Array sort is stable: reps with as many overdue keep the Dashboard's order.
  const overdueByRep = dashboard.overdueActions.reps
    .filter((r) => r.overdue > 0)
    .map((r) => ({ rep: r.rep, overdue: r.overdue }))
    .sort((a, b) => b.overdue - a.overdue);
  const healthy = healthyTeamFigures(dashboard);
  return {
    overdueByRep,
    overdue: dashboard.overdueActions.actions.length,
    buyingBehind: dashboard.buyingBehind.deals.length,
    buyingNotRecorded: dashboard.buyingBehind.notRecorded,
    decisionMakers: dashboard.decisionMakers.rows.length,
    contactDays: dashboard.decisionMakers.contactDays,
    topReps: { reps: healthy.repsMakingMost, of: healthy.repCount, basis: healthy.basis, period: healthy.period },
    headings: {
      overdueActions: tr(OVERDUE_ACTIONS_TITLE, workbookLocale),
      buyingBehind: tr(BUYING_BEHIND_TITLE, workbookLocale),
      decisionMakers: tr(DECISION_MAKER_WATCH_TITLE, workbookLocale),
      healthyTeam: tr(HEALTHY_TEAM_TITLE, workbookLocale),
    },
  };
}
