import { DealKitError } from '../errors';
import { text } from '../i18n';

/**
 * How much will close: the probability distribution of the sum of open deals, each closing with its
 * own probability and independently of the others, computed exactly by dynamic programming over a
 * grid of amounts.
 *
 * The grid. Amounts are placed on multiples of `resolution`, a round unit (1, 2 or 5 × 10^k) chosen so
 * the grid has at most `maxGridCells` points and the work (deals × grid points) stays within
 * `maxWork`; 500 deals of a few hundred thousand each land on a grid of a few thousand. A deal whose
 * amount falls between two grid points is split between them in proportion (a deal of 1,250 on a
 * grid of 1,000 closes as 1,000 with 75 % of its probability and as 2,000 with 25 %), so the mean of
 * the distribution is exactly the weighted pipeline. Each percentile is a grid point (or the maximum,
 * when the grid's top point lies above it); with d deals it is within d × resolution of the exact
 * percentile, usually within one resolution.
 */

export interface ForecastRangeOptions {
  /** The target whose chance of being reached is reported (amount already closed is added first). */
  readonly quota?: number;
  /** Amount already won in the period: it shifts the whole distribution. */
  readonly alreadyClosed?: number;
  /** Largest grid, default 20,000 points. */
  readonly maxGridCells?: number;
  /** Largest deals × grid points, default 20 million (about a second in Apps Script). */
  readonly maxWork?: number;
}

export interface ForecastPercentile {
  /** 0–1, e.g. 0.1 for P10. */
  readonly percentile: number;
  /** The smallest grid amount the total stays at or below with at least this probability (capped at the maximum). */
  readonly amount: number;
}

export interface ForecastRange {
  /** Deals counted (rows with both cells blank are skipped). */
  readonly deals: number;
  /** Grid unit every amount was placed on; percentiles are multiples of it (plus alreadyClosed). */
  readonly resolution: number;
  /** Expected amount of the distribution; equals alreadyClosed + Σ amount × probability (the split keeps it). */
  readonly mean: number;
  /** Everything closes: alreadyClosed + Σ amount. */
  readonly maximum: number;
  readonly percentiles: readonly ForecastPercentile[];
  /** P(total ≥ quota), when a quota was given. */
  readonly chanceOfReachingQuota?: number;
}

export const DEFAULT_PERCENTILES: readonly number[] = [0.1, 0.5, 0.9];
const DEFAULT_MAX_GRID = 20_000;
const DEFAULT_MAX_WORK = 20_000_000;
/** Cumulative sums gather rounding error; a percentile must not fall one grid point late because of it. */
const CUMULATIVE_TOLERANCE = 1e-12;

type Cell = number | null | undefined;

function isBlank(value: Cell): boolean {
  return value === null || value === undefined;
}

/**
 * The error about one item of a list ("amounts item 3 is not a number."): `en` and `zh` follow the
 * item's number. The functions name the row instead, through their own `ItemError`.
 */
export type ItemError = (list: 'amounts' | 'probabilities' | 'percentiles', item: number, en: string, zh: string) => Error;

const listItemError: ItemError = (list, item, en, zh) => new DealKitError(text(`${list} item ${item} ${en}`, `${list} 第 ${item} 项${zh}`), list);

function checkInputs(amounts: readonly Cell[], probabilities: readonly Cell[], itemError: ItemError): { amounts: number[]; probabilities: number[] } {
  if (amounts.length !== probabilities.length) {
    throw new DealKitError(
      text(
        `amounts has ${amounts.length} cells but probabilities has ${probabilities.length}: give one probability per amount.`,
        `amounts 有 ${amounts.length} 个单元格，probabilities 有 ${probabilities.length} 个：每个金额需要对应一个概率。`,
      ),
      'probabilities',
    );
  }
  const keptAmounts: number[] = [];
  const keptProbabilities: number[] = [];
  for (let i = 0; i < amounts.length; i += 1) {
    const amount = amounts[i];
    const probability = probabilities[i];
    const n = i + 1;
    if (isBlank(amount) && isBlank(probability)) continue;
    if (typeof amount !== 'number' || !Number.isFinite(amount)) throw itemError('amounts', n, 'is not a number.', '不是数字。');
    if (amount < 0) throw itemError('amounts', n, `is negative (${amount}); a deal amount is 0 or more.`, `为负数（${amount}）；商机金额应不小于 0。`);
    if (typeof probability !== 'number' || !Number.isFinite(probability)) throw itemError('probabilities', n, 'is not a number.', '不是数字。');
    if (probability < 0 || probability > 1) {
      throw itemError('probabilities', n, `is ${probability}; write a probability between 0 and 1 (or 0 % to 100 %).`, `为 ${probability}；概率应在 0 到 1 之间（即 0% 到 100%）。`);
    }
    keptAmounts.push(amount);
    keptProbabilities.push(probability);
  }
  return { amounts: keptAmounts, probabilities: keptProbabilities };
}

function checkPercentiles(percentiles: readonly Cell[], itemError: ItemError): number[] {
  const kept: number[] = [];
  percentiles.forEach((value, i) => {
    if (isBlank(value)) return;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1) {
      throw itemError('percentiles', i + 1, 'must be a number strictly between 0 and 1, such as 0.1 for P10.', '应为 0 与 1 之间（不含两端）的数字，例如 P10 写作 0.1。');
    }
    kept.push(value);
  });
  if (kept.length === 0) {
    throw new DealKitError(text('percentiles is empty; leave it out to get P10, P50 and P90.', 'percentiles 为空；省略此参数即得到 P10、P50、P90。'), 'percentiles');
  }
  return kept;
}

/** The smallest round unit (1, 2 or 5 × 10^k) that keeps the grid within both limits. */
export function forecastResolution(amounts: readonly number[], maxGridCells = DEFAULT_MAX_GRID, maxWork = DEFAULT_MAX_WORK): number {
  const total = amounts.reduce((sum, a) => sum + a, 0);
  if (total === 0) return 1;
  const cells = Math.max(1, Math.min(maxGridCells, Math.floor(maxWork / Math.max(1, amounts.length))));
  // Each deal adds at most one grid point beyond total / unit, so leave room for that.
  const room = Math.max(1, cells - amounts.length);
  // Below a millionth the grid would be finer than any currency; it also keeps log10 away from underflow.
  const smallest = Math.max(total / room, 1e-6);
  let unit = 10 ** Math.floor(Math.log10(smallest));
  for (const step of [1, 2, 5, 10]) {
    if (step * unit >= smallest) {
      unit *= step;
      break;
    }
  }
  // Whole amounts on a whole-unit grid lose nothing: never go finer than 1 when every amount is whole.
  if (unit < 1 && amounts.every((a) => Number.isInteger(a))) unit = 1;
  return unit;
}

/** P(total of the deals = j × resolution) for j up to `reach`, and the total if everything closes. */
interface ClosingDistribution {
  readonly dist: Float64Array;
  readonly reach: number;
  readonly maximum: number;
}

function closingDistribution(deals: { amounts: number[]; probabilities: number[] }, resolution: number, alreadyClosed: number): ClosingDistribution {
  // dist[j] = P(total of the deals so far = j × resolution)
  let top = 0;
  for (const amount of deals.amounts) top += Math.ceil(amount / resolution - 1e-9);
  const dist = new Float64Array(top + 1);
  dist[0] = 1;
  let reach = 0;
  let maximum = alreadyClosed;
  deals.amounts.forEach((amount, i) => {
    const p = deals.probabilities[i];
    maximum += amount;
    if (p === 0 || amount === 0) return;
    const units = amount / resolution;
    const low = Math.floor(units + 1e-9);
    let share = units - low; // part of the probability that goes to the grid point above
    if (share < 1e-9) share = 0;
    const pLow = p * (1 - share);
    const pHigh = p * share;
    const newReach = Math.min(top, reach + low + (share > 0 ? 1 : 0));
    for (let j = newReach; j >= 0; j -= 1) {
      let value = j <= reach ? dist[j] * (1 - p) : 0;
      if (j - low >= 0 && j - low <= reach) value += dist[j - low] * pLow;
      if (pHigh > 0 && j - low - 1 >= 0 && j - low - 1 <= reach) value += dist[j - low - 1] * pHigh;
      dist[j] = value;
    }
    reach = newReach;
  });
  return { dist, reach, maximum };
}

/** The amount at each wanted percentile, in the order wanted. */
function amountsAtPercentiles({ dist, reach, maximum }: ClosingDistribution, wanted: readonly number[], resolution: number, alreadyClosed: number): number[] {
  const sorted = wanted.map((percentile, index) => ({ percentile, index })).sort((a, b) => a.percentile - b.percentile);
  const amountsAt = new Array<number>(wanted.length);
  let cumulative = 0;
  let j = 0;
  for (const { percentile, index } of sorted) {
    while (j < reach && cumulative + dist[j] < percentile - CUMULATIVE_TOLERANCE) {
      cumulative += dist[j];
      j += 1;
    }
    // A split deal can put the top grid point just above the real maximum; no outcome exceeds it.
    amountsAt[index] = Math.min(maximum, alreadyClosed + j * resolution);
  }
  return amountsAt;
}

/**
 * The distribution of the total that closes. `amounts` and `probabilities` are parallel lists (a row
 * with both cells blank is skipped); `percentiles` are fractions, default P10, P50 and P90.
 */
export function forecastRange(
  amounts: readonly Cell[],
  probabilities: readonly Cell[],
  percentiles: readonly Cell[] = DEFAULT_PERCENTILES,
  options: ForecastRangeOptions = {},
): ForecastRange {
  const deals = checkInputs(amounts, probabilities, listItemError);
  const wanted = checkPercentiles(percentiles, listItemError);
  const alreadyClosed = options.alreadyClosed ?? 0;
  const resolution = forecastResolution(deals.amounts, options.maxGridCells, options.maxWork);
  const distribution = closingDistribution(deals, resolution, alreadyClosed);
  const { dist, reach, maximum } = distribution;

  // The mean is read off the distribution itself, so it shows what the grid kept, not what it should have.
  let gridMean = 0;
  for (let k = 1; k <= reach; k += 1) gridMean += k * dist[k];
  const mean = alreadyClosed + gridMean * resolution;

  const amountsAt = amountsAtPercentiles(distribution, wanted, resolution, alreadyClosed);

  let chanceOfReachingQuota: number | undefined;
  if (options.quota !== undefined) {
    const needed = options.quota - alreadyClosed;
    let chance = 0;
    for (let k = reach; k >= 0 && k * resolution >= needed - 1e-9 * resolution; k -= 1) chance += dist[k];
    chanceOfReachingQuota = Math.min(1, chance);
  }

  return {
    deals: deals.amounts.length,
    resolution,
    mean,
    maximum,
    percentiles: wanted.map((percentile, index) => ({ percentile, amount: amountsAt[index] })),
    ...(chanceOfReachingQuota === undefined ? {} : { chanceOfReachingQuota }),
  };
}

/**
 * What FORECAST_RANGE shows, checked and computed as `forecastRange` does with its default limits and
 * nothing closed yet: the percentiles kept, the amount at each, and the grid unit. Without the mean and
 * the quota the functions script does not need; `itemError` words an error about one list item.
 */
export function forecastPercentiles(
  amounts: readonly Cell[],
  probabilities: readonly Cell[],
  percentiles: readonly Cell[] | undefined,
  itemError: ItemError,
): { readonly percentiles: readonly number[]; readonly amounts: readonly number[]; readonly resolution: number } {
  const deals = checkInputs(amounts, probabilities, itemError);
  const wanted = checkPercentiles(percentiles ?? DEFAULT_PERCENTILES, itemError);
  const resolution = forecastResolution(deals.amounts);
  return { percentiles: wanted, amounts: amountsAtPercentiles(closingDistribution(deals, resolution, 0), wanted, resolution, 0), resolution };
}
