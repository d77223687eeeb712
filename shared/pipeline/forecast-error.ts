/**
 * A forecast's error against what happened: (forecast − actual) ÷ actual, so +0.2 is a 20 % over-forecast
 * and −0.2 a 20 % under-forecast. A ratio to nothing has no meaning, so with actual 0 a forecast of 0 is
 * exactly right (0) and any other forecast has no percentage error (null, shown blank). An unknown
 * forecast (null) has no error either. The accuracy report and FORECAST_ACCURACY share this one rule.
 */
export function forecastError(forecast: number | null, actual: number): number | null {
  if (forecast === null) return null;
  if (actual === 0) return forecast === 0 ? 0 : null;
  return (forecast - actual) / actual;
}
