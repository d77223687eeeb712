/**
 * The wizards' offer to add actions, through the controller over the playground's workbook: the
 * Update-a-deal wizard adds a review answer to the deal it is on (no Deal ID to type), with the due date
 * a week out unless the rep picks one; each offer is added once; the notice says where it went, in
 * the pane's language, and that a sheet was created when the deal had no action list.
 */
import { cellA1 } from '../../shared/a1';
import { dealIdOfSheet } from '../../shared/deals/deal-sheet';
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { actionTableOf } from '../../shared/deals/action-list';
import { serialFromParts } from '../../shared/pipeline/dates';
import { defaultDue } from '../../shared/ui/action-offer';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';

function wired(locale: 'en' | 'zh-CN') {
  const workbook = new PlaygroundWorkbook();
  loadSampleWorkbook(workbook, { history: false });
  let state: AppState = initialAppState(locale, 'home');
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  const controller = createController(createPlaygroundBackend(workbook), dispatch, () => state);
  return { workbook, controller, dispatch, state: () => state };
}

const REVIEW = { key: 'review:preparingNext:Book the CFO meeting', action: 'Book the CFO meeting', source: 'Review question: How are you preparing for the next step?' };

describe('adding an action from a wizard', () => {
  it('offers a due date a week after today', () => {
    expect(defaultDue('2026-12-28')).toBe('2027-01-04');
  });

  it('from the Update-a-deal wizard: the deal it is on, a created list said so, the offer marked added; then appended', async () => {
    const { workbook, controller, dispatch, state } = wired('zh-CN');
    await controller.open('deal');
    const deal = state().deal.view?.deals.find((d) => d.id === 'D-103');
    if (!deal) throw new Error('no D-103');
    dispatch({ type: 'deal', action: { type: 'pick', row: deal.row, today: '2026-11-25' } });
    dispatch({ type: 'actions', action: { type: 'field', field: 'due', value: '2026-12-04' } });

    await controller.addAction(REVIEW, 'deal');
    expect(state().error).toBeNull();
    expect(state().notice).toBe('商机 D-103 还没有行动清单：已新建工作表“行动清单”并写入该行动。');
    expect(state().actions.added).toEqual([REVIEW.key]);
    const table = actionTableOf(workbook.snapshot('行动清单', false)!);
    expect(table?.rows.map((r) => [r.dealId, r.action, r.owner, r.due, r.source])).toEqual([['D-103', REVIEW.action, 'Li Na', serialFromParts(2026, 12, 4), REVIEW.source]]);

    dispatch({ type: 'setLocale', locale: 'en' });
    await controller.addAction({ ...REVIEW, key: 'review:doingNow:Demo', action: 'Demo' }, 'deal');
    expect(state().notice).toBe(`Added to the action list of deal D-103 on sheet "行动清单", row ${table!.headerRow + 2}.`);
  });

  it('from the Qualify wizard with no Deal ID typed: the assessment’s own deal', async () => {
    const { workbook, controller, state } = wired('en');
    await controller.open('qualify');
    await controller.addAction({ key: 'gap:TAS.05', action: 'Close the gap', source: 'Gap 5' }, 'qualify');
    expect(state().error).toBeNull();
    expect(state().actions.added).toEqual(['gap:TAS.05']);
    const table = actionTableOf(workbook.snapshot('Actions', false)!);
    expect(table?.rows.map((r) => [r.dealId, r.action, r.source])).toEqual([['D-101', 'Close the gap', 'Gap 5']]);
  });

  it('from the Qualify wizard: the deal picked in the wizard, before the assessment is saved', async () => {
    const { workbook, controller, dispatch, state } = wired('en');
    await controller.open('qualify');
    dispatch({ type: 'qualify', action: { type: 'chooseDeal', dealId: 'D-203' } });
    await controller.addAction({ key: 'gap:TAS.05', action: 'Close the gap', source: 'Gap 5' }, 'qualify');
    expect(state().error).toBeNull();
    expect(actionTableOf(workbook.snapshot('Actions', false)!)?.rows.map((r) => r.dealId)).toEqual(['D-203']);
  });

  it('from the Qualify wizard with no Deal ID typed and none on the assessment: the message asks for one', async () => {
    const { workbook, controller, state } = wired('en');
    const assessment = workbook.sheetNames().find((name) => dealIdOfSheet(workbook.snapshot(name, false)!)?.id === 'D-101' && /Assessment/.test(name))!;
    const found = dealIdOfSheet(workbook.snapshot(assessment, false)!)!;
    workbook.setCellInput(assessment, cellA1(found.row, found.column), '');
    await controller.open('qualify');
    await controller.addAction({ key: 'gap:TAS.05', action: 'Close the gap', source: 'Gap 5' }, 'qualify');
    expect(state().error).toMatch(/Type its Deal ID/);
    expect(state().actions.added).toEqual([]);
  });
});
