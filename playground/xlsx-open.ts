/**
 * "Open .xlsx": a file read (ExcelJS) into the playground's workbook data. Read: values (dates as day
 * serials, text kept as text), formulas (DealKit's stored calls bare again, Excel's `_xlfn.` prefixes
 * dropped), named ranges, data validations as input rules, number formats, cell styles (bold, italic,
 * colours, wrap, alignment), column widths and frozen rows. Conditional formats, charts and
 * protection are not read. A file the playground
 * cannot hold is refused with the reason, in both languages, before anything changes.
 */
import ExcelJS from 'exceljs';
import type { RawCellContent } from 'hyperformula';
import { absoluteA1, cellA1, parseA1, quoteSheetName } from '../shared/a1';
import { DealKitError } from '../shared/errors';
import { text } from '../shared/i18n';
import { literalValue } from '../shared/plan-resolve';
import type { PlaygroundExtras, PlaygroundSheetExtras } from './apply-plan-hyperformula';
import { SERIALIZED_WORKBOOK_FORMAT, SERIALIZED_WORKBOOK_VERSION, type SerializedSheet, type SerializedWorkbook } from './serialized-workbook';
import type { WorkbookName } from './workbook-captures';
import { clipValidationRanges } from './xlsx-clip-rules';
import { formulaFromFile } from './xlsx-formulas';
import { StyleRuns, styleOfCell } from './xlsx-styles';
import { dropdownFromFile } from './xlsx-validations';

/** Day 0 of the 1900 date system, as spreadsheets count days. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** What one file may bring: the playground computes in the page, and past this it would stall it. */
const MAX_CELLS = 300_000;
const MAX_ROWS = 20_000;
/** Input rules below this row and column widths past this column are left out (a rule on a whole column is a million cells). */
const MAX_RULE_ROW = 5_000;
const MAX_WIDTH_COLUMN = 200;
/** Names HyperFormula takes: not a cell address, not one of Excel's own (_xlnm.Print_Area…). */
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/;

export async function xlsxToWorkbook(bytes: Uint8Array): Promise<SerializedWorkbook> {
  const file = new ExcelJS.Workbook();
  try {
    await file.xlsx.load((await clipValidationRanges(bytes, MAX_RULE_ROW)) as unknown as ArrayBuffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DealKitError(text(`This file could not be read as an .xlsx workbook (${reason}).`, `无法将此文件作为 .xlsx 工作簿读取（${reason}）。`));
  }
  const worksheets = file.worksheets;
  if (worksheets.length === 0) throw new DealKitError(text('This workbook has no sheets to open.', '此工作簿中没有可打开的工作表。'));
  const budget = { cells: MAX_CELLS };
  const sheets: SerializedSheet[] = [];
  const extras: PlaygroundExtras = {};
  for (const ws of worksheets) {
    const side = emptyExtras();
    sheets.push({ name: ws.name, cells: readCells(ws, side, budget) });
    readRules(ws, side);
    extras[ws.name] = side;
  }
  const sheetNames = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  const activeTab = file.views?.[0]?.activeTab ?? 0;
  return {
    format: SERIALIZED_WORKBOOK_FORMAT,
    version: SERIALIZED_WORKBOOK_VERSION,
    sheets,
    names: readNames(file, sheetNames),
    extras,
    activeSheet: sheets[activeTab]?.name ?? sheets[0].name,
  };
}

function emptyExtras(): PlaygroundSheetExtras {
  return { inputs: {}, numberFormats: {}, styles: [], conditionalFormats: [], columnWidths: {}, frozenRows: 0, charts: [] };
}

function tooLarge(): DealKitError {
  return new DealKitError(
    text(
      `This workbook is too large for the playground (more than ${MAX_CELLS.toLocaleString('en')} cells or ${MAX_ROWS.toLocaleString('en')} rows in a sheet).`,
      `此工作簿对体验区来说过大（超过 ${MAX_CELLS} 个单元格，或某个工作表超过 ${MAX_ROWS} 行）。`,
    ),
  );
}

function readCells(ws: ExcelJS.Worksheet, side: PlaygroundSheetExtras, budget: { cells: number }): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  /** Cells inside an array formula's range other than its own: HyperFormula spills into them itself. */
  const spilled = new Set<string>();
  const styles = new StyleRuns();
  for (let r = 1; r <= ws.rowCount; r += 1) {
    const row = ws.findRow(r);
    if (!row) continue;
    // Empty cells too: a template's input rows carry number formats and fills before anything is typed.
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const a1 = cellA1(r - 1, c - 1);
      if (r <= MAX_RULE_ROW) styles.add(r - 1, c - 1, styleOfCell(cell));
      if (typeof cell.numFmt === 'string' && cell.numFmt !== '' && cell.numFmt !== 'General') side.numberFormats[a1] = cell.numFmt;
      if (spilled.has(a1)) return;
      const raw = rawContent(cell, spilled);
      if (raw === null) return;
      if (r > MAX_ROWS || (budget.cells -= 1) < 0) throw tooLarge();
      (rows[r - 1] ??= [])[c - 1] = raw;
    });
  }
  styles.close();
  side.styles.push(...styles.boxes);
  return Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
}

/** A cell as HyperFormula takes it, typed: formulas with "=", text that would parse as something else quoted. */
function rawContent(cell: ExcelJS.Cell, spilled: Set<string>): RawCellContent {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return value as number | boolean;
    case ExcelJS.ValueType.Date:
      return ((value as Date).getTime() - EXCEL_EPOCH) / DAY_MS;
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
    case ExcelJS.ValueType.Hyperlink:
      return literalText(cell.text);
    case ExcelJS.ValueType.Error:
      // HyperFormula reads an error's code as that error.
      return (value as ExcelJS.CellErrorValue).error;
    case ExcelJS.ValueType.Formula: {
      const formula = value as { shareType?: string; ref?: string };
      if (formula.shareType === 'array' && formula.ref?.includes(':')) markSpilled(formula.ref, cell.address, spilled);
      return formulaFromFile(cell.formula);
    }
    default:
      return null;
  }
}

/** Codes HyperFormula reads as an error when typed. */
const ERROR_CODES: ReadonlySet<string> = new Set(['#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#CYCLE!', '#ERROR!', '#LIC!', '#SPILL!']);

function literalText(value: string): string {
  const literal = literalValue(value, 'playground') as string;
  // Error codes too: text reading "#N/A" would otherwise become the error.
  return literal === value && ERROR_CODES.has(value.trim().toUpperCase()) ? `'${value}` : literal;
}

function markSpilled(ref: string, anchor: string, spilled: Set<string>): void {
  const box = parseA1(ref);
  if (box.height * box.width > MAX_CELLS) return;
  for (let r = 0; r < box.height; r += 1) for (let c = 0; c < box.width; c += 1) spilled.add(cellA1(box.row + r, box.column + c));
  spilled.delete(anchor);
}

function readRules(ws: ExcelJS.Worksheet, side: PlaygroundSheetExtras): void {
  const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  for (const [address, validation] of Object.entries(validations)) {
    if (!validation || !/^[A-Z]{1,3}\d+$/.test(address) || parseA1(address).row >= MAX_RULE_ROW) continue;
    const rule = dropdownFromFile(validation);
    if (rule) side.inputs[address] = rule;
  }
  (ws.columns ?? []).forEach((column, index) => {
    if (index < MAX_WIDTH_COLUMN && typeof column.width === 'number' && column.letter) side.columnWidths[column.letter] = Math.round(column.width * 7 + 5);
  });
  const view = ws.views?.[0];
  if (view?.state === 'frozen' && typeof view.ySplit === 'number') side.frozenRows = view.ySplit;
}

/** The file's defined names that point at one range of one of its sheets. */
function readNames(file: ExcelJS.Workbook, sheetNames: ReadonlySet<string>): WorkbookName[] {
  const model = (file.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const names: WorkbookName[] = [];
  for (const { name, ranges } of model) {
    if (!NAME.test(name) || LOOKS_LIKE_CELL.test(name) || name.toLowerCase().startsWith('_xlnm.') || ranges.length !== 1) continue;
    const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(ranges[0]);
    if (!match) continue;
    const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
    if (!sheetNames.has(sheet.toLowerCase())) continue;
    const box = parseA1(match[3].replace(/\$/g, ''));
    names.push({ name, expression: `=${quoteSheetName(sheet)}!${absoluteA1(box)}` });
  }
  return names;
}
