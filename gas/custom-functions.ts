/**
 * The Google Sheets side of the custom functions. gas/generated/custom-functions.ts (written from the
 * catalog by tools/catalog-artifacts.ts) declares one documented global per function, each calling
 * invokeForSheets.
 *
 * Nothing here calls an Apps Script service (spreadsheet, cache or properties): Google's custom-function guide
 * says Sheets recalculates a custom function only when a cell or range passed as an argument changes,
 * so the Settings sheet's rules arrive as the `settings` argument (DK_RULES), and a call costs no
 * service call against the 30-second limit.
 */
import { findFunction } from '../shared/functions/catalog';
import { invokeForHost, type HostResult } from '../shared/functions/invoke';

/**
 * What a row the call could not compute shows, before the message naming the row. A custom function
 * returns numbers, text, booleans, dates or a two-dimensional array of them (Google's guide, "Custom
 * Functions in Google Sheets", developers.google.com/apps-script/guides/sheets/functions, Data types):
 * no error value fits in one cell of an array, and a thrown error fails the whole array. So the row shows
 * text that no DealKit value can be, in the style of an error code; SUMIFS and the like skip it as text.
 */
export const ROW_FAULT_MARK = '#DEALKIT!';

function rowFault(message: string): string {
  return `${ROW_FAULT_MARK} ${message}`;
}

/**
 * Runs a catalog function for Sheets. Bad input throws an Error whose message Sheets shows on hover
 * over #ERROR!; a 2D array result spills, a bad row of a column showing ROW_FAULT_MARK and its message.
 * Without a settings argument text is in English: the spreadsheet's own locale would be a read outside
 * the arguments.
 */
export function invokeForSheets(name: string, args: readonly unknown[]): HostResult {
  const entry = findFunction(name);
  if (!entry) throw new Error(`${name} is not a DealKit function`);
  // Sheets passes every declared parameter, undefined when omitted; trailing omissions are not "too many".
  let count = args.length;
  while (count > 0 && args[count - 1] === undefined) count -= 1;
  const outcome = invokeForHost(entry, args.slice(0, count), 'en', rowFault);
  if (outcome.ok) return outcome.result;
  throw new Error(outcome.message);
}
