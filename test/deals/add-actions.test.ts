import { cellA1 } from '../../shared/a1';
import { dealIdOfSheet } from '../../shared/deals/deal-sheet';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { actionTableOf } from '../../shared/deals/action-list';
import type { ActionsAdded, AddActionsRequest } from '../../shared/deals/add-actions';
import { serialFromParts } from '../../shared/pipeline/dates';
import { DASHBOARD_MARKER } from '../../shared/pipeline/markers';
import { buildTemplate, type ActionPlanLayout } from '../../shared/templates';
import type { BackendResult } from '../../shared/workbook/backend';
import { operationsOver } from '../../shared/workbook/run-operation';

/**
 * Adding actions through the operation as the playground runs it (the same runner the Apps Script
 * server uses): rows appended as values below the last filled one, the deal's rep as the owner when
 * none is given, a new Actions sheet when the deal has none; then the roll-up's Dashboard counts the
 * overdue ones per rep.
 */

function ok<T>(result: BackendResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.message}`);
  return result.value;
}

function sample() {
  const workbook = new PlaygroundWorkbook();
  const sheets = loadSampleWorkbook(workbook, { history: false });
  return { workbook, sheets, ops: operationsOver(workbook.host()) };
}

function insertPlan(workbook: PlaygroundWorkbook, locale: 'en' | 'zh-CN', dealId: string): { name: string; layout: ActionPlanLayout } {
  const built = buildTemplate('actionPlan', { locale });
  const name = workbook.applyPlan(built.plan).sheetNames[built.sheetKey];
  const layout = built.layout as ActionPlanLayout;
  workbook.setCellInput(name, layout.dealId, dealId);
  return { name, layout };
}

function blankDealId(workbook: PlaygroundWorkbook, sheetName: string): void {
  const found = dealIdOfSheet(workbook.snapshot(sheetName, false)!);
  if (!found) throw new Error(`${sheetName} carries no Deal ID label`);
  workbook.setCellInput(sheetName, cellA1(found.row, found.column), '');
}

const request = (dealId: string, actions: AddActionsRequest['actions'], sheetName: string | null = null): AddActionsRequest => ({ dealId, sheetName, actions });
const gap = (action: string, due: string, owner = ''): AddActionsRequest['actions'][number] => ({ action, owner, due, source: 'Gap: Is there a compelling event?' });

describe('adding actions to a deal’s action list', () => {
  it('appends below the last filled row of the deal’s action plan, as values, the deal’s rep as owner, status open', () => {
    const { workbook, ops } = sample();
    const { name, layout } = insertPlan(workbook, 'en', 'D-101');
    const a = layout.actions;
    // A rep's own line, and a note further down that must survive.
    workbook.setCellInput(name, `${a.columns.action}${a.firstRow}`, 'Map the buying committee');
    workbook.setCellInput(name, `${a.columns.source}${a.firstRow + 2}`, 'hand note');

    const added = ok(ops.addActions(request('d-101', [gap('Find the compelling event', '2026-12-01'), gap('Meet the CFO', '2026-12-05', 'Zhou Yu')]), 'en')) as ActionsAdded;
    expect(added).toEqual({ dealId: 'd-101', sheetName: name, created: false, rows: [a.firstRow + 3, a.firstRow + 4] });

    const table = actionTableOf(workbook.snapshot(name, false)!);
    expect(table?.rows.map((r) => [r.row, r.dealId, r.action, r.owner, r.due, r.status, r.source])).toEqual([
      [a.firstRow, 'D-101', 'Map the buying committee', '', undefined, 'open', ''],
      [a.firstRow + 2, 'D-101', '', '', undefined, 'open', 'hand note'],
      [a.firstRow + 3, 'd-101', 'Find the compelling event', 'Li Na', serialFromParts(2026, 12, 1), 'open', 'Gap: Is there a compelling event?'],
      [a.firstRow + 4, 'd-101', 'Meet the CFO', 'Zhou Yu', serialFromParts(2026, 12, 5), 'open', 'Gap: Is there a compelling event?'],
    ]);
    const written = workbook.snapshot(name, true)!;
    const row = a.firstRow + 3;
    for (const column of Object.values(a.columns)) expect(String(written.formulas?.[row - 1]?.[column.charCodeAt(0) - 65] ?? '')).not.toMatch(/^=/);
    // The sheet's own ACTIONS_DUE column speaks of the new rows.
    expect(workbook.cellValue(name, row - 1, a.standing.charCodeAt(0) - 65)).toMatch(/^(overdue|due)/);
  });

  it('writes the status in the language of the list it goes to', () => {
    const { workbook, ops } = sample();
    const { name, layout } = insertPlan(workbook, 'zh-CN', 'D-102');
    ok(ops.addActions(request('D-102', [gap('安排高层会面', '2026-12-01')]), 'en'));
    expect(workbook.cellValue(name, layout.actions.firstRow - 1, layout.actions.columns.status.charCodeAt(0) - 65)).toBe('未完成');
    expect(workbook.cellValue(name, layout.actions.firstRow - 1, layout.actions.columns.owner.charCodeAt(0) - 65)).toBe('Wang Wei');
    // The Chinese list's own ACTIONS_DUE answers in Chinese.
    expect(workbook.cellValue(name, layout.actions.firstRow - 1, layout.actions.standing.charCodeAt(0) - 65)).toMatch(/^(逾期 \d+ 天|\d+ 天后到期|今天到期)$/);
  });

  it('creates an Actions sheet for a deal with no action list, and says so', () => {
    const { workbook, ops } = sample();
    const before = workbook.sheetNames();
    const added = ok(ops.addActions(request('D-104', [gap('Agree the evaluation plan', '2026-11-30')]), 'zh-CN')) as ActionsAdded;
    expect(added.created).toBe(true);
    expect(before).not.toContain(added.sheetName);
    expect(added.sheetName).toBe('行动清单');
    const table = actionTableOf(workbook.snapshot(added.sheetName, false)!);
    expect(table).toMatchObject({ sheetDealId: 'D-104' });
    expect(table?.rows.map((r) => [r.dealId, r.action, r.owner, r.status])).toEqual([['D-104', 'Agree the evaluation plan', 'Zhang Min', 'open']]);
    // A second action for the deal goes to the sheet just made, not to another new one.
    const again = ok(ops.addActions(request('D-104', [gap('Book the pilot', '2026-12-09')]), 'en')) as ActionsAdded;
    expect(again).toMatchObject({ sheetName: added.sheetName, created: false });
  });

  it('appends to a rep’s own tracker of several deals rather than creating a sheet', () => {
    const { workbook, ops } = sample();
    workbook.applyPlan({
      sheets: [
        {
          key: 'mine',
          target: { kind: 'new', baseName: 'My actions' },
          values: [
            {
              at: 'A1',
              rows: [
                ['Deal ID', 'Action', 'Due', 'Status'],
                ['D-201', 'Send proposal', '2026-11-02', 'done'],
              ],
            },
          ],
        },
      ],
    });
    const added = ok(ops.addActions(request('D-103', [gap('Call the sponsor', '2026-11-20')]), 'en')) as ActionsAdded;
    expect(added).toEqual({ dealId: 'D-103', sheetName: 'My actions', created: false, rows: [3] });
  });

  it('takes the deal from the sheet the wizard works on when no Deal ID is typed, and refuses when there is none, in both languages', () => {
    const { workbook, ops, sheets } = sample();
    const { name } = insertPlan(workbook, 'en', 'D-103');
    expect(ok(ops.addActions(request('', [gap('Call the sponsor', '2026-11-20')], name), 'en'))).toMatchObject({ dealId: 'D-103', sheetName: name });
    // The sample assessment belongs to D-101; an assessment made before Deal IDs has none.
    expect(ok(ops.addActions(request('', [gap('Call the sponsor', '2026-11-20')], sheets.assessment), 'en'))).toMatchObject({ dealId: 'D-101' });
    blankDealId(workbook, sheets.assessment);
    const english = ops.addActions(request(' ', [gap('Call the sponsor', '2026-11-20')], sheets.assessment), 'en');
    const chinese = ops.addActions(request('', [gap('Call the sponsor', '2026-11-20')], sheets.assessment), 'zh-CN');
    expect(english).toMatchObject({ ok: false, message: expect.stringMatching(/Type its Deal ID/) });
    expect(chinese).toMatchObject({ ok: false, message: expect.stringMatching(/请填写商机编号/) });
    expect(ops.addActions(request('D-103', [gap('Call', 'next week')]), 'en')).toMatchObject({ ok: false, message: expect.stringMatching(/"next week" is not a date/) });
  });
});

describe('overdue actions on the Dashboard', () => {
  it('counts open actions past due per rep as of the roll-up’s today: done, dropped and due-today ones are not overdue', () => {
    const { workbook, ops } = sample();
    const plan = insertPlan(workbook, 'en', 'D-101').name;
    ok(ops.addActions(request('D-101', [gap('Late one', '2026-11-01'), gap('Later one', '2026-11-10', 'Chen Jie'), gap('Not yet', '2030-01-01'), gap('Due today', '2026-11-25')]), 'en'));
    ok(ops.addActions(request('D-102', [gap('Late for Wang', '2026-10-01')]), 'en'));
    const { layout } = { layout: buildTemplate('actionPlan', { locale: 'en' }).layout as ActionPlanLayout };
    // A finished late one and a dropped late one do not count.
    ok(ops.addActions(request('D-101', [gap('Finished', '2026-10-01'), gap('Dropped', '2026-10-01')]), 'en'));
    const status = layout.actions.columns.status;
    workbook.setCellInput(plan, `${status}${layout.actions.firstRow + 4}`, 'done');
    workbook.setCellInput(plan, `${status}${layout.actions.firstRow + 5}`, '已放弃');

    // The roll-up's today is the workbook's: 2026-11-25.
    jest.useFakeTimers({ now: new Date(2026, 10, 25, 10) });
    try {
      ok(ops.rollUpTeam(null, 'en'));
    } finally {
      jest.useRealTimers();
    }
    const dashboard = workbook.sheetNames().find((name) => workbook.snapshot(name, false)?.values[0]?.[0] === DASHBOARD_MARKER)!;
    const values = workbook.snapshot(dashboard, false)!.values;
    const at = values.findIndex((row) => row[0] === 'Overdue actions');
    expect(at).toBeGreaterThan(0);
    const header = values.findIndex((row, i) => i > at && row[0] === 'Rep');
    const repRows = values.slice(header + 1, header + 5).map((row) => row.slice(0, 3));
    expect(repRows).toEqual([
      ['Li Na', 3, 1],
      ['Chen Jie', 1, 1],
      ['Wang Wei', 1, 1],
      ['Team', 5, 3],
    ]);
    // Each overdue action is listed, the longest overdue first, with where it is.
    const list = values.findIndex((row, i) => i > header && row[2] === 'Action');
    expect(values.slice(list + 1, list + 4).map((row) => [row[0], row[1], row[2], row[4], row[6]])).toEqual([
      ['Wang Wei', 'D-102', 'Late for Wang', 55, 'Actions'],
      ['Li Na', 'D-101', 'Late one', 24, plan],
      ['Chen Jie', 'D-101', 'Later one', 15, plan],
    ]);
  });
});
