import { createGasGlobals, type FakeGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { createSheetsBackend, type ScriptRun } from '../../gas/sidebar/sheets-backend';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import type { BackendResult } from '../../shared/workbook/backend';
import type { Backend } from '../../shared/workbook/operations';
import { createController } from '../../shared/ui/controller';
import { loadGasProject } from '../../fakes/gas-vm';
import { installServerFunctions } from '../helpers/server-functions';

/**
 * The Team panel in the Sheets sidebar: its backend calls the server functions as google.script.run
 * would (plain JSON both ways, answered later), on the SpreadsheetApp fake. A roll-up reads each rep's
 * sheet once, holds the document lock only while it runs, and answers with the panel's report; the
 * sidebar shows one request's worth of progress; two snapshots a week apart compare to a change whose
 * lines add up to the difference of the totals.
 */

let globals: FakeGasGlobals;
let app: FakeSpreadsheetApp;
type Server = Record<string, (...args: unknown[]) => unknown>;
const server = globalThis as unknown as Server;

function install(): void {
  globals = createGasGlobals({ sheets: ['Notes'] });
  app = globals.SpreadsheetApp;
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
}

beforeAll(() => {
  installServerFunctions();
});

beforeEach(install);
afterEach(() => {
  jest.useRealTimers();
});

/** google.script.run over the server globals: arguments and answers go through JSON, the answer comes later. */
function scriptRun(seen: string[] = []): () => ScriptRun {
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

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];

function seedTeam(): void {
  const reps: Record<string, unknown[][]> = {
    Ana: [
      ['A-1', 'Scanners', 100000, 'C50', new Date(2026, 11, 10), 'Demo'],
      ['A-2', 'Portal', 'about 5k', 'G20', new Date(2026, 11, 12), 'Call'],
    ],
    Bo: [['B-1', 'Rostering', 200000, 'B75', new Date(2026, 11, 20), 'Read-out']],
  };
  for (const [rep, deals] of Object.entries(reps)) {
    const rows = [['Rep:', rep, '', '', '', ''], HEADER, ...deals];
    app.spreadsheet.insertSheet(rep).getRange(1, 1, rows.length, HEADER.length).setValues(rows);
  }
  app.resetLog();
}

function ok<T>(result: BackendResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}

function wired(backend: Backend) {
  let state: AppState = initialAppState('en', 'team');
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  return { controller: createController(backend, dispatch, () => state), state: () => state };
}

describe('Team panel in the Sheets sidebar', () => {
  it('rolls up through the sidebar backend: one getValues per rep sheet, the lock released, the report over the wire', async () => {
    seedTeam();
    const seen: string[] = [];
    const backend = createSheetsBackend(scriptRun(seen));
    const rolled = ok(await backend.rollUpTeam('2026-Q4', 'en'));
    expect(seen).toEqual(['dealkitRollUpTeam']);
    for (const rep of ['Ana', 'Bo']) expect(app.calls('getValues').filter((c) => c.target.startsWith(rep))).toHaveLength(1);
    expect(globals.documentLock.hasLock()).toBe(false);
    expect(rolled).toMatchObject({ deals: 2, setAside: 1, amount: 300000, tables: 2 });
    expect(rolled.report?.read).toEqual({ deals: 3, amount: 300000 });
    expect(rolled.report?.setAsideRows).toEqual([expect.objectContaining({ sheet: 'Ana', row: 4, id: 'A-2' })]);
    expect(rolled.report?.team).toMatchObject({ p10: 0, p50: 200000, p90: 300000 });
    expect(app.spreadsheet.getSheetByName('Dashboard')).not.toBeNull();
    expect(app.spreadsheet.getSheetByName('Team pipeline')).not.toBeNull();
  });

  it('shows the one-request progress line while the server works and clears it when the answer comes', async () => {
    seedTeam();
    const { controller, state } = wired(createSheetsBackend(scriptRun()));
    const running = controller.rollUpTeam();
    expect(state().team.progress).toBe('request');
    expect(state().pending).toBe(1);
    await running;
    expect(state().team.progress).toBeNull();
    expect(state().pending).toBe(0);
    expect(state().team.rolledUp?.report?.reps.map((r) => r.rep)).toEqual(['Ana', 'Bo']);
  });

  it('a bad period comes back named, in the UI language, and leaves the workbook as it was', async () => {
    seedTeam();
    const before = app.spreadsheet.getSheets().map((s) => s.getName());
    const result = await createSheetsBackend(scriptRun()).rollUpTeam('soon', 'zh-CN');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/period“soon”不是有效期间/);
    expect(app.spreadsheet.getSheets().map((s) => s.getName())).toEqual(before);
    expect(globals.documentLock.hasLock()).toBe(false);
  });

  it('two snapshots a week apart compare to change lines that add up to the difference of the totals', async () => {
    seedTeam();
    jest.useFakeTimers({ now: new Date(2026, 10, 2, 10), doNotFake: ['queueMicrotask', 'nextTick', 'setImmediate'] });
    const backend = createSheetsBackend(scriptRun());
    const first = ok(await backend.takeSnapshot('en'));
    // Bo's deal moves from B75 to A90 and grows; Ana's counted deal is unchanged.
    app.spreadsheet
      .getSheetByName('Bo')!
      .getRange('C3:D3')
      .setValues([[260000, 'A90']]);
    jest.setSystemTime(new Date(2026, 10, 9, 10));
    const second = ok(await backend.takeSnapshot('en'));
    expect([first.date, second.date]).toEqual(['2026-11-02', '2026-11-09']);
    expect(ok(await backend.listSnapshotDates('en'))).toEqual(['2026-11-02', '2026-11-09']);
    const change = ok(await backend.comparePipeline('2026-11-02', '2026-11-09', 'en'));
    expect(change.earlierTotal).toBe(300000);
    expect(change.laterTotal).toBe(360000);
    const sum = change.lines.reduce((total, line) => total + line.change, 0);
    expect(change.earlierTotal + sum).toBe(change.laterTotal);
    const moved = change.lines.filter((line) => line.deals > 0 && line.category !== 'unchanged');
    expect(moved).toHaveLength(1);
    expect(moved[0]).toMatchObject({ deals: 1, change: 60000 });
  });

  it('the built Apps Script project has the Team panel’s roll-up as a top-level function the sidebar can call', () => {
    const gas = loadGasProject({ globals });
    seedTeam();
    const result = gas.call('dealkitRollUpTeam', '2026-Q4', 'en') as BackendResult<{ report?: { setAsideRows: unknown[]; reps: { rep: string }[] } }>;
    const value = ok(result);
    expect(value.report?.setAsideRows).toHaveLength(1);
    expect(value.report?.reps.map((r) => r.rep)).toEqual(['Ana', 'Bo']);
    expect(globals.documentLock.hasLock()).toBe(false);
  });
});
