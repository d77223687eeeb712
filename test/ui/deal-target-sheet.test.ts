/**
 * The playground runs the same workbook operations as the Apps Script server: an update goes to the
 * sheet it names, generated sheets are never offered, and a save over another user's change asks.
 */
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';
import type { PipelineView } from '../../shared/workbook/backend';
import { operationsOver } from '../../shared/workbook/run-operation';

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];

function workbookWith(names: readonly string[]): PlaygroundWorkbook {
  const workbook = new PlaygroundWorkbook();
  for (const name of names) {
    workbook.hf.addSheet(name);
    const rows = [['Rep:', 'Ana'], HEADER, ...[0, 1, 2].map((i) => [`A-${i}`, `Deal ${i}`, 1000 * (i + 1), 'G20', '2026-12-10', 'Call'])];
    workbook.hf.setCellContents({ sheet: workbook.sheetId(name) as number, row: 0, col: 0 }, rows);
  }
  return workbook;
}

function listed(workbook: PlaygroundWorkbook): PipelineView {
  const result = operationsOver(workbook.host()).listDeals('en');
  if (!result.ok || !result.value) throw new Error('no pipeline listed');
  return result.value;
}

const stageAt = (workbook: PlaygroundWorkbook, sheet: string, row: number): unknown => workbook.cellValue(sheet, row - 1, 3);

function updateOf(view: PipelineView, row: number, stage: string) {
  const deal = view.deals.find((candidate) => candidate.row === row);
  if (!deal) throw new Error(`no deal in row ${row}`);
  return {
    sheetName: view.sheetName,
    row,
    dealId: deal.id,
    stage,
    proofs: deal.proofs,
    review: { finished: '', evidence: '', doingNow: '', preparingNext: '' },
    stageEntered: '2026-12-01',
    read: deal,
  };
}

describe('Update a deal in the playground', () => {
  it('writes the sheet it names, not the active one', () => {
    const workbook = workbookWith(['Ana', 'Ana copy']);
    workbook.activate('Ana');
    const view = listed(workbook);
    workbook.activate('Ana copy');
    const result = operationsOver(workbook.host()).updateDeal(updateOf(view, 3, 'A90'), 'en');
    expect(result).toMatchObject({ ok: true, value: { sheetName: 'Ana' } });
    expect(stageAt(workbook, 'Ana', 3)).toBe('A90');
    expect(stageAt(workbook, 'Ana copy', 3)).toBe('G20');
  });

  it('never offers the Team pipeline sheet the roll-up writes', () => {
    const workbook = workbookWith(['Ana']);
    const rolled = operationsOver(workbook.host()).rollUpTeam(null, 'en');
    expect(rolled.ok).toBe(true);
    const team = workbook.sheetNames().find((name) => name.startsWith('Team pipeline'));
    expect(team).toBeDefined();
    workbook.activate(team as string);
    expect(listed(workbook).sheetName).toBe('Ana');
  });

  it('answers a save over a change made since the wizard read the deal with the conflicting cells, writing nothing', () => {
    const workbook = workbookWith(['Ana']);
    const ops = operationsOver(workbook.host());
    const seenByA = listed(workbook);
    const seenByB = listed(workbook);
    expect(ops.updateDeal(updateOf(seenByB, 3, 'C50'), 'en').ok).toBe(true);
    const fromA = ops.updateDeal(updateOf(seenByA, 3, 'A90'), 'zh-CN');
    expect(fromA).toMatchObject({ ok: false, conflicts: [{ cell: 'Ana!D3', field: 'stage', read: 'G20', now: 'C50', wizard: 'A90' }] });
    if (!fromA.ok) expect(fromA.message).toMatch(/Ana!D3.*[\u4e00-\u9fff]/);
    expect(stageAt(workbook, 'Ana', 3)).toBe('C50');
  });
});

describe("the deal panel when a save meets another user's change", () => {
  it('shows the conflicting cells, writes nothing, and saves over them only when the rep chooses to', async () => {
    const workbook = workbookWith(['Ana']);
    let state: AppState = initialAppState('en', 'deal');
    const dispatch = (action: AppAction): void => {
      state = appReducer(state, action);
    };
    const controller = createController(createPlaygroundBackend(workbook), dispatch, () => state);
    await controller.open('deal');
    dispatch({ type: 'deal', action: { type: 'pick', row: 3, today: '2026-12-06' } });
    dispatch({ type: 'deal', action: { type: 'chooseStage', stage: 'A90' } });

    // Another user moves the same deal while this wizard is open.
    const other = listed(workbook);
    expect(operationsOver(workbook.host()).updateDeal(updateOf(other, 3, 'C50'), 'en').ok).toBe(true);

    await controller.updateDeal();
    expect(state.deal.conflicts).toEqual([{ cell: 'Ana!D3', field: 'stage', read: 'G20', now: 'C50', wizard: 'A90' }]);
    expect(state.error).toContain('Ana!D3');
    expect(stageAt(workbook, 'Ana', 3)).toBe('C50');

    await controller.updateDeal(true);
    expect(stageAt(workbook, 'Ana', 3)).toBe('A90');
    expect(state.deal.conflicts).toEqual([]);
    expect(state.deal.updated).toBe(true);
  });
});
