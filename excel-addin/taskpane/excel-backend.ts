/**
 * The task pane's Backend over Office.js. Each user action is one Excel.run batch with at most two
 * context.sync() calls: every read the action needs is queued together (its sheet, the workbook state
 * the plan resolver needs, the settings it depends on), synced once, then the pure core builds the
 * write plan and every write is queued and synced once.
 */
import type { LadderId } from '../../shared/methods/types';
import type { Locale } from '../../shared/i18n';
import { decimalMarkSetting, ladderSetting, languageSetting } from '../../shared/settings/workbook-values';
import type { DecimalMark } from '../../shared/numbers/decimal-mark';
import type { WritePlan } from '../../shared/plan';
import { firstCellOfReference, quotedCellReference, valuesFromA1 } from '../../shared/a1';
import { resolvePlan } from '../../shared/plan-resolve';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import { buildTemplate, SETTINGS_SHEET_KEY, type TemplateId } from '../../shared/templates';
import { assessmentSavePlan, readAssessment } from '../../shared/workbook/assessment-sheet';
import type { Backend, BackendResult, PipelineChange, RepWorkbookImport, TeamSummary, WorkbookSettings } from '../../shared/workbook/backend';
import { todayIso } from '../../shared/ui/controller';
import { isoFromSerial } from '../../shared/pipeline/dates';
import type { SnapshotDiff } from '../../shared/scoring/snapshot-diff';
import { succeeded } from '../../shared/workbook/backend';
import { dealUpdatePlan, findPipeline, pipelineOfSheet, snapshotAfterPlan } from '../../shared/workbook/pipeline-sheet';
import { settingsSavePlan } from '../../shared/workbook/settings-sheet';
import type { SheetValues } from '../../shared/sheet-values';
import { readValueAnswers, valueSavePlan } from '../../shared/workbook/value-sheet';
import { failureOf, templateSummaries } from '../../shared/workbook/workbook-operations';
import { queueResolvedPlan, queueWorkbookRead, writeCharts, type PendingWorkbookRead } from '../apply-plan';
import { addRepWorkbook, comparePipeline, exportPipelineCsv, forecastAccuracy, snapshotDates, takeSnapshot } from '../rollup';
import { accuracyReportOf } from '../../shared/workbook/accuracy-report';
import { DealKitError } from '../../shared/errors';
import { REP_WORKBOOK_UNSUPPORTED, repWorkbookImportSupported, rollUpTeamWithReport } from './team-roll-up';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** A used range queued for loading; read it after the sync. */
interface PendingSheet {
  read(): SheetValues | null;
}

function queueSheet(context: Excel.RequestContext, worksheet: Excel.Worksheet, withFormulas: boolean): PendingSheet {
  worksheet.load('name,isNullObject');
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load(withFormulas ? 'isNullObject,values,formulas,rowIndex,columnIndex' : 'isNullObject,values,rowIndex,columnIndex');
  void context;
  return {
    read() {
      if (worksheet.isNullObject) return null;
      if (used.isNullObject) return { name: worksheet.name, values: [], ...(withFormulas ? { formulas: [] } : {}) };
      const values = valuesFromA1(used.values, used.rowIndex, used.columnIndex);
      return withFormulas ? { name: worksheet.name, values, formulas: valuesFromA1(used.formulas, used.rowIndex, used.columnIndex) } : { name: worksheet.name, values };
    },
  };
}

/** A workbook-scoped name's first cell, queued for loading. */
interface PendingName {
  value(): unknown;
  cell(): { sheet: string; a1: string } | null;
}

function queueName(context: Excel.RequestContext, name: string): PendingName {
  const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
  range.load('isNullObject,values,address');
  return {
    value: () => (range.isNullObject ? undefined : range.values?.[0]?.[0]),
    cell: () => {
      if (range.isNullObject) return null;
      return firstCellOfReference(range.address);
    },
  };
}

/** A Settings name's value read as the ladder; an unreadable one is an error naming its cell. */
function ladderFrom(name: PendingName): LadderId {
  return ladderSetting(name.value(), placeOfName(name, SETTINGS_NAMES.ladder));
}

function decimalMarkFrom(name: PendingName): DecimalMark {
  return decimalMarkSetting(name.value(), placeOfName(name, SETTINGS_NAMES.decimalMark));
}

function placeOfName(name: PendingName, fallback: string): string {
  const cell = name.cell();
  return cell ? quotedCellReference(cell.sheet, cell.a1) : fallback;
}

/** Resolves the plan against what the first sync read and writes it: one more sync, two with charts. */
async function writePlan(context: Excel.RequestContext, read: PendingWorkbookRead, plan: WritePlan) {
  const resolved = resolvePlan(plan, read.state(), 'excel');
  queueResolvedPlan(context, resolved, { lastRows: read.lastRows() });
  await context.sync();
  await writeCharts(context, resolved);
  return resolved;
}

export function createExcelBackend(run: ExcelRun): Backend & RepWorkbookImport {
  async function action<T>(locale: Locale, batch: (context: Excel.RequestContext) => Promise<T>): Promise<BackendResult<T>> {
    try {
      return succeeded(await run(batch));
    } catch (error) {
      return failureOf<T>(error, locale);
    }
  }

  return {
    async listTemplates() {
      // The catalog is part of the add-in: no round trip to the workbook.
      return succeeded(templateSummaries());
    },

    insertTemplate: (request) =>
      action(request.locale, async (context) => {
        const read = queueWorkbookRead(context);
        const ladder = queueName(context, SETTINGS_NAMES.ladder);
        await context.sync();
        const built = buildTemplate(request.id as TemplateId, {
          locale: request.locale,
          ...(request.method ? { method: request.method } : {}),
          ladder: ladderFrom(ladder),
        });
        const resolved = await writePlan(context, read, built.plan);
        return { sheetName: resolved.sheetNames[built.sheetKey] ?? built.sheetKey };
      }),

    readAssessment: (locale) =>
      action(locale, async (context) => {
        const sheet = queueSheet(context, context.workbook.worksheets.getActiveWorksheet(), true);
        await context.sync();
        const snapshot = sheet.read();
        return snapshot ? readAssessment(snapshot) : null;
      }),

    writeAssessment: (answers, locale) =>
      action(locale, async (context) => {
        const read = queueWorkbookRead(context);
        const sheet = answers.sheetName !== null ? queueSheet(context, context.workbook.worksheets.getItemOrNullObject(answers.sheetName), true) : null;
        await context.sync();
        const save = assessmentSavePlan(answers, locale, sheet?.read() ?? undefined);
        const resolved = await writePlan(context, read, save.plan);
        return { sheetName: resolved.sheetNames[save.sheetKey] ?? save.sheetKey };
      }),

    readValue: (locale) =>
      action(locale, async (context) => {
        const sheet = queueSheet(context, context.workbook.worksheets.getActiveWorksheet(), false);
        const mark = queueName(context, SETTINGS_NAMES.decimalMark);
        await context.sync();
        const snapshot = sheet.read();
        return snapshot ? readValueAnswers(snapshot, decimalMarkFrom(mark)) : null;
      }),

    writeValue: (answers, locale) =>
      action(locale, async (context) => {
        const read = queueWorkbookRead(context);
        const sheet = answers.sheetName !== null ? queueSheet(context, context.workbook.worksheets.getItemOrNullObject(answers.sheetName), false) : null;
        await context.sync();
        const save = valueSavePlan(answers, locale, sheet?.read() ?? undefined);
        const resolved = await writePlan(context, read, save.plan);
        return { sheetName: resolved.sheetNames[save.sheetKey] ?? save.sheetKey };
      }),

    readSettings: (locale) =>
      action(locale, async (context) => {
        const language = queueName(context, SETTINGS_NAMES.language);
        const currency = queueName(context, SETTINGS_NAMES.currency);
        const ladder = queueName(context, SETTINGS_NAMES.ladder);
        await context.sync();
        return settingsFrom(language, currency, ladder, locale);
      }),

    writeSettings: (settings, locale) =>
      action(locale, async (context) => {
        const read = queueWorkbookRead(context);
        const language = queueName(context, SETTINGS_NAMES.language);
        const currency = queueName(context, SETTINGS_NAMES.currency);
        const ladder = queueName(context, SETTINGS_NAMES.ladder);
        await context.sync();
        const current = settingsFrom(language, currency, ladder, locale);
        const names = { namedCell: (name: string) => (name === SETTINGS_NAMES.language ? language.cell() : name === SETTINGS_NAMES.currency ? currency.cell() : ladder.cell()) };
        const resolved = await writePlan(context, read, settingsSavePlan(settings, current, names));
        // The saved settings only: the request's read/overwrite are not part of what the workbook holds.
        const saved = { locale: settings.locale, ladder: settings.ladder, currency: settings.currency };
        return current.sheetName === null ? { ...saved, sheetName: resolved.sheetNames[SETTINGS_SHEET_KEY] ?? null } : { ...saved, ladder: current.ladder, sheetName: current.sheetName };
      }),

    listDeals: (locale) =>
      action(locale, async (context) => {
        // Sheet names first (they are not known before), then every sheet's values in one more sync.
        const worksheets = context.workbook.worksheets;
        worksheets.load('items/name');
        const active = worksheets.getActiveWorksheet();
        active.load('name');
        const ladder = queueName(context, SETTINGS_NAMES.ladder);
        const mark = queueName(context, SETTINGS_NAMES.decimalMark);
        await context.sync();
        const sheets = worksheets.items.map((worksheet) => queueSheet(context, worksheet, false));
        await context.sync();
        const snapshots = sheets.flatMap((sheet) => {
          const snapshot = sheet.read();
          return snapshot ? [snapshot] : [];
        });
        return findPipeline(snapshots, active.name, ladderFrom(ladder), decimalMarkFrom(mark))?.view ?? null;
      }),

    updateDeal: (update, locale) =>
      action(locale, async (context) => {
        const read = queueWorkbookRead(context);
        const sheet = queueSheet(context, context.workbook.worksheets.getItemOrNullObject(update.sheetName), false);
        const ladder = queueName(context, SETTINGS_NAMES.ladder);
        const mark = queueName(context, SETTINGS_NAMES.decimalMark);
        await context.sync();
        const snapshot = sheet.read();
        // Excel finds a sheet whatever the case of its name: the table is looked up under the name it has.
        const sheets = snapshot ? [snapshot] : [];
        const found = pipelineOfSheet(sheets, snapshot?.name ?? update.sheetName, update.dealId, ladderFrom(ladder), decimalMarkFrom(mark));
        const plan = dealUpdatePlan(found, update, locale);
        await writePlan(context, read, plan);
        // The table as it now stands, from what was read and what was written: no third round trip.
        const after = sheets.map((written) => snapshotAfterPlan(written, plan));
        return pipelineOfSheet(after, found.table.sheet, update.dealId, found.view.ladder, decimalMarkFrom(mark)).view;
      }),

    rollUpTeam: (period, locale, onProgress) =>
      action(locale, async (context) => {
        const { summary, report } = await rollUpTeamWithReport(context, { ...(period ? { period } : {}), ...(onProgress ? { onProgress } : {}) });
        return { ...teamSummary(summary), report };
      }),

    addRepWorkbook: (file, locale) =>
      action(locale, async (context) => {
        if (!repWorkbookImportSupported()) throw new DealKitError(REP_WORKBOOK_UNSUPPORTED, 'file');
        await addRepWorkbook(context, file.base64);
        return file.fileName;
      }),

    takeSnapshot: (locale) =>
      action(locale, async (context) => {
        const summary = teamSummary((await takeSnapshot(context)).summary);
        return { ...summary, date: todayIso() };
      }),

    listSnapshotDates: (locale) => action(locale, (context) => snapshotDates(context)),

    comparePipeline: (earlier, later, locale) => action(locale, async (context) => pipelineChangeOf((await comparePipeline(context, earlier, later)).diff)),

    exportPipelineCsv: (format, locale) => action(locale, async (context) => ({ csv: await exportPipelineCsv(context, format), fileName: `team-pipeline-${format}-${todayIso()}.csv` })),

    // Two syncs: the whole workbook read, then the Forecast accuracy sheet written.
    forecastAccuracy: (periodKind, locale) => action(locale, async (context) => accuracyReportOf((await forecastAccuracy(context, { periodKind })).accuracy)),
  };
}

function teamSummary(summary: TeamSummary): TeamSummary {
  return { deals: summary.deals, setAside: summary.setAside, amount: summary.amount, tables: summary.tables };
}

/** The diff as plain data for the panel: dates as ISO text, one line per category. */
export function pipelineChangeOf(diff: SnapshotDiff): PipelineChange {
  return {
    earlierDate: isoFromSerial(diff.earlierDate),
    laterDate: isoFromSerial(diff.laterDate),
    earlierTotal: diff.earlierTotal,
    laterTotal: diff.laterTotal,
    lines: diff.lines.map((line) => ({ category: line.category, deals: line.deals, change: line.change })),
  };
}

function settingsFrom(language: PendingName, currency: PendingName, ladder: PendingName, uiLocale: Locale): WorkbookSettings {
  const cell = language.cell();
  const currencyValue = currency.value();
  return {
    locale: languageSetting(language.value(), placeOfName(language, SETTINGS_NAMES.language), uiLocale),
    ladder: ladderFrom(ladder),
    currency: currencyValue === undefined || currencyValue === null ? '' : String(currencyValue),
    sheetName: cell ? cell.sheet : null,
  };
}
