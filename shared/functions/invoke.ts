import { DealKitError, isDealKitError } from '../errors';
import { text, tr, type Locale } from '../i18n';
import { DEFAULT_DECIMAL_MARK } from '../numbers/decimal-mark';
import { DEFAULT_SETTINGS, type ScoringSettings } from '../scoring/settings';
import { findFunction } from './catalog';
import { coerceArgument, isBlankArgument } from './coerce';
import { contextFromSettingsArgument, languageOfSettingsArgument } from './settings-argument';
import { SETTINGS_PARAM_NAME, type CallContext, type FunctionEntry, type FunctionResult, type ResultGrid, type ResultScalar } from './types';

/** Marks an error that came from a defect, not from the user's input: tests fail on it, users still get a message. */
export const INTERNAL_SUBJECT = 'internal';

function argumentList(entry: FunctionEntry): string {
  return entry.params.map((param) => (param.optional ? `[${param.name}]` : param.name)).join(', ');
}

function checkArgumentCount(entry: FunctionEntry, count: number): void {
  if (count <= entry.params.length) return;
  const list = argumentList(entry);
  throw new DealKitError(
    text(`${entry.name} takes at most ${entry.params.length} arguments (${list}); got ${count}`, `${entry.name} 最多接受 ${entry.params.length} 个参数(${list})，实际传入 ${count} 个`),
    entry.params[entry.params.length - 1]?.name,
  );
}

/** A value as a cell shows it; anything else is a defect, reported by `runEntry` as one. */
function resultScalar(value: unknown): ResultScalar {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value === 0 ? 0 : value;
  throw new RangeError('the result is not a finite number');
}

/** Whether a cell already is what a cell can show, so it is left as it is. */
function isShowable(cell: unknown): boolean {
  return typeof cell === 'string' || typeof cell === 'boolean' || (typeof cell === 'number' && Number.isFinite(cell) && !(cell === 0 && 1 / cell < 0));
}

/** Guarantees what a cell can show: finite numbers, text, booleans; arrays rectangular and never empty. */
function normaliseResult(result: FunctionResult, entry: FunctionEntry): FunctionResult {
  // Excel declares column and spill results as matrices, so even a single value goes back as 1×1.
  if (!Array.isArray(result)) return entry.result === 'value' ? resultScalar(result) : [[resultScalar(result)]];
  // A defect: `runEntry` reports it naming the function.
  if (entry.result === 'value') throw new TypeError('an array for a one-value result');
  if (result.length === 0) return [['']];
  // Checked in place: results are fresh arrays, and a column of 100k rows should not be copied again.
  // A rectangular, showable grid passes through unwritten (each row is assigned to itself).
  const grid = result as unknown[];
  let width = 0;
  for (const row of grid) width = Math.max(width, Array.isArray(row) ? row.length : 1);
  if (width === 0) return [['']];
  for (let r = 0; r < grid.length; r += 1) {
    const row = grid[r];
    const cells: unknown[] = Array.isArray(row) ? row : [row];
    for (let c = 0; c < width; c += 1) {
      const cell = cells[c];
      if (isShowable(cell)) continue;
      cells[c] = resultScalar(cell);
    }
    grid[r] = cells;
  }
  return grid as ResultGrid;
}

function settingsParamIndex(entry: FunctionEntry): number {
  const last = entry.params.length - 1;
  return entry.params[last]?.name === SETTINGS_PARAM_NAME ? last : -1;
}

/** An omitted settings argument (or a blank cell passed for it) means DealKit's documented defaults. */
function isBlankSettings(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || isBlankArgument(value);
}

/**
 * The one way every host calls a DealKit function: raw host arguments in (scalars or 2D arrays, blanks,
 * booleans, dates as serials, host error values), coerced by the entry's declared parameters, run, and
 * checked. Bad input throws a DealKitError naming the argument; nothing else escapes.
 */
export function invokeEntry(entry: FunctionEntry, rawArgs: readonly unknown[], context: CallContext): FunctionResult {
  checkArgumentCount(entry, rawArgs.length);
  return runEntry(entry, rawArgs, context);
}

/** `invokeEntry` for arguments already no more than the entry's parameters. */
function runEntry(entry: FunctionEntry, rawArgs: readonly unknown[], context: CallContext): FunctionResult {
  try {
    const settingsIndex = settingsParamIndex(entry);
    const own = settingsIndex < 0 ? entry.params : entry.params.slice(0, settingsIndex);
    const settings = settingsIndex < 0 ? undefined : rawArgs[settingsIndex];
    // The settings come first: their decimal mark says how the other arguments' text numbers read.
    const callContext = isBlankSettings(settings) ? context : contextFromSettingsArgument(settings, entry.reads ?? [], context);
    const decimalMark = callContext.decimalMark ?? DEFAULT_DECIMAL_MARK;
    const args = own.map((param, index) => coerceArgument(rawArgs[index], param, decimalMark));
    return normaliseResult(entry.implement(args, callContext), entry);
  } catch (error) {
    if (isDealKitError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new DealKitError(
      text(`${entry.name} failed on these arguments (${argumentList(entry)}): ${detail}`, `${entry.name} 在处理这些参数(${argumentList(entry)})时出错：${detail}`),
      INTERNAL_SUBJECT,
    );
  }
}

/** A call context with the default scoring rules, for hosts that have not read a workbook's settings. */
export function defaultCallContext(locale: Locale = 'en', settings: ScoringSettings = DEFAULT_SETTINGS): CallContext {
  return { locale, settings };
}

/** Calls a catalog function by name (`QUALIFY` or `DEAL.QUALIFY`); an unknown name is a DealKitError too. */
export function invokeFunction(name: string, rawArgs: readonly unknown[], context: CallContext = defaultCallContext()): FunctionResult {
  const entry = findFunction(name);
  if (!entry) {
    throw new DealKitError(text(`${name} is not a DealKit function`, `${name} 不是 DealKit 函数`), 'name');
  }
  return invokeEntry(entry, rawArgs, context);
}

/** What a host shows for one call: the result, or the message in the call's language. */
export type HostOutcome = { readonly ok: true; readonly result: HostResult } | { readonly ok: false; readonly message: string };

/** A result as a host shows it: a grid may hold, in a row the call could not compute, what the host's `RowFault` made. */
export type HostResult = FunctionResult | unknown[][];

/**
 * What a host shows in the cell of a row it could not compute, given the message naming that row: Excel an
 * error value, Google Sheets a marked text, HyperFormula a #VALUE! (each host's adapter says why).
 */
export type RowFault = (message: string) => unknown;

/**
 * A call as every host makes it: `hostLocale` is the language when the formula passes no settings (or
 * settings without a language); a settings argument's language wins, even for a message about a bad
 * setting. Never throws: a defect is reported as a message too, so a cell never shows a raw exception.
 * With `rowFault`, a fault in one row of a row argument (`rowsParam`) costs that row only, as
 * `setRowsAside` describes.
 */
export function invokeForHost(entry: FunctionEntry, rawArgs: readonly unknown[], hostLocale: Locale, rowFault?: RowFault): HostOutcome {
  return hostOutcome(entry, rawArgs, hostLocale, invokeEntry, rowFault);
}

/**
 * `invokeForHost` for a host that hands over at most one argument per parameter: Excel's handler
 * passes exactly the declared ones (it drops the invocation object Excel adds).
 */
export function invokeDeclaredForHost(entry: FunctionEntry, rawArgs: readonly unknown[], hostLocale: Locale, rowFault?: RowFault): HostOutcome {
  return hostOutcome(entry, rawArgs, hostLocale, runEntry, rowFault);
}

function hostOutcome(entry: FunctionEntry, rawArgs: readonly unknown[], hostLocale: Locale, invoke: typeof invokeEntry, rowFault: RowFault | undefined): HostOutcome {
  const index = settingsParamIndex(entry);
  const settings = index < 0 ? undefined : rawArgs[index];
  const locale = (isBlankSettings(settings) ? undefined : languageOfSettingsArgument(settings)) ?? hostLocale;
  try {
    return { ok: true, result: setRowsAside(entry, rawArgs, defaultCallContext(locale), invoke, rowFault) };
  } catch (error) {
    return { ok: false, message: isDealKitError(error) ? error.messageIn(locale) : String(error) };
  }
}

/** `stages, row 7: …`, the form every message about one row of a range argument takes (rowError, rowLabel). */
const ROW_MESSAGE = /^(\w+), row (\d+):/;

/**
 * Row evaluations a call may spend setting rows aside: each row set aside runs the function once more,
 * so a column of 100,000 rows sets aside up to 10, one of 1,000 rows all of them. Past that the call
 * fails as a whole, with the message naming the row at fault, as it did before rows were set aside.
 */
const ROW_RETRY_BUDGET = 1e6;

/** Rows a summary's set-aside cell spells out; it counts them all. */
const LISTED_ROWS = 5;

/**
 * Runs a call, setting aside each row a row argument faults in: the row is blanked in every row argument
 * (a blank row is one the functions skip, so the other rows compute as if it were not there) and the call
 * runs again. A column result then shows `rowFault` of the row's message in that row; a summary (FUNNEL,
 * FORECAST_RANGE) gets one more column, its first cell listing the rows set aside (help: resultHelp). A
 * column rather than a line: what sits below a summary (a total, the next table) is commoner than what
 * sits beside it, and a spill that meets a filled cell fails whole (#SPILL!).
 * Every function with row arguments takes one first, so the first argument's cells price a run.
 */
function setRowsAside(entry: FunctionEntry, rawArgs: readonly unknown[], context: CallContext, invoke: typeof invokeEntry, rowFault: RowFault | undefined): HostResult {
  const args = [...rawArgs];
  // The first argument's cells: a range's, or the one value a host passed for a single cell.
  const cells = [rawArgs[0]].flat(2).length;
  // The message of each row set aside, by row number: a sparse array lists them in row order.
  const faults: string[] = [];
  let count = 0;
  for (;;) {
    try {
      const result = invoke(entry, args, context);
      if (!count || !Array.isArray(result)) return result;
      const grid: unknown[][] = result;
      if (entry.result === 'column') faults.forEach((message, row) => row <= grid.length && (grid[row - 1] = [(rowFault as RowFault)(message)]));
      else {
        const setAside =
          tr(text(`Set aside (${count}): `, `已剔除(${count})：`), context.locale) + faults.filter(String).slice(0, LISTED_ROWS).join(' | ') + (count > LISTED_ROWS ? ' | …' : '');
        grid.forEach((row, i) => row.push(i ? '' : setAside));
      }
      return grid;
    } catch (error) {
      const match = rowFault && isDealKitError(error) ? ROW_MESSAGE.exec(error.message) : null;
      const row = match && entry.params.some((param) => param.rows && param.name === match[1]) ? +match[2] : 0;
      if (!row || faults[row] || ++count * cells > ROW_RETRY_BUDGET) throw error;
      faults[row] = (error as DealKitError).messageIn(context.locale);
      entry.params.forEach((param, i) => param.rows && (args[i] = blankRow(args[i], row)));
    }
  }
}

/** A host's range argument with one row (from 1) blanked: of a column, of a table, or of a single row read across. */
function blankRow(raw: unknown, row: number): unknown {
  // A single cell is row 1; Sheets hands a one-cell range over as its value.
  if (!Array.isArray(raw)) return raw == null || row > 1 ? raw : '';
  const across = raw.length === 1 && Array.isArray(raw[0]) && raw[0].length > 1;
  // A row beyond the argument's end stays missing, so a length mismatch is still reported as one.
  return raw.map((cells: unknown[], r) => (across ? cells.map((cell, c) => (c === row - 1 ? null : cell)) : r === row - 1 ? [null] : cells));
}
