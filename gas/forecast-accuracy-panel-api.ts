/**
 * Forecast accuracy for the sidebar's Team panel. gas/team-server-api.ts's server function
 * answers with the team's line per period; the panel shows every rep's too, so this runs the same
 * operation with the same steps (one getValues per sheet, one write per block, under the document lock)
 * and answers with the panel's report (shared/workbook/accuracy-report.ts), plain JSON.
 */
import type { Locale } from '../shared/i18n';
import { forecastAccuracyOperation } from '../shared/pipeline/operations';
import { resolvePlan } from '../shared/plan-resolve';
import { accuracyReportOf, type AccuracyReport } from '../shared/workbook/accuracy-report';
import type { BackendResult } from '../shared/workbook/backend';
import { writePlan } from './apply-plan';
import { refusedCall } from './check-arguments';
import { lockedOperation } from './document-lock';
import { readSpreadsheet } from './rollup';

export function forecastAccuracyReport(periodKind: unknown, locale: unknown, spreadsheet?: GoogleAppsScript.Spreadsheet.Spreadsheet): BackendResult<AccuracyReport> {
  return lockedOperation(locale, () => {
    const book = spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
    const { read, state } = readSpreadsheet(book);
    const { plan, accuracy } = forecastAccuracyOperation(read, periodKind ?? undefined);
    writePlan(book, resolvePlan(plan, state, 'sheets'));
    return accuracyReportOf(accuracy);
  });
}

/** Sidebar, Team panel: forecast accuracy (quarter or month) with every rep's figures. */
global.dealkitForecastAccuracyReport = function (periodKind: string | null, locale: Locale) {
  return refusedCall('forecastAccuracy', [periodKind], locale) ?? forecastAccuracyReport(periodKind, locale);
};

declare global {
  var dealkitForecastAccuracyReport: (periodKind: string | null, locale: Locale) => unknown;
}
