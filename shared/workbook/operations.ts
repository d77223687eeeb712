import type { Locale } from '../i18n';
import { ACTION_OPERATIONS } from './action-operations';
import type { BackendResult, RepWorkbookFile } from './backend';
import type { Operation, ProgressListener } from './operation';
import { STAGE_PROBABILITY_OPERATIONS } from './stage-probability-operations';
import { TEAM_OPERATIONS } from './team-operations';
import { WIZARD_OPERATIONS } from './wizard-operations';

/**
 * Every operation the panels offer, in one list. The Backend the UI talks to, the Apps Script server
 * functions (generated at build) and the sidebar's call map are all derived from it, so adding an
 * entry here is all it takes for every host to offer it.
 */
export const OPERATIONS = { ...WIZARD_OPERATIONS, ...TEAM_OPERATIONS, ...ACTION_OPERATIONS, ...STAGE_PROBABILITY_OPERATIONS } as const;

export type OperationId = keyof typeof OPERATIONS;

export const OPERATION_IDS = Object.keys(OPERATIONS) as readonly OperationId[];

export type ArgsOf<K extends OperationId> = (typeof OPERATIONS)[K] extends Operation<infer Args, unknown> ? Args : never;
export type AnswerOf<K extends OperationId> = (typeof OPERATIONS)[K] extends Operation<readonly unknown[], infer Answer> ? Answer : never;

/** The operation under an id, typed by it (the list's own types cannot be indexed generically). */
export function operationOf<K extends OperationId>(id: K): Operation<ArgsOf<K>, AnswerOf<K>> {
  return OPERATIONS[id] as unknown as Operation<ArgsOf<K>, AnswerOf<K>>;
}

/**
 * The port the panels call: one method per operation, its arguments then the UI's language (failures
 * come back as a message in it, sheets inserted on the way are written in it), then an optional
 * progress listener for hosts that can tell where a long operation is. Arguments and answers are plain
 * data — dates as ISO text — because the Apps Script sidebar bridge drops Dates, functions and class instances.
 */
export type Backend = {
  readonly [K in OperationId]: (...call: [...args: ArgsOf<K>, locale: Locale, onProgress?: ProgressListener]) => Promise<BackendResult<AnswerOf<K>>>;
};

/** How a host runs one operation; everything else about its Backend is derived. */
export type OperationRunner = <K extends OperationId>(id: K, args: ArgsOf<K>, locale: Locale, onProgress?: ProgressListener) => Promise<BackendResult<AnswerOf<K>>>;

export function backendFromRunner(run: OperationRunner): Backend {
  const methods = OPERATION_IDS.map((id) => {
    const arity = OPERATIONS[id].takes.length;
    const method = (...call: readonly unknown[]) => run(id, call.slice(0, arity) as ArgsOf<typeof id>, call[arity] as Locale, call[arity + 1] as ProgressListener | undefined);
    return [id, method] as const;
  });
  // Each method is built from its operation's own arity, which the mapped type cannot see through.
  return Object.fromEntries(methods) as unknown as Backend;
}

/** Excel only: inserting the sheets of a rep's workbook before a roll-up; the panel offers it where the backend has it. */
export interface RepWorkbookImport {
  addRepWorkbook(file: RepWorkbookFile, locale: Locale): Promise<BackendResult<RepWorkbookFile['fileName']>>;
}

export function canImportRepWorkbooks(backend: Backend): backend is Backend & RepWorkbookImport {
  return typeof (backend as Partial<RepWorkbookImport>).addRepWorkbook === 'function';
}

/** The Apps Script server function the sidebar calls for an operation: `dealkit` + its id, capitalised. */
export function serverFunctionName(id: OperationId): string {
  return `dealkit${id.charAt(0).toUpperCase()}${id.slice(1)}`;
}
