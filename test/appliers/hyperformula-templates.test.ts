/**
 * Every real template inserted into a HyperFormula workbook (the playground's engine) with the DealKit
 * functions registered: no formula refers to an unknown function or name (#NAME?) or a broken
 * reference (#REF!), and a second insertion beside the first adds its own sheets and reuses Settings.
 */
import { HyperFormula, DetailedCellError } from 'hyperformula';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import { templateFiles } from '../../tools/xlsx-templates';

beforeAll(() => registerDealKitFunctions());

const cases = templateFiles().files.map((f) => [f.fileName.replace(/\.xlsx$/, ''), f.plan] as const);

function brokenCells(hf: HyperFormula): string[] {
  const out: string[] = [];
  for (const name of hf.getSheetNames()) {
    const sheet = hf.getSheetId(name) as number;
    hf.getSheetValues(sheet).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value instanceof DetailedCellError && (value.type === 'NAME' || value.type === 'REF')) {
          out.push(`${name}!R${r + 1}C${c + 1} ${hf.getCellFormula({ sheet, row: r, col: c }) ?? ''} → ${value.value} ${value.message}`);
        }
      }),
    );
  }
  return out;
}

describe.each(cases)('template %s in HyperFormula', (_name, plan) => {
  it('has no unknown function, unknown name or broken reference, inserted once or twice', () => {
    const hf = HyperFormula.buildFromSheets({ 'My notes': [['keep', 1]] }, { licenseKey: 'gpl-v3' });
    const first = applyPlanToHyperFormula(hf, plan);
    expect(brokenCells(hf)).toEqual([]);
    const second = applyPlanToHyperFormula(hf, plan, { extras: first.extras });
    expect(brokenCells(hf)).toEqual([]);
    expect(second.resolved.sheets.length).toBeLessThanOrEqual(first.resolved.sheets.length);
    expect(hf.getSheetValues(hf.getSheetId('My notes') as number)).toEqual([['keep', 1]]);
    const names = hf.getSheetNames();
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });
});

it('the check sees an unknown function and a missing name', () => {
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  applyPlanToHyperFormula(hf, {
    sheets: [{ key: 'p', target: { kind: 'new', baseName: 'Probe' }, formulas: [{ at: 'A1', rows: [['=NOT_A_FUNCTION(1)', '=DK_MISSING*2', '=QUALIFY(C5:C24,"TAS")']] }] }],
  });
  expect(brokenCells(hf).map((c) => c.split(' ')[0])).toEqual(['Probe!R1C1', 'Probe!R1C2']);
});
