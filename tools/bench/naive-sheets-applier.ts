/**
 * The Sheets baseline: a SpreadsheetApp applier without batching, one `setValue` / `setFormula` per
 * cell and one call per cell for every per-cell decoration. It resolves the plan with the same
 * `resolvePlan` and reads the same facts as gas/apply-plan.ts, so the two write the same cells; only
 * the number of SpreadsheetApp calls differs.
 */
import { resolvePlan, type ResolvedPlan, type ResolvedSheet, type ResolvedValidation } from '../../shared/plan-resolve';
import type { CellBox } from '../../shared/a1';
import type { WritePlan } from '../../shared/plan';
import { cellsOf } from './naive-excel-applier';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function isOwnedCandidate(name: string, plan: WritePlan): boolean {
  const lower = name.toLowerCase();
  return plan.sheets.some((sheet) => {
    if (sheet.target.kind !== 'owned') return false;
    const base = sheet.target.baseName.toLowerCase();
    return lower === base || (lower.startsWith(`${base} (`) && /\(\d+\)$/.test(lower));
  });
}

function cellRange(sheet: Sheet, cell: CellBox): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(cell.row + 1, cell.column + 1);
}

function naiveValidation(spreadsheet: Spreadsheet, v: ResolvedValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (v.kind) {
    case 'list':
      return builder.requireValueInList(v.items.slice(), true).build();
    case 'listFromRange':
      return builder.requireValueInRange(spreadsheet.getRangeByName(v.source) ?? spreadsheet.getRange(v.source), true).build();
    case 'checkbox':
      return builder.requireCheckbox().build();
    case 'number':
      return builder.requireNumberBetween(v.min ?? -1e307, v.max ?? 1e307).build();
    case 'date':
      return builder.requireDate().build();
  }
}

function writeCells(sheet: Sheet, planned: ResolvedSheet): void {
  for (const block of planned.values) {
    for (const cell of cellsOf(block)) {
      const value = block.rows[cell.row - block.row][cell.column - block.column];
      if (value !== null) cellRange(sheet, cell).setValue(value);
    }
  }
  for (const block of planned.formulas) {
    for (const cell of cellsOf(block)) {
      const formula = block.rows[cell.row - block.row][cell.column - block.column];
      if (formula !== null) cellRange(sheet, cell).setFormula(formula);
    }
  }
  for (const block of planned.appends) {
    const first = sheet.getLastRow() + 1;
    block.rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null) sheet.getRange(first + r, block.column + c + 1).setValue(value);
      }),
    );
  }
}

function writeDecorations(spreadsheet: Spreadsheet, sheet: Sheet, planned: ResolvedSheet): void {
  for (const v of planned.validations) for (const cell of cellsOf(v)) cellRange(sheet, cell).setDataValidation(naiveValidation(spreadsheet, v));
  for (const f of planned.numberFormats) for (const cell of cellsOf(f)) cellRange(sheet, cell).setNumberFormat(f.format);
  for (const style of planned.styles) {
    for (const cell of cellsOf(style)) {
      const range = cellRange(sheet, cell);
      if (style.bold !== undefined) range.setFontWeight(style.bold ? 'bold' : 'normal');
      if (style.italic !== undefined) range.setFontStyle(style.italic ? 'italic' : 'normal');
      if (style.wrap !== undefined) range.setWrap(style.wrap);
      if (style.fill) range.setBackground(style.fill);
      if (style.fontColor) range.setFontColor(style.fontColor);
      if (style.align) range.setHorizontalAlignment(style.align);
    }
  }
  for (const cf of planned.conditionalFormats) {
    // One rule at a time: read the sheet's rules, add one, write them all back.
    const rules = sheet.getConditionalFormatRules();
    let builder = SpreadsheetApp.newConditionalFormatRule().setRanges([sheet.getRange(cf.row + 1, cf.column + 1, cf.height, cf.width)]);
    if (cf.rule.kind === 'textEquals') builder = builder.whenTextEqualTo(cf.rule.text);
    else if (cf.rule.kind === 'formula') builder = builder.whenFormulaSatisfied(cf.rule.formula);
    else builder = builder.whenNumberBetween(cf.rule.values[0], cf.rule.values[1] ?? cf.rule.values[0]);
    if (cf.fill) builder = builder.setBackground(cf.fill);
    rules.push(builder.build());
    sheet.setConditionalFormatRules(rules);
  }
  for (const w of planned.columnWidths) sheet.setColumnWidth(w.index + 1, w.width);
  if (planned.frozenRows !== undefined) sheet.setFrozenRows(planned.frozenRows);
  if (planned.protection) {
    const editable = planned.protection.editable.flatMap((box) => cellsOf(box).map((cell) => cellRange(sheet, cell)));
    sheet.protect().setWarningOnly(true).setUnprotectedRanges(editable);
  }
  for (const chart of planned.charts) {
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.BAR)
        .addRange(sheet.getRange(chart.source.row + 1, chart.source.column + 1, chart.source.height, chart.source.width))
        .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
        .build(),
    );
  }
}

/** Applies a plan one cell per call. */
export function naiveApplyPlanSheets(spreadsheet: Spreadsheet, plan: WritePlan): ResolvedPlan {
  const sheets = spreadsheet.getSheets().map((sheet) => {
    const name = sheet.getName();
    return { name, a1: isOwnedCandidate(name, plan) ? sheet.getRange(1, 1).getValue() : undefined };
  });
  const resolved = resolvePlan(plan, { sheets, namedRanges: spreadsheet.getNamedRanges().map((n) => n.getName()) }, 'sheets');
  const targets = new Map<string, Sheet>();
  for (const planned of resolved.sheets) {
    if (planned.action === 'create') {
      targets.set(planned.key, spreadsheet.insertSheet(planned.name));
      continue;
    }
    const sheet = spreadsheet.getSheetByName(planned.name) as Sheet;
    if (planned.action === 'rewrite') {
      for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) protection.remove();
      for (const chart of sheet.getCharts()) sheet.removeChart(chart);
      sheet.setConditionalFormatRules([]);
      sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
      sheet.clear();
    }
    targets.set(planned.key, sheet);
  }
  for (const planned of resolved.sheets) writeCells(targets.get(planned.key) as Sheet, planned);
  for (const named of resolved.namedRanges) {
    const sheet = spreadsheet.getSheetByName(named.sheetName) as Sheet;
    spreadsheet.setNamedRange(named.name, sheet.getRange(named.range.row + 1, named.range.column + 1, named.range.height, named.range.width));
  }
  for (const planned of resolved.sheets) writeDecorations(spreadsheet, targets.get(planned.key) as Sheet, planned);
  if (resolved.activeSheet) spreadsheet.getSheetByName(resolved.activeSheet)?.activate();
  return resolved;
}
