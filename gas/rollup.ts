/**
 * The pipeline operations in Google Sheets, for the sidebar's server calls: roll up the team, take a
 * snapshot, compare two snapshots, export a CSV. Under the document lock, each reads every sheet with
 * one getValues() (the data range from A1), resolves the DK_* settings names from those values, runs
 * the shared core, and writes the plan with one write per block. Results are plain JSON (ISO dates, no
 * Date objects), which is all google.script.run can carry, in the sidebar's BackendResult shape: the
 * UI's language comes last and a failure carries the message in it, naming the argument at fault.
 */
import type { Locale } from '../shared/i18n';
import type { BackendResult } from '../shared/workbook/backend';
import { quoteSheetName } from '../shared/a1';
import { resolvePlan, type WorkbookState } from '../shared/plan-resolve';
import type { WritePlan } from '../shared/plan';
import { isoFromSerial, serialFromCell } from '../shared/pipeline/dates';
import type { SheetValues } from '../shared/sheet-values';
import { namedValuesFromReferences } from '../shared/pipeline/named-values';
import {
  comparePipelineOperation,
  exportPipelineCsvOperation,
  forecastAccuracyOperation,
  rollUpTeamOperation,
  snapshotHistory,
  takeSnapshotOperation,
  type OperationSummary,
  type WorkbookRead,
} from '../shared/pipeline/operations';
import { PIPELINE_SETTING_NAME_LIST } from '../shared/pipeline/forecast-settings';
import { writePlan } from './apply-plan';
import { guarded, lockedOperation } from './document-lock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type PipelineServerResult<T> = BackendResult<T>;

interface SheetsRead {
  readonly read: WorkbookRead;
  readonly state: WorkbookState;
}

/** Today in the spreadsheet's time zone, as a serial day. */
function todayIn(spreadsheet: Spreadsheet): number {
  const now = new Date();
  try {
    const zone = spreadsheet.getSpreadsheetTimeZone();
    const iso = Utilities.formatDate(now, zone, 'yyyy-MM-dd');
    return serialFromCell(iso) ?? (serialFromCell(now) as number);
  } catch {
    return serialFromCell(now) as number;
  }
}

/** One getValues() per sheet; the settings names come from those values (no extra read). */
export function readSpreadsheet(spreadsheet: Spreadsheet, asOf?: number): SheetsRead {
  const sheets: SheetValues[] = spreadsheet.getSheets().map((sheet) => ({
    name: sheet.getName(),
    values: sheet.getDataRange().getValues(),
  }));
  const wanted = new Set(PIPELINE_SETTING_NAME_LIST);
  const references: Record<string, string> = {};
  const namedRanges: string[] = [];
  for (const named of spreadsheet.getNamedRanges()) {
    const name = named.getName();
    namedRanges.push(name);
    if (!wanted.has(name)) continue;
    try {
      const range = named.getRange();
      references[name] = `${quoteSheetName(range.getSheet().getName())}!${range.getA1Notation()}`;
    } catch {
      // A name whose sheet was deleted points nowhere: the setting falls back to its default.
    }
  }
  return {
    read: { sheets, named: namedValuesFromReferences(references, sheets), asOf: asOf ?? todayIn(spreadsheet) },
    state: { sheets: sheets.map((s) => ({ name: s.name, a1: s.values[0]?.[0] })), namedRanges },
  };
}

function apply(spreadsheet: Spreadsheet, plan: WritePlan, state: WorkbookState): void {
  writePlan(spreadsheet, resolvePlan(plan, state, 'sheets'));
}

export interface PipelineServerOptions {
  /** The spreadsheet; default the active one. */
  readonly spreadsheet?: Spreadsheet;
  /** Today as a serial day; default the spreadsheet's date. */
  readonly asOf?: number;
}

function active(options: PipelineServerOptions): Spreadsheet {
  return options.spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet();
}

/** Roll up team: rebuilds the Team pipeline and Dashboard sheets. `period` as 2026-Q4, 2026-11 or 2026. */
export function rollUpTeam(period: string | null, locale: Locale, options: PipelineServerOptions = {}): PipelineServerResult<OperationSummary> {
  return lockedOperation(locale, () => {
    const spreadsheet = active(options);
    const { read, state } = readSpreadsheet(spreadsheet, options.asOf);
    const { plan, summary } = rollUpTeamOperation(read, period ?? undefined);
    apply(spreadsheet, plan, state);
    return summary;
  });
}

/** Take snapshot: appends today's team pipeline to the (protected) history sheet. */
export function takeSnapshot(locale: Locale, options: PipelineServerOptions = {}): PipelineServerResult<OperationSummary & { readonly date: string }> {
  return lockedOperation(locale, () => {
    const spreadsheet = active(options);
    const { read, state } = readSpreadsheet(spreadsheet, options.asOf);
    const { plan, summary } = takeSnapshotOperation(read, new Date().toISOString());
    apply(spreadsheet, plan, state);
    return { ...summary, date: isoFromSerial(read.asOf) };
  });
}

export interface PipelineChangeSummary {
  readonly earlierDate: string;
  readonly laterDate: string;
  readonly earlierTotal: number;
  readonly laterTotal: number;
  readonly lines: readonly { readonly category: string; readonly deals: number; readonly change: number }[];
}

/** Pipeline change between two snapshot dates (ISO text): writes the Pipeline change sheet. */
export function comparePipeline(dateA: unknown, dateB: unknown, locale: Locale, options: PipelineServerOptions = {}): PipelineServerResult<PipelineChangeSummary> {
  return lockedOperation(locale, () => {
    const spreadsheet = active(options);
    const { read, state } = readSpreadsheet(spreadsheet, options.asOf);
    const { plan, diff } = comparePipelineOperation(read, dateA, dateB);
    apply(spreadsheet, plan, state);
    return {
      earlierDate: isoFromSerial(diff.earlierDate),
      laterDate: isoFromSerial(diff.laterDate),
      earlierTotal: diff.earlierTotal,
      laterTotal: diff.laterTotal,
      lines: diff.lines.map((l) => ({ category: l.category, deals: l.deals, change: l.change })),
    };
  });
}

/** One period's line for the sidebar: the team's figures at each point, errors as fractions (null: blank). */
export interface AccuracyPeriodSummary {
  readonly period: string;
  readonly actual: number;
  readonly actualSnapshot: string;
  readonly points: readonly {
    readonly weeks: number;
    readonly snapshot: string | null;
    readonly commit: number | null;
    readonly weighted: number | null;
    readonly manager: number | null;
    readonly commitError: number | null;
    readonly weightedError: number | null;
    readonly managerError: number | null;
  }[];
  readonly reps: number;
}

/**
 * Forecast accuracy: writes the Forecast accuracy sheet from the history and returns the
 * team's line per closed period, newest last. `periodKind`: quarter (default) or month.
 */
export function forecastAccuracy(
  periodKind: string | null,
  locale: Locale,
  options: PipelineServerOptions = {},
): PipelineServerResult<{ readonly kind: string; readonly periods: readonly AccuracyPeriodSummary[] }> {
  return lockedOperation(locale, () => {
    const spreadsheet = active(options);
    const { read, state } = readSpreadsheet(spreadsheet, options.asOf);
    const { plan, accuracy } = forecastAccuracyOperation(read, periodKind ?? undefined);
    apply(spreadsheet, plan, state);
    return {
      kind: accuracy.kind,
      periods: accuracy.periods.map((p) => ({
        period: p.period.key,
        actual: p.team.actual,
        actualSnapshot: isoFromSerial(p.actualSnapshotDate),
        reps: p.reps.length,
        points: p.team.points.map((x) => ({
          weeks: x.weeks,
          snapshot: x.snapshotDate === null ? null : isoFromSerial(x.snapshotDate),
          commit: x.commit,
          weighted: x.weighted,
          manager: x.manager,
          commitError: x.commitError,
          weightedError: x.weightedError,
          managerError: x.managerError,
        })),
      })),
    };
  });
}

/** The dates the history sheet has snapshots of, oldest first, for the sidebar's pickers. Reads only. */
export function listSnapshotDates(locale: Locale, options: PipelineServerOptions = {}): PipelineServerResult<string[]> {
  return guarded(locale, () => snapshotHistory(readSpreadsheet(active(options), options.asOf).read.sheets).map((s) => isoFromSerial(s.date)));
}

/** CSV of the team pipeline in Salesforce or HubSpot import columns; the sidebar offers it as a download. */
export function exportPipelineCsv(format: unknown, locale: Locale, options: PipelineServerOptions = {}): PipelineServerResult<{ readonly csv: string; readonly fileName: string }> {
  return guarded(locale, () => {
    const { read } = readSpreadsheet(active(options), options.asOf);
    const { csv, format: chosen } = exportPipelineCsvOperation(read, format);
    return { csv, fileName: `team-pipeline-${chosen}-${isoFromSerial(read.asOf)}.csv` };
  });
}
