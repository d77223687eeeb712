/**
 * What an operation asks to read (shared/workbook/reading.ts), read from SpreadsheetApp: one
 * getValues() per sheet asked for (its data range from A1), and the names' cells taken from those
 * values when their sheets were read anyway, so a roll-up costs no read per setting.
 */
import { serialFromCell, isoFromSerial } from '../shared/pipeline/dates';
import { valuesAt } from '../shared/pipeline/named-values';
import type { WorkbookState } from '../shared/plan-resolve';
import type { SheetValues } from '../shared/sheet-values';
import type { NamedRangeRead, ReadRequest, WorkbookReading } from '../shared/workbook/reading';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** Today in the spreadsheet's time zone: a snapshot taken late in the evening belongs to the spreadsheet's day. */
function todayIn(spreadsheet: Spreadsheet): string {
  const now = new Date();
  try {
    return Utilities.formatDate(now, spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd');
  } catch {
    return isoFromSerial(serialFromCell(now) ?? 0);
  }
}

function sheetsAsked(spreadsheet: Spreadsheet, request: ReadRequest, active: () => Sheet): Sheet[] {
  const wanted = request.sheets;
  if (wanted === 'none') return [];
  if (wanted === 'all') return spreadsheet.getSheets();
  if (wanted === 'active') return [active()];
  const sheet = spreadsheet.getSheetByName(wanted.name);
  return sheet ? [sheet] : [];
}

function valuesOf(sheet: Sheet, formulas: boolean): SheetValues {
  const range = sheet.getDataRange();
  return formulas ? { name: sheet.getName(), values: range.getValues(), formulas: range.getFormulas() } : { name: sheet.getName(), values: range.getValues() };
}

function placeOf(range: Range): Omit<NamedRangeRead, 'values'> {
  return { sheet: range.getSheet().getName(), row: range.getRow() - 1, column: range.getColumn() - 1 };
}

/** With every sheet read: one getNamedRanges() and the values sliced from the sheets. */
function namesFromSheets(spreadsheet: Spreadsheet, wanted: readonly string[], sheets: readonly SheetValues[], allNames: string[]): Record<string, NamedRangeRead> {
  const asked = new Set(wanted);
  const out: Record<string, NamedRangeRead> = {};
  for (const named of spreadsheet.getNamedRanges()) {
    const name = named.getName();
    allNames.push(name);
    if (!asked.has(name)) continue;
    let range: Range;
    try {
      range = named.getRange();
    } catch {
      // A name whose sheet was deleted points nowhere: it reads as a name the workbook does not have.
      continue;
    }
    const place = placeOf(range);
    const values = valuesAt(sheets, { ...place, lastRow: place.row + range.getNumRows() - 1, lastColumn: place.column + range.getNumColumns() - 1 });
    if (values) out[name] = { ...place, values };
  }
  return out;
}

/** Otherwise: each name looked up and its cells read. */
function namesOneByOne(spreadsheet: Spreadsheet, wanted: readonly string[]): Record<string, NamedRangeRead> {
  const out: Record<string, NamedRangeRead> = {};
  for (const name of wanted) {
    const range = spreadsheet.getRangeByName(name);
    if (range) out[name] = { ...placeOf(range), values: range.getValues() };
  }
  return out;
}

export interface SpreadsheetReading {
  readonly reading: WorkbookReading;
  /**
   * What the plan resolver needs, when the read already saw it (every sheet and every name): the
   * applier then need not ask the spreadsheet again.
   */
  readonly state?: WorkbookState;
}

export function readSpreadsheet(spreadsheet: Spreadsheet, request: ReadRequest): SpreadsheetReading {
  let active: Sheet | undefined;
  const activeSheet = (): Sheet => (active ??= spreadsheet.getActiveSheet());
  const sheets = sheetsAsked(spreadsheet, request, activeSheet).map((sheet) => valuesOf(sheet, request.formulas === true));
  const wanted = request.names ?? [];
  const everySheet = request.sheets === 'all' && wanted.length > 0;
  const allNames: string[] = [];
  const names = wanted.length === 0 ? {} : everySheet ? namesFromSheets(spreadsheet, wanted, sheets, allNames) : namesOneByOne(spreadsheet, wanted);
  const reading: WorkbookReading = {
    ...(request.sheets === 'active' || request.activeSheet === true ? { activeSheet: activeSheet().getName() } : {}),
    sheets,
    names,
    today: todayIn(spreadsheet),
    now: new Date().toISOString(),
  };
  return everySheet ? { reading, state: { sheets: sheets.map((sheet) => ({ name: sheet.name, a1: sheet.values[0]?.[0] })), namedRanges: allNames } } : { reading };
}
