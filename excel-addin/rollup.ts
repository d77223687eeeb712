/**
 * The pipeline operations in Excel: roll up the team, take a snapshot, compare two snapshots, export
 * a CSV, add reps' workbooks. Each reads the whole workbook in one batch (every sheet's used range, the
 * sheet list and the DK_* names), computes in the shared core, and writes the plan in a second batch:
 * two context.sync() calls whatever the size of the team.
 *
 * Sheets are reached without knowing their names beforehand by walking worksheets.getFirst() →
 * getNextOrNullObject() up to CHAINED_SHEETS; the sheet list loaded in the same batch tells whether the
 * walk saw them all. A bigger workbook, or a host that refuses calls on a null object, costs one more
 * read (names first, then the ranges by name) rather than failing.
 */
import { resolvePlan, type ResolvedPlan, type WorkbookState } from '../shared/plan-resolve';
import type { WritePlan } from '../shared/plan';
import type { SheetValues } from '../shared/sheet-values';
import { parseSheetReference, valuesFromA1 } from '../shared/a1';
import { namedValuesFromReferences } from '../shared/pipeline/named-values';
import { HISTORY_MARKER } from '../shared/pipeline/markers';
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
import type { ForecastAccuracy } from '../shared/pipeline/forecast-accuracy';
import { isoFromSerial, serialFromCell } from '../shared/pipeline/dates';
import type { SnapshotDiff } from '../shared/scoring/snapshot-diff';
import { queueResolvedPlan, writeCharts } from './apply-plan';

/** How many sheets one batch walks; more than this costs one more round trip. */
export const CHAINED_SHEETS = 60;

export type PipelineStep = 'reading' | 'computing' | 'writing' | 'done';

export interface PipelineRunOptions {
  /** Called as the operation moves on, for the task pane's progress line. */
  readonly onProgress?: (step: PipelineStep) => void;
  /** Today as a serial day; default the clock's local date. */
  readonly asOf?: number;
  /** Whether Excel has the funnel and waterfall chart types; detected by the applier when not given. */
  readonly modernCharts?: boolean;
}

interface SheetProbe {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** Loaded so that rebuilding an owned sheet can delete its old charts (clearing cells leaves them). */
  readonly charts: Excel.ChartCollection | undefined;
  /** Came from getNextOrNullObject: may be past the last sheet. */
  readonly nullable: boolean;
}

interface PendingRead {
  readonly worksheets: Excel.WorksheetCollection;
  readonly names: Excel.NamedItemCollection;
  readonly settings: readonly { readonly name: string; readonly item: Excel.NamedItem }[];
  readonly probes: readonly SheetProbe[];
}

interface WorkbookSnapshot {
  readonly read: WorkbookRead;
  readonly state: WorkbookState;
  /** Last used row (1-based) per sheet, for appends. */
  readonly lastRows: Record<string, number>;
  /** Charts per sheet, for the applier to delete from the owned sheets it rewrites. */
  readonly charts: Record<string, Excel.Chart[]>;
}

function today(): number {
  return serialFromCell(new Date()) ?? 0;
}

function queueUsedRange(sheet: Excel.Worksheet, nullable = false): SheetProbe {
  sheet.load(nullable ? 'isNullObject,name' : 'name');
  const used = sheet.getUsedRangeOrNullObject(true);
  // The top-left comes from the address ("'Rep 1'!B3:H40"): every range, null or not, has one.
  used.load('isNullObject,values,address');
  // Optional because a test double's null sheet may have no chart collection; Office.js always has one.
  const charts = sheet.charts as Excel.ChartCollection | undefined;
  charts?.load('items/name');
  return { sheet, used, charts, nullable };
}

function exists(probe: SheetProbe): boolean {
  return !probe.nullable || !probe.sheet.isNullObject;
}

function queueCommonReads(context: Excel.RequestContext, probes: SheetProbe[]): PendingRead {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = context.workbook.names;
  names.load('items/name');
  const settings = PIPELINE_SETTING_NAME_LIST.map((name) => {
    const item = names.getItemOrNullObject(name);
    item.load('isNullObject,formula');
    return { name, item };
  });
  return { worksheets, names, settings, probes };
}

/** One batch: the sheet walk, the sheet list, the settings names. */
function queueWalk(context: Excel.RequestContext): PendingRead {
  const probes: SheetProbe[] = [];
  let sheet = context.workbook.worksheets.getFirst();
  probes.push(queueUsedRange(sheet));
  for (let i = 1; i < CHAINED_SHEETS; i += 1) {
    sheet = sheet.getNextOrNullObject();
    probes.push(queueUsedRange(sheet, true));
  }
  return queueCommonReads(context, probes);
}

/** 0-based row and column of a range address's first cell ("Sheet1!B2:D9"). */
export function topLeftOf(address: string): { row: number; column: number } {
  const ref = parseSheetReference(address);
  return ref ? { row: ref.row, column: ref.column } : { row: 0, column: 0 };
}

function collect(pending: PendingRead, asOf: number): WorkbookSnapshot {
  const sheets: SheetValues[] = [];
  const lastRows: Record<string, number> = {};
  const charts: Record<string, Excel.Chart[]> = {};
  const seen = new Set<string>();
  for (const probe of pending.probes) {
    if (!exists(probe)) continue;
    const name = probe.sheet.name;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    charts[name] = probe.charts?.items ?? [];
    if (probe.used.isNullObject) {
      sheets.push({ name, values: [] });
      lastRows[name] = 0;
      continue;
    }
    const { row, column } = topLeftOf(probe.used.address);
    sheets.push({ name, values: valuesFromA1(probe.used.values, row, column) });
    lastRows[name] = row + probe.used.values.length;
  }
  const references: Record<string, string> = {};
  for (const { name, item } of pending.settings) if (!item.isNullObject && item.formula) references[name] = String(item.formula);
  const byName = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  return {
    read: { sheets, named: namedValuesFromReferences(references, sheets), asOf },
    state: {
      sheets: pending.worksheets.items.map((ws) => ({ name: ws.name, a1: byName.get(ws.name.toLowerCase())?.values[0]?.[0] })),
      namedRanges: pending.names.items.map((item) => item.name),
    },
    lastRows,
    charts,
  };
}

function missingSheets(pending: PendingRead): string[] {
  const read = new Set(pending.probes.filter(exists).map((p) => p.sheet.name.toLowerCase()));
  return pending.worksheets.items.map((ws) => ws.name).filter((name) => !read.has(name.toLowerCase()));
}

/** Reads the whole workbook: one sync normally; see the file comment for when it takes two. */
export async function readWholeWorkbook(context: Excel.RequestContext, asOf: number): Promise<WorkbookSnapshot> {
  let pending: PendingRead;
  try {
    pending = queueWalk(context);
    await context.sync();
  } catch {
    // A host that refuses a call on a null sheet fails the whole batch: read names first, then by name.
    const names = queueCommonReads(context, []);
    await context.sync();
    pending = queueCommonReads(
      context,
      names.worksheets.items.map((ws) => queueUsedRange(context.workbook.worksheets.getItem(ws.name))),
    );
    await context.sync();
    return collect(pending, asOf);
  }
  const missing = missingSheets(pending);
  if (missing.length > 0) {
    const rest = queueCommonReads(context, [...pending.probes, ...missing.map((name) => queueUsedRange(context.workbook.worksheets.getItem(name)))]);
    await context.sync();
    pending = rest;
  }
  return collect(pending, asOf);
}

/** The history sheet is DealKit's, protected without a password: lifted for the append and put back. */
function historySheetName(snapshot: WorkbookSnapshot): string | undefined {
  return snapshot.read.sheets.find((s) => s.values[0]?.[0] === HISTORY_MARKER)?.name;
}

async function writeResolved(context: Excel.RequestContext, plan: WritePlan, snapshot: WorkbookSnapshot, options: PipelineRunOptions, reprotect?: string): Promise<ResolvedPlan> {
  const resolved = resolvePlan(plan, snapshot.state, 'excel');
  options.onProgress?.('writing');
  const guarded = reprotect ? context.workbook.worksheets.getItem(reprotect) : undefined;
  guarded?.protection.unprotect();
  queueResolvedPlan(context, resolved, {
    lastRows: snapshot.lastRows,
    ownedCharts: snapshot.charts,
    ...(options.modernCharts === undefined ? {} : { modernCharts: options.modernCharts }),
  });
  guarded?.protection.protect();
  await context.sync();
  await writeCharts(context, resolved, options.modernCharts === undefined ? {} : { modernCharts: options.modernCharts });
  options.onProgress?.('done');
  return resolved;
}

export interface PipelineRunResult {
  readonly summary: OperationSummary;
  readonly resolved: ResolvedPlan;
}

/** Roll up team: Team pipeline and Dashboard sheets rebuilt from every pipeline table in the workbook. */
export async function rollUpTeam(context: Excel.RequestContext, options: PipelineRunOptions & { readonly period?: string } = {}): Promise<PipelineRunResult> {
  options.onProgress?.('reading');
  const snapshot = await readWholeWorkbook(context, options.asOf ?? today());
  options.onProgress?.('computing');
  const { plan, summary } = rollUpTeamOperation(snapshot.read, options.period);
  return { summary, resolved: await writeResolved(context, plan, snapshot, options) };
}

/** Take snapshot: the current team pipeline appended, with today's date, to the history sheet. */
export async function takeSnapshot(context: Excel.RequestContext, options: PipelineRunOptions = {}): Promise<PipelineRunResult> {
  options.onProgress?.('reading');
  const snapshot = await readWholeWorkbook(context, options.asOf ?? today());
  options.onProgress?.('computing');
  const { plan, summary } = takeSnapshotOperation(snapshot.read, new Date().toISOString());
  return { summary, resolved: await writeResolved(context, plan, snapshot, options, historySheetName(snapshot)) };
}

/** Pipeline change between two snapshot dates (ISO text or serials), written to the Pipeline change sheet. */
export async function comparePipeline(
  context: Excel.RequestContext,
  dateA: unknown,
  dateB: unknown,
  options: PipelineRunOptions = {},
): Promise<{ readonly diff: SnapshotDiff; readonly resolved: ResolvedPlan }> {
  options.onProgress?.('reading');
  const snapshot = await readWholeWorkbook(context, options.asOf ?? today());
  options.onProgress?.('computing');
  const { plan, diff } = comparePipelineOperation(snapshot.read, dateA, dateB);
  return { diff, resolved: await writeResolved(context, plan, snapshot, options) };
}

/**
 * Forecast accuracy: every closed period of the history sheet, each rep's and the team's
 * forecasts 8, 4 and 1 weeks before the period's end against what closed, written to the Forecast
 * accuracy sheet (rebuilt each run). `periodKind` is quarter (default) or month. Two syncs.
 */
export async function forecastAccuracy(
  context: Excel.RequestContext,
  options: PipelineRunOptions & { readonly periodKind?: string } = {},
): Promise<{ readonly accuracy: ForecastAccuracy; readonly resolved: ResolvedPlan }> {
  options.onProgress?.('reading');
  const snapshot = await readWholeWorkbook(context, options.asOf ?? today());
  options.onProgress?.('computing');
  const { plan, accuracy } = forecastAccuracyOperation(snapshot.read, options.periodKind);
  return { accuracy, resolved: await writeResolved(context, plan, snapshot, options) };
}

/** The snapshot dates the history holds, for the task pane's two date pickers. One sync. */
export async function snapshotDates(context: Excel.RequestContext): Promise<string[]> {
  const snapshot = await readWholeWorkbook(context, today());
  return snapshotHistory(snapshot.read.sheets).map((s) => isoFromSerial(s.date));
}

/** CSV of the team pipeline for a CRM import; reads only (one sync), writes nothing. */
export async function exportPipelineCsv(context: Excel.RequestContext, format: unknown = 'salesforce', options: PipelineRunOptions = {}): Promise<string> {
  options.onProgress?.('reading');
  const snapshot = await readWholeWorkbook(context, options.asOf ?? today());
  options.onProgress?.('computing');
  const { csv } = exportPipelineCsvOperation(snapshot.read, format);
  options.onProgress?.('done');
  return csv;
}

/**
 * Adds every sheet of a rep's .xlsx (read by the task pane's file picker as base64) at the end of the
 * workbook, before a roll-up. Excel names a taken sheet name "Name (2)" itself, so no sheet is touched.
 */
export async function addRepWorkbook(context: Excel.RequestContext, base64: string): Promise<void> {
  context.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
  await context.sync();
}
