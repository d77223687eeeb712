/**
 * An .xlsx file opened as a user's spreadsheet would open it, in HyperFormula: every sheet read with
 * ExcelJS, the defined names as named expressions, the DealKit plugin for the DEAL.* functions. The
 * file stores formulas the way Excel does (future functions with `_xlfn.`, add-in functions as
 * `_xldudf_DEAL_<ID>`); HyperFormula takes them as typed, so both are mapped back here and nowhere else.
 */
import ExcelJS from 'exceljs';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { fromStoredAddinCalls } from '../../shared/addin-function-names';

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A formula as the file stores it → as a user types it. */
export function typedFormula(stored: string): string {
  return `=${fromStoredAddinCalls(stored.replace(/_xlfn\.(_xlws\.)?/g, ''))}`;
}

/** A cell as HyperFormula takes it: formulas as typed, dates as serials. */
function rawOf(cell: ExcelJS.Cell): RawCellContent {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86_400_000;
  if (typeof v === 'object') {
    if ('formula' in v && typeof v.formula === 'string') return typedFormula(v.formula);
    if ('sharedFormula' in v) throw new Error(`${cell.address}: shared formulas are not expected in DealKit's files`);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    throw new Error(`unexpected cell ${cell.address}: ${JSON.stringify(v)}`);
  }
  return v as RawCellContent;
}

export interface OpenedXlsx {
  readonly hf: HyperFormula;
  readonly sheetNames: readonly string[];
  /** How many defined names the file carries (added as named expressions). */
  readonly definedNames: number;
}

export function hyperFormulaFromXlsx(workbook: ExcelJS.Workbook): OpenedXlsx {
  const sheets: Record<string, RawCellContent[][]> = {};
  workbook.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells[c - 1] = rawOf(cell);
      });
      rows[r - 1] = Array.from(cells, (x) => x ?? null);
    });
    sheets[ws.name] = Array.from(rows, (x) => x ?? []);
  });
  registerDealKitFunctions();
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  const names = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const { name, ranges } of names) hf.addNamedExpression(name, `=${ranges[0]}`);
  return { hf, sheetNames: Object.keys(sheets), definedNames: names.length };
}
