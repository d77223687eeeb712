/**
 * Where the Update-a-deal wizard writes, on the built Apps Script project: the named sheet's row whose
 * Deal ID the wizard read, never the active sheet nor a sheet DealKit generates, and never over a
 * change another user saved since the wizard loaded.
 */
import { createGasGlobals, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { loadGasProject, type GasVm } from '../../fakes/gas-vm';

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];

type Deal = { row: number; id: string; stage: string; stageEntered: string; nextStep: string; evidence: string; proofs: boolean[] };
type View = { sheetName: string; deals: Deal[] };
type Conflict = { cell: string; field: string; read: unknown; now: unknown; wizard: unknown };
type Result<T> = { ok: true; value: T } | { ok: false; message: string; subject?: string; conflicts?: Conflict[] };

function seed(globals: FakeGasGlobals, names: readonly string[]): void {
  const app = globals.SpreadsheetApp;
  for (const name of names) {
    const rows: (string | number | Date)[][] = [['Rep:', 'Ana', '', '', '', ''], HEADER];
    for (let i = 0; i < 3; i += 1) rows.push([`A-${i}`, `Deal ${i}`, 1000 * (i + 1), 'G20', new Date(2026, 11, 10 + i), 'Call']);
    app.spreadsheet.insertSheet(name).getRange(1, 1, rows.length, HEADER.length).setValues(rows);
  }
  app.resetLog();
}

function project(names: readonly string[] = ['Ana', 'Ana copy']): { globals: FakeGasGlobals; gas: GasVm } {
  const globals = createGasGlobals({ sheets: ['Notes'] });
  seed(globals, names);
  return { globals, gas: loadGasProject({ globals }) };
}

function activate(globals: FakeGasGlobals, name: string): void {
  globals.SpreadsheetApp.spreadsheet.getSheetByName(name)!.activate();
}

function value<T>(result: unknown): T {
  const r = result as Result<T>;
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
}

function update(view: View, row: number, stage: string, extra: Record<string, unknown> = {}) {
  const deal = view.deals.find((candidate) => candidate.row === row)!;
  return {
    sheetName: view.sheetName,
    row,
    dealId: deal.id,
    stage,
    proofs: deal.proofs,
    review: { finished: '', evidence: '', doingNow: '', preparingNext: '' },
    stageEntered: '2026-12-01',
    read: deal,
    ...extra,
  };
}

const cell = (globals: FakeGasGlobals, ref: string): unknown => globals.SpreadsheetApp.spreadsheet.getRange(ref).getValue();

describe('Update a deal writes to the named sheet', () => {
  it('writes Ana!D3 when Ana copy is active, and leaves Ana copy alone', () => {
    const { globals, gas } = project();
    activate(globals, 'Ana');
    const view = value<View>(gas.call('dealkitListDeals', 'en'));
    expect(view.sheetName).toBe('Ana');
    activate(globals, 'Ana copy');
    const result = gas.call('dealkitUpdateDeal', update(view, 3, 'A90'), 'en') as Result<View>;
    expect(result).toMatchObject({ ok: true, value: { sheetName: 'Ana' } });
    expect(cell(globals, "'Ana'!D3")).toBe('A90');
    expect(cell(globals, "'Ana copy'!D3")).toBe('G20');
  });

  it('refuses, naming the sheet and the Deal ID, when the named sheet is gone or the row holds another deal', () => {
    const { globals, gas } = project();
    activate(globals, 'Ana');
    const view = value<View>(gas.call('dealkitListDeals', 'en'));
    globals.SpreadsheetApp.spreadsheet.deleteSheet(globals.SpreadsheetApp.spreadsheet.getSheetByName('Ana')!);
    const gone = gas.call('dealkitUpdateDeal', update(view, 3, 'A90'), 'en') as Result<View>;
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.message).toEqual(expect.stringContaining('"Ana"'));
    if (!gone.ok) expect(gone.message).toEqual(expect.stringContaining('A-0'));
    expect(cell(globals, "'Ana copy'!D3")).toBe('G20');

    const moved = gas.call('dealkitUpdateDeal', { ...update(view, 3, 'A90'), sheetName: 'Ana copy', dealId: 'A-2' }, 'zh-CN') as Result<View>;
    expect(moved.ok).toBe(false);
    if (!moved.ok) expect(moved.message).toEqual(expect.stringMatching(/Ana copy.*A-2/));
    expect(cell(globals, "'Ana copy'!D3")).toBe('G20');
  });
});

describe('Generated sheets are never offered to the deal wizard', () => {
  it('lists a rep sheet, not the Team pipeline, and refuses to update a deal in the Team pipeline', () => {
    const { globals, gas } = project(['Ana']);
    expect(gas.call('dealkitRollUpTeam', null, 'en')).toMatchObject({ ok: true });
    activate(globals, 'Team pipeline');
    const view = value<View>(gas.call('dealkitListDeals', 'en'));
    expect(view.sheetName).toBe('Ana');

    const team = globals.SpreadsheetApp.spreadsheet.getSheetByName('Team pipeline')!;
    const before = JSON.stringify(team.getDataRange().getValues());
    const row =
      team
        .getDataRange()
        .getValues()
        .findIndex((line) => line.includes('A-1')) + 1;
    expect(row).toBeGreaterThan(0);
    const forged = { ...update(view, 4, 'A90'), sheetName: 'Team pipeline', row, dealId: 'A-1' };
    const result = gas.call('dealkitUpdateDeal', forged, 'en') as Result<View>;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('Team pipeline');
    expect(JSON.stringify(team.getDataRange().getValues())).toBe(before);
  });
});

describe('Two users saving the same deal', () => {
  it('A loads, B loads, B saves, A saves: A is told which cells changed, and nothing of B is lost', () => {
    const { globals, gas } = project(['Ana']);
    activate(globals, 'Ana');
    const seenByA = value<View>(gas.call('dealkitListDeals', 'en'));
    const seenByB = value<View>(gas.call('dealkitListDeals', 'en'));

    value<View>(gas.call('dealkitUpdateDeal', update(seenByB, 3, 'C50', { review: { finished: 'Demo', evidence: '', doingNow: '', preparingNext: 'Send quote' } }), 'en'));
    expect(cell(globals, "'Ana'!D3")).toBe('C50');
    const afterB = JSON.stringify(globals.SpreadsheetApp.spreadsheet.getSheetByName('Ana')!.getDataRange().getValues());

    const fromA = gas.call('dealkitUpdateDeal', update(seenByA, 3, 'A90', { review: { finished: '', evidence: '', doingNow: '', preparingNext: 'Sign' } }), 'en') as Result<View>;
    expect(fromA.ok).toBe(false);
    if (fromA.ok) return;
    expect(fromA.conflicts).toEqual(
      expect.arrayContaining([
        { cell: 'Ana!D3', field: 'stage', read: 'G20', now: 'C50', wizard: 'A90' },
        { cell: 'Ana!F3', field: 'nextStep', read: 'Call', now: 'Send quote', wizard: 'Sign' },
      ]),
    );
    expect(fromA.message).toContain('D3');
    expect(JSON.stringify(globals.SpreadsheetApp.spreadsheet.getSheetByName('Ana')!.getDataRange().getValues())).toBe(afterB);
    expect(globals.documentLock.held).toBe(false);

    // A chose to take the wizard's values: an explicit overwrite writes them.
    const taken = gas.call('dealkitUpdateDeal', update(seenByA, 3, 'A90', { overwrite: true }), 'en') as Result<View>;
    expect(taken.ok).toBe(true);
    expect(cell(globals, "'Ana'!D3")).toBe('A90');
  });

  it('a save whose cells nobody else changed is written without asking', () => {
    const { globals, gas } = project(['Ana']);
    const seenByA = value<View>(gas.call('dealkitListDeals', 'en'));
    const seenByB = value<View>(gas.call('dealkitListDeals', 'en'));
    value<View>(gas.call('dealkitUpdateDeal', update(seenByB, 4, 'C50'), 'en'));
    value<View>(gas.call('dealkitUpdateDeal', update(seenByA, 3, 'A90'), 'en'));
    expect([cell(globals, "'Ana'!D3"), cell(globals, "'Ana'!D4")]).toEqual(['A90', 'C50']);
  });
});
