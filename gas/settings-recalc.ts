/**
 * Google Sheets recalculates a custom function only when one of its arguments changes. DealKit's
 * QUALIFY, ASSESSMENT, GAPS, CONTROL… also read the Settings sheet's named ranges inside the call, so a
 * manager's edit of a threshold, weight or knock-out would leave every result as it was. The onEdit
 * simple trigger calls this: when the edit is on the Settings sheet (the sheet of DK_STAGES), every
 * DealKit formula in the workbook is written again, unchanged, which makes Sheets evaluate it anew.
 * Cells that do not hold a DealKit formula are never written.
 */
import { CATALOG } from '../shared/functions/catalog';
import { presentCellRuns } from '../shared/plan-resolve';
import { SETTINGS_NAMES } from '../shared/templates/settings-names';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const escaped = CATALOG.map((entry) => entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
/** A call of a catalog function: its name not preceded by a letter, digit, "_" or "." (e.g. not MY_QUALIFY(). */
const DEALKIT_CALL = new RegExp(`(?:^|[^A-Za-z0-9_.])(?:${escaped.join('|')})\\s*\\(`, 'i');

export function isDealKitFormula(formula: string): boolean {
  return formula.startsWith('=') && DEALKIT_CALL.test(formula);
}

/** The part of an onEdit event this needs (Apps Script passes more). */
export interface SettingsEditEvent {
  readonly range?: Range;
  readonly source?: Spreadsheet;
}

/** True when the edited range is on the sheet holding the DK_STAGES named range. */
export function isSettingsEdit(spreadsheet: Spreadsheet, range: Range): boolean {
  const stages = spreadsheet.getRangeByName(SETTINGS_NAMES.stages);
  if (!stages) return false;
  return stages.getSheet().getSheetId() === range.getSheet().getSheetId();
}

/**
 * Writes every DealKit formula of the workbook back in place: one getFormulas per sheet, one
 * setFormulas per run of adjacent DealKit formulas. Returns how many formulas were written.
 */
export function rewriteDealKitFormulas(spreadsheet: Spreadsheet): number {
  let written = 0;
  for (const sheet of spreadsheet.getSheets()) {
    const rows = sheet.getLastRow();
    const columns = sheet.getLastColumn();
    if (rows < 1 || columns < 1) continue;
    const formulas = sheet.getRange(1, 1, rows, columns).getFormulas();
    const dealkit = formulas.map((row) => row.map((formula) => (formula !== '' && isDealKitFormula(formula) ? formula : null)));
    if (!dealkit.some((row) => row.some((formula) => formula !== null))) continue;
    const { whole, runs } = presentCellRuns(dealkit);
    if (whole) {
      sheet.getRange(1, 1, rows, columns).setFormulas(dealkit as string[][]);
      written += rows * columns;
      continue;
    }
    for (const run of runs) {
      sheet.getRange(run.row + 1, run.column + 1, 1, run.cells.length).setFormulas([run.cells]);
      written += run.cells.length;
    }
  }
  return written;
}

/** The onEdit handler's work: nothing unless the edit is on the Settings sheet. */
export function recalculateAfterSettingsEdit(event: SettingsEditEvent | undefined): number {
  const range = event?.range;
  if (!range) return 0;
  const spreadsheet = event?.source ?? SpreadsheetApp.getActiveSpreadsheet();
  if (!isSettingsEdit(spreadsheet, range)) return 0;
  return rewriteDealKitFormulas(spreadsheet);
}
