/**
 * The baseline DealKit is measured against: an Office.js applier written the way an add-in without
 * batching is written. It reads what it needs one question at a time and writes every cell with its own
 * `context.sync()`. It resolves the plan with the same `resolvePlan`, so it writes the same cells as
 * excel-addin/apply-plan.ts (test/bench checks that); only the number of round trips differs.
 *
 * Per cell: values, formulas, appended rows, number formats, styles, dropdowns, unlocked inputs.
 * Per object: sheets, names, conditional-format rules, column widths, frozen rows, charts, protection
 * (these have no per-cell form, so even an unbatched add-in makes one call for each).
 */
import { resolvePlan, type ResolvedPlan, type ResolvedSheet, type ResolvedValidation } from '../../shared/plan-resolve';
import { boxToA1, type CellBox } from '../../shared/a1';
import type { WritePlan } from '../../shared/plan';
import { excelChartType } from '../../excel-addin/apply-plan';

/** Every cell of a box as its own 1×1 box. */
export function cellsOf(box: CellBox): CellBox[] {
  const cells: CellBox[] = [];
  for (let r = 0; r < box.height; r += 1) {
    for (let c = 0; c < box.width; c += 1) {
      cells.push({ a1: boxToA1(box.row + r, box.column + c, 1, 1), row: box.row + r, column: box.column + c, height: 1, width: 1 });
    }
  }
  return cells;
}

function isOwnedCandidate(name: string, plan: WritePlan): boolean {
  const lower = name.toLowerCase();
  return plan.sheets.some((sheet) => {
    if (sheet.target.kind !== 'owned') return false;
    const base = sheet.target.baseName.toLowerCase();
    return lower === base || (lower.startsWith(`${base} (`) && /\(\d+\)$/.test(lower));
  });
}

function naiveRule(v: ResolvedValidation): Excel.DataValidationRule {
  switch (v.kind) {
    case 'list':
      return { list: { inCellDropDown: true, source: v.items.join(',') } };
    case 'listFromRange':
      return { list: { inCellDropDown: true, source: `=${v.source}` } };
    case 'checkbox':
      return { list: { inCellDropDown: true, source: 'TRUE,FALSE' } };
    case 'number':
      return { decimal: { formula1: v.min ?? -1e15, formula2: v.max ?? 1e15, operator: 'Between' } };
    case 'date':
      return { date: { formula1: '1900-01-01', operator: 'GreaterThanOrEqualTo' } };
  }
}

const CELL_VALUE_OPERATORS = { gt: 'GreaterThan', gte: 'GreaterThanOrEqual', lt: 'LessThan', lte: 'LessThanOrEqual', eq: 'EqualTo' } as const;

/** Reads: the sheet list, the names, then A1 of each sheet that could be an owned one and the last row of each append target. */
async function naiveRead(context: Excel.RequestContext, plan: WritePlan): Promise<{ resolved: ResolvedPlan; lastRows: Record<string, number> }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const names = context.workbook.names;
  names.load('items/name');
  await context.sync();
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const a1: Record<string, unknown> = {};
  for (const name of sheetNames.filter((n) => isOwnedCandidate(n, plan))) {
    const cell = worksheets.getItem(name).getRange('A1');
    cell.load('values');
    await context.sync();
    a1[name.toLowerCase()] = cell.values[0]?.[0];
  }
  const lastRows: Record<string, number> = {};
  for (const sheet of plan.sheets) {
    if (!sheet.appends?.length || sheet.target.kind !== 'existing') continue;
    const used = worksheets.getItem(sheet.target.name).getUsedRangeOrNullObject(true);
    used.load('isNullObject,rowIndex,rowCount');
    await context.sync();
    const found = sheetNames.find((n) => n.toLowerCase() === (sheet.target as { name: string }).name.toLowerCase()) ?? sheet.target.name;
    lastRows[found] = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
  }
  const resolved = resolvePlan(plan, { sheets: sheetNames.map((name) => ({ name, a1: a1[name.toLowerCase()] })), namedRanges: names.items.map((item) => item.name) }, 'excel');
  return { resolved, lastRows };
}

async function clearOwned(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<void> {
  sheet.protection.unprotect();
  await context.sync();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  await context.sync();
  all.dataValidation.clear();
  await context.sync();
  all.clear('All');
  await context.sync();
  const charts = sheet.charts;
  charts.load('items/name');
  await context.sync();
  for (const chart of charts.items) {
    chart.delete();
    await context.sync();
  }
}

async function writeCells(context: Excel.RequestContext, sheet: Excel.Worksheet, planned: ResolvedSheet, lastRow: number): Promise<void> {
  for (const block of planned.values) {
    for (const cell of cellsOf(block)) {
      const value = block.rows[cell.row - block.row][cell.column - block.column];
      if (value === null) continue;
      sheet.getRange(cell.a1).values = [[value]];
      await context.sync();
    }
  }
  for (const block of planned.formulas) {
    for (const cell of cellsOf(block)) {
      const formula = block.rows[cell.row - block.row][cell.column - block.column];
      if (formula === null) continue;
      sheet.getRange(cell.a1).formulas = [[formula]];
      await context.sync();
    }
  }
  let next = lastRow;
  for (const block of planned.appends) {
    for (let r = 0; r < block.rows.length; r += 1) {
      for (let c = 0; c < block.width; c += 1) {
        const value = block.rows[r][c];
        if (value === null) continue;
        sheet.getRangeByIndexes(next + r, block.column + c, 1, 1).values = [[value]];
        await context.sync();
      }
    }
    next += block.rows.length;
  }
}

async function writeDecorations(context: Excel.RequestContext, sheet: Excel.Worksheet, planned: ResolvedSheet, modernCharts: boolean): Promise<void> {
  for (const v of planned.validations) {
    for (const cell of cellsOf(v)) {
      const range = sheet.getRange(cell.a1);
      range.dataValidation.clear();
      range.dataValidation.rule = naiveRule(v);
      await context.sync();
    }
  }
  for (const f of planned.numberFormats) {
    for (const cell of cellsOf(f)) {
      sheet.getRange(cell.a1).numberFormat = [[f.format]];
      await context.sync();
    }
  }
  for (const style of planned.styles) {
    for (const cell of cellsOf(style)) {
      const format = sheet.getRange(cell.a1).format;
      if (style.bold !== undefined) format.font.bold = style.bold;
      if (style.italic !== undefined) format.font.italic = style.italic;
      if (style.wrap !== undefined) format.wrapText = style.wrap;
      if (style.fill) format.fill.color = style.fill;
      if (style.fontColor) format.font.color = style.fontColor;
      if (style.align) format.horizontalAlignment = style.align === 'left' ? 'Left' : style.align === 'center' ? 'Center' : 'Right';
      await context.sync();
    }
  }
  for (const cf of planned.conditionalFormats) {
    const range = sheet.getRange(cf.a1);
    const rule = cf.rule;
    if (rule.kind === 'formula') {
      const added = range.conditionalFormats.add('Custom');
      added.custom.rule.formula = rule.formula;
      if (cf.fill) added.custom.format.fill.color = cf.fill;
    } else {
      const added = range.conditionalFormats.add('CellValue');
      added.cellValue.rule =
        rule.kind === 'textEquals'
          ? { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: 'EqualTo' }
          : rule.operator === 'between'
            ? { formula1: String(rule.values[0]), formula2: String(rule.values[1] ?? rule.values[0]), operator: 'Between' }
            : { formula1: String(rule.values[0]), operator: CELL_VALUE_OPERATORS[rule.operator] };
      if (cf.fill) added.cellValue.format.fill.color = cf.fill;
    }
    await context.sync();
  }
  for (const w of planned.columnWidths) {
    sheet.getRange(`${w.column}:${w.column}`).format.columnWidth = w.width * 0.75;
    await context.sync();
  }
  if (planned.frozenRows !== undefined && planned.frozenRows > 0) {
    sheet.freezePanes.freezeRows(planned.frozenRows);
    await context.sync();
  }
  for (const chart of planned.charts) {
    const added = sheet.charts.add(excelChartType(chart.kind, modernCharts), sheet.getRange(chart.source.a1), 'Auto');
    added.title.text = chart.title;
    added.setPosition(chart.anchor.a1);
    await context.sync();
  }
  if (planned.protection) {
    for (const box of planned.protection.editable) {
      for (const cell of cellsOf(box)) {
        sheet.getRange(cell.a1).format.protection.locked = false;
        await context.sync();
      }
    }
    sheet.protection.protect({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowSort: true, allowEditObjects: true });
    await context.sync();
  }
}

/** Applies a plan one cell and one object per round trip. */
export async function naiveApplyPlanExcel(context: Excel.RequestContext, plan: WritePlan, modernCharts = true): Promise<ResolvedPlan> {
  const { resolved, lastRows } = await naiveRead(context, plan);
  const worksheets = context.workbook.worksheets;
  const sheets = new Map<string, Excel.Worksheet>();
  for (const planned of resolved.sheets) {
    if (planned.action === 'create') {
      sheets.set(planned.key, worksheets.add(planned.name));
      await context.sync();
    } else {
      const sheet = worksheets.getItem(planned.name);
      if (planned.action === 'rewrite') await clearOwned(context, sheet);
      sheets.set(planned.key, sheet);
    }
  }
  for (const planned of resolved.sheets) await writeCells(context, sheets.get(planned.key) as Excel.Worksheet, planned, lastRows[planned.name] ?? 0);
  for (const named of resolved.namedRanges) {
    context.workbook.names.add(named.name, worksheets.getItem(named.sheetName).getRange(named.range.a1));
    await context.sync();
  }
  for (const planned of resolved.sheets) await writeDecorations(context, sheets.get(planned.key) as Excel.Worksheet, planned, modernCharts);
  if (resolved.activeSheet) {
    worksheets.getItem(resolved.activeSheet).activate();
    await context.sync();
  }
  return resolved;
}
