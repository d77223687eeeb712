import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { followWorkbookSettings } from '../../playground/follow-settings';
import { dealKitLanguage } from '../../playground/dealkit-plugin';
import { DEFAULT_SETTINGS } from '../../shared/scoring/settings';
import { assessmentTemplate, pipelineFunnelTemplate } from '../../shared/templates';
import { SETTINGS_NAMES } from '../../shared/templates/settings-names';
import { parseA1 } from '../../shared/plan-resolve';

/** A manager's edit of a threshold on the Settings sheet changes the assessment's verdict in the playground. */
describe('playground: Settings edits recalculate the DealKit functions', () => {
  afterEach(() => {
    dealKitLanguage.locale = 'en';
    dealKitLanguage.settings = DEFAULT_SETTINGS;
  });

  function verdict(workbook: PlaygroundWorkbook, sheet: string): unknown {
    const box = parseA1(assessmentTemplate({ method: 'TAS', locale: 'en' }).layout.verdict);
    return workbook.snapshot(sheet, false)?.values[box.row]?.[box.column];
  }

  it('lowering the Yes threshold turns Qualify further into Pursue; putting it back turns it back', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    followWorkbookSettings(workbook);
    expect(verdict(workbook, sheets.assessment)).toBe('Qualify further');
    const yes = workbook.namedCell(SETTINGS_NAMES.yesThreshold);
    if (!yes) throw new Error('no DK_YES_THRESHOLD in the sample workbook');
    const original = workbook.cellInput(yes.sheet, parseA1(yes.a1).row, parseA1(yes.a1).column);

    workbook.setCellInput(yes.sheet, yes.a1, '-0.3');
    // HyperFormula alone sees no changed input of the assessment's formulas.
    expect(verdict(workbook, sheets.assessment)).toBe('Qualify further');
    expect(followWorkbookSettings(workbook)).toBe(true);
    expect(verdict(workbook, sheets.assessment)).toBe('Pursue');

    workbook.setCellInput(yes.sheet, yes.a1, original);
    expect(followWorkbookSettings(workbook)).toBe(true);
    expect(verdict(workbook, sheets.assessment)).toBe('Qualify further');
    // Spilling functions still spill after the recalculation (the funnel's first stage is a stage, not #SPILL!).
    const funnel = parseA1(pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout.funnel);
    expect(workbook.snapshot(sheets.pipeline, false)?.values[funnel.row]?.[funnel.column]).toBe('G10');
  });

  it('a change elsewhere does not recalculate the workbook', () => {
    const workbook = new PlaygroundWorkbook();
    const sheets = loadSampleWorkbook(workbook);
    followWorkbookSettings(workbook);
    workbook.setCellInput(sheets.pipeline, 'A40', 'a note');
    const rebuild = jest.spyOn(workbook.hf, 'setCellContents');
    expect(followWorkbookSettings(workbook)).toBe(false);
    expect(rebuild).not.toHaveBeenCalled();
  });
});
