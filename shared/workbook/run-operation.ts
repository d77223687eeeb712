import type { Locale } from '../i18n';
import type { WritePlan } from '../plan';
import type { ResolvedPlan } from '../plan-resolve';
import { succeeded, type BackendResult } from './backend';
import { failureOf } from './failure';
import { OPERATION_IDS, OPERATIONS, operationOf, type AnswerOf, type ArgsOf, type OperationId } from './operations';
import type { ReadRequest, WorkbookReading } from './reading';

/**
 * A workbook that answers reads and applies plans synchronously: the Apps Script server
 * (the Spreadsheet service) and the playground (HyperFormula). Excel batches instead (excel-addin).
 */
export interface SynchronousWorkbook {
  read(request: ReadRequest): WorkbookReading;
  apply(plan: WritePlan): ResolvedPlan;
}

/** Reads what the operation asks, runs it, applies its plan and answers; a failure is a message in the UI's language. */
export function runOperationNow<K extends OperationId>(workbook: SynchronousWorkbook, id: K, args: ArgsOf<K>, locale: Locale): BackendResult<AnswerOf<K>> {
  try {
    const operation = operationOf(id);
    const outcome = operation.run(args, workbook.read(operation.reads(args)), locale);
    return succeeded(outcome.answer(outcome.plan ? workbook.apply(outcome.plan) : undefined));
  } catch (error) {
    return failureOf(error, locale);
  }
}

/** Every operation as a synchronous method over one workbook, called as the panels call the Backend. */
export type SynchronousOperations = {
  readonly [K in OperationId]: (...call: [...args: ArgsOf<K>, locale: Locale]) => BackendResult<AnswerOf<K>>;
};

export function operationsOver(workbook: SynchronousWorkbook): SynchronousOperations {
  const methods = OPERATION_IDS.map((id) => {
    const arity = OPERATIONS[id].takes.length;
    return [id, (...call: readonly unknown[]) => runOperationNow(workbook, id, call.slice(0, arity) as ArgsOf<typeof id>, call[arity] as Locale)] as const;
  });
  return Object.fromEntries(methods) as unknown as SynchronousOperations;
}
