/**
 * The key-player sheet's position × influence grid reaches each host as a scatter chart of the two
 * score columns: Excel's XY scatter with a series per column after the first, Sheets' scatter chart.
 */
import { createExcelMock } from '../../fakes/excel-mock';
import { createGasGlobals } from '../../fakes/spreadsheet-app';
import { excelChartType } from '../../excel-addin/apply-plan';
import { buildTemplate, type KeyPlayersLayout } from '../../shared/templates';

const built = buildTemplate('keyPlayers', { locale: 'en' });
const layout = built.layout as KeyPlayersLayout;

it('Excel draws it as an XY scatter of the position and influence columns at its anchor', async () => {
  const mock = createExcelMock();
  Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
  const applier = await import('../../excel-addin/apply-plan');
  await mock.Excel.run((context) => applier.applyPlan(context, built.plan));
  expect(mock.model.sheet('Key players').charts).toEqual([expect.objectContaining({ type: 'XYScatter', source: layout.grid.source, position: layout.grid.anchor })]);
  // A scatter is never swapped for an older kind: every Excel has it.
  expect([excelChartType('scatter', true), excelChartType('scatter', false)]).toEqual(['XYScatter', 'XYScatter']);
});

it('Sheets draws it as a scatter chart of the same cells, titled', async () => {
  const globals = createGasGlobals({ sheets: ['Sheet1'] });
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts });
  const applier = await import('../../gas/apply-plan');
  applier.applyPlan(globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, built.plan);
  const charts = globals.SpreadsheetApp.spreadsheet.getSheetByName('Key players')!.getCharts();
  expect(charts.map((c) => [c.type, String(c.options.title)])).toEqual([['SCATTER', built.plan.sheets.find((s) => s.key === built.sheetKey)!.charts![0].title]]);
});
