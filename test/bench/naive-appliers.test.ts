/**
 * The benchmark compares DealKit's appliers with per-cell baselines; the comparison only means something
 * if both write the same workbook. These tests apply real template plans both ways and compare what a
 * user would see, and check that the counting stand-in counts the baseline's round trips as the mock does.
 */
import { applyPlan as applyPlanExcel } from '../../excel-addin/apply-plan';
import { applyPlan as applyPlanSheets } from '../../gas/apply-plan';
import { buildTemplatePlan, type TemplateId } from '../../shared/templates';
import { countingContext } from '../../tools/bench/counting-context';
import { excelWorkbook, sheetsWorkbook } from '../../tools/bench/host-workbooks';
import { naiveApplyPlanExcel } from '../../tools/bench/naive-excel-applier';
import { naiveApplyPlanSheets } from '../../tools/bench/naive-sheets-applier';
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { BENCH_AS_OF, teamSheets } from '../../tools/bench/team-workbook';
import type { ExcelWorkbookModel } from '../../fakes/excel-mock';
import type { FakeSheet } from '../../fakes/spreadsheet-app';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const TEMPLATES: readonly TemplateId[] = ['assessment', 'pipelineFunnel', 'settings', 'actionPlan'];
/** The pipeline funnel's per-cell formats take the Excel baseline ~15,000 syncs: left to the benchmark itself. */
const EXCEL_TEMPLATES = TEMPLATES.filter((id) => id !== 'pipelineFunnel');

/** Per sheet: the cells' contents, and which cells carry a number format, a dropdown or are unlocked. */
function excelView(model: ExcelWorkbookModel): Record<string, unknown> {
  return Object.fromEntries(
    model.sheets.map((sheet) => {
      const formatted: string[] = [];
      const validated: string[] = [];
      const unlocked: string[] = [];
      for (const [key, cell] of sheet.cells) {
        if (cell.numberFormat !== 'General') formatted.push(`${key}=${cell.numberFormat}`);
        if (cell.validation !== undefined) validated.push(key);
        if (!cell.locked) unlocked.push(key);
      }
      return [sheet.name, { cells: model.snapshot(sheet.name), formatted: formatted.sort(), validated: validated.sort(), unlocked: unlocked.sort(), protected: !!sheet.protection }];
    }),
  );
}

function sheetsView(sheets: readonly FakeSheet[]): Record<string, unknown> {
  return Object.fromEntries(
    sheets.map((sheet) => {
      const formatted: string[] = [];
      const validated: string[] = [];
      for (const [key, cell] of sheet.cells) {
        if (cell.numberFormat !== undefined) formatted.push(`${key}=${cell.numberFormat}`);
        if (cell.validation !== undefined) validated.push(key);
      }
      return [sheet.getName(), { cells: sheet.snapshot(), formatted: formatted.sort(), validated: validated.sort() }];
    }),
  );
}

describe('the per-cell baselines write what the real appliers write', () => {
  it.each(EXCEL_TEMPLATES)('Excel: %s, the same cells, formats, dropdowns and unlocked inputs, in hundreds of syncs instead of two', async (id) => {
    const plan = buildTemplatePlan(id, { locale: 'en', method: 'TAS' });
    const real = excelWorkbook();
    await real.run((context) => applyPlanExcel(context, plan, { modernCharts: true }));
    const naive = excelWorkbook([], true);
    await naive.run((context) => naiveApplyPlanExcel(context, plan));
    expect(excelView(naive.mock.model)).toEqual(excelView(real.mock.model));
    expect(real.counter.syncs).toBe(2);
    expect(naive.counter.syncs).toBeGreaterThan(100);
  });

  it.each(TEMPLATES)('Sheets: %s, the same cells, formats and dropdowns, one call per cell', (id) => {
    const plan = buildTemplatePlan(id, { locale: 'zh-CN', method: 'PPVVC' });
    const real = sheetsWorkbook();
    applyPlanSheets(real.SpreadsheetApp.getActiveSpreadsheet() as unknown as GasSpreadsheet, plan);
    const naive = sheetsWorkbook();
    naiveApplyPlanSheets(naive.SpreadsheetApp.getActiveSpreadsheet() as unknown as GasSpreadsheet, plan);
    expect(sheetsView(naive.SpreadsheetApp.spreadsheet.getSheets())).toEqual(sheetsView(real.SpreadsheetApp.spreadsheet.getSheets()));
    const cellCalls = naive.SpreadsheetApp.log.filter((c) => c.method === 'setValue' || c.method === 'setFormula');
    expect(cellCalls.every((c) => !c.target.includes(':'))).toBe(true);
  });

  it('the counting stand-in counts the baseline’s round trips exactly as office-addin-mock does, for a roll-up over a seeded team', async () => {
    const sheets = teamSheets({ reps: 2, dealsPerRep: 12 });
    const plan = rollUpTeamOperation({ sheets, named: {}, asOf: BENCH_AS_OF }).plan;
    const onMock = excelWorkbook(sheets, true);
    await onMock.run((context) => naiveApplyPlanExcel(context, plan));
    const standIn = countingContext(sheets);
    await naiveApplyPlanExcel(standIn.context, plan);
    expect(standIn.counter.syncs).toBe(onMock.counter.syncs);
    expect(onMock.counter.syncs).toBeGreaterThan(24 * 10);
  });

  it('the seeded team workbook is the same on every call and differs with the seed', () => {
    expect(JSON.stringify(teamSheets({ reps: 3, dealsPerRep: 20 }))).toBe(JSON.stringify(teamSheets({ reps: 3, dealsPerRep: 20 })));
    expect(JSON.stringify(teamSheets({ reps: 3, dealsPerRep: 20, seed: 8 }))).not.toBe(JSON.stringify(teamSheets({ reps: 3, dealsPerRep: 20 })));
  });
});
