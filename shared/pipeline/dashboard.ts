import { isDealKitError } from '../errors';
import {
  categoryOf,
  coverage,
  evidencedStage,
  funnelByStage,
  overrideApplies,
  overridePoints,
  probabilityOf,
  salesVelocity,
  stalledDays,
  type ForecastCategory,
  type FunnelRow,
} from '../scoring/pipeline';
import { findStage, type StageKind, type StageRow } from '../scoring/stage-table';
import { monthKey, quarterKey } from './dates';
import { forecastRange, type ForecastRange } from './forecast-range';
import type { ForecastAdjustment } from './forecast-settings';
import { periodFromKey, quarterOf, type Period } from './period';
import { periodForecast, repKey, roundCents, type PeriodForecast } from './period-forecast';
import type { CountedDeal } from './rollup';
import type { ActionTable } from '../deals/action-list';
import { overdueActions, type OverdueActions } from '../deals/overdue-actions';
import type { Quota, TeamSettings } from './team-settings';
import { buyingStepsBehind, type BuyingBehind } from './buying-behind';
import { decisionMakerWatch, type DecisionMakerWatch } from '../deals/decision-maker-watch';
import type { DealKeyPlayers } from '../deals/key-players-summary';
import { DEFAULT_DECISION_MAKER_CONTACT_DAYS } from '../deals/decision-maker-days';

/**
 * The dashboard's figures from the counted deals: every figure is a sum or a ratio over deals the
 * team pipeline lists, so each can be traced back to rows. Rules (probabilities, categories, stall
 * limits, evidence) come from shared/scoring; this file only groups and adds.
 */

export interface PricedDeal extends CountedDeal {
  readonly kind: StageKind;
  /** 0–1, what the deal is forecast at: the rep's override where one applies, else the stage's probability. */
  readonly probability: number;
  /** 0–1, the stage's own probability (the default the override replaced). */
  readonly stageProbability: number;
  /** Whether an override applies (given, on an open deal: a closed deal's override is ignored). */
  readonly overridden: boolean;
  /** Override − stage probability in percentage points (0 when not overridden). */
  readonly overridePoints: number;
  /** The override strays further from the stage default than the Settings limit allows. */
  readonly overrideFlagged: boolean;
  readonly weighted: number;
  readonly forecastCategory: ForecastCategory;
  /** Highest stage with every proof up to it ticked; null when none is, undefined when the table has no proof columns. */
  readonly evidencedStage?: string | null;
  /** Stages the claim runs ahead of the evidence; undefined when the evidence is unknown. */
  readonly evidenceGap?: number;
  /** Days since the stage was entered; undefined without a stage-entered date. */
  readonly daysInStage?: number;
  /** Days beyond the stage's stall limit (0 within it). */
  readonly stalledDays?: number;
  readonly stallLimit: number;
  readonly inPeriod: boolean;
}

export interface RepFigures {
  readonly rep: string;
  readonly openDeals: number;
  readonly openAmount: number;
  readonly weighted: number;
  /** Open amount in the Commit category. */
  readonly commit: number;
  readonly bestCase: number;
  readonly wonDeals: number;
  /** Won amount, all dates. */
  readonly wonAmount: number;
  readonly lostDeals: number;
  readonly lostAmount: number;
  /** Open amount closing in the period. */
  readonly periodOpen: number;
  readonly periodWeighted: number;
  /** Won amount closing in the period. */
  readonly periodWon: number;
  readonly quota: number | null;
  /** periodOpen ÷ (quota − periodWon); null without a quota or when the quota is already met. */
  readonly coverage: number | null;
  /** Won ÷ (won + lost) by count; null with nothing closed. */
  readonly winRate: number | null;
  /** Mean days from created to close over won deals with a created date; null with none. */
  readonly averageCycleDays: number | null;
  /** Open deals × average open deal size × win rate ÷ average cycle: revenue per day; null when a part is missing. */
  readonly velocity: number | null;
  /** What will close in the period: open deals there by probability, on top of what is won there. */
  readonly range: ForecastRange;
}

export interface ForecastGridRow {
  /** "2026-12" or "2026-Q4". */
  readonly key: string;
  /** Weighted amount per category (won at full amount; lost left out). */
  readonly pipeline: number;
  readonly bestCase: number;
  readonly commit: number;
  readonly won: number;
  readonly total: number;
}

export type HygieneIssue = 'noNextStep' | 'pastCloseDate';

export interface Dashboard {
  readonly asOf: number;
  readonly period: Period;
  readonly deals: readonly PricedDeal[];
  readonly funnel: readonly FunnelRow[];
  readonly byMonth: readonly ForecastGridRow[];
  readonly byQuarter: readonly ForecastGridRow[];
  readonly reps: readonly RepFigures[];
  /** Additive figures are the sums of the reps'; ratios are worked out again from those sums. */
  readonly team: RepFigures;
  /** Open deals past their stage's stall limit, longest over first. */
  readonly stalled: readonly PricedDeal[];
  /** Deals whose claimed stage is above the evidenced one, biggest gap first. */
  readonly overclaimed: readonly PricedDeal[];
  /** Open deals with no next step or a close date already past. */
  readonly hygiene: readonly { readonly deal: PricedDeal; readonly issues: readonly HygieneIssue[] }[];
  /** Deals whose probability a rep overrode: flagged ones first, then by distance from the default. */
  readonly overrides: readonly PricedDeal[];
  /** The Settings limit overrides were flagged against, in percentage points. */
  readonly overrideFlagPoints: number;
  /** Rep view beside manager view for the period, one row per rep (team in `teamView`). */
  readonly forecastViews: readonly ForecastView[];
  readonly teamView: ForecastView;
  /** Open actions past due per rep, from the deals' action lists. */
  readonly overdueActions: OverdueActions;
  /** Open deals whose customer is behind the buying step their stage expects. */
  readonly buyingBehind: BuyingBehind<PricedDeal>;
  /** Deals whose decision maker is neutral or worse, or not contacted lately (from the key-player sheets). */
  readonly decisionMakers: DecisionMakerWatch<PricedDeal>;
}

/**
 * For one rep and the dashboard's period: what the deals say (rep view: won + Commit deals, and
 * + Best case deals, closing in the period) and what the manager entered on the Settings sheet
 * (manager view; the rep's figure where the manager entered none), with the difference.
 */
export interface ForecastView {
  readonly rep: string;
  readonly period: string;
  readonly repView: PeriodForecast;
  readonly managerCommit: number;
  readonly managerBestCase: number;
  /** Whether the manager entered a commit / best case for this rep and period. */
  readonly commitAdjusted: boolean;
  readonly bestCaseAdjusted: boolean;
  /** manager − rep. */
  readonly commitDifference: number;
  readonly bestCaseDifference: number;
  readonly note: string;
}

export interface DashboardOptions {
  readonly settings: TeamSettings;
  /** Today, as a serial day. */
  readonly asOf: number;
  /** Default: the calendar quarter holding asOf. */
  readonly period?: Period;
  /** Percentage points an override may differ from its stage default before it is flagged; default 25. */
  readonly overrideFlagPoints?: number;
  /** The manager's adjusted commit / best case per rep and period (Settings sheet). */
  readonly adjustments?: readonly ForecastAdjustment[];
  /** The action lists found in the workbook. */
  readonly actions?: readonly ActionTable[];
  /** The key players of each deal (shared/deals/key-players-summary.ts), and how many days a decision maker may go uncontacted. */
  readonly keyPlayers?: ReadonlyMap<string, DealKeyPlayers>;
  readonly decisionMakerContactDays?: number;
}

/** The probability a deal is forecast at: the rep's override where one applies, else the stage's. */
export function dealProbability(stage: StageRow, override?: number): number {
  return probabilityOf(stage, override);
}

function priceDeal(deal: CountedDeal, options: DashboardOptions, period: Period): PricedDeal {
  const { stages, scoring } = options.settings;
  const row = findStage(stages, deal.stage);
  const probability = dealProbability(row, deal.probabilityOverride);
  const points = overridePoints(row, deal.probabilityOverride);
  let evidence: { evidencedStage?: string | null; evidenceGap?: number } = {};
  if (deal.hasProofColumns) {
    const ticked = new Set(deal.proofs);
    const top = evidencedStage(
      stages,
      stages.stages.map((s) => ticked.has(s.code)),
    );
    evidence = {
      evidencedStage: top?.code ?? null,
      evidenceGap: row.kind === 'lost' ? 0 : Math.max(0, row.index - (top?.index ?? -1)),
    };
  }
  let stall: { daysInStage?: number; stalledDays?: number } = {};
  if (deal.stageEntered !== undefined && deal.stageEntered <= options.asOf) {
    stall = { daysInStage: options.asOf - deal.stageEntered, stalledDays: stalledDays(stages, row.code, deal.stageEntered, options.asOf) };
  }
  return {
    ...deal,
    kind: row.kind,
    probability,
    stageProbability: row.probability,
    overridden: overrideApplies(row, deal.probabilityOverride),
    overridePoints: points,
    overrideFlagged: Math.abs(points) > (options.overrideFlagPoints ?? 25),
    weighted: deal.amount * probability,
    forecastCategory: categoryOf(row, scoring, deal.probabilityOverride),
    ...evidence,
    ...stall,
    stallLimit: row.stallDays,
    inPeriod: deal.closeDate >= period.start && deal.closeDate <= period.end,
  };
}

/** Quotas of a rep for a period: those entered for the period itself or for parts of it (months of a quarter). */
function quotaFor(rep: string, period: Period, quotas: readonly Quota[]): number | null {
  const key = rep.trim().toLowerCase();
  let total: number | null = null;
  for (const quota of quotas) {
    if (quota.rep.trim().toLowerCase() !== key) continue;
    const p = periodFromKey(quota.period);
    if (!p || p.start < period.start || p.end > period.end) continue;
    total = (total ?? 0) + quota.amount;
  }
  return total;
}

const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

interface RepParts {
  readonly rep: string;
  readonly deals: readonly PricedDeal[];
  readonly quota: number | null;
}

function ratiosAndRange(
  base: Omit<RepFigures, 'coverage' | 'winRate' | 'averageCycleDays' | 'velocity' | 'range'>,
  cycles: readonly number[],
  periodOpenDeals: readonly PricedDeal[],
): RepFigures {
  let cover: number | null = null;
  if (base.quota !== null) {
    try {
      cover = coverage(base.periodOpen, base.quota, base.periodWon);
    } catch (error) {
      if (!isDealKitError(error)) throw error;
    }
  }
  const closed = base.wonDeals + base.lostDeals;
  const winRate = closed === 0 ? null : base.wonDeals / closed;
  const averageCycleDays = cycles.length === 0 ? null : sum(cycles) / cycles.length;
  const velocity =
    winRate === null || averageCycleDays === null || averageCycleDays <= 0 || base.openDeals === 0
      ? null
      : salesVelocity({ openDeals: base.openDeals, averageDealSize: base.openAmount / base.openDeals, winRate, cycleDays: averageCycleDays });
  const range = forecastRange(
    periodOpenDeals.map((d) => d.amount),
    periodOpenDeals.map((d) => d.probability),
    undefined,
    { alreadyClosed: base.periodWon, ...(base.quota === null ? {} : { quota: base.quota }) },
  );
  return { ...base, coverage: cover, winRate, averageCycleDays, velocity, range };
}

function cyclesOf(deals: readonly PricedDeal[]): number[] {
  return deals.filter((d) => d.kind === 'won' && d.created !== undefined && d.created <= d.closeDate).map((d) => d.closeDate - (d.created ?? 0));
}

function repFigures({ rep, deals, quota }: RepParts): RepFigures {
  const open = deals.filter((d) => d.kind === 'open');
  const won = deals.filter((d) => d.kind === 'won');
  const lost = deals.filter((d) => d.kind === 'lost');
  const periodOpen = open.filter((d) => d.inPeriod);
  return ratiosAndRange(
    {
      rep,
      openDeals: open.length,
      openAmount: sum(open.map((d) => d.amount)),
      weighted: sum(open.map((d) => d.weighted)),
      commit: sum(open.filter((d) => d.forecastCategory === 'commit').map((d) => d.amount)),
      bestCase: sum(open.filter((d) => d.forecastCategory === 'bestCase').map((d) => d.amount)),
      wonDeals: won.length,
      wonAmount: sum(won.map((d) => d.amount)),
      lostDeals: lost.length,
      lostAmount: sum(lost.map((d) => d.amount)),
      periodOpen: sum(periodOpen.map((d) => d.amount)),
      periodWeighted: sum(periodOpen.map((d) => d.weighted)),
      periodWon: sum(won.filter((d) => d.inPeriod).map((d) => d.amount)),
      quota,
    },
    cyclesOf(deals),
    periodOpen,
  );
}

function teamFigures(reps: readonly RepFigures[], deals: readonly PricedDeal[]): RepFigures {
  const add = (f: (r: RepFigures) => number): number => sum(reps.map(f));
  const quotas = reps.filter((r) => r.quota !== null);
  return ratiosAndRange(
    {
      rep: '',
      openDeals: add((r) => r.openDeals),
      openAmount: add((r) => r.openAmount),
      weighted: add((r) => r.weighted),
      commit: add((r) => r.commit),
      bestCase: add((r) => r.bestCase),
      wonDeals: add((r) => r.wonDeals),
      wonAmount: add((r) => r.wonAmount),
      lostDeals: add((r) => r.lostDeals),
      lostAmount: add((r) => r.lostAmount),
      periodOpen: add((r) => r.periodOpen),
      periodWeighted: add((r) => r.periodWeighted),
      periodWon: add((r) => r.periodWon),
      quota: quotas.length === 0 ? null : sum(quotas.map((r) => r.quota ?? 0)),
    },
    cyclesOf(deals),
    deals.filter((d) => d.kind === 'open' && d.inPeriod),
  );
}

function forecastGrid(deals: readonly PricedDeal[], keyOf: (serial: number) => string): ForecastGridRow[] {
  const rows = new Map<string, { pipeline: number; bestCase: number; commit: number; won: number }>();
  for (const deal of deals) {
    if (deal.kind === 'lost') continue;
    const key = keyOf(deal.closeDate);
    const row = rows.get(key) ?? { pipeline: 0, bestCase: 0, commit: 0, won: 0 };
    if (deal.kind === 'won') row.won += deal.amount;
    else if (deal.forecastCategory === 'commit') row.commit += deal.weighted;
    else if (deal.forecastCategory === 'bestCase') row.bestCase += deal.weighted;
    else row.pipeline += deal.weighted;
    rows.set(key, row);
  }
  return [...rows.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([key, r]) => ({ key, ...r, total: r.pipeline + r.bestCase + r.commit + r.won }));
}

export function buildDashboard(deals: readonly CountedDeal[], options: DashboardOptions): Dashboard {
  const period = options.period ?? quarterOf(options.asOf);
  const priced = deals.map((deal) => priceDeal(deal, options, period));

  // Reps are the deals' owners plus anyone with a quota for the period, in first-seen order.
  const order: string[] = [];
  const byRep = new Map<string, PricedDeal[]>();
  const names = new Map<string, string>();
  const see = (rep: string): string => {
    const key = repKey(rep);
    if (!names.has(key)) {
      names.set(key, rep.trim());
      order.push(key);
      byRep.set(key, []);
    }
    return key;
  };
  for (const deal of priced) byRep.get(see(deal.owner))?.push(deal);
  for (const quota of options.settings.quotas) {
    const p = periodFromKey(quota.period);
    if (p && p.start >= period.start && p.end <= period.end) see(quota.rep);
  }
  const reps = order.map((key) => {
    const rep = names.get(key) ?? key;
    return repFigures({ rep, deals: byRep.get(key) ?? [], quota: quotaFor(rep, period, options.settings.quotas) });
  });

  const open = priced.filter((d) => d.kind === 'open');
  const views = forecastViews(
    byRep,
    reps.map((r) => r.rep),
    period,
    options.adjustments ?? [],
  );
  return {
    asOf: options.asOf,
    period,
    deals: priced,
    // Weighted per stage at each deal's own probability, so the funnel adds up to the Team pipeline's column.
    funnel: funnelByStage(
      options.settings.stages,
      priced.map((d) => ({ stage: d.stage, amount: d.amount, ...(d.probabilityOverride === undefined ? {} : { override: d.probabilityOverride }) })),
    ),
    byMonth: forecastGrid(priced, monthKey),
    byQuarter: forecastGrid(priced, quarterKey),
    reps,
    team: teamFigures(reps, priced),
    stalled: open.filter((d) => (d.stalledDays ?? 0) > 0).sort((a, b) => (b.stalledDays ?? 0) - (a.stalledDays ?? 0)),
    overclaimed: priced.filter((d) => (d.evidenceGap ?? 0) > 0).sort((a, b) => (b.evidenceGap ?? 0) - (a.evidenceGap ?? 0)),
    hygiene: open.flatMap((deal) => {
      const issues: HygieneIssue[] = [];
      if (deal.nextStep === '') issues.push('noNextStep');
      if (deal.closeDate < options.asOf) issues.push('pastCloseDate');
      return issues.length === 0 ? [] : [{ deal, issues }];
    }),
    overrides: priced.filter((d) => d.overridden).sort((a, b) => Number(b.overrideFlagged) - Number(a.overrideFlagged) || Math.abs(b.overridePoints) - Math.abs(a.overridePoints)),
    overrideFlagPoints: options.overrideFlagPoints ?? 25,
    forecastViews: views.reps,
    teamView: views.team,
    overdueActions: overdueActions(options.actions ?? [], priced, options.asOf),
    buyingBehind: buyingStepsBehind(priced, options.settings.ladder),
    decisionMakers: decisionMakerWatch(options.keyPlayers ?? new Map(), priced, options.asOf, options.decisionMakerContactDays ?? DEFAULT_DECISION_MAKER_CONTACT_DAYS),
  };
}

/** `dealsByRep` is keyed by `repKey`: each rep's deals are looked up, not filtered out of the team's (reps × deals). */
function forecastViews(
  dealsByRep: ReadonlyMap<string, readonly PricedDeal[]>,
  reps: readonly string[],
  period: Period,
  adjustments: readonly ForecastAdjustment[],
): { reps: ForecastView[]; team: ForecastView } {
  const here = adjustments.filter((a) => a.period === period.key);
  const names = [...reps];
  // A rep the manager adjusted but who has no deals or quota yet still gets a row.
  for (const a of here) if (!names.some((n) => repKey(n) === repKey(a.rep))) names.push(a.rep);
  const rows = names.map((rep): ForecastView => {
    const repView = periodForecast(dealsByRep.get(repKey(rep)) ?? [], period);
    const adjustment = here.find((a) => repKey(a.rep) === repKey(rep));
    const managerCommit = adjustment?.commit ?? repView.commit;
    const managerBestCase = adjustment?.bestCase ?? repView.bestCase;
    return {
      rep,
      period: period.key,
      repView,
      managerCommit,
      managerBestCase,
      commitAdjusted: adjustment?.commit !== undefined,
      bestCaseAdjusted: adjustment?.bestCase !== undefined,
      commitDifference: roundCents(managerCommit - repView.commit),
      bestCaseDifference: roundCents(managerBestCase - repView.bestCase),
      note: adjustment?.note ?? '',
    };
  });
  const total = (f: (v: ForecastView) => number): number => roundCents(rows.reduce((s, v) => s + f(v), 0));
  const team: ForecastView = {
    rep: '',
    period: period.key,
    repView: {
      won: total((v) => v.repView.won),
      commit: total((v) => v.repView.commit),
      bestCase: total((v) => v.repView.bestCase),
      weighted: total((v) => v.repView.weighted),
    },
    managerCommit: total((v) => v.managerCommit),
    managerBestCase: total((v) => v.managerBestCase),
    commitAdjusted: rows.some((v) => v.commitAdjusted),
    bestCaseAdjusted: rows.some((v) => v.bestCaseAdjusted),
    commitDifference: total((v) => v.commitDifference),
    bestCaseDifference: total((v) => v.bestCaseDifference),
    note: '',
  };
  return { reps: rows, team };
}
