/**
 * The Qualify and Value wizards over the playground's workbook: the Deal ID is picked from the rep's
 * pipeline or a new deal gets an id no pipeline row uses, and saving writes it as a value where the
 * roll-up reads it.
 */
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { dealIdOfSheet } from '../../shared/deals/deal-sheet';
import { freshDealId } from '../../shared/deals/fresh-deal-id';
import { appReducer, initialAppState, type AppAction, type AppState, type Panel } from '../../shared/ui/app-state';
import { createController } from '../../shared/ui/controller';
import { operationsOver } from '../../shared/workbook/run-operation';

function wired(panel: Panel) {
  const workbook = new PlaygroundWorkbook();
  const sheets = loadSampleWorkbook(workbook);
  let state: AppState = initialAppState('en', panel);
  const dispatch = (action: AppAction): void => {
    state = appReducer(state, action);
  };
  const controller = createController(createPlaygroundBackend(workbook), dispatch, () => state);
  return { workbook, sheets, controller, dispatch, state: () => state };
}

describe('a new deal’s id', () => {
  it('follows the highest D-number in the pipeline and is never one the pipeline uses', () => {
    expect(freshDealId(['D-101', 'D-007', 'ACME-1', ''])).toBe('D-102');
    expect(freshDealId([])).toBe('D-001');
    expect(freshDealId(['d-009'])).toBe('D-010');
  });
});

describe('the Qualify wizard’s Deal ID', () => {
  it('shows the sheet’s id and offers the rep’s pipeline deals', async () => {
    const { controller, state } = wired('qualify');
    await controller.open('qualify');
    expect(state().qualify.dealId).toBe('D-101');
    expect(state().qualify.dealOptions.map((o) => o.id)).toEqual(['D-101', 'D-102', 'D-103', 'D-104']);
    expect(state().qualify.dealOptions[0].name).toBe('Northwind Logistics · Warehouse scanning');
  });

  it('saves another deal’s id into the sheet, as a value, and the roll-up joins it there', async () => {
    const { workbook, sheets, controller, dispatch, state } = wired('qualify');
    await controller.open('qualify');
    dispatch({ type: 'qualify', action: { type: 'chooseDeal', dealId: 'D-103' } });
    await controller.saveAssessment();
    expect(state().error).toBeNull();
    const sheet = workbook.snapshot(sheets.assessment, true);
    expect(sheet && dealIdOfSheet(sheet)?.id).toBe('D-103');
    expect(String(sheet?.formulas?.[4]?.[4] ?? '')).not.toMatch(/^=/);
    const rolled = operationsOver(workbook.host()).rollUpTeam(null, 'en');
    // D-103 is at B75 (Best case) and the sheet's verdict is Qualify further; D-101 now has no assessment.
    expect(rolled.ok && rolled.value.report?.dealHealth?.flags.find((f) => f.id === 'forecastQualifyFurther')?.deals).toBe(1);
    expect(rolled.ok && rolled.value.report?.dealHealth?.withoutAssessment).toBe(5);
  });
});

describe('the Value wizard’s Deal ID', () => {
  it('gives a new value proposition a new deal’s id no pipeline row uses', async () => {
    const { workbook, controller, dispatch, state } = wired('value');
    workbook.activate(workbook.sheetNames()[0]);
    await controller.open('value');
    expect(state().value.sheetName).toBeNull();
    const fresh = freshDealId(state().value.dealOptions.map((o) => o.id));
    expect(state().value.dealOptions.map((o) => o.id)).not.toContain(fresh);
    dispatch({ type: 'value', action: { type: 'chooseDeal', dealId: fresh } });
    dispatch({ type: 'value', action: { type: 'figure', kind: 'benefits', period: 1, text: '1000' } });
    await controller.saveValue();
    expect(state().error).toBeNull();
    const saved = state().value.sheetName as string;
    const sheet = workbook.snapshot(saved, false);
    expect(sheet && dealIdOfSheet(sheet)?.id).toBe(fresh);
  });
});
