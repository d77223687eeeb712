/**
 * The .xlsx applier (ExcelJS): a write plan as a downloadable workbook, and the file the real-engine
 * checks (LibreOffice) open. ExcelJS writes typed cells, so text is never parsed as a formula here.
 * ExcelJS cannot write charts: their parts are added to the file it wrote (xlsx-charts).
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { resolvePlan, type ResolvedConditionalFormat, type ResolvedPlan, type ResolvedValidation } from '../shared/plan-resolve';
import { absoluteA1, quoteSheetName, type CellBox } from '../shared/a1';
import type { PlanValue, WritePlan } from '../shared/plan';
import { callsAddinFunction } from '../shared/addin-function-names';
import { fileFormula } from '../shared/file-formula';
import { markDynamicArraysInZip } from '../shared/xlsx-dynamic-arrays';
import { applyStyle, argb } from '../playground/xlsx-styles';
import { writeChartParts } from './xlsx-charts';

export { fileFormula };

function eachCell(ws: ExcelJS.Worksheet, box: CellBox, fn: (cell: ExcelJS.Cell, r: number, c: number) => void): void {
  for (let r = 0; r < box.height; r += 1) for (let c = 0; c < box.width; c += 1) fn(ws.getCell(box.row + r + 1, box.column + c + 1), r, c);
}

function cellValue(value: PlanValue): ExcelJS.CellValue {
  return value;
}

function resolveForFile(plan: WritePlan): ResolvedPlan {
  return resolvePlan(plan, { sheets: [], namedRanges: [] }, 'xlsx');
}

/** Resolves a plan for a fresh .xlsx file and writes its cells into a new ExcelJS workbook (charts come with planToXlsxBuffer). */
export function planToWorkbook(plan: WritePlan): ExcelJS.Workbook {
  return resolvedToWorkbook(resolveForFile(plan));
}

export function resolvedToWorkbook(resolved: ResolvedPlan): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DealKit';
  let activeIndex = 0;
  resolved.sheets.forEach((planned, index) => {
    const ws = wb.addWorksheet(planned.name, {
      views: planned.frozenRows ? [{ state: 'frozen', xSplit: 0, ySplit: planned.frozenRows }] : undefined,
    });
    if (planned.name === resolved.activeSheet) activeIndex = index;

    let lastRow = 0;
    for (const block of planned.values) {
      eachCell(ws, block, (cell, r, c) => {
        const v = block.rows[r][c];
        if (v !== null) cell.value = cellValue(v);
      });
      lastRow = Math.max(lastRow, block.row + block.height);
    }
    for (const block of planned.formulas) {
      eachCell(ws, block, (cell, r, c) => {
        const f = block.rows[r][c];
        // No cached result: the engine that opens the file computes it.
        if (f === null) return;
        // DealKit functions may return a block: stored as a one-cell array formula that
        // markDynamicArrays flags as a dynamic array, so Excel spills it instead of adding "@".
        cell.value = (callsAddinFunction(f) ? { formula: fileFormula(f), shareType: 'array', ref: cell.address } : { formula: fileFormula(f) }) as ExcelJS.CellFormulaValue;
      });
      lastRow = Math.max(lastRow, block.row + block.height);
    }
    for (const block of planned.appends) {
      block.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null) ws.getCell(lastRow + r + 1, block.column + c + 1).value = cellValue(v);
        }),
      );
      lastRow += block.rows.length;
    }

    const validations = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const v of planned.validations) validations.add(v.a1, dataValidation(v));
    for (const f of planned.numberFormats) eachCell(ws, f, (cell) => (cell.numFmt = f.format));
    for (const style of planned.styles) eachCell(ws, style, (cell) => applyStyle(cell, style));
    planned.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting({ ref: cf.a1, rules: [conditionalRule(cf, i + 1)] }));
    // Excel's column width unit is about 7 pixels of the default font, plus 5 pixels of padding.
    for (const w of planned.columnWidths) ws.getColumn(w.index + 1).width = Math.max(1, Math.round(((w.width - 5) / 7) * 100) / 100);
    if (planned.print) {
      // fitToHeight 0 is the file format's "as many pages tall as it takes".
      ws.pageSetup = {
        ...ws.pageSetup,
        ...(planned.print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
        ...(planned.print.orientation ? { orientation: planned.print.orientation } : {}),
      };
    }
    if (planned.protection) {
      for (const box of planned.protection.editable) eachCell(ws, box, (cell) => (cell.protection = { locked: false }));
      // Set directly: ExcelJS's protect() is async only to hash a password, and these sheets have none.
      (ws as unknown as { sheetProtection: Record<string, boolean> }).sheetProtection = {
        sheet: true,
        formatCells: true,
        formatColumns: true,
        formatRows: true,
        sort: true,
        autoFilter: true,
        selectLockedCells: true,
        selectUnlockedCells: true,
      };
    }
  });
  for (const named of resolved.namedRanges) wb.definedNames.add(`${quoteSheetName(named.sheetName)}!${absoluteA1(named.range)}`, named.name);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: activeIndex, visibility: 'visible' }];
  return wb;
}

/** A list that suggests: Excel warns about a value outside it and keeps it when the user says so. */
function suggesting(v: { readonly allowOther?: boolean }): Partial<ExcelJS.DataValidation> {
  return v.allowOther ? { errorStyle: 'warning' } : {};
}

function dataValidation(v: ResolvedValidation): ExcelJS.DataValidation {
  const base = { allowBlank: true, showErrorMessage: true };
  switch (v.kind) {
    case 'list':
      return { ...base, ...suggesting(v), type: 'list', formulae: [`"${v.items.join(',').replace(/"/g, '""')}"`] };
    case 'listFromRange':
      return { ...base, ...suggesting(v), type: 'list', formulae: [v.source] };
    case 'checkbox':
      return { ...base, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'number':
      if (v.min !== undefined && v.max !== undefined) return { ...base, type: 'decimal', operator: 'between', formulae: [v.min, v.max] };
      if (v.min !== undefined) return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v.min] };
      if (v.max !== undefined) return { ...base, type: 'decimal', operator: 'lessThanOrEqual', formulae: [v.max] };
      return { ...base, type: 'decimal', operator: 'between', formulae: [-1e15, 1e15] };
    case 'date':
      return { ...base, type: 'date', operator: 'greaterThanOrEqual', formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

const CELL_IS: Record<string, ExcelJS.CellIsRuleType['operator']> = {
  gt: 'greaterThan',
  gte: 'greaterThanOrEqual' as ExcelJS.CellIsRuleType['operator'],
  lt: 'lessThan',
  lte: 'lessThanOrEqual' as ExcelJS.CellIsRuleType['operator'],
  eq: 'equal',
  between: 'between',
};

function conditionalRule(cf: ResolvedConditionalFormat, priority: number): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } };
  if (cf.fontColor) style.font = { color: { argb: argb(cf.fontColor) } };
  const rule = cf.rule;
  if (rule.kind === 'formula') return { type: 'expression', priority, formulae: [fileFormula(rule.formula)], style };
  if (rule.kind === 'textEquals') return { type: 'cellIs', priority, operator: 'equal', formulae: [`"${rule.text.replace(/"/g, '""')}"`], style };
  const formulae = rule.operator === 'between' ? [rule.values[0], rule.values[1] ?? rule.values[0]] : [rule.values[0]];
  return { type: 'cellIs', priority, operator: CELL_IS[rule.operator], formulae: formulae.map(String), style } as ExcelJS.ConditionalFormattingRule;
}

/** The .xlsx bytes of a plan: ExcelJS's file with dynamic arrays marked and the charts added. */
export async function planToXlsxBuffer(plan: WritePlan): Promise<Buffer> {
  const resolved = resolveForFile(plan);
  const raw = await resolvedToWorkbook(resolved).xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(raw as ArrayBuffer);
  await markDynamicArraysInZip(zip);
  await writeChartParts(zip, resolved);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Writes a plan to an .xlsx file. */
export async function writePlanToXlsx(plan: WritePlan, file: string): Promise<void> {
  writeFileSync(file, await planToXlsxBuffer(plan));
}
