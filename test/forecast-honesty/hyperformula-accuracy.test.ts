/**
 * The Forecast accuracy sheet applied to HyperFormula, and FORECAST_ACCURACY typed over its team
 * table: the engine's errors must be the ones the pure report wrote, period by period.
 */
import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { forecastAccuracyPlan } from '../../shared/pipeline/forecast-accuracy-plan';
import { forecastAccuracy } from '../../shared/pipeline/forecast-accuracy';
import type { HistoryDeal, HistorySnapshot } from '../../shared/pipeline/snapshot';

const START = 46023; // 2026-01-01

const deal = fc.record({
  owner: fc.constantFrom('Ann', 'Bo'),
  amount: fc.integer({ min: 1, max: 200_000 }),
  close: fc.integer({ min: 0, max: 500 }),
  category: fc.constantFrom('won', 'lost', 'pipeline', 'bestCase', 'commit'),
});

function history(takes: { owner: string; amount: number; close: number; category: string }[][]): HistorySnapshot[] {
  return takes.map((specs, t) => ({
    date: START + t * 21,
    takenAt: `t${t}`,
    forecasts: [],
    deals: specs.map((s, i): HistoryDeal => {
      const probability = s.category === 'won' ? 1 : s.category === 'lost' ? 0 : 0.5;
      return {
        id: `D${i}`,
        owner: s.owner,
        account: '',
        opportunity: '',
        amount: s.amount,
        currency: '',
        stage: '',
        closeDate: START + s.close,
        probability,
        weighted: s.amount * probability,
        forecastCategory: s.category,
        evidencedStage: '',
        sheet: '',
        row: 0,
      };
    }),
  }));
}

it('FORECAST_ACCURACY over the written team table gives the errors the report wrote', () => {
  registerDealKitFunctions();
  const [takes] = fc.sample(fc.array(fc.array(deal, { minLength: 3, maxLength: 12 }), { minLength: 12, maxLength: 20 }), { numRuns: 1, seed: 8 });
  const accuracy = forecastAccuracy(history(takes ?? []), 'quarter');
  expect(accuracy.periods.length).toBeGreaterThan(1);
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const { sheetNames } = applyPlanToHyperFormula(hf, forecastAccuracyPlan(accuracy, { locale: 'en', asOf: START + 500 }));
  const sheet = hf.getSheetId(sheetNames.forecastAccuracy as string) as number;
  const values = hf.getSheetValues(sheet);
  const header = values.findIndex((r) => r[0] === 'Period' && r[1] === 'Actual');
  const rows = accuracy.periods.slice(-8).length;
  // commit error beside the table, in column J, from the Commit (C) and Actual (B) columns
  hf.setCellContents({ sheet, row: header + 1, col: 9 }, `=FORECAST_ACCURACY(C${header + 2}:C${header + 1 + rows},B${header + 2}:B${header + 1 + rows})`);
  let compared = 0;
  for (let i = 0; i < rows; i += 1) {
    const written = hf.getCellValue({ sheet, row: header + 1 + i, col: 5 });
    const engine = hf.getCellValue({ sheet, row: header + 1 + i, col: 9 });
    if (written === null) expect(engine === '' || engine === null).toBe(true);
    else {
      expect(engine as number).toBeCloseTo(written as number, 12);
      compared += 1;
    }
  }
  expect(compared).toBeGreaterThan(0);
  hf.destroy();
});
