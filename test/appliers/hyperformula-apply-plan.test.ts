import { HyperFormula } from 'hyperformula';
import { applyPlanToHyperFormula, dropdownItems } from '../../playground/apply-plan-hyperformula';
import { SAMPLE_PLAN } from './sample-plan';

function engine(sheets: Record<string, (string | number | null)[][]> = { Sheet1: [] }): HyperFormula {
  return HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
}

describe('HyperFormula applier (playground)', () => {
  it('adds sheets, names, values and live formulas, and keeps dropdowns and formats aside for the grid', () => {
    const hf = engine();
    const { sheetNames, activeSheet, extras } = applyPlanToHyperFormula(hf, SAMPLE_PLAN);
    expect(sheetNames).toEqual({ settings: 'Settings', pipeline: 'Pipeline' });
    expect(activeSheet).toBe('Pipeline');
    const p = hf.getSheetId('Pipeline')!;
    expect(hf.getCellValue({ sheet: p, row: 1, col: 0 })).toBe('Acme');
    expect(hf.getCellValue({ sheet: p, row: 1, col: 3 })).toBe(true);
    // A user's formula-looking text stays text.
    expect(hf.getCellFormula({ sheet: p, row: 1, col: 5 })).toBeUndefined();
    expect(hf.getCellValue({ sheet: p, row: 1, col: 5 })).toBe('=HYPERLINK("http://evil","click")');
    expect(hf.getCellFormula({ sheet: p, row: 1, col: 6 })).toBe('=WINPROB(B2,DK_STAGE_CODES)');
    expect(hf.getCellValue({ sheet: p, row: 2, col: 6 })).toBeCloseTo(1.6);
    expect(hf.getCellValue({ sheet: p, row: 1, col: 7 })).toBe(2000);
    expect(hf.getCellValue({ sheet: p, row: 1, col: 8 })).toBeNull();
    expect(hf.listNamedExpressions()).toEqual(['DK_STAGE_CODES']);

    expect(extras.Pipeline.inputs.B2).toEqual({ kind: 'listFromRange', source: 'DK_STAGE_CODES', items: ['Qualified', 'Proposal', 'Won'] });
    expect(extras.Pipeline.inputs.K10).toEqual({ kind: 'list', items: ['+', '-', '?'] });
    expect(extras.Pipeline.inputs.D5).toEqual({ kind: 'checkbox' });
    expect(extras.Pipeline.numberFormats.C2).toBe('#,##0.00');
    expect(extras.Settings.numberFormats.B4).toBe('0%');
    expect(extras.Pipeline.frozenRows).toBe(1);
    expect(extras.Pipeline.editable).toEqual(['A2:F10', 'K2:K10']);
    expect(extras.Pipeline.charts.map((c) => c.kind)).toEqual(['funnel', 'waterfall']);
  });

  it('re-reads dropdown items after a manager edits the settings', () => {
    const hf = engine();
    applyPlanToHyperFormula(hf, SAMPLE_PLAN);
    hf.setCellContents({ sheet: hf.getSheetId('Settings')!, row: 2, col: 0 }, [['Shortlisted']]);
    expect(dropdownItems(hf, 'DK_STAGE_CODES', 'Pipeline')).toEqual(['Qualified', 'Shortlisted', 'Won']);
  });

  it("leaves a user's sheets alone and reuses the team's Settings", () => {
    const hf = engine({ Pipeline: [['mine', '=1+1']], Settings: [['Stage'], ['G10']] });
    hf.addNamedExpression('DK_STAGE_CODES', "='Settings'!$A$2:$A$2");
    const before = JSON.stringify([hf.getSheetSerialized(0), hf.getSheetSerialized(1)]);
    const { sheetNames } = applyPlanToHyperFormula(hf, SAMPLE_PLAN);
    expect(sheetNames.pipeline).toBe('Pipeline (2)');
    expect(hf.getSheetNames()).toEqual(['Pipeline', 'Settings', 'Pipeline (2)']);
    expect(JSON.stringify([hf.getSheetSerialized(0), hf.getSheetSerialized(1)])).toBe(before);
    expect(hf.getCellFormula({ sheet: 2, row: 2, col: 6 })).toBe('=SUM(Settings!B2:B4)');
  });
});
