import fc from 'fast-check';
import { buildDashboard } from '../../shared/pipeline/dashboard';
import { periodFromKey, quarterOf } from '../../shared/pipeline/period';
import { rollUpPipeline } from '../../shared/pipeline/rollup';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';
import { AS_OF, DEFAULT_TEAM_SETTINGS, teamWorkbook } from './team-workbook';

// 2026-11-15; the period is 2026-Q4 (2026-10-01 … 2026-12-31)
const TODAY = 46341;
const PROOFS = ['Proof G10', 'Proof G20', 'Proof E25', 'Proof D30', 'Proof C50', 'Proof B75', 'Proof A90', 'Proof S100'];
const ann = {
  name: 'Ann',
  values: [
    ['Deal ID', 'Amount', 'Stage', 'Close date', 'Stage entered', 'Created', 'Next step', ...PROOFS],
    ['A1', 100000, 'C50', '2026-12-15', 46300, null, 'Demo', true, true, true, true],
    ['A2', 50000, 'A90', '2026-11-30', 46330, null, ''],
    ['A3', 80000, 'S100', '2026-10-20', null, 46200, 'Kick-off'],
    ['A4', 20000, 'LOST', '2026-10-10', null, null, ''],
  ],
};
const bo = {
  name: 'Bo',
  values: [
    ['Deal ID', 'Amount', 'Stage', 'Close date', 'Stage entered', 'Created', 'Next step'],
    ['B1', 200000, 'G20', '2027-01-20', 46341, null, 'Call'],
    ['B2', 60000, 'B75', '2026-11-01', null, null, 'Visit'],
    ['B3', 40000, 'S100', '2026-09-15', null, 46180, ''],
  ],
};
const settings = teamSettingsFromNamedValues({
  DK_QUOTAS: [
    ['Ann', '2026-Q4', 300000],
    ['Bo', '2026-10', 50000],
    ['bo', '2026-11', 50000],
    ['Bo', '2026-12', 50000],
    ['Bo', '2027-01', 99999],
    ['Cy', '2026-Q4', 10000],
  ],
});
const rollup = rollUpPipeline([ann, bo], { settings });
const dash = buildDashboard(rollup.deals, { settings, asOf: TODAY });

describe('dashboard of a two-rep team, worked by hand', () => {
  it('defaults to the quarter of today', () => {
    expect(dash.period).toEqual({ key: '2026-Q4', start: 46296, end: 46387 });
  });

  it('figures each rep: open, weighted, commit, won, quota, coverage, win rate, cycle, velocity', () => {
    const [a, b, c] = dash.reps;
    expect(a).toMatchObject({
      rep: 'Ann',
      openDeals: 2,
      openAmount: 150000,
      weighted: 95000,
      commit: 50000,
      bestCase: 100000,
      wonDeals: 1,
      wonAmount: 80000,
      lostDeals: 1,
      lostAmount: 20000,
      periodOpen: 150000,
      periodWeighted: 95000,
      periodWon: 80000,
      quota: 300000,
      winRate: 0.5,
      averageCycleDays: 115,
    });
    expect(a.coverage).toBeCloseTo(150000 / 220000, 12);
    expect(a.velocity).toBeCloseTo((2 * 75000 * 0.5) / 115, 9);
    // Bo's quota is his three monthly quotas of the quarter; January is another period
    expect(b).toMatchObject({ rep: 'Bo', openAmount: 260000, weighted: 85000, commit: 0, periodOpen: 60000, periodWon: 0, quota: 150000, winRate: 1, averageCycleDays: 100 });
    expect(b.coverage).toBeCloseTo(0.4, 12);
    expect(b.velocity).toBeCloseTo(2600, 9);
    // Cy has a quota and no deals yet: still on the dashboard
    expect(c).toMatchObject({ rep: 'Cy', openDeals: 0, quota: 10000, coverage: 0, winRate: null, velocity: null });
  });

  it('adds the team from the reps and works its ratios out again', () => {
    expect(dash.team).toMatchObject({
      openDeals: 4,
      openAmount: 410000,
      weighted: 180000,
      commit: 50000,
      wonAmount: 120000,
      quota: 460000,
      periodOpen: 210000,
      periodWon: 80000,
      averageCycleDays: 107.5,
    });
    expect(dash.team.coverage).toBeCloseTo(210000 / 380000, 12);
    expect(dash.team.winRate).toBeCloseTo(2 / 3, 12);
  });

  it('gives the funnel by stage in ladder order with LOST last', () => {
    expect(dash.funnel.filter((f) => f.deals > 0).map((f) => [f.stage, f.deals, f.amount, f.weighted])).toEqual([
      ['G20', 1, 200000, 40000],
      ['C50', 1, 100000, 50000],
      ['B75', 1, 60000, 45000],
      ['A90', 1, 50000, 45000],
      ['S100', 2, 120000, 120000],
      ['LOST', 1, 20000, 0],
    ]);
  });

  it('spreads the weighted forecast over forecast category × month and quarter', () => {
    expect(dash.byMonth).toEqual([
      { key: '2026-09', pipeline: 0, bestCase: 0, commit: 0, won: 40000, total: 40000 },
      { key: '2026-10', pipeline: 0, bestCase: 0, commit: 0, won: 80000, total: 80000 },
      { key: '2026-11', pipeline: 0, bestCase: 45000, commit: 45000, won: 0, total: 90000 },
      { key: '2026-12', pipeline: 0, bestCase: 50000, commit: 0, won: 0, total: 50000 },
      { key: '2027-01', pipeline: 40000, bestCase: 0, commit: 0, won: 0, total: 40000 },
    ]);
    expect(dash.byQuarter.map((r) => [r.key, r.total])).toEqual([
      ['2026-Q3', 40000],
      ['2026-Q4', 220000],
      ['2027-Q1', 40000],
    ]);
  });

  it('lists stalled, over-claimed and untidy deals', () => {
    expect(dash.stalled.map((d) => [d.id, d.daysInStage, d.stalledDays])).toEqual([['A1', 41, 11]]);
    // Ann's sheet has proof boxes: A1 claims C50 on evidence up to D30; A2 and A3 have no box ticked
    expect(dash.overclaimed.map((d) => [d.id, d.evidencedStage, d.evidenceGap])).toEqual([
      ['A3', null, 8],
      ['A2', null, 7],
      ['A1', 'D30', 1],
    ]);
    // Bo's sheet has no proof columns: evidence unknown, not missing
    expect(dash.deals.find((d) => d.id === 'B1')?.evidenceGap).toBeUndefined();
    expect(dash.hygiene.map((h) => [h.deal.id, h.issues])).toEqual([
      ['A2', ['noNextStep']],
      ['B2', ['pastCloseDate']],
    ]);
  });

  it('gives a forecast range for the quarter on top of what is already won', () => {
    // Ann: 80,000 won; A1 100,000 at 50 %, A2 50,000 at 90 %. Totals: 80,000 (5 %), 130,000 (45 %),
    // 180,000 (5 %), 230,000 (45 %): cumulative 5 %, 50 %, 55 %, 100 %.
    const range = dash.reps[0].range;
    expect(range.mean).toBeCloseTo(80000 + 95000, 6);
    expect(range.percentiles.map((p) => p.amount)).toEqual([130000, 130000, 230000]);
    expect(range.chanceOfReachingQuota).toBe(0);
  });
});

describe('periods', () => {
  it('reads quota period keys', () => {
    expect(periodFromKey('2026-Q1')).toEqual({ key: '2026-Q1', start: 46023, end: 46112 });
    expect(periodFromKey('2026-02')?.end).toBe(46023 + 31 + 28 - 1);
    expect(periodFromKey('2026')?.end).toBe(46387);
    expect(periodFromKey('2026-13')).toBeUndefined();
    expect(quarterOf(46387).key).toBe('2026-Q4');
  });
});

describe('dashboard, properties over generated team workbooks', () => {
  it('team totals are the sums of the rep totals', () => {
    fc.assert(
      fc.property(teamWorkbook, (workbook) => {
        const { deals } = rollUpPipeline(workbook.sheets, { settings: DEFAULT_TEAM_SETTINGS });
        const d = buildDashboard(deals, { settings: DEFAULT_TEAM_SETTINGS, asOf: AS_OF });
        const keys = ['openDeals', 'openAmount', 'weighted', 'commit', 'bestCase', 'wonDeals', 'wonAmount', 'lostDeals', 'lostAmount', 'periodOpen', 'periodWeighted', 'periodWon'] as const;
        for (const key of keys) {
          const total = d.reps.reduce((s, r) => s + r[key], 0);
          expect(Math.abs(d.team[key] - total)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(total)));
        }
        // and the rep totals are the deals' own figures: nothing counted twice or lost
        const open = deals.filter((x) => x.stage !== 'LOST' && x.stage !== 'S100');
        expect(d.team.openDeals).toBe(open.length);
        expect(d.funnel.reduce((s, f) => s + f.deals, 0)).toBe(deals.length);
        expect(d.reps.reduce((s, r) => s + r.openDeals + r.wonDeals + r.lostDeals, 0)).toBe(deals.length);
        const grid = d.byMonth.reduce((s, r) => s + r.total, 0);
        expect(Math.abs(grid - d.byQuarter.reduce((s, r) => s + r.total, 0))).toBeLessThan(1e-6 * Math.max(1, grid));
        expect(Math.abs(grid - (d.team.weighted + d.team.wonAmount))).toBeLessThan(1e-6 * Math.max(1, grid));
      }),
      { numRuns: 100 },
    );
  });
});
