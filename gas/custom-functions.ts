/**
 * The Google Sheets side of the custom functions. gas/generated/custom-functions.ts (written from the
 * catalog by tools/catalog-artifacts.ts) declares one documented global per function, each calling
 * invokeForSheets. Custom functions run without authorisation, so nothing here runs at load time:
 * the spreadsheet is only read (the Settings sheet's named ranges, its locale) inside a call.
 */
import { isDealKitError } from '../shared/errors';
import type { Locale } from '../shared/i18n';
import { defaultCallContext, invokeFunction } from '../shared/functions/invoke';
import type { CallContext, FunctionResult } from '../shared/functions/types';
import { contextFromNamedRanges, type NamedRangeReader } from '../shared/functions/workbook-settings';
import { SETTINGS_NAMES } from '../shared/templates/settings-names';

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet();
  } catch {
    // Outside a spreadsheet (tests, the script editor) there is nothing to read.
    return null;
  }
}

/** Each named range read once per call. */
function namedRangeReader(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): NamedRangeReader {
  const read = new Map<string, unknown[][] | undefined>();
  return (name) => {
    if (!read.has(name)) {
      const range = spreadsheet.getRangeByName(name);
      read.set(name, range ? range.getValues() : undefined);
    }
    return read.get(name);
  };
}

/**
 * The workbook's language and scoring rules, from its Settings sheet's named ranges; without a Settings
 * sheet, the spreadsheet's locale and the default rules. Custom functions may read (not write) the
 * spreadsheet, so this runs inside each call, never at load time.
 */
function workbookContext(): CallContext {
  const spreadsheet = activeSpreadsheet();
  if (!spreadsheet) return defaultCallContext('en');
  try {
    const fallback: Locale = spreadsheet.getSpreadsheetLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
    const read = namedRangeReader(spreadsheet);
    // No Settings sheet: nothing more to read (one call instead of a dozen).
    if (read(SETTINGS_NAMES.language) === undefined) return defaultCallContext(fallback);
    return contextFromNamedRanges(read, fallback);
  } catch (error) {
    // A settings typo must be seen; a spreadsheet that cannot be read leaves the defaults.
    if (isDealKitError(error)) throw error;
    return defaultCallContext('en');
  }
}

/**
 * Runs a catalog function for Sheets. Bad input throws an Error whose message Sheets shows on hover
 * over #ERROR!; a 2D array result spills.
 */
export function invokeForSheets(name: string, args: readonly unknown[]): FunctionResult {
  let locale: Locale = 'en';
  // Sheets passes every declared parameter, undefined when omitted; trailing omissions are not "too many".
  let count = args.length;
  while (count > 0 && args[count - 1] === undefined) count -= 1;
  try {
    const context = workbookContext();
    locale = context.locale;
    return invokeFunction(name, args.slice(0, count), context);
  } catch (error) {
    throw new Error(isDealKitError(error) ? error.messageIn(locale) : String(error));
  }
}
