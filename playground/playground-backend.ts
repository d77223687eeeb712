/**
 * The playground's Backend: the same synchronous workbook operations the Apps Script server runs,
 * over the HyperFormula workbook in the page.
 */
import type { Backend } from '../shared/workbook/backend';
import { createWorkbookOperations } from '../shared/workbook/workbook-operations';
import type { PlaygroundWorkbook } from './playground-workbook';
import { createTeamOperations } from './team-operations';
import { playgroundForecastAccuracy } from './forecast-accuracy-operation';

export function createPlaygroundBackend(workbook: PlaygroundWorkbook): Backend {
  const ops = createWorkbookOperations(workbook.access());
  const team = createTeamOperations(workbook);
  // Answer on a later tick, as a real host does, so the view goes through its busy state.
  const later = <T>(run: () => T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(run()), 0));
  return {
    listTemplates: (locale) => later(() => ops.listTemplates(locale)),
    insertTemplate: (request) => later(() => ops.insertTemplate(request)),
    readAssessment: (locale) => later(() => ops.readAssessment(locale)),
    writeAssessment: (answers, locale) => later(() => ops.writeAssessment(answers, locale)),
    readValue: (locale) => later(() => ops.readValue(locale)),
    writeValue: (answers, locale) => later(() => ops.writeValue(answers, locale)),
    readSettings: (locale) => later(() => ops.readSettings(locale)),
    writeSettings: (settings, locale) => later(() => ops.writeSettings(settings, locale)),
    listDeals: (locale) => later(() => ops.listDeals(locale)),
    updateDeal: (update, locale) => later(() => ops.updateDeal(update, locale)),
    rollUpTeam: (period, locale) => later(() => team.rollUpTeam(period, locale)),
    takeSnapshot: (locale) => later(() => team.takeSnapshot(locale)),
    listSnapshotDates: (locale) => later(() => team.listSnapshotDates(locale)),
    comparePipeline: (earlier, later_, locale) => later(() => team.comparePipeline(earlier, later_, locale)),
    exportPipelineCsv: (format, locale) => later(() => team.exportPipelineCsv(format, locale)),
    forecastAccuracy: (periodKind, locale) => later(() => playgroundForecastAccuracy(workbook, periodKind, locale)),
  };
}
