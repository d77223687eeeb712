/**
 * The Team panel's operations in the playground: the pure core's roll-up, snapshot,
 * pipeline-change and CSV operations over the HyperFormula workbook, as gas/rollup.ts runs them over
 * SpreadsheetApp.
 */
import { isDealKitError } from '../shared/errors';
import type { Locale } from '../shared/i18n';
import { isoFromSerial, serialFromCell } from '../shared/pipeline/dates';
import { namedValuesFromReferences } from '../shared/pipeline/named-values';
import { comparePipelineOperation, exportPipelineCsvOperation, rollUpTeamOperation, snapshotHistory, takeSnapshotOperation, type WorkbookRead } from '../shared/pipeline/operations';
import { PIPELINE_SETTING_NAME_LIST } from '../shared/pipeline/forecast-settings';
import { failed, succeeded, type Backend, type BackendResult, type PipelineChange, type TeamMethod, type TeamSummary } from '../shared/workbook/backend';
import { todayIso } from '../shared/ui/controller';
import { teamReportOf } from '../shared/workbook/team-report';
import { failureOf } from '../shared/workbook/workbook-operations';
import type { PlaygroundWorkbook } from './playground-workbook';

/** Every sheet and the DK_* names the pipeline operations read (the override flag limit and the manager's adjustments included). */
export function workbookRead(workbook: PlaygroundWorkbook): WorkbookRead {
  const sheets = workbook.sheetNames().map((name) => ({ name, values: workbook.snapshot(name, false)?.values ?? [] }));
  const references: Record<string, string> = {};
  for (const name of PIPELINE_SETTING_NAME_LIST) {
    const expression = workbook.hf.getNamedExpression(name)?.expression;
    if (typeof expression === 'string') references[name] = expression.replace(/^=/, '');
  }
  return { sheets, named: namedValuesFromReferences(references, sheets), asOf: serialFromCell(todayIso()) ?? 0 };
}

function counts(summary: TeamSummary): TeamSummary {
  return { deals: summary.deals, setAside: summary.setAside, amount: summary.amount, tables: summary.tables };
}

export function guarded<T>(locale: Locale, run: () => T): BackendResult<T> {
  try {
    return succeeded(run());
  } catch (error) {
    if (isDealKitError(error)) return failureOf<T>(error, locale);
    return failed(error instanceof Error ? error.message : String(error));
  }
}

export type TeamOperations = { readonly [K in TeamMethod]: (...args: Parameters<Backend[K]>) => Awaited<ReturnType<Backend[K]>> };

export function createTeamOperations(workbook: PlaygroundWorkbook): TeamOperations {
  return {
    rollUpTeam: (period, locale) =>
      guarded(locale, () => {
        const { plan, summary, view } = rollUpTeamOperation(workbookRead(workbook), period ?? undefined);
        workbook.applyPlan(plan);
        return { ...counts(summary), report: teamReportOf(view) };
      }),
    takeSnapshot: (locale) =>
      guarded(locale, () => {
        const read = workbookRead(workbook);
        const { plan, summary } = takeSnapshotOperation(read, new Date().toISOString());
        workbook.applyPlan(plan);
        return { ...counts(summary), date: isoFromSerial(read.asOf) };
      }),
    listSnapshotDates: (locale) => guarded(locale, () => snapshotHistory(workbookRead(workbook).sheets).map((s) => isoFromSerial(s.date))),
    comparePipeline: (earlier, later, locale) =>
      guarded(locale, (): PipelineChange => {
        const { plan, diff } = comparePipelineOperation(workbookRead(workbook), earlier, later);
        workbook.applyPlan(plan);
        return {
          earlierDate: isoFromSerial(diff.earlierDate),
          laterDate: isoFromSerial(diff.laterDate),
          earlierTotal: diff.earlierTotal,
          laterTotal: diff.laterTotal,
          lines: diff.lines.map((line) => ({ category: line.category, deals: line.deals, change: line.change })),
        };
      }),
    exportPipelineCsv: (format, locale) =>
      guarded(locale, () => {
        const read = workbookRead(workbook);
        const { csv, format: chosen } = exportPipelineCsvOperation(read, format);
        return { csv, fileName: `team-pipeline-${chosen}-${isoFromSerial(read.asOf)}.csv` };
      }),
  };
}
