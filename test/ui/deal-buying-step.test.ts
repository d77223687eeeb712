/**
 * Update a deal shows the customer's buying step the stage expects and records the evidenced one:
 * listed from a real pipeline sheet in the playground, chosen in the wizard, written to the row.
 */
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { BUYING_PROCESSES, buyingStepWord } from '../../shared/methods/buying-process';
import { buildTemplate } from '../../shared/templates/catalog';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { buyingStepCheck, buyingStepChoices } from '../../shared/ui/deal-buying-step';
import { dealEdited, dealReducer, dealUpdate, INITIAL_DEAL_STATE, type DealState } from '../../shared/ui/wizard-deal';
import type { PipelineView } from '../../shared/workbook/backend';
import { operationsOver } from '../../shared/workbook/run-operation';
import { parseA1 } from '../../shared/a1';

function pipeline(locale: 'en' | 'zh-CN') {
  const workbook = new PlaygroundWorkbook();
  const built = buildTemplate('pipelineFunnel', { locale, ladder: 'SIGNATURE' });
  const layout = built.layout as PipelineFunnelLayout;
  const sheet = workbook.applyPlan(built.plan).sheetNames[built.sheetKey];
  const c = layout.columns;
  const r = layout.firstRow;
  workbook.setCellInputs(sheet, `${c.id}${r}:${c.stage}${r}`, [['S-1', 'Acme', 'ERP', 'Ann', '50000', '', 'Proposed']]);
  workbook.setCellInput(sheet, `${c.closeDate}${r}`, '2026-12-20');
  workbook.setCellInput(sheet, `${c.buyingStep}${r}`, buyingStepWord(BUYING_PROCESSES.SIGNATURE.steps[3], locale));
  workbook.activate(sheet);
  const ops = operationsOver(workbook.host());
  const listed = ops.listDeals('en');
  if (!listed.ok || !listed.value) throw new Error('no pipeline listed');
  return { workbook, sheet, layout, ops, view: listed.value };
}

const picked = (view: PipelineView): DealState =>
  [
    { type: 'loaded' as const, view },
    { type: 'pick' as const, row: view.deals[0].row, today: '2026-11-25' },
  ].reduce(dealReducer, INITIAL_DEAL_STATE);

describe('the buying step in Update a deal', () => {
  it('reads the evidenced step from the row and shows the one the stage expects, flagging the lag', () => {
    const { view } = pipeline('zh-CN');
    expect(view.buying).toMatchObject({ recordable: true, sheetLocale: 'zh-CN' });
    const state = picked(view);
    expect(state.buyingStep).toBe('4. 评估各种选择');
    const check = buyingStepCheck(view, state.stage, state.buyingStep);
    expect(check.expected?.label['zh-CN']).toBe('选择解决方案');
    expect(check.evidenced?.number).toBe(4);
    expect(check.behind).toBe(1);
    // Moving the deal back to Qualified matches the customer's step: no lag.
    expect(buyingStepCheck(view, 'Qualified', state.buyingStep).behind).toBe(0);
    // Won: the customer's process no longer decides anything.
    expect(buyingStepCheck(view, 'Won', state.buyingStep).behind).toBe(0);
  });

  it('offers the steps in the words of the sheet’s own dropdown and writes the chosen one to the row', () => {
    const { workbook, sheet, layout, ops, view } = pipeline('zh-CN');
    const choices = buyingStepChoices(view);
    expect(choices.map((choice) => choice.value)).toEqual(BUYING_PROCESSES.SIGNATURE.steps.map((step) => buyingStepWord(step, 'zh-CN')));
    let state = picked(view);
    expect(dealEdited(state)).toBe(false);
    state = dealReducer(state, { type: 'chooseBuyingStep', step: choices[4].value });
    expect(dealEdited(state)).toBe(true);
    const update = dealUpdate(state);
    expect(update?.buyingStep).toBe('5. 选择解决方案');
    const saved = ops.updateDeal(update!, 'en');
    expect(saved.ok).toBe(true);
    const cell = parseA1(`${layout.columns.buyingStep}${layout.firstRow}`);
    expect(workbook.cellValue(sheet, cell.row, cell.column)).toBe('5. 选择解决方案');
    // The sheet's own flag clears with it.
    const behind = parseA1(`${layout.buying.behind}${layout.firstRow}`);
    expect(workbook.cellValue(sheet, behind.row, behind.column)).toBe(0);
    if (saved.ok) expect(buyingStepCheck(saved.value, 'Proposed', saved.value.deals[0].buyingStep).behind).toBe(0);
  });

  it('leaves the cell alone when the rep does not touch the step', () => {
    const { view } = pipeline('en');
    const state = dealReducer(picked(view), { type: 'chooseStage', stage: 'Won' });
    expect(dealUpdate(state)?.buyingStep).toBeUndefined();
  });

  it('refuses words that name no step, writing nothing', () => {
    const { ops, view, workbook, sheet, layout } = pipeline('en');
    const update = { ...dealUpdate(picked(view))!, buyingStep: 'Signed yesterday' };
    const refused = ops.updateDeal(update, 'zh-CN');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/Signed yesterday.*[\u4e00-\u9fff]|[\u4e00-\u9fff].*Signed yesterday/);
    const cell = parseA1(`${layout.columns.buyingStep}${layout.firstRow}`);
    expect(workbook.cellValue(sheet, cell.row, cell.column)).toBe('4. Evaluates the options');
  });

  it('a table without the column shows the expected step but offers no choice', () => {
    const workbook = new PlaygroundWorkbook();
    workbook.hf.addSheet('Ana');
    workbook.hf.setCellContents({ sheet: workbook.sheetId('Ana') as number, row: 0, col: 0 }, [
      ['Deal ID', 'Amount', 'Stage', 'Close date'],
      ['A-1', 1000, 'C50', '2026-12-10'],
    ]);
    workbook.activate('Ana');
    const listed = operationsOver(workbook.host()).listDeals('en');
    if (!listed.ok || !listed.value) throw new Error('no pipeline');
    const view = listed.value;
    expect(view.buying?.recordable).toBe(false);
    expect(buyingStepChoices(view)).toEqual([]);
    expect(buyingStepCheck(view, 'C50', view.deals[0].buyingStep).expected?.number).toBe(5);
    expect(dealUpdate(dealReducer(picked(view), { type: 'chooseBuyingStep', step: '3. x' }))?.buyingStep).toBeUndefined();
  });
});
