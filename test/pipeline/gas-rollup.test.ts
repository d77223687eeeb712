import { createGasGlobals, type FakeGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { DASHBOARD_MARKER, HISTORY_MARKER, TEAM_PIPELINE_MARKER } from '../../shared/pipeline/markers';
import { parseCsv } from '../../shared/pipeline/csv-export';
import type { BackendResult } from '../../shared/workbook/backend';
import type { AnswerOf, OperationId } from '../../shared/workbook/operations';
import { runServerOperation } from '../../gas/server-operation';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let globals: FakeGasGlobals;

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];

function seed(app: FakeSpreadsheetApp, reps: number, deals: number): void {
  for (let r = 0; r < reps; r += 1) {
    const name = `Rep ${r + 1}`;
    const sheet = app.spreadsheet.insertSheet(name);
    const rows: (string | number | Date)[][] = [['Rep:', name, '', '', '', ''], HEADER];
    for (let i = 0; i < deals; i += 1) rows.push([`${name}-${i}`, `Deal ${i}`, 1000 * (i + 1), i % 3 === 0 ? 'C50' : 'G20', new Date(2026, 11, 15 + (i % 10)), 'Call']);
    sheet.getRange(1, 1, rows.length, 6).setValues(rows);
  }
  app.resetLog();
}

function book(): GasSpreadsheet {
  return globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GasSpreadsheet;
}

/** A sidebar call as the server function receives it: the operation's arguments, then the UI's language. */
function serverCall<K extends OperationId>(id: K, ...call: unknown[]): BackendResult<AnswerOf<K>> {
  return runServerOperation(id, call, book()) as BackendResult<AnswerOf<K>>;
}

/** The spreadsheet's today: the server reads the clock when it runs. */
function today(month: number, day: number): void {
  jest.setSystemTime(new Date(2026, month - 1, day, 10));
}

beforeEach(() => {
  jest.useFakeTimers({ now: new Date(2026, 10, 15, 10), doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
  globals = createGasGlobals({ sheets: ['Notes'] });
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
});

afterEach(() => {
  jest.useRealTimers();
});

describe('Sheets roll-up on the SpreadsheetApp fake', () => {
  it('one getValues per sheet, one write per block, under the document lock', () => {
    const app = globals.SpreadsheetApp;
    seed(app, 20, 40);
    const result = serverCall('rollUpTeam', null, 'en');
    expect(result).toMatchObject({ ok: true, value: { deals: 800, setAside: 0, tables: 20 } });
    expect(app.calls('getValues')).toHaveLength(21);
    expect(app.calls('getValue')).toHaveLength(0);
    expect(app.calls('setValue')).toHaveLength(0);
    // every value block of the plan is one setValues: the 800-deal team pipeline goes in one call
    const teamWrites = app.calls('setValues').filter((c) => c.target.startsWith('Team pipeline!'));
    expect(teamWrites.map((c) => c.target)).toContain('Team pipeline!A6:X806');
    // the dashboard's live figures are two formula blocks: the team row and the funnel
    expect(app.calls('setFormulas').filter((c) => c.target.startsWith('Dashboard!'))).toHaveLength(2);
    expect(globals.documentLock.acquisitions).toBe(1);
    expect(globals.documentLock.held).toBe(false);
    expect(app.spreadsheet.getSheetByName('Team pipeline')?.getRange('A1').getValue()).toBe(TEAM_PIPELINE_MARKER);
    expect(app.spreadsheet.getSheetByName('Dashboard')?.getRange('A1').getValue()).toBe(DASHBOARD_MARKER);
  });

  it('re-running replaces only its own sheets', () => {
    const app = globals.SpreadsheetApp;
    seed(app, 2, 3);
    app.spreadsheet
      .insertSheet('Dashboard')
      .getRange('A1:B1')
      .setValues([['Mine', 7]]);
    serverCall('rollUpTeam', null, 'en');
    serverCall('rollUpTeam', null, 'en');
    expect(app.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Notes', 'Rep 1', 'Rep 2', 'Dashboard', 'Team pipeline', 'Dashboard (2)']);
    expect(app.spreadsheet.getSheetByName('Dashboard')?.getRange('A1:B1').getValues()).toEqual([['Mine', 7]]);
    expect(app.spreadsheet.getSheetByName('Dashboard (2)')?.getCharts()).toHaveLength(2);
  });

  it('snapshots, lists the dates, compares them and exports CSV', () => {
    const app = globals.SpreadsheetApp;
    seed(app, 1, 2);
    expect(serverCall('takeSnapshot', 'en')).toMatchObject({ ok: true, value: { date: '2026-11-15', deals: 2 } });
    const rep = app.spreadsheet.getSheetByName('Rep 1');
    rep?.getRange('D3').setValues([['S100']]);
    today(11, 22);
    serverCall('takeSnapshot', 'en');
    const history = app.spreadsheet.getSheets().find((s) => s.getRange('A1').getValue() === HISTORY_MARKER);
    expect(history?.getName()).toBe('Pipeline history');
    // two snapshots of two deals, each followed by the rep's "forecast" row
    expect(history?.getLastRow()).toBe(9);
    expect(history?.getRange('C6:F6').getValues()).toEqual([['forecast', '2026-Q4', 'Rep 1', 'rep']]);
    expect(serverCall('listSnapshotDates', 'en')).toEqual({ ok: true, value: ['2026-11-15', '2026-11-22'] });

    const change = serverCall('comparePipeline', '2026-11-22', '2026-11-15', 'en');
    expect(change.ok).toBe(true);
    if (change.ok) {
      expect(change.value).toMatchObject({ earlierDate: '2026-11-15', laterDate: '2026-11-22', earlierTotal: 3000, laterTotal: 2000 });
      expect(change.value.lines.find((l) => l.category === 'won')).toEqual({ category: 'won', deals: 1, change: -1000 });
    }
    expect(app.spreadsheet.getSheetByName('Pipeline change')).not.toBeNull();

    const csv = serverCall('exportPipelineCsv', 'hubspot', 'en');
    expect(csv.ok && parseCsv(csv.value.csv)[0][0]).toBe('Deal Name');
    expect(csv.ok && csv.value.fileName).toBe('team-pipeline-hubspot-2026-11-22.csv');
  });

  it('returns a bad argument as a bilingual error naming it, and releases the lock', () => {
    seed(globals.SpreadsheetApp, 1, 1);
    expect(serverCall('comparePipeline', 'not a date', '2026-11-15', 'en')).toEqual({
      ok: false,
      message: 'dateA: "not a date" is not a date; write it as 2026-12-01.',
      subject: 'dateA',
    });
    expect(serverCall('comparePipeline', 'not a date', '2026-11-15', 'zh-CN')).toMatchObject({
      ok: false,
      message: 'dateA：“not a date”不是日期；请写成 2026-12-01。',
    });
    expect(globals.documentLock.held).toBe(false);
    expect(serverCall('rollUpTeam', 'next quarter', 'en')).toMatchObject({ ok: false, subject: 'period' });
  });

  it('says so when another user holds the lock, and writes nothing', () => {
    const app = globals.SpreadsheetApp;
    seed(app, 1, 1);
    globals.documentLock.waitLock(1);
    expect(serverCall('rollUpTeam', null, 'zh-CN')).toMatchObject({ ok: false, subject: 'lock' });
    expect(app.writes()).toEqual([]);
    globals.documentLock.releaseLock();
  });
});
