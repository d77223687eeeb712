/**
 * The manager's team operations as server functions the sidebar calls through google.script.run.
 * The work lives in gas/rollup.ts (one getValues per sheet, one write per block, under the document
 * lock); these lines only make it reachable as top-level Apps Script functions.
 */
import type { Locale } from '../shared/i18n';
import { comparePipeline, exportPipelineCsv, forecastAccuracy, listSnapshotDates, rollUpTeam, takeSnapshot } from './rollup';

/** Roll up team: rebuilds the Team pipeline and Dashboard sheets for a period (2026-Q4, 2026-11, 2026). */
global.dealkitRollUpTeam = function (period: string | null, locale: Locale) {
  return rollUpTeam(period, locale);
};

/** Take snapshot: appends today's team pipeline to the protected history sheet. */
global.dealkitTakeSnapshot = function (locale: Locale) {
  return takeSnapshot(locale);
};

/** Pipeline change between two snapshot dates (ISO text). */
global.dealkitComparePipeline = function (dateA: string, dateB: string, locale: Locale) {
  return comparePipeline(dateA, dateB, locale);
};

/** The snapshot dates on the history sheet, oldest first. */
global.dealkitListSnapshotDates = function (locale: Locale) {
  return listSnapshotDates(locale);
};

/** CSV of the team pipeline in Salesforce or HubSpot import columns. */
global.dealkitExportPipelineCsv = function (format: string, locale: Locale) {
  return exportPipelineCsv(format, locale);
};

/** Forecast accuracy from the history sheet (quarter or month): writes the Forecast accuracy sheet. */
global.dealkitForecastAccuracy = function (periodKind: string | null, locale: Locale) {
  return forecastAccuracy(periodKind, locale);
};
