/**
 * Team operations beyond the sidebar's own server API (gas/server-api.ts, which exposes roll-up,
 * snapshot, pipeline change and CSV export): forecast accuracy from the snapshot history.
 * The work lives in gas/rollup.ts; this line only makes it a top-level Apps Script function.
 */
import type { Locale } from '../shared/i18n';
import { refusedCall } from './check-arguments';
import { forecastAccuracy } from './rollup';

/** Forecast accuracy from the history sheet (quarter or month): writes the Forecast accuracy sheet. */
global.dealkitForecastAccuracy = function (periodKind: string | null, locale: Locale) {
  return refusedCall('forecastAccuracy', [periodKind], locale) ?? forecastAccuracy(periodKind, locale);
};
