/**
 * Forecast accuracy for the sidebar's Team panel (issue 8). gas/team-server-api.ts's server function
 * answers with the team's line per period; the panel shows every rep's too, so this runs the same
 * operation with the same steps (one getValues per sheet, one write per block, under the document lock)
 * and answers with the panel's report (shared/ui/accuracy-report.ts), plain JSON.
 */
import { DealKitError } from '../shared/errors';
import { parseLocale, text, type Locale } from '../shared/i18n';
import { forecastAccuracyOperation } from '../shared/pipeline/operations';
import { resolvePlan } from '../shared/plan-resolve';
import { accuracyReportOf, type AccuracyReport } from '../shared/ui/accuracy-report';
import type { BackendResult } from '../shared/ui/backend';
import { failureOf } from '../shared/ui/workbook-operations';
import { writePlan } from './apply-plan';
import { readSpreadsheet } from './rollup';

/** As long as gas/rollup.ts waits: a second manager's run queues behind the first. */
const LOCK_WAIT_MS = 30_000;

export function forecastAccuracyReport(periodKind: unknown, locale: unknown, spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): BackendResult<AccuracyReport> {
  const ui: Locale = parseLocale(locale) ?? 'en';
  try {
    const lock = LockService.getDocumentLock();
    try {
      lock.waitLock(LOCK_WAIT_MS);
    } catch {
      throw new DealKitError(text('Someone else is updating this spreadsheet; try again in a moment.', '其他人正在更新此表格，请稍后重试。'), 'lock');
    }
    try {
      const book = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
      const { read, state } = readSpreadsheet(book);
      const { plan, accuracy } = forecastAccuracyOperation(read, periodKind ?? undefined);
      writePlan(book, resolvePlan(plan, state, 'sheets'));
      return { ok: true, value: accuracyReportOf(accuracy) };
    } finally {
      lock.releaseLock();
    }
  } catch (error) {
    return failureOf<AccuracyReport>(error, ui);
  }
}

/** Sidebar, Team panel: forecast accuracy (quarter or month) with every rep's figures. */
global.dealkitForecastAccuracyReport = function (periodKind: string | null, locale: Locale) {
  return forecastAccuracyReport(periodKind, locale);
};

declare global {
  var dealkitForecastAccuracyReport: (periodKind: string | null, locale: Locale) => unknown;
}
