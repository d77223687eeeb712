/**
 * The Google Sheets side of the custom functions. gas/generated/custom-functions.ts (written from the
 * catalog by tools/catalog-artifacts.ts) declares one documented global per function, each calling
 * invokeForSheets. Custom functions run without authorisation, so nothing here runs at load time:
 * the spreadsheet is only read (language cell, locale) inside a call, where reading is allowed.
 */
import { isDealKitError } from '../shared/errors';
import { parseLocale, type Locale } from '../shared/i18n';
import { defaultCallContext, invokeFunction } from '../shared/functions/invoke';
import type { FunctionResult } from '../shared/functions/types';
import { SETTINGS_NAMES } from '../shared/templates/settings-names';

/** The workbook's language: its Settings sheet's language cell, else the spreadsheet's locale, else English. */
function workbookLocale(): Locale {
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const cell = spreadsheet.getRangeByName(SETTINGS_NAMES.language);
    const fromSettings = cell ? parseLocale(cell.getValue()) : undefined;
    if (fromSettings) return fromSettings;
    return spreadsheet.getSpreadsheetLocale().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  } catch {
    // Outside a spreadsheet (tests, the script editor) there is nothing to read.
    return 'en';
  }
}

/**
 * Runs a catalog function for Sheets. Bad input throws an Error whose message Sheets shows on hover
 * over #ERROR!; a 2D array result spills.
 */
export function invokeForSheets(name: string, args: readonly unknown[]): FunctionResult {
  const locale = workbookLocale();
  // Sheets passes every declared parameter, undefined when omitted; trailing omissions are not "too many".
  let count = args.length;
  while (count > 0 && args[count - 1] === undefined) count -= 1;
  try {
    return invokeFunction(name, args.slice(0, count), defaultCallContext(locale));
  } catch (error) {
    throw new Error(isDealKitError(error) ? error.messageIn(locale) : String(error));
  }
}
