/**
 * How the task pane runs every operation: its reads queued and synced once (readForOperation), the
 * pure operation run, its plan resolved against what was read, queued and synced once more — two
 * context.sync() calls, a third when the plan has charts (excel-addin/apply-plan.ts says why); none
 * for an operation that reads and writes nothing.
 */
import type { Locale } from '../shared/i18n';
import { todayIso } from '../shared/pipeline/dates';
import { resolvePlan, type ResolvedPlan } from '../shared/plan-resolve';
import type { ProgressListener } from '../shared/workbook/operation';
import { operationOf, type AnswerOf, type ArgsOf, type OperationId } from '../shared/workbook/operations';
import { queueResolvedPlan, writeCharts } from './apply-plan';
import { emptyReading, readForOperation, readsNothing, type Clock } from './read-workbook';

export interface ExcelRunOptions {
  readonly onProgress?: ProgressListener;
  /** The clock the operation sees; default the user's. */
  readonly clock?: Clock;
  /** Whether Excel has the funnel and waterfall chart types; detected by the applier when not given. */
  readonly modernCharts?: boolean;
}

function userClock(): Clock {
  const now = new Date();
  return { today: todayIso(now), now: now.toISOString() };
}

export async function runExcelOperation<K extends OperationId>(context: Excel.RequestContext, id: K, args: ArgsOf<K>, locale: Locale, options: ExcelRunOptions = {}): Promise<AnswerOf<K>> {
  const operation = operationOf(id);
  const progress = options.onProgress;
  const charts = options.modernCharts === undefined ? {} : { modernCharts: options.modernCharts };
  const request = operation.reads(args);
  const clock = options.clock ?? userClock();
  progress?.('reading');
  // A plan needs the workbook's state to be resolved against; an answer from nothing read needs no sync.
  const read = operation.writes || !readsNothing(request) ? await readForOperation(context, request, clock) : emptyReading(clock);
  progress?.('computing');
  const outcome = operation.run(args, read.reading, locale);
  let resolved: ResolvedPlan | undefined;
  if (outcome.plan) {
    progress?.('writing');
    resolved = resolvePlan(outcome.plan, read.state, 'excel');
    queueResolvedPlan(context, resolved, { lastRows: read.lastRows, ownedCharts: read.charts, ...charts });
    await context.sync();
    await writeCharts(context, resolved, charts);
  }
  progress?.('done');
  return outcome.answer(resolved);
}
