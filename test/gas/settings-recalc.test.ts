import { readFileSync } from 'node:fs';
import { createGasGlobals } from '../fakes/spreadsheet-app';
import { loadGasProject } from '../fakes/gas-vm';
import { builtFile } from '../helpers/dist';

/**
 * The built Apps Script project's onEdit simple trigger: a manager's edit on the Settings sheet writes
 * every DealKit formula of the workbook again (so Sheets recalculates them); nothing else is written,
 * and an edit anywhere else writes nothing.
 */
type Result<T> = { ok: true; value: T } | { ok: false; message: string };

function project() {
  const globals = createGasGlobals({ sheets: ['Notes'], files: { sidebar: readFileSync(builtFile('gas', 'sidebar.html'), 'utf8') } });
  const gas = loadGasProject({ globals });
  const inserted = gas.call('dealkitInsertTemplate', { id: 'assessment', method: 'TAS', locale: 'en' }) as Result<{ sheetName: string }>;
  if (!inserted.ok) throw new Error(inserted.message);
  const app = globals.SpreadsheetApp;
  const ss = app.spreadsheet;
  const assessment = ss.getSheetByName(inserted.value.sheetName)!;
  // A rep's own cells on the assessment and elsewhere: a rating, a formula of their own, a note.
  assessment.getRange('E8').setValue('+');
  assessment.getRange('J2').setFormula('=SUM(1,2)');
  ss.getSheetByName('Notes')!.getRange('A1:B1').setValues([['call Li', "'=QUALIFY(E8:E27) typed as text"]]);
  const settings = ss.getRangeByName('DK_STAGES')!.getSheet();
  app.resetLog();
  return { gas, app, ss, assessment, settings };
}

function edit(gas: ReturnType<typeof loadGasProject>, range: unknown, source: unknown): void {
  (gas.context.onEdit as (event: unknown) => void)({ range, source, value: '0.3' });
}

describe('onEdit in the built Apps Script project', () => {
  it('an edit of a weight on Settings rewrites the DealKit formulas, one setFormulas per run, and nothing else', () => {
    const { gas, app, ss, assessment, settings } = project();
    const formulasBefore = assessment.getDataRange().getFormulas();
    const dealkitCells = formulasBefore.flat().filter((formula) => /\b(QUALIFY|ASSESSMENT|GAPS|CONTROL|STRATEGY)\(/.test(formula));
    expect(dealkitCells.length).toBeGreaterThanOrEqual(4);

    const weight = ss.getRangeByName('DK_YES_THRESHOLD') ?? settings.getRange('B2');
    weight.setValue(0.3);
    app.resetLog();
    edit(gas, weight, ss);

    const writes = app.writes();
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((call) => call.method === 'setFormulas')).toBe(true);
    // One read per sheet, never per cell.
    expect(app.calls('getFormulas')).toHaveLength(ss.getSheets().length);
    // Every DealKit formula was written again; written cells hold the very formula they held.
    const rewritten = writes.filter((call) => call.target.startsWith(`${assessment.getName()}!`));
    expect(rewritten.length).toBeGreaterThan(0);
    expect(assessment.getDataRange().getFormulas()).toEqual(formulasBefore);
    // The user's cells stay as they were and were not written: the rating, their own formula, the notes.
    expect(writes.some((call) => /!(E8|J2)$/.test(call.target) || call.target.startsWith('Notes!'))).toBe(false);
    expect(assessment.getRange('E8').getValue()).toBe('+');
    expect(assessment.getRange('J2').getFormula()).toBe('=SUM(1,2)');
    expect(ss.getSheetByName('Notes')!.getRange('B1').getValue()).toBe('=QUALIFY(E8:E27) typed as text');
    // Each written range is exactly a DealKit formula run.
    for (const call of writes) {
      const [sheetName, a1] = call.target.split('!');
      const formulas = ss.getSheetByName(sheetName)!.getRange(a1).getFormulas().flat();
      expect(formulas.every((formula) => /^=.*\b[A-Z_]+\(/.test(formula))).toBe(true);
    }
  });

  it('an edit anywhere else writes nothing', () => {
    const { gas, app, ss, assessment } = project();
    edit(gas, assessment.getRange('E9'), ss);
    edit(gas, ss.getSheetByName('Notes')!.getRange('A2'), ss);
    expect(app.writes()).toHaveLength(0);
  });

  it('a workbook without Settings names writes nothing', () => {
    const globals = createGasGlobals({ sheets: ['Notes'], files: { sidebar: readFileSync(builtFile('gas', 'sidebar.html'), 'utf8') } });
    const gas = loadGasProject({ globals });
    const ss = globals.SpreadsheetApp.spreadsheet;
    ss.getSheetByName('Notes')!.getRange('A1').setFormula('=SUM(1,2)');
    globals.SpreadsheetApp.resetLog();
    edit(gas, ss.getSheetByName('Notes')!.getRange('A1'), ss);
    expect(globals.SpreadsheetApp.writes()).toHaveLength(0);
  });
});
