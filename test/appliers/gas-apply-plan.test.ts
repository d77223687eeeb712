import { FakeSpreadsheetApp, createGasGlobals, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { SAMPLE_PLAN } from './sample-plan';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

let globals: FakeGasGlobals;
let applier: typeof import('../../gas/apply-plan');

beforeEach(async () => {
  globals = createGasGlobals({ sheets: ['Sheet1'] });
  Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts });
  applier = await import('../../gas/apply-plan');
});

function SpreadsheetAppFake(): FakeSpreadsheetApp {
  return globals.SpreadsheetApp;
}

function book(app: FakeSpreadsheetApp): GasSpreadsheet {
  return app.getActiveSpreadsheet() as unknown as GasSpreadsheet;
}

describe('gas applier on the SpreadsheetApp fake', () => {
  it('writes every block with one call, never per cell, and the decorations the plan asks for', () => {
    const app = globals.SpreadsheetApp;
    app.resetLog();
    applier.applyPlan(book(app), SAMPLE_PLAN);

    const settings = app.spreadsheet.getSheetByName('Settings')!;
    const pipeline = app.spreadsheet.getSheetByName('Pipeline')!;
    // On a sheet the plan creates every value block is one setValues, its null (E2) a blank cell; the
    // G2 formula block is written whole and the H2:J2 formula block with a gap as two runs (formulas
    // come after values, so a null there must not blank what a value block wrote).
    expect(app.calls('setValues').map((c) => c.target)).toEqual(['Settings!A1:B4', 'Pipeline!A1:F1', 'Pipeline!A2:F2']);
    expect(pipeline.getRange('E2').getValue()).toBe('');
    expect(app.calls('setFormulas').map((c) => c.target)).toEqual(['Pipeline!G2:G3', 'Pipeline!H2', 'Pipeline!J2']);
    expect(app.calls('setValue')).toHaveLength(0);
    expect(app.calls('setFormula')).toHaveLength(0);

    expect(pipeline.getRange('A2:D2').getValues()).toEqual([['Acme', 'Qualified', 1000, true]]);
    // A user's text that looks like a formula stays text.
    expect(pipeline.getRange('F2').getFormula()).toBe('');
    expect(pipeline.getRange('F2').getValue()).toBe('=HYPERLINK("http://evil","click")');
    expect(pipeline.getRange('G2:G3').getFormulas()).toEqual([['=WINPROB(B2,DK_STAGE_CODES)'], ["=SUM('Settings'!B2:B4)"]]);
    expect(pipeline.getRange('I2').getFormula()).toBe('');

    expect(app.spreadsheet.getRangeByName('DK_STAGE_CODES')!.getA1Notation()).toBe('A2:A4');
    const stage = pipeline.getRange('B5').getDataValidation()!;
    expect(stage.getCriteriaType()).toBe('VALUE_IN_RANGE');
    expect((stage.getCriteriaValues()[0] as { getA1Notation(): string }).getA1Notation()).toBe('A2:A4');
    expect(pipeline.getRange('D3').getDataValidation()!.getCriteriaType()).toBe('CHECKBOX');
    expect(pipeline.getRange('C3').getDataValidation()!.getCriteriaType()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(pipeline.getRange('E3').getDataValidation()!.getCriteriaType()).toBe('DATE_IS_VALID_DATE');
    expect(pipeline.getRange('K10').getDataValidation()!.getCriteriaValues()[0]).toEqual(['+', '-', '?']);
    expect(pipeline.getRange('C4').getNumberFormat()).toBe('#,##0.00');
    expect(settings.getRange('B3').getNumberFormat()).toBe('0%');
    expect(pipeline.getRange('C1').getFontWeight()).toBe('bold');
    expect(pipeline.getRange('C1').getBackground()).toBe('#DDEEFF');

    const rules = pipeline.getConditionalFormatRules();
    expect(rules.map((r) => r.condition.type)).toEqual(['TEXT_EQ', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', 'CUSTOM_FORMULA']);
    expect(rules[2].condition.values).toEqual(["=G2<'Settings'!$B$3"]);
    expect(pipeline.getColumnWidth(1)).toBe(160);
    expect(pipeline.getColumnWidth(6)).toBe(240);
    expect(pipeline.getFrozenRows()).toBe(1);

    const [protection] = pipeline.getProtections('SHEET');
    expect(protection.isWarningOnly()).toBe(true);
    expect(protection.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(['A2:F10', 'K2:K10']);

    expect(pipeline.getCharts().map((c) => [c.type, c.options.title, c.position.row, c.position.column])).toEqual([
      ['BAR', 'Funnel', 2, 13],
      ['WATERFALL', 'Bridge', 20, 13],
    ]);
    expect(app.spreadsheet.getActiveSheet().getName()).toBe('Pipeline');
  });

  it('writes every sheet in full before its charts, and draws a waterfall Sheets refuses as columns that say why', () => {
    const app = globals.SpreadsheetApp;
    const sheetClass = Object.getPrototypeOf(app.spreadsheet.getSheets()[0]) as { insertChart(chart: { type: string }): void };
    const insert = sheetClass.insertChart;
    const refuse = jest.spyOn(sheetClass, 'insertChart').mockImplementation(function (this: unknown, chart: { type: string }) {
      if (chart.type === 'WATERFALL') throw new Error('Exception: Service error: Spreadsheets');
      insert.call(this, chart);
    });
    try {
      applier.applyPlan(book(app), SAMPLE_PLAN);
    } finally {
      refuse.mockRestore();
    }
    const pipeline = app.spreadsheet.getSheetByName('Pipeline')!;
    expect(pipeline.getRange('A2').getValue()).toBe('Acme');
    expect(pipeline.getProtections('SHEET')).toHaveLength(1);
    const charts = pipeline.getCharts().map((c) => [c.type, String(c.options.title)]);
    expect(charts[0]).toEqual(['BAR', 'Funnel']);
    expect(charts[1][0]).toBe('COLUMN');
    expect(charts[1][1]).toMatch(/^Bridge \(.*could not draw a waterfall chart; shown as a column chart.*瀑布图/);
    expect(app.spreadsheet.getActiveSheet().getName()).toBe('Pipeline');
  });

  it('leaves a cell under a null in a value block alone, as Excel and the playground do', () => {
    const app = globals.SpreadsheetApp;
    const ss = app.spreadsheet;
    const deals = ss.insertSheet('Deals');
    deals.getRange('A1:D1').setValues([['Acme', 'my own note', 5, 'keep me']]);
    app.resetLog();
    applier.applyPlan(book(app), {
      sheets: [{ key: 'deals', target: { kind: 'existing', name: 'Deals' }, values: [{ at: 'A1:D1', rows: [['Acme Corp', null, 7, null]] }] }],
    });
    expect(deals.getRange('A1:D1').getValues()).toEqual([['Acme Corp', 'my own note', 7, 'keep me']]);
    expect(app.calls('setValues').map((c) => c.target)).toEqual(['Deals!A1', 'Deals!C1']);
  });

  it('leaves user sheets named like the plan untouched and adds numbered sheets instead', () => {
    const app = globals.SpreadsheetApp;
    const ss = app.spreadsheet;
    const userPipeline = ss.insertSheet('Pipeline');
    userPipeline.getRange('A1:C2').setValues([
      ['my', 'own', 'deals'],
      [1, 2, 3],
    ]);
    userPipeline.getRange('D1').setFormula('=SUM(A2:C2)');
    userPipeline.getRange('B2').setNumberFormat('0.0');
    const userSettings = ss.insertSheet('settings');
    userSettings.getRange('A1').setValue('not DealKit');
    const before = JSON.stringify([userPipeline.snapshot(), userSettings.snapshot(), userPipeline.getRange('B2').getNumberFormat()]);
    const rulesBefore = userPipeline.getConditionalFormatRules().length;

    const resolved = applier.applyPlan(book(app), SAMPLE_PLAN);

    expect(resolved.sheets.map((s) => s.name)).toEqual(['Settings (2)', 'Pipeline (2)']);
    expect(JSON.stringify([userPipeline.snapshot(), userSettings.snapshot(), userPipeline.getRange('B2').getNumberFormat()])).toBe(before);
    expect(userPipeline.getConditionalFormatRules()).toHaveLength(rulesBefore);
    expect(userPipeline.getProtections('SHEET')).toHaveLength(0);
    expect(ss.getSheetByName('Pipeline (2)')!.getRange('G3').getFormula()).toBe("=SUM('Settings (2)'!B2:B4)");
  });

  it('reuses the team Settings: no second Settings sheet once its name exists', () => {
    const app = globals.SpreadsheetApp;
    applier.applyPlan(book(app), SAMPLE_PLAN);
    const second = applier.applyPlan(book(app), SAMPLE_PLAN);
    expect(second.sheets.map((s) => s.name)).toEqual(['Pipeline (2)']);
    expect(app.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Settings', 'Pipeline', 'Pipeline (2)']);
  });

  it("keeps the user's active sheet when the plan activates none", () => {
    const app = globals.SpreadsheetApp;
    const notes = app.spreadsheet.insertSheet('Notes');
    app.spreadsheet.setActiveSheet(notes);
    applier.applyPlan(book(app), { sheets: [{ key: 'x', target: { kind: 'new', baseName: 'Extra' }, values: [{ at: 'A1', rows: [['x']] }] }] });
    expect(app.spreadsheet.getSheetByName('Extra')).not.toBeNull();
    expect(app.spreadsheet.getActiveSheet().getName()).toBe('Notes');
  });

  it('reads the workbook in one pass: A1 only of sheets that could be owned', () => {
    const app = globals.SpreadsheetApp;
    app.spreadsheet.insertSheet('Dashboard').getRange('A1').setValue('DK:rollup');
    app.spreadsheet.insertSheet('Notes').getRange('A1').setValue('hello');
    app.resetLog();
    const state = applier.readWorkbookState(book(app), {
      sheets: [{ key: 'd', target: { kind: 'owned', baseName: 'Dashboard', marker: 'DK:rollup' } }],
    });
    expect(state.sheets).toEqual([
      { name: 'Sheet1', a1: undefined },
      { name: 'Dashboard', a1: 'DK:rollup' },
      { name: 'Notes', a1: undefined },
    ]);
    expect(app.reads().map((r) => r.target)).toEqual(['Dashboard!A1']);
  });

  it('clears and rewrites an owned sheet that carries the marker, and only that one', () => {
    const app = globals.SpreadsheetApp;
    const ss = app.spreadsheet;
    const mine = ss.insertSheet('Dashboard');
    mine.getRange('A1:B1').setValues([['Team numbers', 'keep']]);
    const owned = ss.insertSheet('Dashboard (2)');
    owned.getRange('A1:B2').setValues([
      ['DK:rollup', 'old'],
      ['stale', 'stale'],
    ]);
    owned.protect().setWarningOnly(true);
    owned.getRange('C2:C50').setDataValidation(SpreadsheetAppFake().newDataValidation().requireCheckbox().build());
    const plan = {
      sheets: [
        {
          key: 'd',
          target: { kind: 'owned' as const, baseName: 'Dashboard', marker: 'DK:rollup' },
          values: [{ at: 'A1', rows: [['DK:rollup', 'new']] }],
          protection: { editable: [] },
        },
      ],
    };
    applier.applyPlan(book(app), plan);
    expect(mine.snapshot()).toEqual({ A1: 'Team numbers', B1: 'keep' });
    expect(owned.snapshot()).toEqual({ A1: 'DK:rollup', B1: 'new' });
    expect(owned.getProtections('SHEET')).toHaveLength(1);
    expect(owned.getRange('C40').getDataValidation()).toBeNull();
    expect(ss.getSheets()).toHaveLength(3);
  });
});

describe('the SpreadsheetApp fake behaves as Apps Script', () => {
  it('checks dimensions, is 1-based, and a value clears a formula', () => {
    const app = new FakeSpreadsheetApp();
    const sheet = app.spreadsheet.getSheets()[0];
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B1').setFormulas([['=1']])).toThrow(/data has 1 but the range has 2/);
    expect(() => sheet.getRange(0, 1)).toThrow();
    sheet.getRange(2, 3).setFormula('=1+1');
    expect(sheet.getRange('C2').getFormula()).toBe('=1+1');
    sheet.getRange('C2').setValue(5);
    expect(sheet.getRange(2, 3).getFormulas()).toEqual([['']]);
    expect(app.spreadsheet.getSheetByName('nope')).toBeNull();
    expect(() => app.spreadsheet.insertSheet('sheet1')).toThrow('A sheet with the name "sheet1" already exists');
  });
});
