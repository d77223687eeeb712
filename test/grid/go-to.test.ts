import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { goToTarget } from '../../playground/grid/go-to';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { SETTINGS_NAMES } from '../../shared/settings/names';

/** The name box takes what Excel's does: a cell, a range, a cell on another sheet, a workbook name. */

describe('the name box', () => {
  const workbook = new PlaygroundWorkbook();
  const sheets = loadSampleWorkbook(workbook);

  it('goes to a cell or a range on the sheet shown, corners in either order', () => {
    expect(goToTarget(' b4 ', sheets.pipeline, workbook)).toEqual({ sheet: sheets.pipeline, selection: { active: { row: 3, col: 1 }, corner: { row: 3, col: 1 } } });
    expect(goToTarget('D9:B4', sheets.pipeline, workbook)?.selection).toEqual({ active: { row: 3, col: 1 }, corner: { row: 8, col: 3 } });
  });

  it('goes to another sheet, its name quoted or not, and to a workbook name', () => {
    expect(goToTarget(`'${sheets.assessment.replace(/'/g, "''")}'!J2`, sheets.pipeline, workbook)?.sheet).toBe(sheets.assessment);
    const named = workbook.namedCell(SETTINGS_NAMES.yesThreshold);
    const target = goToTarget(SETTINGS_NAMES.yesThreshold, sheets.pipeline, workbook);
    expect(target?.sheet).toBe(named?.sheet);
    expect(target?.sheet).toBe(sheets.settings);
  });

  it('goes nowhere for what is no address, sheet or name', () => {
    expect(goToTarget('nonsense!!', sheets.pipeline, workbook)).toBeNull();
    expect(goToTarget('No such sheet!A1', sheets.pipeline, workbook)).toBeNull();
    expect(goToTarget('NOT_A_NAME', sheets.pipeline, workbook)).toBeNull();
  });
});
