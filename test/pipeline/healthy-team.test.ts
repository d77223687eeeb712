/**
 * CES's 80/20 question on the Dashboard — what share of the reps makes 80 % of the revenue — from a
 * team rolled up by the pure core, against a count by hand; then the block the roll-up writes.
 */
import type { PlanValue } from '../../shared/plan';
import { buildDashboard } from '../../shared/pipeline/dashboard';
import { healthyTeamFigures } from '../../shared/pipeline/healthy-team';
import { rollUpPipeline } from '../../shared/pipeline/rollup';
import { rollupPlan, DASHBOARD_KEY } from '../../shared/pipeline/rollup-plan';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';
import { SALES_TEAM_HEALTH_CHECKS } from '../../shared/methods/planning';
import { valuesOf } from '../templates/plan-checks';

// 2026-11-15: the period is 2026-Q4.
const TODAY = 46341;
const HEADER = ['Deal ID', 'Amount', 'Stage', 'Close date', 'Next step'];

type Deal = readonly [amount: number, stage: string, close: string];

function team(deals: readonly (readonly Deal[])[], quotas: readonly (readonly [string, string, number])[] = []) {
  const sheets = deals.map((list, r) => ({
    name: `Rep ${r + 1}`,
    values: [HEADER, ...list.map(([amount, stage, close], i): PlanValue[] => [`R${r + 1}-${i + 1}`, amount, stage, close, 'Call'])],
  }));
  const settings = teamSettingsFromNamedValues({ DK_QUOTAS: quotas.map((q) => [...q]) });
  const rollup = rollUpPipeline(sheets, { settings });
  return { rollup, dashboard: buildDashboard(rollup.deals, { settings, asOf: TODAY }) };
}

const won = (amount: number, close = '2026-11-02'): Deal => [amount, 'S100', close];
const open = (amount: number, stage = 'G20', close = '2027-02-10'): Deal => [amount, stage, close];

/**
 * Ten reps; won in 2026-Q4: 500k, 300k, 100k, 50k, 30k, 20k and four with none (an open deal each).
 * Rep 3 also won 900k in September, outside the period. By hand: 500k + 300k = 800k is 80 % of
 * 1,000k, so 2 of the 10 reps (20 %) make it; the top fifth (2 reps) make 80 %.
 */
const TEN = [
  [won(500_000)],
  [won(300_000), open(40_000)],
  [won(100_000), won(900_000, '2026-09-20')],
  [won(50_000)],
  [won(30_000)],
  [won(20_000)],
  [open(10_000)],
  [open(10_000)],
  [open(10_000)],
  [open(10_000)],
];

describe('what share of the reps makes 80 % of the revenue', () => {
  it('counts the reps by hand: 2 of 10 reps make 80 % of what was won in the period', () => {
    const figures = healthyTeamFigures(team(TEN).dashboard);
    expect(figures.basis).toBe('wonInPeriod');
    expect(figures.repCount).toBe(10);
    expect(figures.repsMakingMost).toBe(2);
    expect(figures.repShare).toBeCloseTo(0.2, 12);
    expect(figures.ranking.filter((r) => r.inGroup).map((r) => r.rep)).toEqual(['Rep 1', 'Rep 2']);
    expect(figures.ranking.map((r) => r.revenue)).toEqual([500_000, 300_000, 100_000, 50_000, 30_000, 20_000, 0, 0, 0, 0]);
    expect(figures.ranking[1].cumulativeShare).toBeCloseTo(0.8, 12);
    expect(figures.topFifthCount).toBe(2);
    expect(figures.topFifthShare).toBeCloseTo(0.8, 12);
  });

  it('one cent short of 80 % takes a third rep', () => {
    const short = TEN.map((deals, i) => (i === 1 ? [won(299_999.99)] : deals));
    const figures = healthyTeamFigures(team(short).dashboard);
    expect(figures.repsMakingMost).toBe(3);
    expect(figures.repShare).toBeCloseTo(0.3, 12);
  });

  it('a rep with only a quota is one of the reps, with no revenue', () => {
    const figures = healthyTeamFigures(team([[won(100_000)], [won(100_000)]], [['Cy', '2026-Q4', 50_000]]).dashboard);
    expect(figures.repCount).toBe(3);
    // 100k + 100k: the first alone is 50 %, both are 100 %.
    expect(figures.repsMakingMost).toBe(2);
    expect(figures.repShare).toBeCloseTo(2 / 3, 12);
  });

  it('with nothing won in the period it counts the weighted pipeline, and says so', () => {
    // Weighted: 100k at C50 = 50k, 200k at G20 = 40k, 10k at A90 = 9k; 80 % of 99k = 79.2k needs the first two.
    const figures = healthyTeamFigures(team([[open(100_000, 'C50')], [open(200_000, 'G20')], [open(10_000, 'A90')]]).dashboard);
    expect(figures.basis).toBe('weightedPipeline');
    expect(figures.ranking.map((r) => [r.rep, r.revenue])).toEqual([
      ['Rep 1', 50_000],
      ['Rep 2', 40_000],
      ['Rep 3', 9_000],
    ]);
    expect(figures.repsMakingMost).toBe(2);
  });

  it('with no revenue at all there is no share to give', () => {
    const figures = healthyTeamFigures(team([[[10_000, 'LOST', '2026-11-01']]]).dashboard);
    expect(figures.basis).toBeNull();
    expect(figures.repShare).toBeNull();
    expect(figures.topFifthShare).toBeNull();
  });
});

describe('the healthy-team block on the Dashboard sheet', () => {
  function board(locale: 'en' | 'zh-CN', deals = TEN) {
    const { rollup, dashboard } = team(deals);
    const sheet = rollupPlan(rollup, dashboard, { locale }).sheets.find((s) => s.key === DASHBOARD_KEY)!;
    const values = valuesOf(sheet);
    const find = (value: string): string => {
      const at = [...values.entries()].find(([, v]) => v === value)?.[0];
      if (!at) throw new Error(`"${value}" is not on the dashboard`);
      return at;
    };
    const right = (a1: string, by: number): PlanValue | undefined => {
      const column = a1.replace(/\d+$/, '');
      const row = a1.slice(column.length);
      return values.get(`${String.fromCharCode(column.charCodeAt(0) + by)}${row}`);
    };
    return { sheet, values, find, right };
  }

  it('answers the 80/20 question as a share with the reps behind it, and names its basis', () => {
    const b = board('en');
    const at = b.find('What share of the reps makes 80 % of the revenue?');
    expect(b.right(at, 1)).toBeCloseTo(0.2, 12);
    expect(b.right(at, 2)).toBe('2 of 10 reps');
    expect(b.right(at, 3)).toBe('Won in 2026-Q4');
    const row = at.replace(/^[A-Z]+/, '');
    expect(b.sheet.numberFormats).toContainEqual(expect.objectContaining({ format: '0%' }));
    expect(b.sheet.numberFormats?.some((f) => f.format === '0%' && f.range.startsWith(`B${row}`))).toBe(true);
  });

  it('asks the questions no pipeline answers, in the method’s words', () => {
    const b = board('en');
    for (const check of SALES_TEAM_HEALTH_CHECKS.filter((c) => c.id !== 'topFifthShare')) {
      const at = b.find(check.label.en);
      expect(b.right(at, 3)).toBe(`For the manager to answer: ${check.description.en}`);
    }
  });

  it('ranks the reps by the same revenue and marks the two who make the 80 %', () => {
    const b = board('en');
    const header = Number(b.find('Makes the 80 %').slice(1));
    const ranked = Array.from({ length: 10 }, (_, i) => [b.values.get(`A${header + 1 + i}`), b.values.get(`B${header + 1 + i}`), b.values.get(`E${header + 1 + i}`)]);
    expect(ranked.map(([rep]) => rep)).toEqual(['Rep 1', 'Rep 2', 'Rep 3', 'Rep 4', 'Rep 5', 'Rep 6', 'Rep 7', 'Rep 8', 'Rep 9', 'Rep 10']);
    expect(ranked.map(([, revenue]) => revenue)).toEqual([500_000, 300_000, 100_000, 50_000, 30_000, 20_000, 0, 0, 0, 0]);
    expect(ranked.filter(([, , mark]) => mark === 'yes').map(([rep]) => rep)).toEqual(['Rep 1', 'Rep 2']);
  });

  it('in Chinese, with the weighted-pipeline basis when nothing is won yet', () => {
    const b = board('zh-CN', [[open(100_000, 'C50')], [open(200_000, 'G20')], [open(10_000, 'A90')]]);
    const at = b.find('80% 的营业额由百分之多少的销售人员创造？');
    expect(b.right(at, 2)).toBe('3 人中的 2 人');
    expect(b.right(at, 3)).toBe('加权商机金额（进行中商机按其概率）：2026-Q4 尚无赢单');
  });
});
