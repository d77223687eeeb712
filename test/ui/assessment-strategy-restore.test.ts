import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { operationsOver } from '../../shared/workbook/run-operation';
import { assessmentTemplate } from '../../shared/templates';
import { parseA1 } from '../../shared/a1';

/** A strategy answer the rep saved once and later cleared in the Qualify wizard goes back to the template's prefill. */
describe('Qualify wizard: a cleared strategy answer', () => {
  const layout = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;

  /** The cell's formula when it holds one, else its value. */
  function cell(workbook: PlaygroundWorkbook, sheet: string, a1: string, _formulas: boolean): unknown {
    const box = parseA1(a1);
    const snapshot = workbook.snapshot(sheet, true);
    const formula = snapshot?.formulas?.[box.row]?.[box.column];
    return formula ? formula : snapshot?.values[box.row]?.[box.column];
  }

  it('puts the template formula back in a prefilled input, and the template’s blank (unanswered) back in one it does not prefill', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    const ops = operationsOver(workbook.host());
    const compellingCell = layout.strategyInputs.compelling;
    const templateFormula = String(cell(workbook, sheets.assessment, compellingCell, true));
    expect(templateFormula.startsWith('=')).toBe(true);
    const read = ops.readAssessment('en');
    if (!read.ok || !read.value) throw new Error('no assessment read');
    expect(read.value.strategy.compelling).toBeUndefined();

    // Saved once as the rep's answer: the formula gives way to the value.
    const answered = ops.writeAssessment({ ...read.value, strategy: { compelling: false, canChangeCriteria: true } }, 'en');
    if (!answered.ok) throw new Error(answered.message);
    expect(cell(workbook, sheets.assessment, compellingCell, true)).toBe(false);
    expect(cell(workbook, sheets.assessment, layout.strategyInputs.canChangeCriteria, true)).toBe(true);
    const reread = ops.readAssessment('en');
    expect(reread.ok && reread.value?.strategy).toEqual({ compelling: false, canChangeCriteria: true });

    // Cleared in the wizard: both go back to what the template put there.
    if (!reread.ok || !reread.value) throw new Error('no assessment read');
    const cleared = ops.writeAssessment({ ...reread.value, strategy: {} }, 'en');
    if (!cleared.ok) throw new Error(cleared.message);
    expect(cell(workbook, sheets.assessment, compellingCell, true)).toBe(templateFormula);
    expect(cell(workbook, sheets.assessment, layout.strategyInputs.canChangeCriteria, true) ?? '').toBe('');
    const last = ops.readAssessment('en');
    expect(last.ok && last.value?.strategy).toEqual({});
  });
});
