/**
 * How every sidebar call runs on the Apps Script server (the generated server functions call this):
 * the arguments are checked against the operation's shapes first, because google.script.run passes
 * along whatever the caller sent; an operation that writes holds the document lock from its read to
 * its last write, so two users' saves never interleave; every failure is answered as a message in the
 * caller's language, never a bare ScriptError.
 */
import { parseLocale } from '../shared/i18n';
import type { BackendResult } from '../shared/workbook/backend';
import { failureOf } from '../shared/workbook/failure';
import { operationOf, type OperationId } from '../shared/workbook/operations';
import { checkArguments } from '../shared/workbook/request-shape';
import { runOperationNow, type SynchronousWorkbook } from '../shared/workbook/run-operation';
import { resolvePlan, type WorkbookState } from '../shared/plan-resolve';
import { applyPlan, writePlan } from './apply-plan';
import { BUSY_SAVING, BUSY_UPDATING, lockedOperation } from './document-lock';
import { readSpreadsheet } from './read-spreadsheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet for one operation: a plan is resolved against what its read saw, when that was the whole workbook. */
export function spreadsheetWorkbook(spreadsheet: Spreadsheet): SynchronousWorkbook {
  let seen: WorkbookState | undefined;
  return {
    read: (request) => {
      const { reading, state } = readSpreadsheet(spreadsheet, request);
      seen = state;
      return reading;
    },
    apply: (plan) => {
      if (!seen) return applyPlan(spreadsheet, plan);
      const resolved = resolvePlan(plan, seen, 'sheets');
      writePlan(spreadsheet, resolved);
      return resolved;
    },
  };
}

/** `received` is the call as google.script.run delivered it: the operation's arguments, then the UI's language. */
export function runServerOperation(id: OperationId, received: readonly unknown[], spreadsheet?: Spreadsheet): BackendResult<unknown> {
  const operation = operationOf(id);
  const arity = operation.takes.length;
  const locale = parseLocale(received[arity]) ?? 'en';
  const args = received.slice(0, arity) as Parameters<typeof operation.reads>[0];
  try {
    checkArguments(args, operation.takes);
  } catch (error) {
    return failureOf(error, locale);
  }
  const run = () => runOperationNow(spreadsheetWorkbook(spreadsheet ?? SpreadsheetApp.getActiveSpreadsheet()), id, args, locale);
  if (!operation.writes) return run();
  // Operations over the whole workbook rebuild DealKit's own sheets; the others save a panel.
  const busy = operation.reads(args).sheets === 'all' ? BUSY_UPDATING : BUSY_SAVING;
  const locked = lockedOperation(locale, run, busy);
  return locked.ok ? locked.value : locked;
}
