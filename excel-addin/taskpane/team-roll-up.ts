/**
 * Roll up team for the task pane. excel-addin/rollup.ts answers with counts only; the Team panel also
 * shows the reconciliation, the set-aside rows, each rep's figures and the forecast range, which the
 * shared operation already returns as its view. So this runs the same steps with the same pieces (one
 * read batch, the pure operation, one write batch: two syncs) and keeps the view.
 */
import { text } from '../../shared/i18n';
import { serialFromCell } from '../../shared/pipeline/dates';
import { rollUpTeamOperation, type OperationSummary } from '../../shared/pipeline/operations';
import { resolvePlan } from '../../shared/plan-resolve';
import { todayIso } from '../../shared/ui/controller';
import { teamReportOf, type TeamReport } from '../../shared/workbook/team-report';
import { queueResolvedPlan, writeCharts } from '../apply-plan';
import { readWholeWorkbook, type PipelineStep } from '../rollup';

export interface TeamRollUpOptions {
  readonly period?: string;
  readonly onProgress?: (step: PipelineStep) => void;
  /** Today as a serial day; default the task pane's local date. */
  readonly asOf?: number;
}

export interface TeamRollUpResult {
  readonly summary: OperationSummary;
  readonly report: TeamReport;
}

export async function rollUpTeamWithReport(context: Excel.RequestContext, options: TeamRollUpOptions = {}): Promise<TeamRollUpResult> {
  options.onProgress?.('reading');
  const snapshot = await readWholeWorkbook(context, options.asOf ?? serialFromCell(todayIso()) ?? 0);
  options.onProgress?.('computing');
  const { plan, summary, view } = rollUpTeamOperation(snapshot.read, options.period);
  const resolved = resolvePlan(plan, snapshot.state, 'excel');
  options.onProgress?.('writing');
  queueResolvedPlan(context, resolved, { lastRows: snapshot.lastRows, ownedCharts: snapshot.charts });
  await context.sync();
  await writeCharts(context, resolved);
  options.onProgress?.('done');
  return { summary, report: teamReportOf(view) };
}

/**
 * Inserting sheets from a file needs ExcelApi 1.13 (Excel 2021 and later, Microsoft 365, Excel on the
 * web); older Excel would fail with a bare API error, so the task pane says what is missing instead.
 */
export function repWorkbookImportSupported(): boolean {
  try {
    return typeof Office === 'undefined' || Office.context?.requirements?.isSetSupported('ExcelApi', '1.13') !== false;
  } catch {
    return false;
  }
}

export const REP_WORKBOOK_UNSUPPORTED = text(
  'This version of Excel cannot insert sheets from a file (it needs Excel 2021, Microsoft 365 or Excel on the web); copy the rep’s sheets in by hand, then roll up.',
  '此版本的 Excel 无法从文件插入工作表（需要 Excel 2021、Microsoft 365 或 Excel 网页版）；请手动复制该销售代表的工作表，然后再汇总。',
);
