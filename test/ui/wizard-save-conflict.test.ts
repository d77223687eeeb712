/**
 * The Qualify panel over the playground's workbook when another user saved the same assessment since
 * the wizard read it: the save is refused with the cells, and the rep either keeps the sheet's values
 * (the wizard reads them again) or saves the wizard's answers over them.
 */
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { appReducer, initialAppState, type AppAction, type AppState } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';
import { operationsOver } from '../../shared/workbook/run-operation';

function wired() {
  const workbook = new PlaygroundWorkbook();
  const sheets = loadSampleWorkbook(workbook);
  let state: AppState = initialAppState('en', 'qualify');
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  const controller = createController(createPlaygroundBackend(workbook), dispatch, () => state);
  return { workbook, sheets, controller, dispatch, state: () => state };
}

/** Another user's save of the first rating, through the same operations. */
function otherUserRates(workbook: PlaygroundWorkbook, rating: 'favourable' | 'unfavourable' | 'unknown'): void {
  const ops = operationsOver(workbook.host());
  const read = ops.readAssessment('en');
  if (!read.ok || !read.value) throw new Error('no assessment');
  const saved = ops.writeAssessment({ ...read.value, ours: read.value.ours.map((r, i) => (i === 0 ? rating : r)), read: read.value }, 'en');
  if (!saved.ok) throw new Error(saved.message);
}

describe('Qualify saves over another user’s change', () => {
  it('refuses with the cell, then keeps the sheet’s values when the rep says so', async () => {
    const { workbook, controller, dispatch, state } = wired();
    await controller.open('qualify');
    // The sample reads E8 as favourable: this rep makes it unfavourable, the other user unknown.
    expect(state().qualify.ours[0]).toBe('favourable');
    dispatch({ type: 'qualify', action: { type: 'rate', index: 0, side: 'ours', rating: 'unfavourable' } });
    otherUserRates(workbook, 'unknown');

    await controller.saveAssessment();
    expect(state().qualify.conflicts).toHaveLength(1);
    expect(state().error).toContain('E8');

    await controller.keepSheetValues('qualify');
    expect(state().qualify.conflicts).toEqual([]);
    expect(state().qualify.ours[0]).toBe('unknown');
  });

  it('saves the wizard’s answer over the change only when the rep chooses to', async () => {
    const { workbook, sheets, controller, dispatch, state } = wired();
    await controller.open('qualify');
    dispatch({ type: 'qualify', action: { type: 'rate', index: 0, side: 'ours', rating: 'unfavourable' } });
    otherUserRates(workbook, 'unknown');
    await controller.saveAssessment();
    expect(state().qualify.conflicts).toHaveLength(1);
    await controller.saveAssessment(true);
    expect(state().qualify.conflicts).toEqual([]);
    expect(workbook.snapshot(sheets.assessment, false)?.values[7]?.[4]).toBe('-');
    // The sheet now holds the rep's save: the next save compares against it and goes through.
    dispatch({ type: 'qualify', action: { type: 'rate', index: 1, side: 'ours', rating: 'favourable' } });
    await controller.saveAssessment();
    expect(state().error).toBeNull();
  });
});

describe('Settings saves over another manager’s change', () => {
  it('refuses with the currency cell, and keeping the sheet’s values takes the other manager’s currency as the draft', async () => {
    const { workbook, controller, dispatch, state } = wired();
    await controller.open('settings');
    const read = state().settings.saved;
    expect(read).not.toBeNull();
    const ops = operationsOver(workbook.host());
    const other = ops.writeSettings({ ...read!, currency: 'EUR', read: read! }, 'en');
    expect(other.ok).toBe(true);

    dispatch({ type: 'settings', action: { type: 'edit', patch: { currency: 'CNY' } } });
    await controller.saveSettings();
    expect(state().settings.conflicts).toEqual([expect.objectContaining({ field: 'currency', now: 'EUR', wizard: 'CNY' })]);
    expect(workbook.namedValue('DK_CURRENCY')).toBe('EUR');

    await controller.keepSheetValues('settings');
    expect(state().settings.draft?.currency).toBe('EUR');
    expect(state().settings.conflicts ?? []).toEqual([]);
  });
});
