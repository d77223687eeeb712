/**
 * The generated .xlsx templates (dist/templates, written by `npm run build`) opened as a user's
 * spreadsheet would open them: read with ExcelJS into HyperFormula — every sheet, the defined names as
 * named expressions, the DealKit plugin for the DEAL.* functions — filled with a worked example from
 * METHODOLOGY, and the live results read back.
 */
import ExcelJS from 'exceljs';
import { DetailedCellError, type HyperFormula } from 'hyperformula';
import { parseA1 } from '../../shared/a1';
import { assessmentTemplate, settingsTemplate, valuePropositionTemplate } from '../../shared/templates';
import { builtFile } from '../helpers/dist';
import { hyperFormulaFromXlsx, type OpenedXlsx } from '../helpers/xlsx-to-hyperformula';

async function openTemplate(file: string): Promise<OpenedXlsx> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(builtFile('templates', file));
  const opened = hyperFormulaFromXlsx(workbook);
  expect(opened.definedNames).toBeGreaterThan(0);
  return opened;
}

function sheetOf(opened: OpenedXlsx, prefix: string): number {
  const name = opened.sheetNames.find((candidate) => candidate.startsWith(prefix));
  if (name === undefined) throw new Error(`no sheet starting "${prefix}" in ${opened.sheetNames.join(', ')}`);
  return opened.hf.getSheetId(name) as number;
}

function at(sheet: number, a1: string) {
  const box = parseA1(a1);
  return { sheet, row: box.row, col: box.column };
}

function errorsOn(hf: HyperFormula, sheet: number): string[] {
  const out: string[] = [];
  hf.getSheetValues(sheet).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value instanceof DetailedCellError) out.push(`row ${r + 1} col ${c + 1}: ${value.value} ${value.message}`);
    }),
  );
  return out;
}

describe('dist/templates/*.xlsx in HyperFormula with the DealKit plugin', () => {
  it('assessment-tas.en.xlsx: every criterion + and a strong lead over the competitor → Pursue, Frontal', async () => {
    const opened = await openTemplate('assessment-tas.en.xlsx');
    const { hf } = opened;
    const layout = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
    const sheet = sheetOf(opened, 'Assessment');
    // Blank, the sheet asks to qualify further.
    expect(hf.getCellValue(at(sheet, layout.verdict))).toBe('Qualify further');
    for (const criterion of layout.criteria) {
      hf.setCellContents(at(sheet, criterion.rating), '+');
      // The rival is favourable on two criteria only: 20 + against 2 is well over 3:1.
      if (criterion.competitorRating) hf.setCellContents(at(sheet, criterion.competitorRating), criterion.number <= 2 ? '+' : '-');
    }
    expect(hf.getCellValue(at(sheet, layout.verdict))).toBe('Pursue');
    expect(hf.getCellValue(at(sheet, layout.strategyInputs.lead))).toBe(true);
    expect(hf.getCellValue(at(sheet, layout.strategy))).toBe('Frontal');
    expect(errorsOn(hf, sheet)).toEqual([]);
    hf.destroy();
  });

  it('assessment-tas.en.xlsx: a threshold or the language edited on the Settings sheet changes the verdict through the engine’s dependency graph', async () => {
    const opened = await openTemplate('assessment-tas.en.xlsx');
    const { hf } = opened;
    const layout = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
    const settings = settingsTemplate({ locale: 'en' }).layout;
    const sheet = sheetOf(opened, 'Assessment');
    const settingsSheet = sheetOf(opened, 'DealKit settings');
    // One group of five left unknown: its key question scores 0.2, under the default Yes threshold (0.34).
    layout.criteria.forEach((criterion, i) => hf.setCellContents(at(sheet, criterion.rating), i >= 5 && i < 10 && i !== 5 ? '?' : '+'));
    expect(hf.getCellValue(at(sheet, layout.verdict))).toBe('Qualify further');
    const reentered = jest.spyOn(hf, 'setCellContents');
    hf.setCellContents(at(settingsSheet, settings.thresholds.yesThreshold), 0.2);
    expect(hf.getCellValue(at(sheet, layout.verdict))).toBe('Pursue');
    hf.setCellContents(at(settingsSheet, settings.language), 'zh-CN');
    expect(hf.getCellValue(at(sheet, layout.verdict))).toBe('全力争取');
    // Only the two Settings cells were written: nothing entered a formula again or recalculated by hand.
    expect(reentered).toHaveBeenCalledTimes(2);
    hf.destroy();
  });

  it('value-proposition.en.xlsx: NETVALUE and the host’s NPV of a worked example', async () => {
    const opened = await openTemplate('value-proposition.en.xlsx');
    const { hf } = opened;
    const layout = valuePropositionTemplate({ locale: 'en' }).layout;
    const sheet = sheetOf(opened, 'Value proposition');
    const year = (range: string, y: number) => {
      const box = parseA1(range);
      return { sheet, row: box.row, col: box.column + y };
    };
    // Year 0: hardware 50,000 and services 30,000. Years 1–3: revenue up 40,000 and expenses down
    // 20,000 a year; support 10,000 a year; a 5,000 risk in year 1; 3 years counted at 10 %.
    hf.setCellContents(at(sheet, layout.periodsCounted), 3);
    hf.setCellContents(at(sheet, layout.discountRate), 0.1);
    hf.setCellContents(year(layout.investment.hardware, 0), 50000);
    hf.setCellContents(year(layout.investment.services, 0), 30000);
    const increase = layout.benefits.find((b) => b.direction === 'increase')!;
    const decrease = layout.benefits.find((b) => b.direction === 'decrease')!;
    hf.setCellContents(year(increase.amounts, 1), [[40000, 40000, 40000]]);
    hf.setCellContents(year(decrease.amounts, 1), [[20000, 20000, 20000]]);
    hf.setCellContents(year(layout.costs.usage, 1), [[10000, 10000, 10000]]);
    hf.setCellContents(year(layout.costs.opportunity, 1), 5000);

    // Benefits 180,000 − costs 110,000 − risks 5,000.
    expect(hf.getCellValue(at(sheet, layout.results.netValue))).toBe(65000);
    const flows = [-80000, 45000, 50000, 50000];
    const npv = flows.reduce((sum, flow, t) => sum + flow / 1.1 ** t, 0);
    expect(hf.getCellValue(at(sheet, layout.results.npv)) as number).toBeCloseTo(npv, 4);
    expect(hf.getCellValue(at(sheet, layout.results.payback)) as number).toBeCloseTo(1.7, 9);
    expect(errorsOn(hf, sheet)).toEqual([]);
    hf.destroy();
  });
});
