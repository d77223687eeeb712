/**
 * adoptStageProbabilities on the two real hosts' runners, from the operation list alone: Excel (the
 * task pane's backend over office-addin-mock) and Google Sheets (the sidebar's server function over the
 * SpreadsheetApp fake). Each writes only the confirmed probability cells, and neither writes anything
 * when a cell no longer holds what the manager was shown.
 */
import { createExcelMock, withNamedRangeRanges, withSheetOrder } from '../../fakes/excel-mock';
import { createGasGlobals, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { createExcelBackend } from '../../excel-addin/taskpane/excel-backend';
import type { BackendResult } from '../../shared/workbook/backend';
import { installServerFunctions } from '../helpers/server-functions';
import { runOnMock } from '../helpers/excel-mock-run';

function ok<T>(result: unknown): T {
  const r = result as BackendResult<T>;
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
}

const CONFIRMED = [
  { code: 'G10', from: 0.1, to: 0.4 },
  { code: 'C50', from: 0.5, to: 0.62 },
];

describe('adoptStageProbabilities in Excel', () => {
  function setup() {
    const mock = withSheetOrder(withNamedRangeRanges(createExcelMock({ sheets: [{ name: 'Notes', cells: { A1: 'my notes' } }] })));
    const sync = jest.spyOn(mock.context, 'sync');
    const backend = createExcelBackend(runOnMock(mock));
    return { mock, sync, backend };
  }

  it('writes the two confirmed cells in one batch of two syncs', async () => {
    const { mock, sync, backend } = setup();
    const settings = ok<{ sheetName: string }>(await backend.insertTemplate({ id: 'settings' }, 'en')).sheetName;
    sync.mockClear();
    const written = ok<readonly { cell: string }[]>(await backend.adoptStageProbabilities(CONFIRMED, 'en'));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(written.map((w) => w.cell)).toEqual([`'${settings}'!B11`, `'${settings}'!B15`]);
    expect(mock.model.cell(settings, 'B11')?.value).toBe(0.4);
    expect(mock.model.cell(settings, 'B15')?.value).toBe(0.62);
    expect(mock.model.cell(settings, 'B12')?.value).toBe(0.2);
  });

  it('writes nothing when a probability is not what the manager was shown', async () => {
    const { mock, backend } = setup();
    const settings = ok<{ sheetName: string }>(await backend.insertTemplate({ id: 'settings' }, 'en')).sheetName;
    const result = await backend.adoptStageProbabilities(
      [
        { code: 'G10', from: 0.1, to: 0.4 },
        { code: 'C50', from: 0.45, to: 0.62 },
      ],
      'en',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('B15: the probability of C50 is now 50%, not the 45% shown');
    expect(mock.model.cell(settings, 'B11')?.value).toBe(0.1);
  });
});

describe('adoptStageProbabilities in Google Sheets', () => {
  let globals: FakeGasGlobals;
  const server = globalThis as unknown as Record<string, (...args: unknown[]) => unknown>;

  beforeAll(() => installServerFunctions());

  beforeEach(() => {
    globals = createGasGlobals({ sheets: ['Notes'] });
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
  });

  it('writes the confirmed cells under the document lock, as values', () => {
    const settings = ok<{ sheetName: string }>(server.dealkitInsertTemplate({ id: 'settings' }, 'en')).sheetName;
    ok(server.dealkitAdoptStageProbabilities(CONFIRMED, 'zh-CN'));
    const sheet = globals.SpreadsheetApp.spreadsheet.getSheetByName(settings);
    expect(sheet?.getRange('B11:B15').getValues()).toEqual([[0.4], [0.2], [0.25], [0.3], [0.62]]);
    expect(globals.documentLock.hasLock()).toBe(false);
  });

  it('refuses a won stage in the UI’s language, and a call whose shape is wrong before reading anything', () => {
    ok(server.dealkitInsertTemplate({ id: 'settings' }, 'en'));
    const won = server.dealkitAdoptStageProbabilities([{ code: 'S100', from: 1, to: 0.8 }], 'zh-CN') as BackendResult<unknown>;
    expect(won.ok).toBe(false);
    if (!won.ok) expect(won.message).toBe('S100：只有进行中的阶段可以采用团队的概率，取值 0% 至低于 100%。');
    const bad = server.dealkitAdoptStageProbabilities([{ code: 'G10', from: 0.1 }], 'en') as BackendResult<unknown>;
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toBe('adopted[0].to: expected a number, got no value');
  });
});
