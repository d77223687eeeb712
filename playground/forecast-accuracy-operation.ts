/**
 * Forecast accuracy in the playground: the pure core's operation over the
 * HyperFormula workbook, its plan applied through apply-plan-hyperformula.ts as the other team
 * operations are, answered with the Team panel's report.
 */
import type { Locale } from '../shared/i18n';
import type { AccuracyPeriodKind } from '../shared/pipeline/forecast-accuracy';
import { forecastAccuracyOperation } from '../shared/pipeline/operations';
import { accuracyReportOf, type AccuracyReport } from '../shared/workbook/accuracy-report';
import type { BackendResult } from '../shared/workbook/backend';
import type { PlaygroundWorkbook } from './playground-workbook';
import { guarded, workbookRead } from './team-operations';

export function playgroundForecastAccuracy(workbook: PlaygroundWorkbook, periodKind: AccuracyPeriodKind, locale: Locale): BackendResult<AccuracyReport> {
  return guarded(locale, () => {
    const { plan, accuracy } = forecastAccuracyOperation(workbookRead(workbook), periodKind);
    workbook.applyPlan(plan);
    return accuracyReportOf(accuracy);
  });
}
