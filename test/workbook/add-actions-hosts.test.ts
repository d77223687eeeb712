/**
 * The addActions operation in both hosts' runners: Excel's (office-addin-mock: one batch, one sync to
 * read and one to write) and Apps Script's server function (the SpreadsheetApp fake, under the
 * document lock). The rows land below the list's last filled row as plain values, with the deal's rep
 * from the pipeline as owner; a deal without a list gets a new sheet, and the answer says so.
 */
import { createExcelMock, withNamedRangeRanges, withSheetOrder } from '../../fakes/excel-mock';
import { createGasGlobals, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { createExcelBackend } from '../../excel-addin/taskpane/excel-backend';
import type { ActionsAdded } from '../../shared/deals/add-actions';
import { serialFromParts } from '../../shared/pipeline/dates';
import { actionPlanTemplate, pipelineFunnelTemplate } from '../../shared/templates';
import type { BackendResult, InsertedSheet } from '../../shared/workbook/backend';
import { installServerFunctions } from '../helpers/server-functions';
import { runOnMock } from '../helpers/excel-mock-run';

const PLAN = actionPlanTemplate({ locale: 'en' }).layout;
const LIST = PLAN.actions;
const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
const GAP = { action: 'Close the gap: Is there a compelling event?', owner: '', due: '2026-12-01', source: 'Gap 7: Is there a compelling event?' };

function ok<T>(result: unknown): T {
  const r = result as BackendResult<T>;
  if (!r.ok) throw new Error(`expected success, got: ${r.message}`);
  return r.value;
}

const col = (letter: string): number => letter.charCodeAt(0) - 64;

describe('addActions in Excel (office-addin-mock)', () => {
  function setup() {
    const mock = withSheetOrder(withNamedRangeRanges(createExcelMock({ sheets: [{ name: 'Notes', cells: { A1: 'my notes' } }] })));
    const sync = jest.spyOn(mock.context, 'sync');
    const backend = createExcelBackend(runOnMock(mock));
    const set = (sheet: string, a1: string, value: unknown): void => {
      const cell = mock.model.cell(sheet, a1, true);
      if (cell) cell.value = value as never;
    };
    return { mock, sync, backend, set };
  }

  it('appends below the filled rows of the deal’s action plan in two syncs, as values, owner from the pipeline', async () => {
    const { mock, sync, backend, set } = setup();
    const pipeline = ok<InsertedSheet>(await backend.insertTemplate({ id: 'pipelineFunnel' }, 'en')).sheetName;
    set(pipeline, `${FUNNEL.columns.id}${FUNNEL.firstRow}`, 'D-9');
    set(pipeline, `${FUNNEL.columns.owner}${FUNNEL.firstRow}`, 'Li Na');
    const plan = ok<InsertedSheet>(await backend.insertTemplate({ id: 'actionPlan' }, 'en')).sheetName;
    set(plan, PLAN.dealId, 'D-9');
    set(plan, `${LIST.columns.action}${LIST.firstRow}`, 'Typed by the rep');
    sync.mockClear();

    const added = ok<ActionsAdded>(await backend.addActions({ dealId: '', sheetName: plan, actions: [GAP] }, 'en'));
    expect(added).toEqual({ dealId: 'D-9', sheetName: plan, created: false, rows: [LIST.firstRow + 1] });
    expect(sync).toHaveBeenCalledTimes(2);
    const row = LIST.firstRow + 1;
    const cell = (letter: string) => mock.model.cell(plan, `${letter}${row}`);
    expect(cell(LIST.columns.dealId)).toMatchObject({ value: 'D-9', formula: '' });
    expect(cell(LIST.columns.action)?.value).toBe(GAP.action);
    expect(cell(LIST.columns.owner)?.value).toBe('Li Na');
    expect(cell(LIST.columns.due)?.value).toBe(serialFromParts(2026, 12, 1));
    expect(cell(LIST.columns.status)?.value).toBe('open');
    expect(cell(LIST.columns.source)?.value).toBe(GAP.source);
    expect(mock.model.cell(plan, `${LIST.columns.action}${LIST.firstRow}`)?.value).toBe('Typed by the rep');
  });

  it('creates a sheet for a deal with no action list and names it in the answer', async () => {
    const { mock, backend } = setup();
    const added = ok<ActionsAdded>(await backend.addActions({ dealId: 'D-77', sheetName: null, actions: [GAP] }, 'zh-CN'));
    expect(added).toMatchObject({ dealId: 'D-77', sheetName: '行动清单', created: true });
    expect(mock.model.cell('行动清单', 'B2')?.value).toBe('D-77');
    expect(mock.model.cell('Notes', 'A1')?.value).toBe('my notes');
  });
});

describe('addActions as an Apps Script server function (SpreadsheetApp fake)', () => {
  let globals: FakeGasGlobals;
  type Server = Record<string, (...args: unknown[]) => unknown>;
  const server = globalThis as unknown as Server;

  beforeAll(() => installServerFunctions());
  beforeEach(() => {
    globals = createGasGlobals({ sheets: ['Notes'] });
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts, LockService: globals.LockService });
  });

  it('appends under the document lock, the status in the list’s language, refusing a bad request before touching the sheet', () => {
    const app = globals.SpreadsheetApp;
    const plan = ok<InsertedSheet>(server.dealkitInsertTemplate({ id: 'actionPlan' }, 'zh-CN')).sheetName;
    const sheet = app.spreadsheet.getSheetByName(plan)!;
    sheet.getRange(PLAN.dealId).setValue('D-5');
    sheet.getRange(LIST.firstRow, col(LIST.columns.action), 2, 1).setValues([['第一项'], ['第二项']]);

    const added = ok<ActionsAdded>(JSON.parse(JSON.stringify(server.dealkitAddActions({ dealId: 'D-5', sheetName: null, actions: [GAP, { ...GAP, owner: 'Zhou' }] }, 'en'))));
    expect(added).toEqual({ dealId: 'D-5', sheetName: plan, created: false, rows: [LIST.firstRow + 2, LIST.firstRow + 3] });
    expect(globals.documentLock.hasLock()).toBe(false);
    const rows = sheet.getRange(LIST.firstRow + 2, 1, 2, 6).getValues();
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[5]])).toEqual([
      ['D-5', GAP.action, '', '未完成', GAP.source],
      ['D-5', GAP.action, 'Zhou', '未完成', GAP.source],
    ]);
    expect(sheet.getRange(LIST.firstRow + 2, col(LIST.columns.action)).getFormula()).toBe('');
    expect(sheet.getRange(LIST.firstRow, col(LIST.columns.action), 2, 1).getValues()).toEqual([['第一项'], ['第二项']]);

    const refused = server.dealkitAddActions({ dealId: 'D-5', sheetName: null, actions: [{ action: 'x', due: '2026-12-01' }] }, 'en') as BackendResult<unknown>;
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/^request\.actions\[0\]\.owner: /) });
  });
});
