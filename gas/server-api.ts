/**
 * The server functions the sidebar calls through google.script.run. Each is a `global.X = function`
 * line so gas-webpack-plugin exposes it as a top-level Apps Script function. Arguments and results are
 * plain data (dates as ISO strings); every failure comes back as a result with the message the user
 * should read, so the sidebar never sees a bare "ScriptError". Writes run under the document lock:
 * two reps saving into one shared workbook never interleave their blocks.
 */
import type { Locale } from '../shared/i18n';
import type { WritePlan } from '../shared/plan';
import type { AssessmentAnswers, BackendResult, DealUpdate, InsertTemplateRequest, TeamSummary, ValueAnswers, WorkbookSettings } from '../shared/workbook/backend';
import type { SheetValues } from '../shared/sheet-values';
import { createWorkbookOperations, type WorkbookAccess, type WorkbookOperations } from '../shared/workbook/workbook-operations';
import { applyPlan } from './apply-plan';
import { refusedCall } from './check-arguments';
import { BUSY_SAVING, lockedOperation } from './document-lock';
import { comparePipeline, exportPipelineCsv, listSnapshotDates, rollUpTeam, takeSnapshot } from './rollup';
// The Team panel's roll-up (with the report the panel shows) is its own server function.
import './team-panel-api';
// Forecast accuracy with every rep's figures, for the same panel.
import './forecast-accuracy-panel-api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Apps Script hands dates over as Date objects; the core reads those, but results must not carry them. */
function sheetSnapshot(spreadsheet: Spreadsheet, name: string, withFormulas: boolean): SheetValues | null {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return null;
  const range = sheet.getDataRange();
  const values = range.getValues();
  return withFormulas ? { name: sheet.getName(), values, formulas: range.getFormulas() } : { name: sheet.getName(), values };
}

export function spreadsheetAccess(spreadsheet: Spreadsheet): WorkbookAccess {
  return {
    activeSheetName: () => spreadsheet.getActiveSheet().getName(),
    sheetNames: () => spreadsheet.getSheets().map((sheet) => sheet.getName()),
    snapshot: (name, withFormulas) => sheetSnapshot(spreadsheet, name, withFormulas),
    namedValue: (name) => {
      const range = spreadsheet.getRangeByName(name);
      return range ? range.getValues()[0]?.[0] : undefined;
    },
    namedCell: (name) => {
      const range = spreadsheet.getRangeByName(name);
      return range ? { sheet: range.getSheet().getName(), a1: range.getA1Notation().split(':')[0].replace(/\$/g, '') } : null;
    },
    applyPlan: (plan: WritePlan) => applyPlan(spreadsheet, plan),
  };
}

function operations(): WorkbookOperations {
  return createWorkbookOperations(spreadsheetAccess(SpreadsheetApp.getActiveSpreadsheet()));
}

/** Runs a save under the document lock (gas/document-lock.ts); a lock that cannot be had is a message, not an exception. */
function underLock<T>(locale: Locale, write: () => BackendResult<T>): BackendResult<T> {
  const result = lockedOperation(locale, write, BUSY_SAVING);
  return result.ok ? result.value : result;
}

/** Counts only: what the panel confirms. */
function teamSummary(summary: TeamSummary): TeamSummary {
  return { deals: summary.deals, setAside: summary.setAside, amount: summary.amount, tables: summary.tables };
}

function localeOf(raw: unknown): Locale {
  return raw === 'zh-CN' ? 'zh-CN' : 'en';
}

/** Sidebar: the templates the Insert panel lists. */
global.dealkitListTemplates = function (locale: Locale) {
  return refusedCall('listTemplates', [], locale) ?? operations().listTemplates(localeOf(locale));
};

/** Sidebar: insert a template (and the shared Settings sheet when the spreadsheet has none). */
global.dealkitInsertTemplate = function (request: InsertTemplateRequest) {
  const locale = localeOf(request?.locale);
  return refusedCall('insertTemplate', [request], locale) ?? underLock(locale, () => operations().insertTemplate({ ...request, locale }));
};

/** Sidebar: the active sheet's assessment answers, or null. */
global.dealkitReadAssessment = function (locale: Locale) {
  return refusedCall('readAssessment', [], locale) ?? operations().readAssessment(localeOf(locale));
};

/** Sidebar: save the Qualify wizard's answers. */
global.dealkitWriteAssessment = function (answers: AssessmentAnswers, locale: Locale) {
  return refusedCall('writeAssessment', [answers], locale) ?? underLock(localeOf(locale), () => operations().writeAssessment(answers, localeOf(locale)));
};

/** Sidebar: the active sheet's value-proposition figures and slots, or null. */
global.dealkitReadValue = function (locale: Locale) {
  return refusedCall('readValue', [], locale) ?? operations().readValue(localeOf(locale));
};

/** Sidebar: save the value-proposition wizard. */
global.dealkitWriteValue = function (answers: ValueAnswers, locale: Locale) {
  return refusedCall('writeValue', [answers], locale) ?? underLock(localeOf(locale), () => operations().writeValue(answers, localeOf(locale)));
};

/** Sidebar: the workbook's language, ladder and currency. */
global.dealkitReadSettings = function (locale: Locale) {
  return refusedCall('readSettings', [], locale) ?? operations().readSettings(localeOf(locale));
};

/** Sidebar: save the Settings panel. */
global.dealkitWriteSettings = function (settings: WorkbookSettings, locale: Locale) {
  const refused = refusedCall('writeSettings', [settings], locale);
  if (refused) return refused;
  return underLock(localeOf(locale), () => operations().writeSettings(settings, localeOf(locale)));
};

/** Sidebar: the deals of the active pipeline table. */
global.dealkitListDeals = function (locale: Locale) {
  return refusedCall('listDeals', [], locale) ?? operations().listDeals(localeOf(locale));
};

/** Sidebar: move one deal to a stage with its proof, review and stage-entered date. */
global.dealkitUpdateDeal = function (update: DealUpdate, locale: Locale) {
  return refusedCall('updateDeal', [update], locale) ?? underLock(localeOf(locale), () => operations().updateDeal(update, localeOf(locale)));
};

/** Sidebar: roll up the team (Team pipeline and Dashboard sheets); the lock is taken in gas/rollup.ts. */
global.dealkitRollUpTeam = function (period: string | null, locale: Locale) {
  const refused = refusedCall('rollUpTeam', [period], locale);
  if (refused) return refused;
  const result = rollUpTeam(typeof period === 'string' ? period : null, localeOf(locale));
  return result.ok ? { ok: true, value: teamSummary(result.value) } : result;
};

/** Sidebar: append today's team pipeline to the snapshot history. */
global.dealkitTakeSnapshot = function (locale: Locale) {
  const refused = refusedCall('takeSnapshot', [], locale);
  if (refused) return refused;
  const result = takeSnapshot(localeOf(locale));
  return result.ok ? { ok: true, value: { ...teamSummary(result.value), date: result.value.date } } : result;
};

/** Sidebar: the dates the snapshot history holds. */
global.dealkitListSnapshotDates = function (locale: Locale) {
  return refusedCall('listSnapshotDates', [], locale) ?? listSnapshotDates(localeOf(locale));
};

/** Sidebar: pipeline change between two snapshot dates (ISO text). */
global.dealkitComparePipeline = function (earlier: string, later: string, locale: Locale) {
  return refusedCall('comparePipeline', [earlier, later], locale) ?? comparePipeline(earlier, later, localeOf(locale));
};

/** Sidebar: the team pipeline as CSV for a CRM import. */
global.dealkitExportPipelineCsv = function (format: string, locale: Locale) {
  return refusedCall('exportPipelineCsv', [format], locale) ?? exportPipelineCsv(format, localeOf(locale));
};

declare global {
  var dealkitRollUpTeam: (period: string | null, locale: Locale) => unknown;
  var dealkitTakeSnapshot: (locale: Locale) => unknown;
  var dealkitListSnapshotDates: (locale: Locale) => unknown;
  var dealkitComparePipeline: (earlier: string, later: string, locale: Locale) => unknown;
  var dealkitExportPipelineCsv: (format: string, locale: Locale) => unknown;
  var dealkitListTemplates: (locale: Locale) => unknown;
  var dealkitInsertTemplate: (request: InsertTemplateRequest) => unknown;
  var dealkitReadAssessment: (locale: Locale) => unknown;
  var dealkitWriteAssessment: (answers: AssessmentAnswers, locale: Locale) => unknown;
  var dealkitReadValue: (locale: Locale) => unknown;
  var dealkitWriteValue: (answers: ValueAnswers, locale: Locale) => unknown;
  var dealkitReadSettings: (locale: Locale) => unknown;
  var dealkitWriteSettings: (settings: WorkbookSettings, locale: Locale) => unknown;
  var dealkitListDeals: (locale: Locale) => unknown;
  var dealkitUpdateDeal: (update: DealUpdate, locale: Locale) => unknown;
}
