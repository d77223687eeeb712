import { argumentError } from '../errors';
import { text, type Text } from '../i18n';
import { aboveMaxAmount, MAX_AMOUNT } from '../numbers/max-amount';
import { DEFAULT_SETTINGS, type ScoringSettings } from './settings';
import { findStage, stageMatcher, type StageMatcher, type StageRow, type StageTable } from './stage-table';
import { finiteNumber, finiteResult } from './finite-number';

/** Pipeline measures of METHODOLOGY §5, on a `StageTable`. */

export type ForecastCategory = 'pipeline' | 'bestCase' | 'commit' | 'won' | 'lost';
export const FORECAST_CATEGORIES: readonly ForecastCategory[] = ['pipeline', 'bestCase', 'commit', 'won', 'lost'];

export const FORECAST_LABELS: Readonly<Record<ForecastCategory, Text>> = {
  pipeline: text('Pipeline', '管道'),
  bestCase: text('Best case', '最佳情况'),
  commit: text('Commit', '承诺'),
  won: text('Won', '赢单'),
  lost: text('Lost', '丢单'),
};

/** One pipeline row as the measures need it. */
export interface PipelineDeal {
  /** The stage as typed: code or label, either language. */
  readonly stage: string;
  readonly amount: number;
  /** For a LOST deal, the last stage it had reached, when known (stage conversion counts it there). */
  readonly lostFrom?: string;
  /** A rep's probability (0–1) over the stage default; weighted amounts use it. */
  readonly override?: number;
}

/** An amount of money: finite, not negative, and no larger than MAX_AMOUNT. */
function moneyAmount(value: unknown, argument: string): number {
  const amount = finiteNumber(value, argument);
  if (amount < 0) throw argumentError(argument, `${amount} must not be negative`, `${amount} 不能为负数`);
  if (amount > MAX_AMOUNT) {
    const above = aboveMaxAmount(amount);
    throw argumentError(argument, above.en, above['zh-CN']);
  }
  return amount;
}

export function winProbability(table: StageTable, stage: unknown, override?: number): number {
  return probabilityOf(findStage(table, stage), override);
}

/**
 * The probability a deal is forecast at: a rep's override (0–1) where one is given, else its
 * stage's default. A won or lost deal's outcome is known, so an override left on it is ignored.
 */
export function probabilityOf(row: StageRow, override?: number): number {
  if (override !== undefined && row.kind === 'open' && !(override >= 0 && override <= 1)) {
    throw argumentError('override', `${override} is not a probability between 0 and 1`, `${override} 不是 0 到 1 之间的概率`);
  }
  return checkedProbabilityOf(row, override);
}

/** `probabilityOf` for an override already read as 0–1 (the functions' overrides argument is read so). */
export function checkedProbabilityOf(row: StageRow, override?: number): number {
  return override === undefined || row.kind !== 'open' ? row.probability : override;
}

/** Whether an override counts as one: given, on an open deal (closed deals ignore it). */
export function overrideApplies(row: StageRow, override?: number): boolean {
  return override !== undefined && row.kind === 'open';
}

/**
 * How far an override is from its stage's default, in percentage points (signed: positive when the rep
 * is more optimistic than the stage); 0 without an override or on a closed deal.
 */
export function overridePoints(row: StageRow, override?: number): number {
  if (!overrideApplies(row, override)) return 0;
  // Rounded to a hundredth of a point so 0.75 − 0.5 is 25 points exactly, not 25.000000000000004.
  return Math.round((probabilityOf(row, override) - row.probability) * 10000) / 100;
}

/** Amount × the stage's probability, or × the override where one is given. */
export function weightedAmount(amount: number, table: StageTable, stage: unknown, override?: number): number {
  const checkedAmount = finiteNumber(amount, 'amount');
  return weightedAt(findStage(table, stage), checkedAmount, override);
}

/** `weightedAmount` of a deal whose stage is already found (a column's rows find theirs once per spelling). */
export function weightedAt(row: StageRow, amount: number, override?: number): number {
  return finiteResult(finiteNumber(amount, 'amount') * probabilityOf(row, override), 'amount');
}

/**
 * Won and lost by stage; open deals by probability band: Pipeline below `bestCase` (50 %),
 * Best case up to `commit` (90 %), Commit from there. The won stage is Won whatever its probability.
 */
export function forecastCategory(table: StageTable, stage: unknown, settings: ScoringSettings = DEFAULT_SETTINGS, override?: number): ForecastCategory {
  return categoryOf(findStage(table, stage), settings, override);
}

/** The band of an open deal's probability (its override where given); won and lost by stage. */
export function categoryOf(row: StageRow, settings: ScoringSettings, override?: number): ForecastCategory {
  return row.kind === 'open' ? probabilityBand(probabilityOf(row, override), settings) : row.kind;
}

/** The band an open deal's probability falls in. */
export function probabilityBand(probability: number, settings: ScoringSettings): ForecastCategory {
  if (probability >= settings.forecast.commit) return 'commit';
  if (probability >= settings.forecast.bestCase) return 'bestCase';
  return 'pipeline';
}

/**
 * Amount × probability for a whole column at once: `amounts`, `stages` and (optionally) `overrides`
 * describe the same rows. The stage table's lookup is built once and each distinct spelling of a stage
 * is read once, so a column of a million deals costs a handful of lookups plus one multiplication a row.
 */
export function weightedAmounts(table: StageTable, amounts: readonly number[], stages: readonly unknown[], overrides?: readonly (number | undefined)[]): number[] {
  sameLength(amounts.length, 'amounts', stages.length, 'stages');
  if (overrides !== undefined) sameLength(stages.length, 'stages', overrides.length, 'overrides');
  const matcher = stageMatcher(table);
  const out = new Array<number>(stages.length);
  for (let i = 0; i < stages.length; i += 1) {
    const row = matcher.match(stages[i]) ?? findStage(table, stages[i], `stages row ${i + 1}`);
    const amount = amounts[i];
    if (typeof amount !== 'number' || !Number.isFinite(amount)) finiteNumber(amount, `amounts row ${i + 1}`);
    const override = overrides === undefined ? undefined : overrides[i];
    // A finite amount times a probability (0–1) is always finite, so there is nothing further to check.
    out[i] = amount * (override === undefined ? row.probability : probabilityOf(row, override));
  }
  return out;
}

function sameLength(firstLength: number, first: string, otherLength: number, other: string): void {
  if (firstLength === otherLength) return;
  throw argumentError(other, `has ${otherLength} rows but ${first} has ${firstLength}`, `有 ${otherLength} 行，而 ${first} 有 ${firstLength} 行`);
}

interface ReadDeal {
  readonly row: StageRow;
  readonly amount: number;
  readonly lostFrom?: StageRow;
  /** The probability it is weighted at: its override where one applies, else the stage's. */
  readonly probability: number;
}

/** "deals row 3 stage": built only when a row is at fault, not for every row read. */
function dealArgument(i: number, field: 'stage' | 'amount' | 'lostFrom'): string {
  return `deals row ${i + 1} ${field}`;
}

function stageOfDeal(table: StageTable, matcher: StageMatcher, deal: PipelineDeal, i: number): StageRow {
  return matcher.match(deal.stage) ?? findStage(table, deal.stage, dealArgument(i, 'stage'));
}

function amountOfDeal(deal: PipelineDeal, i: number): number {
  const amount = deal.amount;
  return typeof amount === 'number' && Number.isFinite(amount) ? amount : finiteNumber(amount, dealArgument(i, 'amount'));
}

/** The stage a lost deal was lost from, when given; undefined when not. */
function lostFromOfDeal(table: StageTable, deal: PipelineDeal, i: number): StageRow | undefined {
  if (deal.lostFrom === undefined || deal.lostFrom.trim() === '') return undefined;
  const lostFrom = findStage(table, deal.lostFrom, dealArgument(i, 'lostFrom'));
  if (lostFrom.kind === 'lost') throw argumentError(dealArgument(i, 'lostFrom'), 'must be a stage on the ladder, not LOST', '必须是阶梯上的阶段，不能是 LOST');
  return lostFrom;
}

function readDeal(table: StageTable, matcher: StageMatcher, deal: PipelineDeal, i: number): ReadDeal {
  const row = stageOfDeal(table, matcher, deal, i);
  const amount = amountOfDeal(deal, i);
  const probability = deal.override === undefined ? row.probability : probabilityOf(row, deal.override);
  const lostFrom = lostFromOfDeal(table, deal, i);
  return lostFrom === undefined ? { row, amount, probability } : { row, amount, lostFrom, probability };
}

function readDeals(table: StageTable, deals: readonly PipelineDeal[]): ReadDeal[] {
  const matcher = stageMatcher(table);
  const read = new Array<ReadDeal>(deals.length);
  for (let i = 0; i < deals.length; i += 1) read[i] = readDeal(table, matcher, deals[i], i);
  return read;
}

export interface FunnelRow {
  readonly stage: string;
  readonly label: Text;
  readonly kind: StageRow['kind'];
  readonly deals: number;
  readonly amount: number;
  readonly weighted: number;
}

/**
 * Deals, amount and weighted amount per stage, added up one deal at a time: for callers that read
 * their deals from columns (the FUNNEL function) and for `funnelByStage`. Sums run in the order deals
 * are added, so the figures match adding each stage's deals in row order.
 */
export class FunnelTally {
  private readonly rows: readonly StageRow[];
  private readonly deals: number[];
  private readonly amounts: number[];
  private readonly weighted: number[];

  constructor(private readonly table: StageTable) {
    this.rows = [...table.stages, table.lost];
    this.deals = new Array<number>(this.rows.length).fill(0);
    this.amounts = new Array<number>(this.rows.length).fill(0);
    this.weighted = new Array<number>(this.rows.length).fill(0);
  }

  /** One deal at `stage` (a row of this tally's table), weighed at `probability`. */
  add(stage: StageRow, amount: number, probability: number): void {
    const at = stage.index < 0 ? this.table.stages.length : stage.index;
    this.deals[at] += 1;
    this.amounts[at] += amount;
    this.weighted[at] += amount * probability;
  }

  /** In ladder order with LOST last; empty stages included. */
  result(): FunnelRow[] {
    return this.rows.map((stage, at) => ({
      stage: stage.code,
      label: stage.label,
      kind: stage.kind,
      deals: this.deals[at],
      amount: finiteResult(this.amounts[at], 'deals'),
      weighted: finiteResult(this.weighted[at], 'deals'),
    }));
  }
}

/** Deals, amount and weighted amount per stage, in ladder order with LOST last; empty stages included. */
export function funnelByStage(table: StageTable, deals: readonly PipelineDeal[]): FunnelRow[] {
  const matcher = stageMatcher(table);
  const tally = new FunnelTally(table);
  for (let i = 0; i < deals.length; i += 1) {
    // Read as readDeals reads (same checks, same order) without keeping a record per deal.
    const deal = deals[i];
    const row = stageOfDeal(table, matcher, deal, i);
    const amount = amountOfDeal(deal, i);
    const probability = deal.override === undefined ? row.probability : probabilityOf(row, deal.override);
    if (deal.lostFrom !== undefined) lostFromOfDeal(table, deal, i);
    tally.add(row, amount, probability);
  }
  return tally.result();
}

export interface PipelineTotals {
  readonly openDeals: number;
  readonly openAmount: number;
  readonly openWeighted: number;
  readonly wonDeals: number;
  readonly wonAmount: number;
  readonly lostDeals: number;
  readonly lostAmount: number;
}

export function pipelineTotals(table: StageTable, deals: readonly PipelineDeal[]): PipelineTotals {
  const read = readDeals(table, deals);
  const of = (kind: StageRow['kind']) => read.filter((d) => d.row.kind === kind);
  const sum = (list: readonly ReadDeal[], f: (d: ReadDeal) => number) =>
    finiteResult(
      list.reduce((s, d) => s + f(d), 0),
      'deals',
    );
  const open = of('open');
  return {
    openDeals: open.length,
    openAmount: sum(open, (d) => d.amount),
    openWeighted: sum(open, (d) => d.amount * d.probability),
    wonDeals: of('won').length,
    wonAmount: sum(of('won'), (d) => d.amount),
    lostDeals: of('lost').length,
    lostAmount: sum(of('lost'), (d) => d.amount),
  };
}

/** Open pipeline ÷ (quota − closed won): how many times the pipeline covers what is left to sell. */
export function coverage(openPipeline: number, quota: number, closedWon = 0): number {
  const open = moneyAmount(openPipeline, 'openPipeline');
  const q = moneyAmount(quota, 'quota');
  const won = moneyAmount(closedWon, 'closedWon');
  const remaining = q - won;
  if (remaining <= 0) {
    throw argumentError(
      'quota',
      `closed won (${won}) already meets the quota (${q}); coverage of nothing left to sell is not defined`,
      `已赢单金额（${won}）已达到配额（${q}）；没有剩余目标时覆盖率无意义`,
    );
  }
  return finiteResult(open / remaining, 'quota');
}

export interface WinRate {
  /** Won ÷ (won + lost), counting deals. */
  readonly byCount: number;
  /** Won amount ÷ (won + lost amount); null when the closed deals' amounts add up to nothing. */
  readonly byAmount: number | null;
  readonly won: number;
  readonly lost: number;
}

/** Win rate over the closed deals; with none closed yet there is no rate, which is an error. */
export function winRate(table: StageTable, deals: readonly PipelineDeal[]): WinRate {
  const t = pipelineTotals(table, deals);
  const closed = t.wonDeals + t.lostDeals;
  if (closed === 0) {
    throw argumentError('deals', 'no deal is won or lost yet, so there is no win rate', '尚无赢单或丢单，无法计算赢率');
  }
  const closedAmount = t.wonAmount + t.lostAmount;
  return {
    byCount: t.wonDeals / closed,
    byAmount: closedAmount > 0 ? t.wonAmount / closedAmount : null,
    won: t.wonDeals,
    lost: t.lostDeals,
  };
}

export interface StageConversion {
  readonly from: string;
  readonly to: string;
  readonly reachedFrom: number;
  readonly reachedTo: number;
  /** reachedTo ÷ reachedFrom; null when no deal reached `from`. */
  readonly rate: number | null;
}

/**
 * Deals that reached stage n+1 ÷ deals that reached stage n, from one snapshot: a deal at stage k
 * has reached every stage up to k; a won deal every stage. A lost deal counts up to its `lostFrom`
 * stage, and not at all when that is unknown (guessing would bias every rate).
 */
export function stageConversion(table: StageTable, deals: readonly PipelineDeal[]): StageConversion[] {
  const read = readDeals(table, deals);
  const reachedIndex = read.map((d) => (d.row.kind === 'lost' ? (d.lostFrom?.index ?? -1) : d.row.index)).filter((index) => index >= 0);
  const reached = (index: number) => reachedIndex.filter((r) => r >= index).length;
  return table.stages.slice(0, -1).map((stage, n) => {
    const next = table.stages[n + 1] as StageRow;
    const reachedFrom = reached(n);
    const reachedTo = reached(n + 1);
    return { from: stage.code, to: next.code, reachedFrom, reachedTo, rate: reachedFrom === 0 ? null : reachedTo / reachedFrom };
  });
}

export interface VelocityInputs {
  readonly openDeals: number;
  readonly averageDealSize: number;
  /** 0–1. */
  readonly winRate: number;
  /** Average sales cycle in days. */
  readonly cycleDays: number;
}

/** Open deals × average deal size × win rate ÷ average cycle length: expected revenue per day. */
export function salesVelocity(inputs: VelocityInputs): number {
  const open = finiteNumber(inputs.openDeals, 'openDeals');
  if (open < 0) throw argumentError('openDeals', 'must not be negative', '不能为负数');
  const size = moneyAmount(inputs.averageDealSize, 'averageDealSize');
  const rate = finiteNumber(inputs.winRate, 'winRate');
  if (rate < 0 || rate > 1) throw argumentError('winRate', `${rate} must be between 0 and 1`, `${rate} 必须介于 0 与 1 之间`);
  const days = finiteNumber(inputs.cycleDays, 'cycleDays');
  if (days <= 0) throw argumentError('cycleDays', `${days} must be more than 0 days`, `${days} 必须大于 0 天`);
  return finiteResult((open * size * rate) / days, 'averageDealSize');
}

/**
 * Days a deal has sat in its stage beyond the stage's limit; 0 if within it. Dates are spreadsheet
 * serial day numbers; only whole days count, so a time of day never makes a deal stalled. Won and
 * lost deals never stall.
 */
export function stalledDays(table: StageTable, stage: unknown, stageEntered: number, asOf: number): number {
  const row = findStage(table, stage);
  return stalledDaysAt(row, finiteNumber(stageEntered, 'stageEntered'), finiteNumber(asOf, 'asOf'));
}

/** `stalledDays` of a deal whose stage is already found and whose dates are already serial days. */
export function stalledDaysAt(row: StageRow, stageEntered: number, asOf: number): number {
  const entered = Math.floor(stageEntered);
  const today = Math.floor(asOf);
  if (entered > today) {
    throw argumentError('stageEntered', 'is after the as-of date', '晚于统计日期');
  }
  if (row.kind !== 'open') return 0;
  return Math.max(0, today - entered - row.stallDays);
}

/**
 * The evidenced stage: the highest stage whose proof, and every earlier stage's proof, is ticked.
 * `proofs` holds one tick per ladder stage, in order. Null when even the first proof is missing.
 */
export function evidencedStage(table: StageTable, proofs: readonly boolean[]): StageRow | null {
  if (proofs.length !== table.stages.length) {
    throw argumentError(
      'proofs',
      `expected ${table.stages.length} ticks, one per stage (${table.stages.map((s) => s.code).join(', ')}), got ${proofs.length}`,
      `应有 ${table.stages.length} 个勾选项，每个阶段一个（${table.stages.map((s) => s.code).join('、')}），实际为 ${proofs.length} 个`,
    );
  }
  return highestEvidencedStage(table, proofs);
}

/** `evidencedStage` for ticks already laid out one per stage, as EVIDENCED_STAGE lays them. */
export function highestEvidencedStage(table: StageTable, proofs: readonly boolean[]): StageRow | null {
  let highest: StageRow | null = null;
  for (const stage of table.stages) {
    if (proofs[stage.index] !== true) break;
    highest = stage;
  }
  return highest;
}

/**
 * How many stages the claimed stage runs ahead of the evidence (0 when the evidence keeps up) —
 * METHODOLOGY's "manager's first question". A LOST deal has no gap.
 */
export function evidenceGap(table: StageTable, claimed: unknown, proofs: readonly boolean[]): number {
  const row = findStage(table, claimed, 'claimed');
  const evidenced = evidencedStage(table, proofs);
  if (row.kind === 'lost') return 0;
  return Math.max(0, row.index - (evidenced?.index ?? -1));
}
