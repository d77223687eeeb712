import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { assessmentTemplate, pipelineFunnelTemplate } from '../../shared/templates';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import { parseA1 } from '../../shared/a1';

/**
 * A manager's edit of a threshold on the Settings sheet changes the assessment's verdict in the
 * playground through HyperFormula's own dependency graph: the templates pass DK_RULES to every DealKit
 * formula, and no DealKit code enters a formula again or asks for a recalculation.
 */
describe('playground: Settings edits recalculate the DealKit functions that read them', () => {
  const assessment = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
  const pipeline = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;

  function cell(workbook: PlaygroundWorkbook, sheet: string, a1: string): unknown {
    const box = parseA1(a1);
    return workbook.snapshot(sheet, false)?.values[box.row]?.[box.column];
  }

  function yesThreshold(workbook: PlaygroundWorkbook): { sheet: string; a1: string } {
    const yes = workbook.namedCell(SETTINGS_NAMES.yesThreshold);
    if (!yes) throw new Error('no DK_YES_THRESHOLD in the sample workbook');
    return yes;
  }

  it('lowering the Yes threshold turns Qualify further into Pursue; putting it back turns it back', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    expect(cell(workbook, sheets.assessment, assessment.verdict)).toBe('Qualify further');
    const yes = yesThreshold(workbook);
    const original = workbook.cellInput(yes.sheet, parseA1(yes.a1).row, parseA1(yes.a1).column);
    const reentered = jest.spyOn(workbook.hf, 'setCellContents');
    const rebuilt = jest.spyOn(workbook.hf, 'rebuildAndRecalculate');

    workbook.setCellInput(yes.sheet, yes.a1, '-0.3');
    expect(cell(workbook, sheets.assessment, assessment.verdict)).toBe('Pursue');
    workbook.setCellInput(yes.sheet, yes.a1, original);
    expect(cell(workbook, sheets.assessment, assessment.verdict)).toBe('Qualify further');

    // Only the two Settings edits were written; nothing recalculated the workbook by hand.
    expect(reentered).toHaveBeenCalledTimes(2);
    expect(rebuilt).not.toHaveBeenCalled();
    // Spilling functions still spill (the funnel's first stage is a stage, not #SPILL!).
    expect(cell(workbook, sheets.pipeline, pipeline.funnel)).toBe('G10');
  });

  it('a bad threshold errors the functions that read it, naming its cell, and only those', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    const yes = yesThreshold(workbook);
    workbook.setCellInput(yes.sheet, yes.a1, 'high');
    const verdict = cell(workbook, sheets.assessment, assessment.verdict);
    expect(String(verdict)).toMatch(/^#VALUE!/);
    const box = parseA1(assessment.verdict);
    const detailed = workbook.cellValue(sheets.assessment, box.row, box.column) as { message?: string };
    expect(detailed.message).toContain(`yes_threshold (Settings cell ${yes.a1}): 'high' is not a number`);
    // The pipeline's functions read no assessment thresholds: they still compute.
    expect(cell(workbook, sheets.pipeline, pipeline.funnel)).toBe('G10');
  });
});
