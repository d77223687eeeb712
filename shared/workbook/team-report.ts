import type { Text } from '../i18n';
import { isoFromSerial } from '../pipeline/dates';
import type { RepFigures } from '../pipeline/dashboard';
import type { TeamView } from '../pipeline/operations';
import { forecastHonestyOf, type ForecastHonesty } from './forecast-honesty-report';
import { dealHealthCountsOf, type DealHealthCounts } from './deal-health-report';
import { dealsToLookAtOf, type DealsToLookAt } from './deals-to-look-at-report';

/**
 * What the Team panel shows after a roll-up, as plain data that survives the Apps Script sidebar bridge: the
 * reconciliation (read = counted + set aside), every set-aside row with its sheet, row and reasons, and
 * per rep and for the team the open pipeline, quota and forecast range. Cell text (sheet names, ids,
 * reps) travels as strings and the view renders it as text nodes only.
 */

export interface TeamTally {
  readonly deals: number;
  readonly amount: number;
}

export interface SetAsideLine {
  readonly sheet: string;
  /** 1-based sheet row. */
  readonly row: number;
  /** The id cell as typed ('' when blank). */
  readonly id: string;
  readonly amount: number;
  /** Each reason in both languages: the panel shows the UI's one. */
  readonly reasons: readonly Text[];
}

export interface RepRangeLine {
  /** '' for the team line. */
  readonly rep: string;
  readonly openDeals: number;
  readonly openAmount: number;
  readonly weighted: number;
  /** Open amount closing in the period, and what is already won there. */
  readonly periodOpen: number;
  readonly periodWon: number;
  readonly quota: number | null;
  readonly coverage: number | null;
  /** What closes in the period (won included) at 10 %, 50 % and 90 %. */
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** Expected amount closing in the period: equals the weighted open amount there plus the won amount. */
  readonly mean: number;
  /** 0–1; null without a quota. */
  readonly chanceOfQuota: number | null;
  /** The grid unit the range was worked out on: percentiles are exact to within it. */
  readonly resolution: number;
}

export interface TeamReport {
  /** "2026-Q4", "2026-11" or "2026". */
  readonly period: string;
  /** ISO date the roll-up counted as today. */
  readonly asOf: string;
  readonly currency: string;
  readonly read: TeamTally;
  readonly counted: TeamTally;
  readonly setAside: TeamTally;
  readonly balanced: boolean;
  readonly setAsideRows: readonly SetAsideLine[];
  readonly tables: number;
  readonly reps: readonly RepRangeLine[];
  readonly team: RepRangeLine;
  /** Forecast honesty: probability overrides and the rep / manager views (shared/workbook/forecast-honesty-report.ts). */
  readonly honesty?: ForecastHonesty;
  /** Deal-health flag counts (shared/workbook/deal-health-report.ts). */
  readonly dealHealth?: DealHealthCounts;
  /** How many deals the Dashboard's action, buying-step and decision-maker lists hold, and the 80/20 figure. */
  readonly dealsToLookAt?: DealsToLookAt;
}

function percentile(figures: RepFigures, wanted: number): number {
  const hit = figures.range.percentiles.find((p) => Math.abs(p.percentile - wanted) < 1e-9);
  return hit ? hit.amount : figures.range.maximum;
}

function rangeLine(figures: RepFigures): RepRangeLine {
  return {
    rep: figures.rep,
    openDeals: figures.openDeals,
    openAmount: figures.openAmount,
    weighted: figures.weighted,
    periodOpen: figures.periodOpen,
    periodWon: figures.periodWon,
    quota: figures.quota,
    coverage: figures.coverage,
    p10: percentile(figures, 0.1),
    p50: percentile(figures, 0.5),
    p90: percentile(figures, 0.9),
    mean: figures.range.mean,
    chanceOfQuota: figures.range.chanceOfReachingQuota ?? null,
    resolution: figures.range.resolution,
  };
}

const tally = (t: TeamTally): TeamTally => ({ deals: t.deals, amount: t.amount });

/** The panel's account of a roll-up, from the same view the Dashboard sheet is written from. */
export function teamReportOf(view: TeamView): TeamReport {
  const { reconciliation } = view.rollup;
  return {
    period: view.dashboard.period.key,
    asOf: isoFromSerial(view.dashboard.asOf),
    currency: view.settings.currency ?? '',
    read: tally(reconciliation.read),
    counted: tally(reconciliation.counted),
    setAside: tally(reconciliation.setAside),
    balanced: reconciliation.balanced,
    setAsideRows: view.rollup.setAside.map((row) => ({
      sheet: row.sheet,
      row: row.row,
      id: row.id,
      amount: row.amount,
      reasons: row.reasons.map((reason) => ({ en: reason.text.en, 'zh-CN': reason.text['zh-CN'] })),
    })),
    tables: view.rollup.sources.length,
    reps: view.dashboard.reps.map(rangeLine),
    team: rangeLine(view.dashboard.team),
    honesty: forecastHonestyOf(view.dashboard),
    dealHealth: dealHealthCountsOf(view.dealHealth),
    dealsToLookAt: dealsToLookAtOf(view.dashboard, view.settings.locale),
  };
}
