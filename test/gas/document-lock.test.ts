import { createGasGlobals, type FakeGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { loadGasProject, type GasVm } from '../../fakes/gas-vm';
import { HISTORY_MARKER } from '../../shared/pipeline/markers';

/**
 * The document lock in the built Apps Script project, on a fake whose executions batch their writes:
 * what one execution wrote is invisible to another until it flushes or ends. Releasing the lock with
 * writes still pending lets the next manager read the spreadsheet as it was before them.
 */

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];
const DEALS_PER_REP = 3;
const REPS = ['Ana', 'Bo'];

function seedTeam(app: FakeSpreadsheetApp): void {
  for (const rep of REPS) {
    const rows: (string | number | Date)[][] = [['Rep:', rep, '', '', '', ''], HEADER];
    for (let i = 0; i < DEALS_PER_REP; i += 1) rows.push([`${rep}-${i}`, `Deal ${i}`, 1000 * (i + 1), i === 0 ? 'C50' : 'G20', new Date(2026, 11, 10 + i), 'Call']);
    app.spreadsheet.insertSheet(rep).getRange(1, 1, rows.length, HEADER.length).setValues(rows);
  }
  app.resetLog();
}

function project(): { globals: FakeGasGlobals; gas: GasVm; app: FakeSpreadsheetApp } {
  const globals = createGasGlobals({ sheets: ['Notes'] });
  seedTeam(globals.SpreadsheetApp);
  return { globals, gas: loadGasProject({ globals }), app: globals.SpreadsheetApp };
}

function historyOf(app: FakeSpreadsheetApp) {
  const history = app.spreadsheet.getSheets().find((s) => s.getRange('A1').getValue() === HISTORY_MARKER);
  if (!history) throw new Error('no history sheet');
  return history;
}

/** The deal records of the history: [taken at, deal id]. */
function dealRecords(app: FakeSpreadsheetApp): string[][] {
  return historyOf(app)
    .getDataRange()
    .getValues()
    .filter((row) => row[2] === 'deal')
    .map((row) => [String(row[1]), String(row[3])]);
}

/** First and last sheet row of each block appended to the history (from the write log). */
function historyAppends(app: FakeSpreadsheetApp): [number, number][] {
  return app
    .calls('setValues')
    .filter((c) => c.target.startsWith('Pipeline history!'))
    .map((c) => {
      const m = /!\D+(\d+)(?::\D+(\d+))?$/.exec(c.target);
      return [Number(m?.[1]), Number(m?.[2] ?? m?.[1])] as [number, number];
    });
}

type Result = { ok: boolean; subject?: string; message?: string };

describe('the document lock in the built Apps Script project', () => {
  it.each([
    ['dealkitRollUpTeam', [null, 'en']],
    ['dealkitTakeSnapshot', ['en']],
    ['dealkitForecastAccuracy', ['quarter', 'en']],
  ] as [string, unknown[]][])('%s writes everything before it lets the next user in', (name, args) => {
    const { globals, gas } = project();
    expect(gas.call(name, ...args)).toMatchObject({ ok: true });
    expect(globals.documentLock.pendingAtRelease.length).toBeGreaterThan(0);
    expect(globals.documentLock.pendingAtRelease).toEqual(globals.documentLock.pendingAtRelease.map(() => 0));
    expect(globals.documentLock.held).toBe(false);
  });

  it('pipeline change writes everything before it lets the next user in', () => {
    const { globals, gas, app } = project();
    gas.call('dealkitTakeSnapshot', 'en');
    const date = (gas.call('dealkitListSnapshotDates', 'en') as { value: string[] }).value[0];
    app.spreadsheet
      .getSheetByName('Ana')
      ?.getRange('D3')
      .setValues([['S100']]);
    expect(gas.call('dealkitComparePipeline', date, date, 'en')).toMatchObject({ ok: true });
    expect(globals.documentLock.pendingAtRelease.slice(1)).toEqual([0]);
  });

  it('two managers taking snapshots at once never write the same history row', () => {
    const { globals, gas, app } = project();
    // Each snapshot on its own day: a second snapshot of the same day replaces that day's rows by design.
    const onDay = (iso: string) => (gas.context.Utilities = { formatDate: () => iso });
    onDay('2026-12-01');
    expect(gas.call('dealkitTakeSnapshot', 'en')).toMatchObject({ ok: true });
    app.resetLog();
    // The second manager's call starts the moment the first one lets go of the lock.
    let second: Result | undefined;
    globals.documentLock.whenReleased(() => {
      onDay('2026-12-03');
      second = gas.call('dealkitTakeSnapshot', 'en') as Result;
    });
    onDay('2026-12-02');
    const first = gas.call('dealkitTakeSnapshot', 'en') as Result;
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });

    const [a, b] = historyAppends(app);
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a[1] < b[0] || b[1] < a[0]).toBe(true);
    // Three snapshots of six deals, none overwritten.
    expect(dealRecords(app)).toHaveLength(3 * REPS.length * DEALS_PER_REP);
  });

  it('a manager who finds the lock held is told so, and writes nothing', () => {
    const { globals, gas, app } = project();
    gas.context.Utilities = { formatDate: () => '2026-12-01' };
    expect(gas.call('dealkitTakeSnapshot', 'en')).toMatchObject({ ok: true });
    gas.context.Utilities = { formatDate: () => '2026-12-02' };
    app.resetLog();
    let second: Result | undefined;
    globals.documentLock.whenAcquired(() => {
      second = gas.call('dealkitTakeSnapshot', 'zh-CN') as Result;
    });
    expect(gas.call('dealkitTakeSnapshot', 'en')).toMatchObject({ ok: true });
    expect(second).toEqual({ ok: false, subject: 'lock', message: '其他人正在更新此表格，请稍后重试。' });
    expect(historyAppends(app)).toHaveLength(1);
    expect(dealRecords(app)).toHaveLength(2 * REPS.length * DEALS_PER_REP);
    expect(globals.documentLock.held).toBe(false);
  });

  it('a sidebar save finding the lock held says so in the user’s language', () => {
    const { globals, gas } = project();
    let second: Result | undefined;
    globals.documentLock.whenAcquired(() => {
      second = gas.call('dealkitInsertTemplate', { id: 'pipelineFunnel', locale: 'en' }) as Result;
    });
    expect(gas.call('dealkitRollUpTeam', null, 'en')).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, subject: 'lock', message: 'Someone else is saving to this spreadsheet; try again in a moment' });
  });
});
