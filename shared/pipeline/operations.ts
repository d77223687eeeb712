import { DealKitError } from '../errors';
import { text, type Locale } from '../i18n';
import type { WritePlan } from '../plan';
import { diffSnapshots, type SnapshotDiff } from '../scoring/snapshot-diff';
import { pipelineCsv, type CrmFormat } from './csv-export';
import { buildDashboard, type Dashboard } from './dashboard';
import { dealHealth, type DealHealth } from './deal-health';
import { periodFromKey, type Period } from './period';
import { serialFromCell } from './dates';
import type { SheetValues } from '../sheet-values';
import { HISTORY_MARKER, PIPELINE_OUTPUT_MARKERS } from './markers';
import { pipelineChangePlan } from './pipeline-change-plan';
import { rollUpPipeline, type Rollup } from './rollup';
import { rollupPlan } from './rollup-plan';
import { dashboardStageConversion } from './stage-conversion-block';
import { parseHistory, snapshotOn, snapshotPlan, toPipelineSnapshot, type HistoryDeal, type HistoryForecast, type HistorySnapshot } from './snapshot';
import type { NamedValues } from './named-values';
import { teamSettingsFromNamedValues, type TeamSettings } from './team-settings';
import { forecastSettingsFromNamedValues, type ForecastSettings } from './forecast-settings';
import { forecastAccuracy, type AccuracyPeriodKind, type ForecastAccuracy } from './forecast-accuracy';
import { forecastAccuracyPlan } from './forecast-accuracy-plan';
import { periodForecast, repKey } from './period-forecast';
import { findActionTables } from '../deals/action-list';
import { keyPlayersByDeal } from '../deals/key-players-summary';
import { decisionMakerContactDays } from '../deals/decision-maker-days';

/**
 * The four pipeline operations the menus call, from what a shell read to what it writes. Both shells
 * read every sheet's values and the DK_* named ranges in one go and hand them over here, so Excel,
 * Sheets and the playground run the same code and differ only in how they read and apply.
 */

export interface WorkbookRead {
  /** Every sheet's used range from A1. */
  readonly sheets: readonly SheetValues[];
  /** The values of the DK_* named ranges that exist (see PIPELINE_SETTING_NAME_LIST). */
  readonly named: NamedValues;
  /** Today as a serial day, in the workbook's time zone. */
  readonly asOf: number;
}

export interface TeamView {
  readonly settings: TeamSettings;
  /** Override flag limit and the manager's adjustments. */
  readonly forecastSettings: ForecastSettings;
  readonly rollup: Rollup;
  readonly dashboard: Dashboard;
  /** Every counted deal beside what its assessment and value proposition concluded, and the flags. */
  readonly dealHealth: DealHealth;
}

/** A short account of what an operation did, for the task pane / sidebar (no cell text as HTML). */
export interface OperationSummary {
  readonly deals: number;
  readonly setAside: number;
  readonly amount: number;
  readonly tables: number;
  readonly locale: Locale;
}

function periodArgument(raw: string | undefined): Period | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const period = periodFromKey(raw);
  if (!period) {
    throw new DealKitError(text(`period "${raw}" is not a period: write 2026-Q3, 2026-07 or 2026.`, `period“${raw}”不是有效期间：请写成 2026-Q3、2026-07 或 2026。`), 'period');
  }
  return period;
}

/** Reads the team: settings, counted and set-aside rows, dashboard figures. */
export function readTeam(read: WorkbookRead, period?: string): TeamView {
  const settings = teamSettingsFromNamedValues(read.named);
  const forecastSettings = forecastSettingsFromNamedValues(read.named);
  const rollup = rollUpPipeline(read.sheets, { settings, skipMarkers: PIPELINE_OUTPUT_MARKERS });
  const chosen = periodArgument(period);
  const keyPlayers = keyPlayersByDeal(read.sheets);
  const dashboard = buildDashboard(rollup.deals, {
    settings,
    asOf: read.asOf,
    ...(chosen ? { period: chosen } : {}),
    overrideFlagPoints: forecastSettings.overrideFlagPoints,
    adjustments: forecastSettings.adjustments,
    actions: findActionTables(read.sheets),
    keyPlayers,
    decisionMakerContactDays: decisionMakerContactDays(read.named),
  });
  return { settings, forecastSettings, rollup, dashboard, dealHealth: dealHealth(dashboard.deals, read.sheets, rollup.setAside, keyPlayers) };
}

function summaryOf(view: TeamView): OperationSummary {
  return {
    deals: view.rollup.reconciliation.counted.deals,
    setAside: view.rollup.reconciliation.setAside.deals,
    amount: view.rollup.reconciliation.counted.amount,
    tables: view.rollup.sources.length,
    locale: view.settings.locale,
  };
}

export function rollUpTeamOperation(read: WorkbookRead, period?: string): { plan: WritePlan; summary: OperationSummary; view: TeamView } {
  const view = readTeam(read, period);
  const stageConversion = dashboardStageConversion(read.sheets, view.settings.stages, view.settings.locale);
  return { plan: rollupPlan(view.rollup, view.dashboard, { locale: view.settings.locale, stageConversion, dealHealth: view.dealHealth }), summary: summaryOf(view), view };
}

/** The history sheet, found by its marker whatever it is called. */
export function findHistorySheet(sheets: readonly SheetValues[]): SheetValues | undefined {
  return sheets.find((s) => s.values[0]?.[0] === HISTORY_MARKER);
}

export function historyDeals(view: TeamView): HistoryDeal[] {
  return view.dashboard.deals.map((d) => ({
    id: d.id,
    owner: d.owner,
    account: d.account,
    opportunity: d.opportunity,
    amount: d.amount,
    currency: d.currency,
    stage: d.stage,
    closeDate: d.closeDate,
    ...(d.stageEntered === undefined ? {} : { stageEntered: d.stageEntered }),
    probability: d.probability,
    weighted: d.weighted,
    forecastCategory: d.forecastCategory,
    evidencedStage: d.evidencedStage ?? '',
    sheet: d.sheet,
    row: d.row,
  }));
}

/**
 * The forecast records a snapshot keeps: the rep view of every rep of the dashboard's period,
 * and of every rep and period the manager adjusted, with the manager's row beside each adjustment.
 */
export function historyForecasts(view: TeamView): HistoryForecast[] {
  const currency = view.settings.currency ?? '';
  const out: HistoryForecast[] = [];
  // Deals grouped by rep in one pass: filtering every deal once per rep grows as reps × deals.
  const dealsByRep = new Map<string, Dashboard['deals'][number][]>();
  for (const deal of view.dashboard.deals) {
    const key = repKey(deal.owner);
    const own = dealsByRep.get(key);
    if (own) own.push(deal);
    else dealsByRep.set(key, [deal]);
  }
  // The rep row of each rep|period, for the manager row beside it (one lookup, not a scan of `out`).
  const repRows = new Map<string, HistoryForecast>();
  const repRow = (rep: string, periodKey: string): void => {
    const period = periodFromKey(periodKey);
    if (!period) return;
    const f = periodForecast(dealsByRep.get(repKey(rep)) ?? [], period);
    const row: HistoryForecast = { period: period.key, rep, view: 'rep', commit: f.commit, bestCase: f.bestCase, weighted: f.weighted, note: '', currency };
    out.push(row);
    const key = `${repKey(rep)}|${period.key}`;
    if (!repRows.has(key)) repRows.set(key, row);
  };
  const seen = new Set<string>();
  for (const v of view.dashboard.forecastViews) {
    seen.add(`${repKey(v.rep)}|${v.period}`);
    repRow(v.rep, v.period);
  }
  for (const a of view.forecastSettings.adjustments) {
    if (!seen.has(`${repKey(a.rep)}|${a.period}`)) {
      seen.add(`${repKey(a.rep)}|${a.period}`);
      repRow(a.rep, a.period);
    }
    const own = repRows.get(`${repKey(a.rep)}|${a.period}`);
    out.push({
      period: a.period,
      rep: a.rep,
      view: 'manager',
      commit: a.commit ?? own?.commit ?? 0,
      bestCase: a.bestCase ?? own?.bestCase ?? 0,
      note: a.note,
      currency,
    });
  }
  return out;
}

export function takeSnapshotOperation(read: WorkbookRead, takenAt: string): { plan: WritePlan; summary: OperationSummary } {
  const view = readTeam(read);
  const history = findHistorySheet(read.sheets);
  const plan = snapshotPlan(historyDeals(view), {
    locale: view.settings.locale,
    date: read.asOf,
    takenAt,
    ...(history ? { historySheet: history.name, historyValues: history.values } : {}),
    forecasts: historyForecasts(view),
  });
  return { plan, summary: summaryOf(view) };
}

function dateArgument(raw: unknown, argument: string): number {
  const serial = serialFromCell(raw);
  if (serial === undefined) {
    throw new DealKitError(text(`${argument}: "${String(raw)}" is not a date; write it as 2026-12-01.`, `${argument}：“${String(raw)}”不是日期；请写成 2026-12-01。`), argument);
  }
  return serial;
}

/** The snapshots in the history sheet, oldest first (empty when there is no history yet). */
export function snapshotHistory(sheets: readonly SheetValues[]): HistorySnapshot[] {
  const history = findHistorySheet(sheets);
  return history ? parseHistory(history.values) : [];
}

export function comparePipelineOperation(read: WorkbookRead, dateA: unknown, dateB: unknown): { plan: WritePlan; diff: SnapshotDiff } {
  const settings = teamSettingsFromNamedValues(read.named);
  const history = snapshotHistory(read.sheets);
  let a = dateArgument(dateA, 'dateA');
  let b = dateArgument(dateB, 'dateB');
  if (a > b) [a, b] = [b, a];
  const earlier = toPipelineSnapshot(snapshotOn(history, a, 'dateA'));
  const later = toPipelineSnapshot(snapshotOn(history, b, 'dateB'));
  const diff = diffSnapshots(earlier, later, { stageCodes: settings.stages.stages.map((s) => s.code) });
  return { plan: pipelineChangePlan(diff, settings.locale), diff };
}

function periodKindArgument(raw: unknown): AccuracyPeriodKind {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return 'quarter';
  const key = String(raw).trim().toLowerCase();
  if (key === 'quarter' || key === 'month') return key;
  throw new DealKitError(text(`periodKind "${String(raw)}" is not quarter or month.`, `periodKind“${String(raw)}”不是 quarter 或 month。`), 'periodKind');
}

/**
 * Forecast accuracy from the history sheet, written to the Forecast accuracy sheet (rebuilt each run).
 * Reads only the history and the language setting; a workbook without a history gets a sheet that
 * says how to start one.
 */
export function forecastAccuracyOperation(read: WorkbookRead, periodKind?: unknown): { plan: WritePlan; accuracy: ForecastAccuracy } {
  const settings = teamSettingsFromNamedValues(read.named);
  const accuracy = forecastAccuracy(snapshotHistory(read.sheets), periodKindArgument(periodKind));
  return { plan: forecastAccuracyPlan(accuracy, { locale: settings.locale, asOf: read.asOf }), accuracy };
}

export function exportPipelineCsvOperation(read: WorkbookRead, format: unknown = 'salesforce'): { csv: string; summary: OperationSummary; format: CrmFormat } {
  if (format !== 'salesforce' && format !== 'hubspot') {
    throw new DealKitError(text(`format "${String(format)}" is not salesforce or hubspot.`, `format“${String(format)}”不是 salesforce 或 hubspot。`), 'format');
  }
  const view = readTeam(read);
  const labelOf = new Map([...view.settings.stages.stages, view.settings.stages.lost].map((s) => [s.code, s.label]));
  const csv = pipelineCsv(
    view.dashboard.deals.map((d) => ({
      name: d.opportunity || d.account || d.id,
      stage: labelOf.get(d.stage)?.[view.settings.locale] ?? d.stage,
      amount: d.amount,
      closeDate: d.closeDate,
      probability: d.probability,
      owner: d.owner,
      forecastCategory: d.forecastCategory,
    })),
    format,
  );
  return { csv, summary: summaryOf(view), format };
}
