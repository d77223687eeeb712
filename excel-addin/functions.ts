/**
 * The Excel custom-functions entry (namespace DEAL), loaded in the shared runtime beside the task pane.
 * Every function goes through the catalog's one invoker; functions.json is generated from the same
 * catalog by tools/catalog-artifacts.ts, so ids and parameters cannot drift apart.
 */
import { isDealKitError } from '../shared/errors';
import { parseLocale, type Locale } from '../shared/i18n';
import { CATALOG } from '../shared/functions/catalog';
import { defaultCallContext, invokeEntry } from '../shared/functions/invoke';
import type { CallContext, FunctionEntry, FunctionResult } from '../shared/functions/types';
import { CONTEXT_RANGE_NAMES, contextFromNamedRanges } from '../shared/functions/workbook-settings';
import type { ScoringSettings } from '../shared/scoring/settings';

/** What the task pane may pin (same runtime, separate bundle: reached through the global below). */
interface PinnedContext {
  locale?: Locale;
  settings?: ScoringSettings;
}

const pinned: PinnedContext = {};

export function setDealKitFunctionLocale(locale: Locale): void {
  pinned.locale = locale;
}

export function setDealKitFunctionSettings(settings: ScoringSettings): void {
  pinned.settings = settings;
}

/** Forget the settings read (and any pinned ones): the next call reads the Settings sheet again. */
export function forgetDealKitFunctionSettings(): void {
  pinned.settings = undefined;
  lastRead = undefined;
}

declare global {
  var DealKitFunctions: {
    setLocale: typeof setDealKitFunctionLocale;
    setSettings: typeof setDealKitFunctionSettings;
    forgetSettings?: typeof forgetDealKitFunctionSettings;
  };
}

globalThis.DealKitFunctions = { setLocale: setDealKitFunctionLocale, setSettings: setDealKitFunctionSettings, forgetSettings: forgetDealKitFunctionSettings };

function displayLocale(): Locale {
  try {
    // Read per call, not at load: Office may not be initialised when this script first runs.
    const display = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    return display && display.toLowerCase().startsWith('zh') ? 'zh-CN' : parseLocale(display) ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * A recalculation calls many functions at once; they share one read of the Settings sheet (two syncs)
 * for this long rather than each paying for its own.
 */
const SETTINGS_READ_MS = 2000;
let lastRead: { readonly at: number; readonly context: Promise<CallContext> } | undefined;

/** The Settings sheet's named ranges, read in one batch: which names exist, then their values. */
function readWorkbookContext(fallback: Locale): Promise<CallContext> {
  return Excel.run(async (excel) => {
    const items = CONTEXT_RANGE_NAMES.map((name) => ({ name, item: excel.workbook.names.getItemOrNullObject(name) }));
    await excel.sync();
    const ranges = items.filter(({ item }) => !item.isNullObject).map(({ name, item }) => ({ name, range: item.getRange().load('values') }));
    await excel.sync();
    const values = new Map(ranges.map(({ name, range }) => [name, range.values as unknown[][]]));
    return contextFromNamedRanges((name) => values.get(name), fallback);
  }).catch((error: unknown) => {
    // A settings typo must be seen; a runtime that cannot read the workbook falls back to the defaults.
    if (isDealKitError(error)) throw error;
    return defaultCallContext(fallback);
  });
}

function workbookContext(): CallContext | Promise<CallContext> {
  const fallback = pinned.locale ?? displayLocale();
  if (pinned.settings) return { locale: fallback, settings: pinned.settings };
  // Outside Excel (tests, benchmarks) there is no workbook to read.
  if (typeof Excel === 'undefined') return defaultCallContext(fallback);
  const now = Date.now();
  if (!lastRead || now - lastRead.at > SETTINGS_READ_MS) {
    lastRead = { at: now, context: readWorkbookContext(fallback) };
  }
  return lastRead.context.then((context) => (pinned.locale ? { ...context, locale: pinned.locale } : context));
}

function isPromise<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

function run(entry: FunctionEntry, args: readonly unknown[], context: CallContext): FunctionResult {
  try {
    return invokeEntry(entry, args, context);
  } catch (error) {
    const message = isDealKitError(error) ? error.messageIn(context.locale) : String(error);
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}

/**
 * One entry's handler: Excel passes one argument per declared parameter (plus an invocation object we
 * ignore). It answers at once when the context is at hand, else once the Settings sheet is read.
 */
export function excelHandler(entry: FunctionEntry): (...args: unknown[]) => FunctionResult | Promise<FunctionResult> {
  return (...args: unknown[]) => {
    const declared = args.slice(0, entry.params.length);
    const context = workbookContext();
    if (!isPromise(context)) return run(entry, declared, context);
    return context.then(
      (resolved) => run(entry, declared, resolved),
      (error: unknown) => {
        // A manager's typo in the Settings sheet is reported in the cell, naming the setting.
        const message = isDealKitError(error) ? error.messageIn(pinned.locale ?? displayLocale()) : String(error);
        throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
      },
    );
  };
}

for (const entry of CATALOG) {
  CustomFunctions.associate(entry.name, excelHandler(entry));
}
