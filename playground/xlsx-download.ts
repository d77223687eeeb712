/**
 * "Download .xlsx": the playground workbook as an .xlsx file (ExcelJS). Kept: values, formulas (in
 * the form Excel with DealKit computes, with HyperFormula's result cached so the file shows numbers
 * before it is recalculated), named ranges, input rules as data validations, number formats, cell
 * styles, column widths and frozen rows. Not kept: conditional formats, charts and sheet protection.
 */
import ExcelJS from 'exceljs';
import { DetailedCellError, type CellValue, type RawCellContent } from 'hyperformula';
import { absoluteA1, boxToA1, cellA1, parseA1, parseSheetReference, quoteSheetName } from '../shared/a1';
import { callsAddinFunction } from '../shared/addin-function-names';
import { markDynamicArrayFormulas } from '../shared/xlsx-dynamic-arrays';
import type { PlaygroundSheetExtras } from './apply-plan-hyperformula';
import type { PlaygroundWorkbook } from './playground-workbook';
import { formulaForFile } from './xlsx-formulas';
import { writeStyles } from './xlsx-styles';
import { validationForFile } from './xlsx-validations';

/** The error values a file may cache; HyperFormula's own (#CYCLE!, #LIC!…) are left for Excel to compute. */
const FILE_ERRORS: ReadonlySet<string> = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** The workbook as .xlsx bytes. */
export async function workbookToXlsx(workbook: PlaygroundWorkbook): Promise<Uint8Array> {
  const state = workbook.serialize();
  const file = new ExcelJS.Workbook();
  file.creator = 'DealKit playground';
  state.sheets.forEach((sheet) => {
    const extras = state.extras[sheet.name];
    const ws = file.addWorksheet(sheet.name, extras?.frozenRows ? { views: [{ state: 'frozen', xSplit: 0, ySplit: extras.frozenRows }] } : {});
    sheet.cells.forEach((row, r) =>
      row.forEach((raw, c) => {
        const cell = ws.getCell(r + 1, c + 1);
        const content = cellForFile(raw, workbook.cellValue(sheet.name, r, c), cell.address);
        if (content === undefined) return;
        cell.value = content;
        if (isDate(workbook, sheet.name, r, c)) cell.numFmt = 'yyyy-mm-dd';
      }),
    );
    if (extras) writeExtras(ws, extras);
  });
  for (const named of state.names) {
    const reference = parseSheetReference(named.expression);
    // A file's defined names are ranges here; a name holding a formula or a constant stays behind.
    if (!reference) continue;
    const box = parseA1(boxToA1(reference.row, reference.column, reference.lastRow - reference.row + 1, reference.lastColumn - reference.column + 1));
    file.definedNames.add(`${quoteSheetName(reference.sheet)}!${absoluteA1(box)}`, named.name);
  }
  const activeTab = Math.max(
    0,
    state.sheets.findIndex((sheet) => sheet.name === state.activeSheet),
  );
  file.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab, visibility: 'visible' }];
  const raw = await file.xlsx.writeBuffer();
  return markDynamicArrayFormulas(new Uint8Array(raw as ArrayBuffer));
}

/** A cell as the file holds it: typed text as text, what HyperFormula parsed (12%, a date) as its value, formulas stored. */
function cellForFile(raw: RawCellContent, computed: CellValue, address: string): ExcelJS.CellValue | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (raw instanceof Date) return raw;
  if (raw.startsWith("'")) return raw.slice(1);
  if (!raw.startsWith('=')) {
    // "12%" or a date typed in: the value HyperFormula read; "#N/A" typed in: that error.
    if (!(computed instanceof DetailedCellError)) return computed as string | number | boolean | null;
    return FILE_ERRORS.has(computed.value) ? { error: computed.value as ExcelJS.CellErrorValue['error'] } : raw;
  }
  const formula = formulaForFile(raw);
  const result = cachedResult(computed);
  const value: ExcelJS.CellFormulaValue = { formula, ...(result === undefined ? {} : { result }), date1904: false };
  // DealKit functions may return a block: a one-cell array formula, marked as a dynamic array afterwards, spills in Excel.
  return callsAddinFunction(formula) ? ({ ...value, shareType: 'array', ref: address } as unknown as ExcelJS.CellValue) : value;
}

function cachedResult(computed: CellValue): ExcelJS.CellFormulaValue['result'] {
  if (computed instanceof DetailedCellError) return FILE_ERRORS.has(computed.value) ? { error: computed.value as ExcelJS.CellErrorValue['error'] } : undefined;
  if (computed === null) return undefined;
  return computed;
}

function isDate(workbook: PlaygroundWorkbook, sheet: string, row: number, col: number): boolean {
  const id = workbook.sheetId(sheet);
  if (id === undefined || workbook.extras[sheet]?.numberFormats[cellA1(row, col)]) return false;
  return workbook.hf.getCellValueDetailedType({ sheet: id, row, col }) === 'NUMBER_DATE';
}

function writeExtras(ws: ExcelJS.Worksheet, extras: PlaygroundSheetExtras): void {
  writeStyles(ws, extras.styles);
  for (const [a1, format] of Object.entries(extras.numberFormats)) ws.getCell(a1).numFmt = format;
  // ExcelJS joins equal rules on neighbouring cells into ranges when it writes them.
  const validations = (ws as unknown as { dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  for (const [a1, rule] of Object.entries(extras.inputs)) validations.add(a1, validationForFile(rule));
  // Excel's column width unit is about 7 pixels of the default font, plus 5 pixels of padding.
  for (const [letters, pixels] of Object.entries(extras.columnWidths)) ws.getColumn(letters).width = Math.max(1, Math.round(((pixels - 5) / 7) * 100) / 100);
}
