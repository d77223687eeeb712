import type { Locale } from '../i18n';
import type { WritePlan } from '../plan';
import type { ResolvedPlan } from '../plan-resolve';
import type { WorkbookReading, ReadRequest } from './reading';
import type { ArgumentShapes } from './request-shapes';

/**
 * One thing a panel asks of a workbook, as a pure value: what it reads and what it makes of the
 * reading. Every host runs every operation the same way — read what `reads` asks, call `run`, apply
 * the plan it returns, answer with `answer` — so a new panel action is a new entry in the operation
 * list and nothing in the hosts.
 */
export interface Operation<Args extends readonly unknown[], Answer> {
  /** The arguments the panel passes before the UI's language, named and shaped for the server's check. */
  readonly takes: ArgumentShapes;
  reads(args: Args): ReadRequest;
  /** True when `run` may return a plan: Apps Script takes the document lock, Excel reads the workbook state. */
  readonly writes: boolean;
  run(args: Args, reading: WorkbookReading, locale: Locale): OperationOutcome<Answer>;
}

export interface OperationOutcome<Answer> {
  readonly plan?: WritePlan;
  /** The answer once the plan is written: the resolved plan says which name a new sheet got. */
  answer(resolved: ResolvedPlan | undefined): Answer;
}

/** Where a host is in an operation, for a progress line (Apps Script answers in one request and reports none). */
export type OperationStep = 'reading' | 'computing' | 'writing' | 'done';

export type ProgressListener = (step: OperationStep) => void;

/** An outcome that writes nothing. */
export function answered<Answer>(answer: Answer): OperationOutcome<Answer> {
  return { answer: () => answer };
}

/** An outcome that writes `plan` and answers the same whatever the host named its sheets. */
export function written<Answer>(plan: WritePlan, answer: Answer): OperationOutcome<Answer> {
  return { plan, answer: () => answer };
}

/** The name the host gave the sheet a plan wrote under `key` (a new sheet may be "Assessment (2)"). */
export function sheetNameOf(resolved: ResolvedPlan | undefined, key: string): string {
  return resolved?.sheetNames[key] ?? key;
}
