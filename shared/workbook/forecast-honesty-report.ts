import type { Dashboard, ForecastView, PricedDeal } from '../pipeline/dashboard';

/**
 * The forecast-honesty part of the Team panel's roll-up report: every probability override with its stage
 * default and reason, and the rep view beside the manager view per rep and for the team. Plain data
 * (strings, numbers, booleans) so it crosses the Apps Script sidebar bridge; cell text stays a string the view
 * renders as a text node.
 */

export interface OverrideLine {
  readonly id: string;
  readonly account: string;
  readonly opportunity: string;
  readonly owner: string;
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** 0–1: the stage's own probability. */
  readonly stageDefault: number;
  /** 0–1: what the rep typed over it. */
  readonly override: number;
  /** Override − default in percentage points. */
  readonly points: number;
  /** Further from the default than the Settings limit allows. */
  readonly flagged: boolean;
  /** As typed; '' when the rep gave none. */
  readonly reason: string;
}

export interface ForecastViewLine {
  /** '' for the team line. */
  readonly rep: string;
  readonly repCommit: number;
  readonly repBestCase: number;
  readonly managerCommit: number;
  readonly managerBestCase: number;
  readonly commitAdjusted: boolean;
  readonly bestCaseAdjusted: boolean;
  /** Manager − rep. */
  readonly commitDifference: number;
  readonly bestCaseDifference: number;
  readonly note: string;
}

export interface ForecastHonesty {
  /** The flag limit the overrides were checked against, in percentage points. */
  readonly overrideFlagPoints: number;
  /** Flagged first, then by distance from the default (the Dashboard's order). */
  readonly overrides: readonly OverrideLine[];
  /** The dashboard's period. */
  readonly period: string;
  readonly forecastViews: readonly ForecastViewLine[];
  readonly teamView: ForecastViewLine;
}

function overrideLine(deal: PricedDeal): OverrideLine {
  return {
    id: deal.id,
    account: deal.account,
    opportunity: deal.opportunity,
    owner: deal.owner,
    sheet: deal.sheet,
    row: deal.row,
    stageDefault: deal.stageProbability,
    override: deal.probability,
    points: deal.overridePoints,
    flagged: deal.overrideFlagged,
    reason: deal.overrideReason.trim(),
  };
}

function viewLine(view: ForecastView): ForecastViewLine {
  return {
    rep: view.rep,
    repCommit: view.repView.commit,
    repBestCase: view.repView.bestCase,
    managerCommit: view.managerCommit,
    managerBestCase: view.managerBestCase,
    commitAdjusted: view.commitAdjusted,
    bestCaseAdjusted: view.bestCaseAdjusted,
    commitDifference: view.commitDifference,
    bestCaseDifference: view.bestCaseDifference,
    note: view.note,
  };
}

export function forecastHonestyOf(dashboard: Dashboard): ForecastHonesty {
  return {
    overrideFlagPoints: dashboard.overrideFlagPoints,
    overrides: dashboard.overrides.map(overrideLine),
    period: dashboard.period.key,
    forecastViews: dashboard.forecastViews.map(viewLine),
    teamView: viewLine(dashboard.teamView),
  };
}
