/**
 * The Excel custom-functions entry (namespace DEAL), loaded in the shared runtime beside the task pane.
 * Every function goes through the catalog's one invoker; functions.json is generated from the same
 * catalog by tools/catalog-artifacts.ts, so ids and parameters cannot drift apart.
 */
import { isDealKitError } from '../shared/errors';
import { parseLocale, type Locale } from '../shared/i18n';
import { CATALOG } from '../shared/functions/catalog';
import { invokeEntry } from '../shared/functions/invoke';
import type { FunctionEntry, FunctionResult } from '../shared/functions/types';
import { DEFAULT_SETTINGS, type ScoringSettings } from '../shared/scoring/settings';

interface ExcelFunctionState {
  locale?: Locale;
  settings: ScoringSettings;
}

/**
 * The workbook's language and scoring rules. The task pane (same runtime, separate bundle) sets them
 * after reading the Settings sheet, through the global below; until then the Office display language
 * and the default rules apply.
 */
const state: ExcelFunctionState = { settings: DEFAULT_SETTINGS };

export function setDealKitFunctionLocale(locale: Locale): void {
  state.locale = locale;
}

export function setDealKitFunctionSettings(settings: ScoringSettings): void {
  state.settings = settings;
}

declare global {
  var DealKitFunctions: {
    setLocale: typeof setDealKitFunctionLocale;
    setSettings: typeof setDealKitFunctionSettings;
  };
}

globalThis.DealKitFunctions = { setLocale: setDealKitFunctionLocale, setSettings: setDealKitFunctionSettings };

function currentLocale(): Locale {
  if (state.locale) return state.locale;
  try {
    // Read per call, not at load: Office may not be initialised when this script first runs.
    const display = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    return display && display.toLowerCase().startsWith('zh') ? 'zh-CN' : parseLocale(display) ?? 'en';
  } catch {
    return 'en';
  }
}

/** One entry's handler: Excel passes one argument per declared parameter (plus an invocation object we ignore). */
export function excelHandler(entry: FunctionEntry): (...args: unknown[]) => FunctionResult {
  return (...args: unknown[]) => {
    const locale = currentLocale();
    try {
      return invokeEntry(entry, args.slice(0, entry.params.length), { locale, settings: state.settings });
    } catch (error) {
      const message = isDealKitError(error) ? error.messageIn(locale) : String(error);
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
    }
  };
}

for (const entry of CATALOG) {
  CustomFunctions.associate(entry.name, excelHandler(entry));
}
