import { cellsFromRows, createExcelMock, withNamedRangeRanges, withSheetOrder, type ExcelMock } from '../../fakes/excel-mock';
import { createGasGlobals, type FakeGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { createExcelBackend } from '../../excel-addin/taskpane/excel-backend';
import { runServerOperation } from '../../gas/server-operation';
import { createSheetsBackend, type ScriptRun } from '../../gas/sidebar/sheets-backend';
import { FORECAST_ACCURACY_MARKER } from '../../shared/pipeline/markers';
import type { AccuracyReport } from '../../shared/workbook/accuracy-report';
import type { BackendResult } from '../../shared/workbook/backend';
import { OPERATION_IDS, serverFunctionName, type Backend } from '../../shared/workbook/operations';
import { historySheetRows } from './forecast-history-fixture';
import { runOnMock } from '../helpers/excel-mock-run';

/**
 * The Team panel's Forecast accuracy call on both hosts' backends, over the hand-worked history of
 * forecast-history-fixture.ts: Excel (office-addin-mock) reads once and writes once; the Sheets sidebar
 * goes through google.script.run as plain JSON. Both rebuild the Forecast accuracy sheet and answer with
 * every rep's and the team's figures, the 8-week forecast blank.
 */

function ok<T>(result: BackendResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}

/** What the panel shows, the same on every host: Ann, Bo and the team at 8, 4 and 1 weeks. */
function expectWorkedFigures(report: AccuracyReport): void {
  expect(report.kind).toBe('quarter');
  expect(report.periods.map((p) => p.period)).toEqual(['2026-Q4']);
  const q4 = report.periods[0]!;
  const commits = (line: AccuracyReport['periods'][number]['team']) => line.points.map((p) => [p.commit, p.commitError]);
  expect(q4.reps.map((r) => r.rep)).toEqual(['Ann', 'Bo']);
  expect(commits(q4.reps[0]!)).toEqual([
    [null, null],
    [100000, 0],
    [100000, 0],
  ]);
  expect(commits(q4.reps[1]!)).toEqual([
    [null, null],
    [0, 0],
    [80000, null],
  ]);
  expect(commits(q4.team)).toEqual([
    [null, null],
    [100000, 0],
    [180000, 0.8],
  ]);
  expect(q4.team.actual).toBe(100000);
}

describe('Forecast accuracy on the Excel backend', () => {
  function setup(): { mock: ExcelMock; backend: Backend; sync: jest.SpyInstance } {
    const mock = withNamedRangeRanges(createExcelMock({ sheets: [{ name: 'Pipeline history', cells: cellsFromRows(historySheetRows()) }], modernCharts: true }));
    withSheetOrder(mock);
    Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
    const sync = jest.spyOn(mock.context, 'sync');
    const backend = createExcelBackend(runOnMock(mock));
    return { mock, backend, sync };
  }

  it('reads the history in one sync, writes the Forecast accuracy sheet in a second and its charts in a third, and answers with every rep', async () => {
    const { mock, backend, sync } = setup();
    const report = ok(await backend.forecastAccuracy('quarter', 'en'));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
    expectWorkedFigures(report);
    expect(mock.model.cell('Forecast accuracy', 'A1')?.value).toBe(FORECAST_ACCURACY_MARKER);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('months: November and December each listed, with the snapshots their forecasts were read from', async () => {
    const { backend } = setup();
    const report = ok(await backend.forecastAccuracy('month', 'en'));
    // 2026-11 ends 11-30: points 10-05, 11-02, 11-23; only 11-23 has a snapshot (11-20).
    // 2026-12 ends 12-31: points 11-05, 12-03, 12-24, read from 11-20 and 12-20; its actual from 2027-01-05, the one snapshot after it.
    expect(report.periods.map((p) => [p.period, p.team.points.map((x) => x.snapshot)])).toEqual([
      ['2026-11', [null, null, '2026-11-20']],
      ['2026-12', [null, '2026-11-20', '2026-12-20']],
    ]);
    expect(report.periods[1]?.actualSnapshot).toBe('2027-01-05');
    expect(report.periods[0]!.actualSnapshot > '2026-11-30').toBe(true);
  });
});

// --- Google Sheets sidebar ---------------------------------------------------------------------------

let globals: FakeGasGlobals;
let app: FakeSpreadsheetApp;
type Server = Record<string, (...args: unknown[]) => unknown>;
const server = globalThis as unknown as Server;

function install(): void {
  globals = createGasGlobals({ sheets: ['Notes'] });
  app = globals.SpreadsheetApp;
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
}

/** google.script.run over the server globals: arguments and answers go through JSON, the answer comes later. */
function scriptRun(seen: string[]): () => ScriptRun {
  return () => {
    let onOk: (value: unknown) => void = () => undefined;
    let onFail: (error: unknown) => void = () => undefined;
    const runner = new Proxy({} as ScriptRun, {
      get(_, name: string) {
        if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => ((onOk = handler), runner);
        if (name === 'withFailureHandler') return (handler: (error: unknown) => void) => ((onFail = handler), runner);
        const target = server[name];
        if (typeof target !== 'function') return undefined;
        return (...args: unknown[]) => {
          seen.push(name);
          const wire = JSON.parse(JSON.stringify(args)) as unknown[];
          void Promise.resolve().then(() => {
            try {
              onOk(JSON.parse(JSON.stringify(target(...wire) ?? null)));
            } catch (error) {
              onFail(error);
            }
          });
        };
      },
    });
    return runner;
  };
}

/** The server functions as the build generates them (tools/server-functions.ts): each hands its call to the one runner. */
function installServerFunctions(): void {
  for (const id of OPERATION_IDS) server[serverFunctionName(id)] = (...call: unknown[]) => runServerOperation(id, call);
}

function seedHistory(): void {
  const rows = historySheetRows();
  const width = Math.max(...rows.map((r) => r.length));
  const square = rows.map((r) => [...r, ...new Array(width - r.length).fill('')].map((v) => v ?? ''));
  app.spreadsheet
    .insertSheet('Pipeline history')
    .getRange(1, 1, square.length, width)
    .setValues(square as never);
  app.resetLog();
}

describe('Forecast accuracy on the Sheets sidebar backend', () => {
  beforeAll(() => {
    install();
    installServerFunctions();
  });
  beforeEach(install);

  it('is one server call that writes the sheet under the lock and answers with every rep as plain JSON', async () => {
    seedHistory();
    const seen: string[] = [];
    const report = ok(await createSheetsBackend(scriptRun(seen)).forecastAccuracy('quarter', 'en'));
    expect(seen).toEqual(['dealkitForecastAccuracy']);
    expectWorkedFigures(report);
    expect(app.spreadsheet.getSheetByName('Forecast accuracy')?.getRange('A1').getValue()).toBe(FORECAST_ACCURACY_MARKER);
    expect(globals.documentLock.hasLock()).toBe(false);
  });

  it('answers a bad period kind with the argument named, in the UI language', async () => {
    seedHistory();
    const result = await createSheetsBackend(scriptRun([])).forecastAccuracy('week' as 'month', 'zh-CN');
    expect(result).toEqual({ ok: false, message: 'periodKind“week”不是 quarter 或 month。', subject: 'periodKind' });
    expect(globals.documentLock.hasLock()).toBe(false);
  });
});
