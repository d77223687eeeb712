/**
 * A dropdown that suggests (allowOther) keeps a value typed outside it on every host: Sheets allows
 * invalid input (a warning mark), Excel and .xlsx warn instead of stopping; a plain dropdown still refuses.
 */
import ExcelJS from 'exceljs';
import { createGasGlobals } from '../../fakes/spreadsheet-app';
import { createExcelMock } from '../../fakes/excel-mock';
import type { WritePlan } from '../../shared/plan';
import { planToWorkbook } from '../../tools/xlsx-writer';
import { dropdownFromFile, validationForFile } from '../../playground/xlsx-validations';

const PLAN: WritePlan = {
  sheets: [
    {
      key: 'pains',
      target: { kind: 'new', baseName: 'Pains' },
      values: [{ at: 'D1', rows: [['Cash-flow problems', 'Profit leaking away']] }],
      validations: [
        { range: 'A1', kind: 'list', items: ['CEO', 'CFO'], allowOther: true },
        { range: 'A2', kind: 'listFromRange', source: '{{SHEET:pains}}!$D$1:$E$1', allowOther: true },
        { range: 'A3', kind: 'list', items: ['Make money', 'Save money', 'Manage risk'] },
      ],
    },
  ],
};

describe('suggesting dropdowns on each host', () => {
  it('Google Sheets: the suggesting ones allow other values, the plain one does not', async () => {
    const globals = createGasGlobals({ sheets: ['Sheet1'] });
    Object.assign(globalThis, { SpreadsheetApp: globals.SpreadsheetApp, Charts: globals.Charts });
    const applier = await import('../../gas/apply-plan');
    applier.applyPlan(globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, PLAN);
    const sheet = globals.SpreadsheetApp.spreadsheet.getSheetByName('Pains')!;
    expect(['A1', 'A2', 'A3'].map((a1) => sheet.getRange(a1).getDataValidation()?.getAllowInvalid())).toEqual([true, true, false]);
  });

  it('Excel: the suggesting ones warn instead of stopping; the plain one keeps Excel’s stop', async () => {
    const mock = createExcelMock();
    Object.assign(globalThis, { Excel: mock.Excel, Office: mock.Office });
    const applier = await import('../../excel-addin/apply-plan');
    await mock.Excel.run((context) => applier.applyPlan(context, PLAN));
    expect(mock.model.cell('Pains', 'A1')?.validationAlert).toMatchObject({ showAlert: true, style: 'Warning' });
    expect(mock.model.cell('Pains', 'A2')?.validationAlert).toMatchObject({ style: 'Warning' });
    expect(mock.model.cell('Pains', 'A3')?.validationAlert).toBeUndefined();
  });

  it('.xlsx: a warning error style, kept through a save and load and read back as a suggesting dropdown by the playground', async () => {
    const buffer = await planToWorkbook(PLAN).xlsx.writeBuffer();
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(buffer as ArrayBuffer);
    const ws = back.getWorksheet('Pains')!;
    expect(['A1', 'A2', 'A3'].map((a1) => ws.getCell(a1).dataValidation?.errorStyle)).toEqual(['warning', 'warning', undefined]);
    expect(dropdownFromFile(ws.getCell('A1').dataValidation)).toEqual({ kind: 'list', items: ['CEO', 'CFO'], allowOther: true });
    expect(dropdownFromFile(ws.getCell('A3').dataValidation)).toEqual({ kind: 'list', items: ['Make money', 'Save money', 'Manage risk'] });
    expect(validationForFile({ kind: 'listFromRange', source: 'Pains!$D$1:$E$1', items: [], allowOther: true }).errorStyle).toBe('warning');
  });
});
