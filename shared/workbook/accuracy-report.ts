import { isoFromSerial } from '../pipeline/dates';
import type { AccuracyPeriodKind, ForecastAccuracy, PointForecast, RepAccuracy } from '../pipeline/forecast-accuracy';

/**
 * Forecast accuracy as the Team panel shows it: per closed period, each rep's and the team's actual and
 * the forecasts 8, 4 and 1 weeks before the period's end, with their errors. Plain data (dates as ISO
 * text, unknown figures as null) so it crosses the Apps Script sidebar bridge unchanged.
 */

export interface AccuracyPointLine {
  readonly weeks: number;
  /** ISO date the forecast was read at (period end − 7 × weeks). */
  readonly pointDate: string;
  /** ISO date of the snapshot read; null when none was taken on or before the point. */
  readonly snapshot: string | null;
  readonly commit: number | null;
  readonly weighted: number | null;
  readonly manager: number | null;
  /** (forecast − actual) ÷ actual; null where the forecast is unknown or actual is 0 and the forecast is not. */
  readonly commitError: number | null;
  readonly weightedError: number | null;
  readonly managerError: number | null;
}

export interface AccuracyRepLine {
  /** '' for the team line. */
  readonly rep: string;
  readonly actual: number;
  readonly points: readonly AccuracyPointLine[];
}

export interface AccuracyPeriodLine {
  /** 2026-Q4 or 2026-11. */
  readonly period: string;
  readonly actualSnapshot: string;
  readonly reps: readonly AccuracyRepLine[];
  readonly team: AccuracyRepLine;
}

export interface AccuracyReport {
  readonly kind: AccuracyPeriodKind;
  /** Closed periods, oldest first; empty when none is closed yet. */
  readonly periods: readonly AccuracyPeriodLine[];
}

function pointLine(point: PointForecast): AccuracyPointLine {
  return {
    weeks: point.weeks,
    pointDate: isoFromSerial(point.pointDate),
    snapshot: point.snapshotDate === null ? null : isoFromSerial(point.snapshotDate),
    commit: point.commit,
    weighted: point.weighted,
    manager: point.manager,
    commitError: point.commitError,
    weightedError: point.weightedError,
    managerError: point.managerError,
  };
}

function repLine(rep: RepAccuracy): AccuracyRepLine {
  return { rep: rep.rep, actual: rep.actual, points: rep.points.map(pointLine) };
}

export function accuracyReportOf(accuracy: ForecastAccuracy): AccuracyReport {
  return {
    kind: accuracy.kind,
    periods: accuracy.periods.map((p) => ({
      period: p.period.key,
      actualSnapshot: isoFromSerial(p.actualSnapshotDate),
      reps: p.reps.map(repLine),
      team: repLine(p.team),
    })),
  };
}
