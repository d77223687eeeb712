/**
 * The strategy conditions table under the assessment's recommended strategy: each strategy with what
 * it needs, read from the method data, and the recommended one highlighted by a conditional format
 * tied to the STRATEGY cell — evaluated in HyperFormula the way the playground grid colours cells.
 */
import { HyperFormula, type CellValue } from 'hyperformula';
import type { Locale } from '../../shared/i18n';
import { STRATEGY_GUIDES } from '../../shared/methods/strategy-guide';
import { STRATEGIES } from '../../shared/methods/strategy-path';
import { parseA1 } from '../../shared/a1';
import type { AssessmentLayout } from '../../shared/templates/assessment';
import { buildTemplate } from '../../shared/templates/catalog';
import { PALETTE } from '../../shared/templates/palette';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import { conditionalLooks } from '../../playground/grid/conditional-looks';
import { valuesOf } from './plan-checks';

function sheetOf(locale: Locale) {
  const built = buildTemplate('assessment', { method: 'PPVVC', locale });
  const layout = built.layout as AssessmentLayout;
  const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey);
  if (!sheet) throw new Error('no assessment sheet');
  return { built, layout, sheet };
}

/** The workbook a rep has after rating every criterion + and answering the two questions the path still needs. */
function flankingWorkbook(locale: Locale, answered = true) {
  const { built, layout } = sheetOf(locale);
  registerDealKitFunctions();
  const hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  const applied = applyPlanToHyperFormula(hf, built.plan);
  const name = applied.sheetNames[built.sheetKey];
  const id = hf.getSheetId(name) as number;
  const put = (a1: string, rows: (string | boolean)[][]): void => {
    const box = parseA1(a1);
    hf.setCellContents({ sheet: id, row: box.row, col: box.column }, rows);
  };
  if (answered) {
    put(
      layout.criteria[0].rating,
      layout.criteria.map(() => ['+']),
    );
    put(layout.strategyInputs.lead, [[false]]);
    put(layout.strategyInputs.canChangeCriteria, [[true]]);
  }
  const at = (a1: string): CellValue => {
    const box = parseA1(a1);
    return hf.getCellValue({ sheet: id, row: box.row, col: box.column });
  };
  const highlighted = (): string[] => {
    const looks = conditionalLooks(hf, id, applied.extras[name].conditionalFormats, hf.getSheetValues(id) as CellValue[][]);
    return layout.strategyConditions
      .filter((row) => {
        const a = parseA1(row.label);
        const b = parseA1(row.needs);
        return looks.get(`${a.row},${a.column}`)?.fill !== undefined && looks.get(`${b.row},${b.column}`)?.fill !== undefined;
      })
      .map((row) => row.id);
  };
  const lookOf = (a1: string) => {
    const box = parseA1(a1);
    return conditionalLooks(hf, id, applied.extras[name].conditionalFormats, hf.getSheetValues(id) as CellValue[][]).get(`${box.row},${box.column}`);
  };
  return { hf, layout, at, put, highlighted, lookOf };
}

describe('the strategy conditions table on the assessment sheet', () => {
  it.each(['en', 'zh-CN'] as const)('lists every strategy with its conditions from the method data, under the answer (%s)', (locale) => {
    const { layout, sheet } = sheetOf(locale);
    const values = valuesOf(sheet);
    expect(layout.strategyConditions.map((r) => r.id)).toEqual(STRATEGIES.map((s) => s.id));
    for (const row of layout.strategyConditions) {
      const strategy = STRATEGIES.find((s) => s.id === row.id);
      expect(values.get(row.label)).toBe(strategy?.label[locale]);
      expect(values.get(row.needs)).toBe(STRATEGY_GUIDES[row.id].needs[locale]);
    }
    // Right under the recommended strategy, before the PRIME checklist.
    const answerRow = parseA1(layout.strategy).row;
    expect(parseA1(layout.strategyConditions[0].label).row).toBe(answerRow + 2);
    expect(parseA1(layout.prime[0].done).row).toBeGreaterThan(parseA1(layout.strategyConditions[5].label).row + 1);
  });

  it('names frontal attack’s 3:1 superiority in both languages', () => {
    const frontal = (locale: Locale) => {
      const { layout, sheet } = sheetOf(locale);
      return valuesOf(sheet).get(layout.strategyConditions.find((r) => r.id === 'frontal')?.needs ?? '');
    };
    expect(frontal('en')).toMatch(/3:1 superiority/);
    expect(frontal('zh-CN')).toMatch(/3:1 优势/);
  });

  it('highlights nothing while the strategy waits for an answer', () => {
    const book = flankingWorkbook('en', false);
    expect(book.at(book.layout.strategy)).toBe('Answer question 1');
    expect(book.highlighted()).toEqual([]);
    book.hf.destroy();
  });

  it.each([
    ['en', 'Flanking'],
    ['zh-CN', '侧面进攻'],
  ] as const)('highlights flanking, and only flanking, when STRATEGY recommends it (%s)', (locale, answer) => {
    const book = flankingWorkbook(locale);
    expect(book.at(book.layout.strategy)).toBe(answer);
    expect(book.highlighted()).toEqual(['flanking']);
    // In the answer's own traffic-light colour: offensive strategies are green.
    expect(book.lookOf(book.layout.strategyConditions[1].needs)).toEqual({ fill: PALETTE.greenFill, fontColor: PALETTE.greenFont });
    book.hf.destroy();
  });

  it('moves the highlight with the answer: no change of criteria, no split-off, a position to protect: Defend', () => {
    const book = flankingWorkbook('en');
    book.put(book.layout.strategyInputs.canChangeCriteria, [[false]]);
    book.put(book.layout.strategyInputs.canFragment, [[false]]);
    book.put(book.layout.strategyInputs.positionToProtect, [[true]]);
    expect(book.at(book.layout.strategy)).toBe('Defend');
    expect(book.highlighted()).toEqual(['defend']);
    book.hf.destroy();
  });
});
