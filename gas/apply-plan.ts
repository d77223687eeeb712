/**
 * The SpreadsheetApp applier: reads what resolvePlan needs in one pass, then writes a resolved plan
 * block by block (one setValues / setFormulas per block, never per cell). The caller holds
 * LockService.getDocumentLock() around the write.
 */
import type { ResolvedPlan, ResolvedSheet, ResolvedValidation, ResolvedConditionalFormat, ResolvedChart, WorkbookState } from '../shared/plan-resolve';
import type { CellBox } from '../shared/a1';
import type { WritePlan } from '../shared/plan';
import { presentCellRuns, resolvePlan } from '../shared/plan-resolve';
import { fallbackChartTitle } from '../shared/chart-fallback';
import { DealKitError } from '../shared/errors';
import { text } from '../shared/i18n';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A sheet can be an owned-sheet candidate only if its name is the base or "base (n)". */
function ownedCandidate(name: string, plan: WritePlan | undefined): boolean {
  if (!plan) return true;
  const lower = name.toLowerCase();
  return plan.sheets.some((sheet) => {
    if (sheet.target.kind !== 'owned') return false;
    const base = sheet.target.baseName.toLowerCase();
    return lower === base || (lower.startsWith(`${base} (`) && /\(\d+\)$/.test(lower));
  });
}

/**
 * Sheet names, A1 of each sheet that could be an owned sheet (every sheet when no plan is given) and the
 * workbook's named ranges.
 */
export function readWorkbookState(spreadsheet: Spreadsheet, plan?: WritePlan): WorkbookState {
  const sheets = spreadsheet.getSheets().map((sheet) => {
    const name = sheet.getName();
    return { name, a1: ownedCandidate(name, plan) ? sheet.getRange(1, 1).getValue() : undefined };
  });
  const namedRanges = spreadsheet.getNamedRanges().map((named) => named.getName());
  return { sheets, namedRanges };
}

function rangeOf(sheet: Sheet, box: CellBox): Range {
  return sheet.getRange(box.row + 1, box.column + 1, box.height, box.width);
}

/** Writes a resolved plan. Existing cells outside the plan's blocks are never touched. */
export function writePlan(spreadsheet: Spreadsheet, resolved: ResolvedPlan): void {
  // insertSheet makes the new sheet active; the user stays where they were unless the plan says otherwise.
  const wasActive = spreadsheet.getActiveSheet();
  const sheets = new Map<string, Sheet>();
  for (const planned of resolved.sheets) sheets.set(planned.key, obtainSheet(spreadsheet, planned));

  for (const planned of resolved.sheets) writeCells(sheets.get(planned.key) as Sheet, planned);

  // Names before validations: a dropdown may take its items from a name the plan adds.
  for (const named of resolved.namedRanges) {
    const sheet = spreadsheet.getSheetByName(named.sheetName);
    if (sheet) spreadsheet.setNamedRange(named.name, rangeOf(sheet, named.range));
  }

  for (const planned of resolved.sheets) writeDecorations(spreadsheet, sheets.get(planned.key) as Sheet, planned);

  // Charts last, after every sheet's cells, names, formats and protection: a chart Sheets refuses
  // throws, and nothing written after it in this run would happen.
  for (const planned of resolved.sheets) for (const chart of planned.charts) insertChart(sheets.get(planned.key) as Sheet, planned.name, chart);

  if (resolved.activeSheet) spreadsheet.getSheetByName(resolved.activeSheet)?.activate();
  else if (wasActive) wasActive.activate();
}

function obtainSheet(spreadsheet: Spreadsheet, planned: ResolvedSheet): Sheet {
  if (planned.action === 'create') return spreadsheet.insertSheet(planned.name);
  const sheet = spreadsheet.getSheetByName(planned.name);
  if (!sheet) throw new Error(`The sheet "${planned.name}" is gone; it was there when the workbook was read.`);
  if (planned.action === 'rewrite') clearOwnedSheet(sheet);
  return sheet;
}

/** An owned sheet (one DealKit wrote and marked) is rebuilt from nothing. */
function clearOwnedSheet(sheet: Sheet): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) protection.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.setConditionalFormatRules([]);
  // Dropdowns usually reach below the last used row: clear them over the whole grid.
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
  sheet.clear();
}

function writeCells(sheet: Sheet, planned: ResolvedSheet): void {
  // setValues / setFormulas have no "leave alone": a block with gaps (null) is written as runs of
  // adjacent present cells, so a null never clears what is in the cell (as in Excel and the playground).
  // A sheet this plan creates or rebuilds is blank and its formulas come after its values, so there a
  // null value is simply a blank and the block stays one call whatever its size.
  const blankSheet = planned.action !== 'existing';
  for (const block of planned.values) {
    if (blankSheet) {
      rangeOf(sheet, block).setValues(block.rows.map((row) => row.map((value) => (value === null ? '' : value))));
      continue;
    }
    const { whole, runs } = presentCellRuns(block.rows);
    if (whole) {
      rangeOf(sheet, block).setValues(block.rows as unknown[][]);
      continue;
    }
    for (const run of runs) {
      sheet.getRange(block.row + run.row + 1, block.column + run.column + 1, 1, run.cells.length).setValues([run.cells]);
    }
  }
  for (const block of planned.formulas) {
    const { whole, runs } = presentCellRuns(block.rows);
    if (whole) {
      rangeOf(sheet, block).setFormulas(block.rows as string[][]);
      continue;
    }
    for (const run of runs) {
      sheet.getRange(block.row + run.row + 1, block.column + run.column + 1, 1, run.cells.length).setFormulas([run.cells]);
    }
  }
  for (const block of planned.appends) {
    if (!block.rows.length) continue;
    sheet.getRange(sheet.getLastRow() + 1, block.column + 1, block.rows.length, block.width).setValues(block.rows.map((row) => row.map((v) => (v === null ? '' : v))));
  }
}

function writeDecorations(spreadsheet: Spreadsheet, sheet: Sheet, planned: ResolvedSheet): void {
  for (const validation of planned.validations) rangeOf(sheet, validation).setDataValidation(buildValidation(spreadsheet, validation));
  for (const format of planned.numberFormats) rangeOf(sheet, format).setNumberFormat(format.format);
  for (const style of planned.styles) {
    const range = rangeOf(sheet, style);
    if (style.bold !== undefined) range.setFontWeight(style.bold ? 'bold' : 'normal');
    if (style.italic !== undefined) range.setFontStyle(style.italic ? 'italic' : 'normal');
    if (style.wrap !== undefined) range.setWrap(style.wrap);
    if (style.fill) range.setBackground(style.fill);
    if (style.fontColor) range.setFontColor(style.fontColor);
    if (style.align) range.setHorizontalAlignment(style.align);
  }
  if (planned.conditionalFormats.length) {
    // setConditionalFormatRules replaces the sheet's rules: keep the ones already there.
    const rules = sheet.getConditionalFormatRules();
    for (const cf of planned.conditionalFormats) rules.push(buildConditionalRule(rangeOf(sheet, cf), cf));
    sheet.setConditionalFormatRules(rules);
  }
  for (const width of planned.columnWidths) sheet.setColumnWidth(width.index + 1, width.width);
  if (planned.frozenRows !== undefined) sheet.setFrozenRows(planned.frozenRows);
  // planned.print has no Apps Script counterpart: Sheets keeps no print settings with a sheet and asks
  // for scale and orientation in its print dialog.
  if (planned.protection) {
    sheet
      .protect()
      .setWarningOnly(true)
      .setUnprotectedRanges(planned.protection.editable.map((box) => rangeOf(sheet, box)));
  }
}

function sourceRange(spreadsheet: Spreadsheet, source: string): Range {
  const named = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(source) ? spreadsheet.getRangeByName(source) : null;
  return named ?? spreadsheet.getRange(source);
}

function buildValidation(spreadsheet: Spreadsheet, v: ResolvedValidation): GoogleAppsScript.Spreadsheet.DataValidation {
  const builder = SpreadsheetApp.newDataValidation();
  switch (v.kind) {
    case 'list':
      return builder
        .requireValueInList(v.items.slice(), true)
        .setAllowInvalid(v.allowOther === true)
        .build();
    case 'listFromRange':
      return builder
        .requireValueInRange(sourceRange(spreadsheet, v.source), true)
        .setAllowInvalid(v.allowOther === true)
        .build();
    case 'checkbox':
      return builder.requireCheckbox().build();
    case 'number':
      if (v.min !== undefined && v.max !== undefined) return builder.requireNumberBetween(v.min, v.max).setAllowInvalid(false).build();
      if (v.min !== undefined) return builder.requireNumberGreaterThanOrEqualTo(v.min).setAllowInvalid(false).build();
      if (v.max !== undefined) return builder.requireNumberLessThanOrEqualTo(v.max).setAllowInvalid(false).build();
      return builder.requireNumberBetween(-1e307, 1e307).setAllowInvalid(false).build();
    case 'date':
      return builder.requireDate().setAllowInvalid(false).build();
  }
}

function buildConditionalRule(range: Range, cf: ResolvedConditionalFormat): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  let builder = SpreadsheetApp.newConditionalFormatRule().setRanges([range]);
  const rule = cf.rule;
  if (rule.kind === 'textEquals') builder = builder.whenTextEqualTo(rule.text);
  else if (rule.kind === 'formula') builder = builder.whenFormulaSatisfied(rule.formula);
  else {
    const [a, b] = rule.values;
    if (rule.operator === 'gt') builder = builder.whenNumberGreaterThan(a);
    else if (rule.operator === 'gte') builder = builder.whenNumberGreaterThanOrEqualTo(a);
    else if (rule.operator === 'lt') builder = builder.whenNumberLessThan(a);
    else if (rule.operator === 'lte') builder = builder.whenNumberLessThanOrEqualTo(a);
    else if (rule.operator === 'eq') builder = builder.whenNumberEqualTo(a);
    else builder = builder.whenNumberBetween(a, b ?? a);
  }
  if (cf.fill) builder = builder.setBackground(cf.fill);
  if (cf.fontColor) builder = builder.setFontColor(cf.fontColor);
  return builder.build();
}

/** Sheets has no funnel chart: a bar chart of the same data reads the same way. */
function chartType(kind: ResolvedChart['kind']): GoogleAppsScript.Charts.ChartType {
  const types = Charts.ChartType as unknown as Record<string, GoogleAppsScript.Charts.ChartType | undefined>;
  switch (kind) {
    case 'funnel':
    case 'bar':
      return Charts.ChartType.BAR;
    case 'waterfall':
      return types.WATERFALL ?? Charts.ChartType.COLUMN;
    case 'line':
      return Charts.ChartType.LINE;
    case 'pie':
      return Charts.ChartType.PIE;
    case 'column':
      return Charts.ChartType.COLUMN;
    case 'scatter':
      return Charts.ChartType.SCATTER;
  }
}

/**
 * A waterfall Sheets refuses (or lacks) is drawn as a column chart of the same data whose title says
 * so; any other refused chart fails the operation saying the cells were written.
 */
function insertChart(sheet: Sheet, sheetName: string, chart: ResolvedChart): void {
  const planned = chartType(chart.kind);
  const waterfall = chart.kind === 'waterfall';
  const drawnAsPlanned = !waterfall || planned !== Charts.ChartType.COLUMN;
  try {
    sheet.insertChart(buildChart(sheet, chart, planned, drawnAsPlanned ? chart.title : fallbackChartTitle(chart.title, chart.kind)));
    return;
  } catch (refusal) {
    const reason = refusal instanceof Error ? refusal.message : String(refusal);
    if (!waterfall || !drawnAsPlanned) throw chartRefused(sheetName, reason);
    try {
      sheet.insertChart(buildChart(sheet, chart, Charts.ChartType.COLUMN, fallbackChartTitle(chart.title, chart.kind)));
    } catch {
      throw chartRefused(sheetName, reason);
    }
  }
}

function chartRefused(sheetName: string, reason: string): DealKitError {
  return new DealKitError(
    text(
      `The cells of ${sheetName} are written, but Google Sheets refused a chart (${reason}). Insert it from the sheet's data by hand.`,
      `${sheetName} 的单元格已写入，但 Google 表格拒绝了一个图表（${reason}）。请根据表中数据手动插入图表。`,
    ),
  );
}

function buildChart(sheet: Sheet, chart: ResolvedChart, type: GoogleAppsScript.Charts.ChartType, title: string): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  let builder = sheet
    .newChart()
    .setChartType(type)
    .addRange(rangeOf(sheet, chart.source))
    .setPosition(chart.anchor.row + 1, chart.anchor.column + 1, 0, 0)
    .setOption('title', title)
    .setNumHeaders(1);
  if (chart.width) builder = builder.setOption('width', chart.width);
  if (chart.height) builder = builder.setOption('height', chart.height);
  return builder.build();
}

/** Read, resolve for Sheets, write: the whole insertion. The caller holds the document lock. */
export function applyPlan(spreadsheet: Spreadsheet, plan: WritePlan): ResolvedPlan {
  const resolved = resolvePlan(plan, readWorkbookState(spreadsheet, plan), 'sheets');
  writePlan(spreadsheet, resolved);
  return resolved;
}
