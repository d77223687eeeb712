import { periodFromKey, quarterOf, type Period } from './period';
import { monthKey } from './dates';
import { forecastError } from './forecast-error';
import { periodForecast, repKey, roundCents, type PeriodForecast } from './period-forecast';
import type { HistoryDeal, HistoryForecast, HistorySnapshot } from './snapshot';

/**
 * Forecast accuracy from the snapshot history. For every closed period, what each rep and
 * the team forecast at 8, 4 and 1 weeks before the period's last day, against what actually closed.
 *
 * - Forecast at a point: from the latest snapshot taken on or before that day. Three figures:
 *   commit (won + Commit deals closing in the period), weighted (won + weighted open deals closing in
 *   it) and manager (the manager's adjusted commit kept with that snapshot; the rep's commit where the
 *   manager had entered none). See period-forecast.ts.
 * - No snapshot on or before a point: that forecast is unknown, shown blank and left out — never 0,
 *   which would read as "forecast nothing" and score as a −100 % miss.
 * - Actual: the amount won with a close date in the period, in the first snapshot taken after the
 *   period's last day (the first one dated on or after the day the period has ended). The first, not
 *   the newest: later snapshots keep changing (deals reopened, amounts corrected, rows deleted), and a
 *   closed period's figures must not move every time another snapshot is taken. A period is closed,
 *   and listed, once such a snapshot exists and at least one point has a snapshot.
 * - Error: (forecast − actual) ÷ actual, so +0.2 is a 20 % over-forecast and −0.2 an under-forecast.
 *   With actual 0 the ratio has no meaning: a forecast of 0 is exactly right (error 0); any other
 *   forecast has no percentage error (null, shown blank) — the miss is still visible in the amounts.
 * - Team: the sum of the reps' figures, and its error worked out from those sums.
 *
 * Each period reads only the snapshots it names in `snapshotsUsed`: removing any other snapshot never
 * changes its figures.
 */

export { forecastError };

export type AccuracyPeriodKind = 'quarter' | 'month';
/** Weeks before the period's last day at which the forecast is read. */
export const FORECAST_POINT_WEEKS: readonly number[] = [8, 4, 1];

export interface PointForecast {
  readonly weeks: number;
  /** The day the forecast is read at: the period's last day − 7 × weeks. */
  readonly pointDate: number;
  /** The snapshot it was read from; null when none was taken on or before the point. */
  readonly snapshotDate: number | null;
  readonly commit: number | null;
  readonly weighted: number | null;
  readonly manager: number | null;
  readonly commitError: number | null;
  readonly weightedError: number | null;
  readonly managerError: number | null;
}

export interface RepAccuracy {
  /** '' for the team. */
  readonly rep: string;
  readonly actual: number;
  /** One per FORECAST_POINT_WEEKS, in that order. */
  readonly points: readonly PointForecast[];
}

export interface PeriodAccuracy {
  readonly period: Period;
  /** The snapshot the actual was read from. */
  readonly actualSnapshotDate: number;
  readonly reps: readonly RepAccuracy[];
  readonly team: RepAccuracy;
  /** Every snapshot date the period's figures came from. */
  readonly snapshotsUsed: readonly number[];
}

export interface ForecastAccuracy {
  readonly kind: AccuracyPeriodKind;
  /** Closed periods, oldest first. */
  readonly periods: readonly PeriodAccuracy[];
}

export function periodOf(serial: number, kind: AccuracyPeriodKind): Period {
  return kind === 'quarter' ? quarterOf(serial) : (periodFromKey(monthKey(serial)) as Period);
}

/** The latest snapshot taken on or before a day. */
function latestOnOrBefore(history: readonly HistorySnapshot[], day: number): HistorySnapshot | undefined {
  let found: HistorySnapshot | undefined;
  for (const s of history) if (s.date <= day && (!found || s.date > found.date)) found = s;
  return found;
}

/** The first snapshot taken after a day. */
function firstAfter(history: readonly HistorySnapshot[], day: number): HistorySnapshot | undefined {
  let found: HistorySnapshot | undefined;
  for (const s of history) if (s.date > day && (!found || s.date < found.date)) found = s;
  return found;
}

interface RepFigures {
  readonly name: string;
  readonly forecast: PeriodForecast;
  readonly manager: number;
}

/** Each rep's figures for a period in one snapshot, by repKey. */
function figuresIn(snapshot: HistorySnapshot, period: Period): Map<string, RepFigures> {
  const byRep = new Map<string, { name: string; deals: HistoryDeal[] }>();
  for (const deal of snapshot.deals) {
    if (deal.closeDate < period.start || deal.closeDate > period.end) continue;
    const key = repKey(deal.owner);
    const entry = byRep.get(key) ?? { name: deal.owner.trim(), deals: [] };
    entry.deals.push(deal);
    byRep.set(key, entry);
  }
  const managers = new Map<string, HistoryForecast>();
  for (const f of snapshot.forecasts) {
    if (f.view !== 'manager' || f.period !== period.key) continue;
    managers.set(repKey(f.rep), f);
    if (!byRep.has(repKey(f.rep))) byRep.set(repKey(f.rep), { name: f.rep.trim(), deals: [] });
  }
  const out = new Map<string, RepFigures>();
  for (const [key, entry] of byRep) {
    const forecast = periodForecast(entry.deals, period);
    out.set(key, { name: entry.name, forecast, manager: managers.get(key)?.commit ?? forecast.commit });
  }
  return out;
}

function accuracyOf(history: readonly HistorySnapshot[], period: Period): PeriodAccuracy | undefined {
  const actualSnapshot = firstAfter(history, period.end);
  if (!actualSnapshot) return undefined;
  const points = FORECAST_POINT_WEEKS.map((weeks) => {
    const pointDate = period.end - 7 * weeks;
    const snapshot = latestOnOrBefore(history, pointDate);
    return { weeks, pointDate, snapshot, figures: snapshot ? figuresIn(snapshot, period) : undefined };
  });
  if (points.every((p) => p.snapshot === undefined)) return undefined;
  const actuals = figuresIn(actualSnapshot, period);

  // Reps: everyone with a deal in the period (or a manager's figure) in any snapshot the period reads.
  const names = new Map<string, string>();
  for (const figures of [...points.map((p) => p.figures), actuals]) {
    for (const [key, f] of figures ?? []) if (!names.has(key)) names.set(key, f.name);
  }
  const keys = [...names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  const repRow = (key: string): RepAccuracy => {
    const actual = actuals.get(key)?.forecast.won ?? 0;
    return {
      rep: names.get(key) ?? key,
      actual,
      points: points.map((p) => {
        if (!p.figures) return unknownPoint(p.weeks, p.pointDate);
        const f = p.figures.get(key);
        const commit = f?.forecast.commit ?? 0;
        const weighted = f?.forecast.weighted ?? 0;
        const manager = f?.manager ?? 0;
        return pointOf(p.weeks, p.pointDate, p.snapshot?.date ?? null, commit, weighted, manager, actual);
      }),
    };
  };
  const reps = keys.map(repRow);
  const teamActual = roundCents(reps.reduce((s, r) => s + r.actual, 0));
  const teamSum = (i: number, f: (p: PointForecast) => number | null): number => roundCents(reps.reduce((s, r) => s + (f(r.points[i] as PointForecast) ?? 0), 0));
  const team: RepAccuracy = {
    rep: '',
    actual: teamActual,
    points: points.map((p, i) =>
      p.figures
        ? pointOf(
            p.weeks,
            p.pointDate,
            p.snapshot?.date ?? null,
            teamSum(i, (x) => x.commit),
            teamSum(i, (x) => x.weighted),
            teamSum(i, (x) => x.manager),
            teamActual,
          )
        : unknownPoint(p.weeks, p.pointDate),
    ),
  };
  const used = new Set<number>([actualSnapshot.date]);
  for (const p of points) if (p.snapshot) used.add(p.snapshot.date);
  return { period, actualSnapshotDate: actualSnapshot.date, reps, team, snapshotsUsed: [...used].sort((a, b) => a - b) };
}

function unknownPoint(weeks: number, pointDate: number): PointForecast {
  return { weeks, pointDate, snapshotDate: null, commit: null, weighted: null, manager: null, commitError: null, weightedError: null, managerError: null };
}

function pointOf(weeks: number, pointDate: number, snapshotDate: number | null, commit: number, weighted: number, manager: number, actual: number): PointForecast {
  return {
    weeks,
    pointDate,
    snapshotDate,
    commit,
    weighted,
    manager,
    commitError: forecastError(commit, actual),
    weightedError: forecastError(weighted, actual),
    managerError: forecastError(manager, actual),
  };
}

/** Accuracy of every closed period the history covers, oldest first. */
export function forecastAccuracy(history: readonly HistorySnapshot[], kind: AccuracyPeriodKind = 'quarter'): ForecastAccuracy {
  if (history.length === 0) return { kind, periods: [] };
  const first = Math.min(...history.map((s) => s.date));
  const last = Math.max(...history.map((s) => s.date));
  const periods: PeriodAccuracy[] = [];
  // Every period whose last day falls between the first snapshot and the last one could be closed.
  for (let period = periodOf(first, kind); period.end < last; period = periodOf(period.end + 1, kind)) {
    const found = accuracyOf(history, period);
    if (found) periods.push(found);
  }
  return { kind, periods };
}
