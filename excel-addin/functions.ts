/**
 * The Excel custom-functions entry (namespace DEAL), loaded in the shared runtime beside the task pane.
 * Every function goes through the catalog's one invoker; functions.json is generated from the same
 * catalog by tools/catalog-artifacts.ts, so ids and parameters cannot drift apart.
 *
 * A function is a function of its arguments only: the Settings sheet's rules arrive as the `settings`
 * argument, never through a batch of Excel API calls. Microsoft asks custom functions that call Excel APIs to stay
 * read-only and outside recalculation (the source of #BUSY! and edit-mode errors in the OfficeDev
 * trackers), and Excel recalculates a non-volatile function only when an argument changes.
 */
import type { Locale } from '../shared/i18n';
import { CATALOG } from '../shared/functions/catalog';
import { invokeDeclaredForHost, type HostResult } from '../shared/functions/invoke';
import type { FunctionEntry } from '../shared/functions/types';

/** The language of a formula that passes no settings: Excel's display language. */
function displayLocale(): Locale {
  try {
    // Read per call, not at load: Office may not be initialised when this script first runs.
    // Display languages are tags such as en-US, zh-CN, zh-TW: every Chinese one reads Simplified Chinese.
    const display = typeof Office !== 'undefined' ? Office.context?.displayLanguage : undefined;
    return display?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  } catch {
    return 'en';
  }
}

/**
 * A #VALUE! carrying DealKit's message, which Excel shows from the cell's error flag. Custom messages are
 * kept only for #VALUE! and #N/A, and an error may stand as one element of a returned matrix so the
 * other rows still spill (CustomFunctionsRuntime 1.2): Microsoft Learn, "Handle and return errors from
 * your custom function" (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors) and the
 * CustomFunctions.Error reference (learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.error).
 * Some Windows builds of 2021 showed the whole array as #VALUE! instead (reported to OfficeDev/office-js
 * as "Unable to return error in dynamic array"): there the column fails as a whole, as it did before.
 */
function valueError(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/**
 * One entry's handler: Excel passes one argument per declared parameter (plus an invocation object,
 * which is ignored). A bad input is a #VALUE! whose message names the argument; a bad row of a column
 * is a #VALUE! in that row only.
 */
export function excelHandler(entry: FunctionEntry): (...args: unknown[]) => HostResult {
  return (...args: unknown[]) => {
    const outcome = invokeDeclaredForHost(entry, args.slice(0, entry.params.length), displayLocale(), valueError);
    if (outcome.ok) return outcome.result;
    throw valueError(outcome.message);
  };
}

for (const entry of CATALOG) {
  CustomFunctions.associate(entry.name, excelHandler(entry));
}
