/**
 * The sidebar's Backend: every call goes to a server function in gas/server-api.ts through
 * google.script.run. The server answers with a BackendResult already; a failure of the call itself
 * (timeout, authorisation, a server exception) comes back through the failure handler and is shown
 * with the server's own message.
 */
import { failed, type Backend, type BackendResult } from '../../shared/workbook/backend';

/** The part of google.script.run the sidebar uses: handlers are set per call, then the function is named. */
export interface ScriptRun {
  withSuccessHandler(handler: (result: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [serverFunction: string]: unknown;
}

/** Backend method → server function (gas/server-api.ts). */
export const SERVER_FUNCTIONS: Readonly<Record<keyof Backend, string>> = {
  forecastAccuracy: 'dealkitForecastAccuracyReport',
  listTemplates: 'dealkitListTemplates',
  insertTemplate: 'dealkitInsertTemplate',
  readAssessment: 'dealkitReadAssessment',
  writeAssessment: 'dealkitWriteAssessment',
  readValue: 'dealkitReadValue',
  writeValue: 'dealkitWriteValue',
  readSettings: 'dealkitReadSettings',
  writeSettings: 'dealkitWriteSettings',
  listDeals: 'dealkitListDeals',
  updateDeal: 'dealkitUpdateDeal',
  rollUpTeam: 'dealkitRollUpTeamReport',
  takeSnapshot: 'dealkitTakeSnapshot',
  listSnapshotDates: 'dealkitListSnapshotDates',
  comparePipeline: 'dealkitComparePipeline',
  exportPipelineCsv: 'dealkitExportPipelineCsv',
};

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

function isResult(value: unknown): value is BackendResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

export function createSheetsBackend(run: () => ScriptRun): Backend {
  function call<T>(method: keyof Backend, args: readonly unknown[]): Promise<BackendResult<T>> {
    return new Promise((resolve) => {
      const runner = run()
        .withSuccessHandler((result) => {
          // A server that returns anything but a result is a deployment mismatch (old Code.js): say so.
          resolve(isResult(result) ? (result as BackendResult<T>) : failed(`Unexpected answer from ${SERVER_FUNCTIONS[method]}`));
        })
        .withFailureHandler((error) => resolve(failed(messageOf(error))));
      const serverFunction = runner[SERVER_FUNCTIONS[method]];
      if (typeof serverFunction !== 'function') {
        resolve(failed(`The server function ${SERVER_FUNCTIONS[method]} is missing: push the latest DealKit build`));
        return;
      }
      (serverFunction as (...values: unknown[]) => void).apply(runner, [...args]);
    });
  }
  return {
    listTemplates: (locale) => call('listTemplates', [locale]),
    insertTemplate: (request) => call('insertTemplate', [request]),
    readAssessment: (locale) => call('readAssessment', [locale]),
    writeAssessment: (answers, locale) => call('writeAssessment', [answers, locale]),
    readValue: (locale) => call('readValue', [locale]),
    writeValue: (answers, locale) => call('writeValue', [answers, locale]),
    readSettings: (locale) => call('readSettings', [locale]),
    writeSettings: (settings, locale) => call('writeSettings', [settings, locale]),
    listDeals: (locale) => call('listDeals', [locale]),
    updateDeal: (update, locale) => call('updateDeal', [update, locale]),
    rollUpTeam: (period, locale) => call('rollUpTeam', [period, locale]),
    takeSnapshot: (locale) => call('takeSnapshot', [locale]),
    listSnapshotDates: (locale) => call('listSnapshotDates', [locale]),
    comparePipeline: (earlier, later, locale) => call('comparePipeline', [earlier, later, locale]),
    exportPipelineCsv: (format, locale) => call('exportPipelineCsv', [format, locale]),
    forecastAccuracy: (periodKind, locale) => call('forecastAccuracy', [periodKind, locale]),
  };
}
