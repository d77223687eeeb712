/**
 * Every real template (each question set, both languages) through the Excel and Sheets appliers:
 * at most two syncs in Excel, one write per block in Sheets, every cell / dropdown / format the plan
 * asks for, and nothing of a user's existing sheets changed.
 */
import { templateFiles } from '../../tools/xlsx-templates';
import { resolvePlan } from '../../shared/plan-resolve';
import type { WritePlan } from '../../shared/plan';
import { createExcelMock } from '../../fakes/excel-mock';
import { createGasGlobals } from '../../fakes/spreadsheet-app';
import { cellsOf, expectedCells, formulaRuns } from './expected-cells';

const { files } = templateFiles();
const cases = files.map((f) => [f.fileName.replace(/\.xlsx$/, ''), f.plan] as const);

let excelApplier: typeof import('../../excel-addin/apply-plan');
let gasApplier: typeof import('../../gas/apply-plan');

beforeAll(async () => {
  excelApplier = await import('../../excel-addin/apply-plan');
  gasApplier = await import('../../gas/apply-plan');
});

/** Names the plan's sheets would get in an empty workbook: the names a user's sheets will collide with. */
function plannedNames(plan: WritePlan): string[] {
  return resolvePlan(plan, { sheets: [], namedRanges: [] }, 'excel').sheets.map((s) => s.name);
}

function userSheets(plan: WritePlan): { name: string; cells: Record<string, unknown> }[] {
  return plannedNames(plan).map((name, i) => ({
    name,
    cells: { A1: `${name} — my own notes`, B2: 42 + i, C3: '=B2*2', E8: 'keep me', A30: "'quoted" },
  }));
}

it('has every template of the catalog, each question set, in both languages, to check', () => {
  expect(templateFiles().refused).toEqual([]);
  expect(cases.length).toBeGreaterThanOrEqual(12);
  expect(cases.map(([name]) => name)).toEqual(expect.arrayContaining(['assessment-tas.en', 'assessment-signature.zh-CN', 'assessment-ppvvc.en', 'settings.zh-CN']));
});

describe.each(cases)('template %s', (_name, plan) => {
  it('Excel: two syncs (three with charts), every cell, dropdown, number format and locked/unlocked cell as planned', async () => {
    const mock = createExcelMock();
    Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
    const sync = jest.spyOn(mock.context, 'sync');
    const resolved = await mock.Excel.run((context) => excelApplier.applyPlan(context, plan));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(excelApplier.excelSyncBudget(plan));
    const m = mock.model;

    const wrong: string[] = [];
    for (const cell of expectedCells(resolved)) {
      const got = m.cell(cell.sheet, cell.a1);
      if (cell.formula !== undefined ? got?.formula !== cell.formula : String(got?.value) !== String(cell.value) || got?.formula) {
        wrong.push(`${cell.sheet}!${cell.a1}: want ${cell.formula ?? JSON.stringify(cell.value)}, got ${got?.formula || JSON.stringify(got?.value)}`);
      }
    }
    for (const sheet of resolved.sheets) {
      for (const v of sheet.validations) for (const a1 of cellsOf([v])) if (!m.cell(sheet.name, a1)?.validation) wrong.push(`${sheet.name}!${a1}: no ${v.kind} validation`);
      for (const f of sheet.numberFormats) for (const a1 of cellsOf([f])) if (m.cell(sheet.name, a1)?.numberFormat !== f.format) wrong.push(`${sheet.name}!${a1}: format not ${f.format}`);
      if (sheet.protection) {
        expect(m.sheet(sheet.name).protection).not.toBeNull();
        for (const a1 of cellsOf(sheet.protection.editable)) if (m.cell(sheet.name, a1)?.locked !== false) wrong.push(`${sheet.name}!${a1}: input still locked`);
      }
      expect(m.sheet(sheet.name).conditionalFormats).toHaveLength(sheet.conditionalFormats.length);
      expect(m.sheet(sheet.name).charts).toHaveLength(sheet.charts.length);
      expect(m.sheet(sheet.name).frozenRows).toBe(sheet.frozenRows ?? 0);
    }
    expect(wrong).toEqual([]);
    expect(m.names.map((n) => n.name).sort()).toEqual(resolved.namedRanges.map((n) => n.name).sort());
    // Formulas read settings through names, and every name they use exists.
    for (const n of resolved.namedRanges) expect(m.names.some((x) => x.name === n.name)).toBe(true);
  });

  it('Excel: a workbook holding user sheets named like the template keeps every one of their cells', async () => {
    const sheets = [{ name: 'Sheet1', cells: { A1: 'Pipeline Q3' } }, ...userSheets(plan)];
    const mock = createExcelMock({ sheets });
    Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
    const before = sheets.map((s) => mock.model.fingerprint(s.name));
    const sync = jest.spyOn(mock.context, 'sync');
    const resolved = await mock.Excel.run((context) => excelApplier.applyPlan(context, plan));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(excelApplier.excelSyncBudget(plan));
    expect(sheets.map((s) => mock.model.fingerprint(s.name))).toEqual(before);
    for (const s of resolved.sheets) expect(sheets.map((u) => u.name.toLowerCase())).not.toContain(s.name.toLowerCase());
  });

  it('Sheets: one setValues / setFormulas per block, dropdowns and formats as planned', () => {
    const globals = createGasGlobals();
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts });
    const app = globals.SpreadsheetApp;
    app.resetLog();
    const resolved = gasApplier.applyPlan(app.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, plan);

    const valueBlocks = resolved.sheets.reduce((n, s) => n + s.values.length + s.appends.length, 0);
    const formulaCalls = resolved.sheets.reduce((n, s) => n + formulaRuns(s), 0);
    expect(app.calls('setValues')).toHaveLength(valueBlocks);
    expect(app.calls('setFormulas')).toHaveLength(formulaCalls);
    expect(app.calls('setValue')).toHaveLength(0);
    expect(app.calls('setFormula')).toHaveLength(0);

    const wrong: string[] = [];
    for (const cell of expectedCells(resolved)) {
      const range = app.spreadsheet.getSheetByName(cell.sheet)!.getRange(cell.a1);
      if (cell.formula !== undefined ? range.getFormula() !== cell.formula : String(range.getValue()) !== String(cell.value) || range.getFormula()) {
        wrong.push(`${cell.sheet}!${cell.a1}: want ${cell.formula ?? JSON.stringify(cell.value)}, got ${range.getFormula() || JSON.stringify(range.getValue())}`);
      }
    }
    for (const sheet of resolved.sheets) {
      const target = app.spreadsheet.getSheetByName(sheet.name)!;
      for (const v of sheet.validations) {
        for (const a1 of cellsOf([v])) {
          const dv = target.getRange(a1).getDataValidation();
          const want = { list: 'VALUE_IN_LIST', listFromRange: 'VALUE_IN_RANGE', checkbox: 'CHECKBOX', date: 'DATE_IS_VALID_DATE' }[v.kind as string];
          if (!dv || (want && dv.getCriteriaType() !== want)) wrong.push(`${sheet.name}!${a1}: ${v.kind} validation missing`);
        }
      }
      for (const f of sheet.numberFormats) for (const a1 of cellsOf([f])) if (target.getRange(a1).getNumberFormat() !== f.format) wrong.push(`${sheet.name}!${a1}: format`);
      if (sheet.protection) {
        const [protection] = target.getProtections('SHEET');
        expect(protection.isWarningOnly()).toBe(true);
        expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(sheet.protection.editable.map((b) => b.a1));
      }
      expect(target.getConditionalFormatRules()).toHaveLength(sheet.conditionalFormats.length);
      expect(target.getCharts()).toHaveLength(sheet.charts.length);
    }
    expect(wrong).toEqual([]);
    expect(
      app.spreadsheet
        .getNamedRanges()
        .map((n) => n.getName())
        .sort(),
    ).toEqual(resolved.namedRanges.map((n) => n.name).sort());
  });

  it('Sheets: user sheets named like the template keep every cell, and a second insertion reuses Settings', () => {
    const globals = createGasGlobals();
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts });
    const ss = globals.SpreadsheetApp.spreadsheet;
    const mine = userSheets(plan).map((u) => {
      const sheet = ss.insertSheet(u.name);
      for (const [a1, v] of Object.entries(u.cells)) sheet.getRange(a1).setValue(v);
      return sheet;
    });
    const before = JSON.stringify(mine.map((s) => s.snapshot()));
    const book = ss as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const first = gasApplier.applyPlan(book, plan);
    const second = gasApplier.applyPlan(book, plan);
    expect(JSON.stringify(mine.map((s) => s.snapshot()))).toBe(before);
    if (first.namedRanges.length) expect(second.skippedSheetKeys.length + second.namedRanges.length).toBeGreaterThan(0);
    expect(second.sheets.length).toBeLessThanOrEqual(first.sheets.length);
  });
});
