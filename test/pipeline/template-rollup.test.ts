import { createGasGlobals, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { buildTemplate } from '../../shared/templates/catalog';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';

/** The pipeline-funnel template's sheet, inserted by the Sheets applier, rolled up as a rep fills it. */

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
let globals: FakeGasGlobals;

beforeEach(() => {
  // The server reads the spreadsheet's today when it runs: 2026-11-15.
  jest.useFakeTimers({ now: new Date(2026, 10, 15, 10), doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
  globals = createGasGlobals({ sheets: ['Sheet1'] });
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
});

afterEach(() => {
  jest.useRealTimers();
});

it('rolls up a filled pipeline-funnel template: its rows, its Settings sheet, nothing else', async () => {
  const applier = await import('../../gas/apply-plan');
  const server = await import('../../gas/server-operation');
  const book = globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GasSpreadsheet;
  const built = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
  const resolved = applier.applyPlan(book, built.plan);
  const layout = built.layout as PipelineFunnelLayout;
  const sheetName = resolved.sheetNames[built.sheetKey];
  const sheet = globals.SpreadsheetApp.spreadsheet.getSheetByName(sheetName);
  expect(sheet).not.toBeNull();
  const c = layout.columns;
  const put = (row: number, column: string | undefined, value: string | number | boolean | Date): void => {
    sheet?.getRange(`${column}${row}`).setValues([[value]]);
  };
  const rows: [string, string, number, string, Date][] = [
    ['D-1', 'Ann', 120000, 'C50', new Date(2026, 11, 10)],
    ['D-2', 'Ann', 30000, 'A90', new Date(2026, 10, 28)],
    ['D-3', 'Bo', 999, 'Nope', new Date(2026, 11, 1)],
  ];
  rows.forEach(([id, owner, amount, stage, close], i) => {
    const r = layout.firstRow + i;
    put(r, c.id, id);
    put(r, c.owner, owner);
    put(r, c.amount, amount);
    put(r, c.stage, stage);
    put(r, c.closeDate, close);
  });
  put(layout.firstRow, layout.proofColumns[0].column, true);

  const result = server.runServerOperation('rollUpTeam', [null, 'en'], book);
  expect(result).toMatchObject({ ok: true, value: { deals: 2, setAside: 1, tables: 1 } });
  const team = globals.SpreadsheetApp.spreadsheet.getSheetByName('Team pipeline');
  expect(team?.getRange('A3').getValue()).toBe('Read 3 rows (150,999.00) = counted 2 (150,000.00) + set aside 1 (999.00).');
});
