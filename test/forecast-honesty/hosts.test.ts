/**
 * Forecast honesty through both shells: an override on a rep's sheet, a manager adjustment on the
 * Settings sheet (a named range), two snapshots either side of the quarter's end, and the Forecast
 * accuracy sheet — on office-addin-mock, on the SpreadsheetApp fake, and in the built Apps Script project.
 */
import { readFileSync } from 'node:fs';
import { cellsFromRows, createExcelMock, withNamedRangeRanges, withSheetOrder, type ExcelCellModel, type ExcelMock } from '../../fakes/excel-mock';
import { createGasGlobals, type FakeGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { loadGasProject } from '../../fakes/gas-vm';
import { builtFile } from '../helpers/dist';
import type { Clock } from '../../excel-addin/read-workbook';
import { runExcelOperation } from '../../excel-addin/run-operation';
import { runServerOperation } from '../../gas/server-operation';
import { isoFromSerial } from '../../shared/pipeline/dates';
import { FORECAST_ACCURACY_MARKER, HISTORY_MARKER } from '../../shared/pipeline/markers';
import type { AccuracyReport } from '../../shared/workbook/accuracy-report';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step', 'Probability override', 'Override reason'];
// Ann's two deals close in December; the A90 one is overridden down to 60 % (30 points: flagged)
const ANN = [['Rep:', 'Ann'], HEADER, ['A1', 'ERP', 100000, 'A90', 46371, 'Sign', 0.6, 'budget not confirmed'], ['A2', 'CRM', 50000, 'C50', 46376, 'Demo', null, null]];
const SETTINGS = [
  ['Rep', 'Period', 'Adjusted commit', 'Adjusted best case', 'Note'],
  ['Ann', '2026-Q4', 120000, null, 'A2 will sign early'],
];
const NOV_15 = 46341;
const JAN_5 = 46392;

// --- Excel -----------------------------------------------------------------------------------------

async function run<T>(mock: ExcelMock, callback: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await mock.Excel.run(callback);
  } finally {
    mock.model.proxies.length = 0;
  }
}

/** The clock on a serial day, at noon UTC so the day is the same in every time zone. */
function clockOn(serial: number): Clock {
  const today = isoFromSerial(serial);
  return { today, now: `${today}T12:00:00.000Z` };
}

describe('Excel (office-addin-mock)', () => {
  function workbook(): ExcelMock {
    const mock = withSheetOrder(
      withNamedRangeRanges(
        createExcelMock({
          sheets: [
            { name: 'Ann', cells: cellsFromRows(ANN) },
            { name: 'Settings', cells: cellsFromRows(SETTINGS) },
          ],
          names: [{ name: 'DK_FORECAST_ADJUSTMENTS', reference: 'Settings!$A$2:$E$3' }],
          modernCharts: true,
        }),
      ),
    );
    Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
    return mock;
  }

  it('rolls up with the override and the manager view, snapshots both, and reports accuracy in two syncs', async () => {
    const mock = workbook();
    await run(mock, (context) => runExcelOperation(context, 'rollUpTeam', [null], 'en', { clock: clockOn(NOV_15), modernCharts: true }));
    const board = Object.values(mock.model.snapshot('Dashboard'));
    expect(board).toEqual(expect.arrayContaining(['budget not confirmed', 'over the limit', 'A2 will sign early']));
    // the Settings sheet the manager typed into is read, never written
    expect(mock.model.queued.filter((q) => q.target.startsWith('Settings!'))).toEqual([]);

    await run(mock, (context) => runExcelOperation(context, 'takeSnapshot', [], 'en', { clock: clockOn(NOV_15), modernCharts: true }));
    const history = mock.model.snapshot('Pipeline history');
    expect(Object.entries(history).filter(([a1, v]) => a1.startsWith('C') && v === 'forecast')).toHaveLength(2);

    // after the quarter: A1 won, A2 lost
    const ann = mock.model.sheet('Ann');
    ann.cells.set('2,3', { ...(ann.cells.get('2,3') as ExcelCellModel), value: 'S100' });
    ann.cells.set('3,3', { ...(ann.cells.get('3,3') as ExcelCellModel), value: 'LOST' });
    await run(mock, (context) => runExcelOperation(context, 'takeSnapshot', [], 'en', { clock: clockOn(JAN_5), modernCharts: true }));

    const sync = jest.spyOn(mock.context, 'sync');
    const accuracy = await run(mock, (context) => runExcelOperation(context, 'forecastAccuracy', ['quarter'], 'en', { clock: clockOn(JAN_5 + 1), modernCharts: true }));
    // Read, cells, and the accuracy sheet's charts in a batch of their own.
    expect(sync).toHaveBeenCalledTimes(3);
    const q4 = accuracy.periods[0];
    expect(q4?.team.actual).toBe(100000);
    // 4 and 1 weeks before the end read the 2026-11-15 snapshot: A1 at 60 % is Best case, so commit is 0;
    // weighted 60 000 + 25 000; the manager's 120 000
    expect(q4?.team.points.map((p) => [p.commit, p.weighted, p.manager])).toEqual([
      [null, null, null],
      [0, 85000, 120000],
      [0, 85000, 120000],
    ]);
    expect(mock.model.cell('Forecast accuracy', 'A1')?.value).toBe(FORECAST_ACCURACY_MARKER);
    expect(mock.model.sheet('Forecast accuracy').charts.map((c) => c.type)).toEqual(['ColumnClustered']);

    // a re-run rebuilds the same sheet
    await run(mock, (context) => runExcelOperation(context, 'forecastAccuracy', ['quarter'], 'en', { clock: clockOn(JAN_5 + 1), modernCharts: true }));
    expect(mock.model.sheets.map((s) => s.name)).toEqual(['Ann', 'Settings', 'Team pipeline', 'Dashboard', 'Pipeline history', 'Forecast accuracy']);
  });
});

// --- Google Sheets -----------------------------------------------------------------------------------

function seed(app: FakeSpreadsheetApp): void {
  const ann = app.spreadsheet.insertSheet('Ann');
  const rows = ANN.map((r) => [...r, ...new Array(HEADER.length - r.length).fill('')]);
  ann.getRange(1, 1, rows.length, HEADER.length).setValues(rows.map((r) => r.map((v) => (v === null ? '' : typeof v === 'number' && v > 40000 && v < 50000 ? serialToDate(v) : v))) as never);
  const settings = app.spreadsheet.insertSheet('Settings');
  settings.getRange(1, 1, 2, 5).setValues(SETTINGS.map((r) => r.map((v) => v ?? '')) as never);
  app.spreadsheet.setNamedRange('DK_FORECAST_ADJUSTMENTS', settings.getRange('A2:E3'));
  app.resetLog();
}

/** Apps Script hands dates over as Date objects at local midnight. */
function serialToDate(serial: number): Date {
  const utc = new Date((serial - 25569) * 86400000);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
}

describe('Google Sheets (SpreadsheetApp fake)', () => {
  let globals: FakeGasGlobals;
  beforeEach(() => {
    globals = createGasGlobals({ sheets: ['Notes'] });
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
  });
  const book = (): GasSpreadsheet => globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GasSpreadsheet;
  /** A sidebar call as google.script.run delivers it (its arguments, then the UI's language), on a given day. */
  function call<T>(id: Parameters<typeof runServerOperation>[0], received: readonly unknown[], on?: number): Result<T> {
    // The server's today is the clock's: noon of the day, local time, is that day in any time zone.
    if (on !== undefined) jest.useFakeTimers({ now: serialToDate(on).getTime() + 12 * 3_600_000 });
    try {
      return runServerOperation(id, received, book()) as Result<T>;
    } finally {
      jest.useRealTimers();
    }
  }

  it('snapshots both views and writes the Forecast accuracy sheet under the lock, one getValues per sheet', () => {
    const app = globals.SpreadsheetApp;
    seed(app);
    expect(call('rollUpTeam', [null, 'en'], NOV_15)).toMatchObject({ ok: true });
    expect(app.calls('setValues').filter((c) => c.target.startsWith('Settings!'))).toEqual([]);
    call('takeSnapshot', ['en'], NOV_15);
    app.spreadsheet
      .getSheetByName('Ann')
      ?.getRange('D3:D4')
      .setValues([['S100'], ['LOST']]);
    call('takeSnapshot', ['en'], JAN_5);
    app.resetLog();

    const result = call<AccuracyReport>('forecastAccuracy', [null, 'en'], JAN_5 + 1);
    expect(result).toMatchObject({ ok: true, value: { kind: 'quarter', periods: [{ period: '2026-Q4', team: { actual: 100000 }, actualSnapshot: '2027-01-05', reps: [{ rep: 'Ann' }] }] } });
    if (result.ok) {
      expect(result.value.periods[0]?.team.points.map((p) => [p.weeks, p.snapshot, p.manager, p.managerError])).toEqual([
        [8, null, null, null],
        [4, '2026-11-15', 120000, 0.2],
        [1, '2026-11-15', 120000, 0.2],
      ]);
    }
    const sheets = app.spreadsheet.getSheets().map((s) => s.getName());
    expect(app.calls('getValues')).toHaveLength(sheets.length - 1);
    const accuracy = app.spreadsheet.getSheetByName('Forecast accuracy');
    expect(accuracy?.getRange('A1').getValue()).toBe(FORECAST_ACCURACY_MARKER);
    expect(accuracy?.getCharts()).toHaveLength(1);
    expect(globals.documentLock.held).toBe(false);
    const history = app.spreadsheet.getSheets().find((s) => s.getRange('A1').getValue() === HISTORY_MARKER);
    expect(history?.getRange('C6:H6').getValues()).toEqual([['forecast', '2026-Q4', 'Ann', 'rep', '', 0]]);
    expect(history?.getRange('C7:H7').getValues()).toEqual([['forecast', '2026-Q4', 'Ann', 'manager', 'A2 will sign early', 120000]]);
  });

  it('answers a bad period kind with the argument named, in the user’s language', () => {
    seed(globals.SpreadsheetApp);
    expect(call('forecastAccuracy', ['week', 'en'])).toMatchObject({ ok: false, message: 'periodKind "week" is not quarter or month.', subject: 'periodKind' });
    const zh = call('forecastAccuracy', ['week', 'zh-CN']);
    expect(zh.ok === false && zh.message).toBe('periodKind“week”不是 quarter 或 month。');
  });
});

describe('the built Apps Script project', () => {
  it('exposes dealkitForecastAccuracy to google.script.run', () => {
    const globals = createGasGlobals({ sheets: ['Notes'], files: { sidebar: readFileSync(builtFile('gas', 'sidebar.html'), 'utf8') } });
    seed(globals.SpreadsheetApp);
    const gas = loadGasProject({ globals });
    expect(gas.call('dealkitTakeSnapshot', 'en')).toMatchObject({ ok: true });
    const result = gas.call('dealkitForecastAccuracy', 'month', 'en') as Result<{ kind: string; periods: unknown[] }>;
    // one snapshot: no period has closed yet, and the sheet says how to start
    expect(result).toEqual({ ok: true, value: { kind: 'month', periods: [] } });
    const sheet = globals.SpreadsheetApp.spreadsheet.getSheetByName('Forecast accuracy');
    expect(sheet?.getRange('A1').getValue()).toBe(FORECAST_ACCURACY_MARKER);
    expect(String(sheet?.getRange('A6').getValue())).toMatch(/^No closed period yet/);
    // the override is priced in the built bundle too: the snapshot holds 60 % for A1
    const history = globals.SpreadsheetApp.spreadsheet.getSheets().find((s) => s.getRange('A1').getValue() === HISTORY_MARKER);
    expect(history?.getRange('D4:M4').getValues()[0]?.[9]).toBe(0.6);
  });
});
