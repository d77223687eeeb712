import type { Period } from './period';

/**
 * A rep's forecast for one period from a list of deals, the same sums whether the deals come from
 * today's roll-up or from a snapshot in the history, so the dashboard, the snapshot's forecast rows and
 * the accuracy report can never disagree about what "commit" meant:
 *
 *   won       amount of won deals closing in the period
 *   commit    won + amount of open Commit deals closing in the period
 *   bestCase  commit + amount of open Best-case deals closing in the period
 *   weighted  won (at full amount) + weighted amount of open deals closing in the period
 *
 * Lost deals add nothing. A deal's category and weighted amount are the ones it was priced at (with
 * its probability override, where it had one).
 */

export interface ForecastDeal {
  readonly owner: string;
  readonly amount: number;
  readonly closeDate: number;
  readonly weighted: number;
  /** A ForecastCategory id: pipeline, bestCase, commit, won or lost. */
  readonly forecastCategory: string;
}

export interface PeriodForecast {
  readonly won: number;
  readonly commit: number;
  readonly bestCase: number;
  readonly weighted: number;
}

export const NO_FORECAST: PeriodForecast = { won: 0, commit: 0, bestCase: 0, weighted: 0 };

/** Rep names compare without case or surrounding spaces ("ann " and "Ann" are one rep). */
export function repKey(rep: string): string {
  return rep.trim().toLowerCase();
}

/** Money sums in whole cents, so figures that should be equal compare equal. */
export function roundCents(n: number): number {
  return Math.round(n * 100) / 100;
}

export function periodForecast(deals: readonly ForecastDeal[], period: Period): PeriodForecast {
  let won = 0;
  let commit = 0;
  let bestCase = 0;
  let weighted = 0;
  for (const deal of deals) {
    if (deal.closeDate < period.start || deal.closeDate > period.end) continue;
    switch (deal.forecastCategory) {
      case 'won':
        won += deal.amount;
        break;
      case 'commit':
        commit += deal.amount;
        weighted += deal.weighted;
        break;
      case 'bestCase':
        bestCase += deal.amount;
        weighted += deal.weighted;
        break;
      case 'pipeline':
        weighted += deal.weighted;
        break;
      default:
        break;
    }
  }
  return {
    won: roundCents(won),
    commit: roundCents(won + commit),
    bestCase: roundCents(won + commit + bestCase),
    weighted: roundCents(won + weighted),
  };
}

/** The forecast of each rep (by repKey) for a period, with the name as first seen. */
export function periodForecastByRep(deals: readonly ForecastDeal[], period: Period): Map<string, { rep: string; forecast: PeriodForecast }> {
  const byRep = new Map<string, { rep: string; deals: ForecastDeal[] }>();
  for (const deal of deals) {
    const key = repKey(deal.owner);
    const entry = byRep.get(key) ?? { rep: deal.owner.trim(), deals: [] };
    entry.deals.push(deal);
    byRep.set(key, entry);
  }
  const out = new Map<string, { rep: string; forecast: PeriodForecast }>();
  for (const [key, entry] of byRep) out.set(key, { rep: entry.rep, forecast: periodForecast(entry.deals, period) });
  return out;
}
