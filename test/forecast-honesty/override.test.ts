/**
 * Probability overrides: a rep types a probability over the stage's default, with a reason.
 * Worked on the project-milestone ladder (METHODOLOGY §5: C50 is 50 %, A90 90 %, S100 won), default
 * bands Best case from 50 %, Commit from 90 %.
 */
import type { DealKitError } from '../../shared/errors';
import { invokeFunction } from '../../shared/functions';
import { buildDashboard } from '../../shared/pipeline/dashboard';
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { rollUpPipeline } from '../../shared/pipeline/rollup';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';
import type { SheetPlan } from '../../shared/plan';

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('WINPROB, WEIGHTED and FORECAST_CATEGORY with overrides', () => {
  it('use the override where given and the stage default elsewhere', () => {
    expect(invokeFunction('WINPROB', [col('C50', 'C50', 'G10'), null, col(0.8, null, '35%')])).toEqual([[0.8], [0.5], [0.35]]);
    // 100 000 at C50 overridden to 80 % weighs 80 000; 40 000 at C50 keeps 50 %
    expect(invokeFunction('WEIGHTED', [col(100000, 40000), col('C50', 'C50'), null, col(0.8, null)])).toEqual([[80000], [20000]]);
    // a C50 deal typed up to 95 % is Commit; an A90 deal typed down to 40 % is Pipeline
    expect(invokeFunction('FORECAST_CATEGORY', [col('C50', 'A90', 'D30'), null, col(0.95, 0.4, null)])).toEqual([['Commit'], ['Pipeline'], ['Pipeline']]);
  });

  it('leave a won or lost deal at its outcome whatever override is left on it', () => {
    expect(invokeFunction('WINPROB', [col('S100', 'LOST'), null, col(0.3, 0.6)])).toEqual([[1], [0]]);
    expect(invokeFunction('FORECAST_CATEGORY', [col('S100', 'LOST'), null, col(0.3, 0.6)])).toEqual([['Won'], ['Lost']]);
  });

  it('FUNNEL weighs each deal at its override too, so its weighted column adds up to WEIGHTED', () => {
    const funnel = invokeFunction('FUNNEL', [col('C50', 'C50', 'LOST'), col(100000, 40000, 5000), null, col(0.8, null, 0.5)]) as unknown[][];
    // C50: 100 000 × 80 % + 40 000 × 50 %
    expect(funnel.find((r) => r[0] === 'C50')).toEqual(['C50', 2, 140000, 100000]);
  });

  it('without overrides give what they gave before', () => {
    expect(invokeFunction('WINPROB', [col('C50', 'A90')])).toEqual(invokeFunction('WINPROB', [col('C50', 'A90'), null, col(null, null)]));
  });

  it('refuse a bare number above 1 rather than guess whether 40 means 40 %', () => {
    expect(() => invokeFunction('WINPROB', [col('C50', 'C50'), null, col(0.4, 40)])).toThrow(
      'overrides, row 2: 40 is above 1: overrides are fractions from 0 to 1, so for 40 % type 40% (with the sign) or 0.4',
    );
    expect(() => invokeFunction('WEIGHTED', [col(1), col('C50'), null, col('120%')])).toThrow(/^overrides, row 1: '120%' is above 1/);
  });

  it('refuse a negative or non-numeric override, naming the row', () => {
    expect(() => invokeFunction('WINPROB', [col('C50', 'C50', 'C50'), null, col(null, null, -0.1)])).toThrow(/^overrides, row 3: -0.1 is below 0 %/);
    expect(() => invokeFunction('FORECAST_CATEGORY', [col('C50'), null, col('likely')])).toThrow("overrides, row 1: 'likely' is not a probability; type it as 40% or 0.4");
  });

  it('refuse an override on a row with no stage, and overrides that do not line up with the stages', () => {
    expect(() => invokeFunction('WINPROB', [col('C50', null), null, col(null, 0.5)])).toThrow('overrides, row 2: has a probability but the stage is blank');
    expect(() => invokeFunction('WINPROB', [col('C50', 'C50'), null, col(0.5)])).toThrow(/^overrides: has 1 rows but stages has 2/);
  });

  it('answer in Chinese in a Chinese workbook', () => {
    let message = '';
    try {
      invokeFunction('WINPROB', [col('C50'), null, col(40)]);
    } catch (error) {
      message = (error as DealKitError).text['zh-CN'];
    }
    expect(message).toBe('overrides，第 1 行：40 大于 1：覆盖概率是 0 到 1 的小数；若指 40%，请写成 40%(带百分号)或 0.4');
  });
});

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step', 'Probability override', 'Override reason'];
// 2026-11-15: the period is 2026-Q4
const AS_OF = 46341;
const ann = {
  name: 'Ann',
  values: [
    HEADER,
    ['A1', 'ERP', 100000, 'C50', '2026-12-15', 'Demo', 0.8, 'CFO signed the budget'], // +30 points: flagged
    ['A2', 'CRM', 50000, 'C50', '2026-12-20', 'Call', '75%', ''], // +25 points exactly: not flagged, no reason
    ['A3', 'BI', 40000, 'A90', '2026-11-30', 'Visit', 0.3, 'Champion left'], // −60 points: flagged
    ['A4', 'HR', 20000, 'S100', '2026-10-20', '', 0.5, 'old'], // won: the override is ignored
    ['A5', 'Ops', 10000, 'G20', '2026-12-01', 'Call', 40, 'typo'], // 40 is not a probability: set aside
  ],
};
const settings = teamSettingsFromNamedValues({});

describe('the roll-up with overrides', () => {
  const rollup = rollUpPipeline([ann], { settings });
  const dashboard = buildDashboard(rollup.deals, { settings, asOf: AS_OF });

  it('sets aside an override outside 0–100 %, naming the row and the value', () => {
    expect(rollup.setAside).toEqual([
      expect.objectContaining({
        sheet: 'Ann',
        row: 6,
        id: 'A5',
        reasons: [
          expect.objectContaining({ id: 'overrideOutOfRange', text: expect.objectContaining({ en: 'probability override "40" is not between 0 % and 100 % (type 40 % as 40% or 0.4)' }) }),
        ],
      }),
    ]);
  });

  it('prices each deal at its override: probability, weighted amount and category', () => {
    const byId = new Map(dashboard.deals.map((d) => [d.id, d]));
    expect(byId.get('A1')).toMatchObject({ probability: 0.8, stageProbability: 0.5, weighted: 80000, forecastCategory: 'bestCase', overridden: true, overridePoints: 30 });
    expect(byId.get('A2')).toMatchObject({ probability: 0.75, weighted: 37500, overridePoints: 25, overrideFlagged: false });
    expect(byId.get('A3')).toMatchObject({ probability: 0.3, weighted: 12000, forecastCategory: 'pipeline', overridePoints: -60, overrideFlagged: true });
    expect(byId.get('A4')).toMatchObject({ probability: 1, overridden: false, overridePoints: 0, forecastCategory: 'won' });
    // Ann's weighted open pipeline: 80 000 + 37 500 + 12 000; the A90 deal no longer counts as Commit
    expect(dashboard.reps[0]).toMatchObject({ weighted: 129500, commit: 0, bestCase: 150000 });
  });

  it('weighs the funnel at the overrides, so it matches the Team pipeline’s weighted column', () => {
    const c50 = dashboard.funnel.find((f) => f.stage === 'C50');
    expect(c50).toMatchObject({ deals: 2, amount: 150000, weighted: 117500 });
    const sumByStage = (code: string) => dashboard.deals.filter((d) => d.stage === code).reduce((s, d) => s + d.weighted, 0);
    for (const stage of dashboard.funnel) expect(stage.weighted).toBeCloseTo(sumByStage(stage.stage), 9);
  });

  it('lists overrides flagged first, furthest from the default first, with the reason', () => {
    expect(dashboard.overrides.map((d) => [d.id, d.overrideFlagged])).toEqual([
      ['A3', true],
      ['A1', true],
      ['A2', false],
    ]);
  });

  it('flags against the Settings limit', () => {
    const strict = buildDashboard(rollup.deals, { settings, asOf: AS_OF, overrideFlagPoints: 20 });
    expect(strict.overrides.filter((d) => d.overrideFlagged).map((d) => d.id)).toEqual(['A3', 'A1', 'A2']);
    const { view } = rollUpTeamOperation({ sheets: [ann], named: { DK_OVERRIDE_FLAG_POINTS: [[70]] }, asOf: AS_OF });
    expect(view.dashboard.overrides.filter((d) => d.overrideFlagged)).toEqual([]);
    expect(() => rollUpTeamOperation({ sheets: [ann], named: { DK_OVERRIDE_FLAG_POINTS: [['a lot']] }, asOf: AS_OF })).toThrow(
      /^Settings DK_OVERRIDE_FLAG_POINTS: "a lot" is not a number of percentage points/,
    );
  });

  it('writes the list on the dashboard: stage default, override, points, flag and reason', () => {
    const { plan } = rollUpTeamOperation({ sheets: [ann], named: {}, asOf: AS_OF });
    const board = plan.sheets.find((s) => s.key === 'dashboard') as SheetPlan;
    const rows = (board.values ?? []).flatMap((b) => b.rows);
    const header = rows.findIndex((r) => r[3] === 'Stage' && r[4] === 'Stage probability');
    expect(rows[header]).toEqual(['Rep', 'Deal ID', 'Opportunity', 'Stage', 'Stage probability', 'Override', 'Difference (points)', 'Flagged', 'Reason', 'Sheet', 'Row']);
    expect(rows.slice(header + 1, header + 4)).toEqual([
      ['Ann', 'A3', 'BI', 'A90 Commercial negotiation', 0.9, 0.3, -60, 'over the limit', 'Champion left', 'Ann', 4],
      ['Ann', 'A1', 'ERP', 'C50 Needs analysis & solution design', 0.5, 0.8, 30, 'over the limit', 'CFO signed the budget', 'Ann', 2],
      ['Ann', 'A2', 'CRM', 'C50 Needs analysis & solution design', 0.5, 0.75, 25, '', '(no reason given)', 'Ann', 3],
    ]);
    const note = rows.find((r) => typeof r[0] === 'string' && r[0].startsWith('Deals whose probability'));
    expect(note?.[0]).toContain('more than 25 points');
  });
});
