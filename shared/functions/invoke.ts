import { DealKitError, isDealKitError } from '../errors';
import { text, type Locale } from '../i18n';
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
export type HostOutcome = { readonly ok: true; readonly result: FunctionResult } | { readonly ok: false; readonly message: string };

/**
 * A call as every host makes it: `hostLocale` is the language when the formula passes no settings (or
 * settings without a language); a settings argument's language wins, even for a message about a bad
 * setting. Never throws: a defect is reported as a message too, so a cell never shows a raw exception.
 */
export function invokeForHost(entry: FunctionEntry, rawArgs: readonly unknown[], hostLocale: Locale): HostOutcome {
  return hostOutcome(entry, rawArgs, hostLocale, invokeEntry);
}

/**
 * `invokeForHost` for a host that hands over at most one argument per parameter: Excel's handler
 * passes exactly the declared ones (it drops the invocation object Excel adds).
 */
export function invokeDeclaredForHost(entry: FunctionEntry, rawArgs: readonly unknown[], hostLocale: Locale): HostOutcome {
  return hostOutcome(entry, rawArgs, hostLocale, runEntry);
}

function hostOutcome(entry: FunctionEntry, rawArgs: readonly unknown[], hostLocale: Locale, invoke: typeof invokeEntry): HostOutcome {
  const index = settingsParamIndex(entry);
  const settings = index < 0 ? undefined : rawArgs[index];
  const locale = (isBlankSettings(settings) ? undefined : languageOfSettingsArgument(settings)) ?? hostLocale;
  try {
    return { ok: true, result: invoke(entry, rawArgs, defaultCallContext(locale)) };
  } catch (error) {
    return { ok: false, message: isDealKitError(error) ? error.messageIn(locale) : String(error) };
  }
}
