import { DealKitError } from '../../shared/errors';
import {
  FORECAST_LABELS,
  coverage,
  evidenceGap,
  evidencedStage,
  forecastCategory,
  funnelByStage,
  pipelineTotals,
  salesVelocity,
  stageConversion,
  stalledDays,
  weightedAmount,
  winProbability,
  winRate,
} from '../../shared/scoring/pipeline';
import { mergeSettings } from '../../shared/scoring/settings';
import { findStage, stageTable, stageTableFromRange } from '../../shared/scoring/stage-table';

function errorOf(fn: () => unknown): DealKitError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DealKitError) return e;
    throw e;
  }
  throw new Error('expected a DealKitError');
}

const MILESTONES = stageTable('MILESTONES');

describe('stage tables', () => {
  it('MILESTONES: G10 … S100 with the METHODOLOGY probabilities, S100 won, stall limit 30', () => {
    expect(MILESTONES.stages.map((s) => s.code)).toEqual(['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100']);
    expect(MILESTONES.stages.map((s) => s.probability)).toEqual([0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.9, 1]);
    expect(MILESTONES.stages.map((s) => s.kind)).toEqual([...Array(7).fill('open'), 'won']);
    expect(MILESTONES.stages.every((s) => s.stallDays === 30)).toBe(true);
    expect(MILESTONES.lost).toMatchObject({ code: 'LOST', probability: 0, kind: 'lost' });
  });
  it('SIGNATURE: Identified 10, Validated 25, Qualified 50, Proposed 75, Won 100', () => {
    const t = stageTable('SIGNATURE');
    expect(t.stages.map((s) => [s.code, s.probability])).toEqual([
      ['Identified', 0.1],
      ['Validated', 0.25],
      ['Qualified', 0.5],
      ['Proposed', 0.75],
      ['Won', 1],
    ]);
  });
  it('FUNNEL: five layers and signed (10, 30, 50, 75, 90, 100)', () => {
    expect(stageTable('FUNNEL').stages.map((s) => s.probability)).toEqual([0.1, 0.3, 0.5, 0.75, 0.9, 1]);
  });
  it('applies a manager’s probability and stall-limit edits', () => {
    const s = mergeSettings({ stallDays: 45, ladders: { MILESTONES: { probabilities: { C50: 0.4 }, stallDays: { A90: 10 } } } });
    const t = stageTable('MILESTONES', s);
    expect(findStage(t, 'C50').probability).toBe(0.4);
    expect(findStage(t, 'A90').stallDays).toBe(10);
    expect(findStage(t, 'G10').stallDays).toBe(45);
  });
  it('an edit for a stage the ladder lacks names the setting', () => {
    const s = mergeSettings({ ladders: { FUNNEL: { probabilities: { C50: 0.4 } } } });
    expect(errorOf(() => stageTable('FUNNEL', s)).subject).toBe('ladders.FUNNEL.probabilities.C50');
    expect(errorOf(() => stageTable('PIPE' as never)).subject).toBe('ladder');
  });
  it('builds from a user range: header skipped, percentages read, LOST kept off the ladder', () => {
    const t = stageTableFromRange([
      ['Stage', 'Probability'],
      ['Lead', 0.1],
      ['Demo', '40%'],
      [null, null],
      ['Deal', 0.8, 14],
      ['Closed', 1],
      ['LOST', 0],
    ]);
    expect(t.ladderId).toBeNull();
    expect(t.stages.map((s) => [s.code, s.probability, s.stallDays, s.kind])).toEqual([
      ['Lead', 0.1, 30, 'open'],
      ['Demo', 0.4, 30, 'open'],
      ['Deal', 0.8, 14, 'open'],
      ['Closed', 1, 30, 'won'],
    ]);
  });
  it('a range that copies a built-in ladder keeps its labels, so typed labels still match', () => {
    const t = stageTableFromRange([
      ['Identified', 0.1],
      ['Qualified', 0.5],
      ['Won', 1],
      ['LOST', 0],
    ]);
    expect(findStage(t, '确认').code).toBe('Qualified');
    expect(findStage(t, 'lost').kind).toBe('lost');
  });
  it('takes stall limits from a separate code | days range, as the Settings sheet keeps them', () => {
    const t = stageTableFromRange(
      [
        ['Lead', 0.1],
        ['Deal', 0.6],
        ['Closed', 1],
        ['LOST', 0],
      ],
      mergeSettings({ stallDays: 20 }),
      [
        ['Stage', 'Days'],
        ['deal', 7],
        ['LOST', 0],
      ],
    );
    expect(t.stages.map((s) => s.stallDays)).toEqual([20, 7, 20]);
    expect(errorOf(() => stageTableFromRange([['Lead', 0.1]], undefined, [['Demo', 5]])).subject).toBe('stallLimits row 1');
    expect(errorOf(() => stageTableFromRange([['Lead', 0.1]], undefined, [['Lead', -5]])).subject).toBe('stallLimits row 1');
  });
  it('a user range: the won stage is the row at 100 %, wherever it sits; none at 100 % is an error', () => {
    const t = stageTableFromRange([
      ['Lead', 0.1],
      ['Won', 1],
      ['Stretch', 0.95],
      ['Lost', 0],
    ]);
    expect(t.stages.map((s) => [s.code, s.kind])).toEqual([
      ['Lead', 'open'],
      ['Won', 'won'],
      ['Stretch', 'open'],
    ]);
    expect(findStage(t, 'Lost').kind).toBe('lost');
    const none = errorOf(() =>
      stageTableFromRange([
        ['A', 0.95],
        ['B', 0.2],
      ]),
    );
    expect(none.subject).toBe('stages');
    expect(none.message).toMatch(/no stage is at 100 %/);
    expect(
      errorOf(() =>
        stageTableFromRange([
          ['Lead', 0.1],
          ['Won', 1],
          ['Lost', 0.2],
        ]),
      ).subject,
    ).toBe('stages row 3');
  });
  it('a bad user range names the row', () => {
    expect(
      errorOf(() =>
        stageTableFromRange([
          ['Lead', 0.1],
          ['Demo', 'high'],
        ]),
      ).subject,
    ).toBe('stages row 2');
    expect(
      errorOf(() =>
        stageTableFromRange([
          ['Lead', 0.1],
          ['lead', 0.2],
        ]),
      ).message,
    ).toMatch(/listed twice/);
    expect(
      errorOf(() =>
        stageTableFromRange([
          ['Lead', 0.1],
          ['Won', 150],
        ]),
      ).subject,
    ).toBe('stages row 2');
    expect(
      errorOf(() =>
        stageTableFromRange([
          ['Lead', 0.1],
          ['LOST', 0.1],
        ]),
      ).subject,
    ).toBe('stages row 2');
    expect(errorOf(() => stageTableFromRange([])).subject).toBe('stages');
  });
  it('finds a stage by code or label in either language, any case', () => {
    expect(findStage(MILESTONES, ' c50 ').code).toBe('C50');
    const sig = stageTable('SIGNATURE');
    expect(findStage(sig, 'qualified').code).toBe('Qualified');
    expect(findStage(sig, '确认').code).toBe('Qualified');
    expect(findStage(sig, 'PROPOSED / VERBAL COMMITMENT').code).toBe('Proposed');
    expect(findStage(sig, 'lost').kind).toBe('lost');
    expect(findStage(sig, '丢单').kind).toBe('lost');
  });
  it('an unknown or blank stage names the argument and lists the codes', () => {
    const e = errorOf(() => findStage(MILESTONES, 'C55', 'stage'));
    expect(e.subject).toBe('stage');
    expect(e.message).toContain('C55');
    expect(e.message).toContain('G10, G20');
    expect(errorOf(() => findStage(MILESTONES, '  ')).message).toMatch(/blank/);
  });
});

describe('probability, weighted amount and forecast category', () => {
  it('weighted amount = amount × stage probability', () => {
    expect(winProbability(MILESTONES, 'B75')).toBe(0.75);
    expect(weightedAmount(200_000, MILESTONES, 'B75')).toBe(150_000);
    expect(weightedAmount(200_000, MILESTONES, 'LOST')).toBe(0);
    expect(errorOf(() => weightedAmount(Number.NaN, MILESTONES, 'B75')).subject).toBe('amount');
  });
  it('bands: Pipeline < 50 %, Best case 50–89 %, Commit ≥ 90 %, then Won / Lost', () => {
    expect(['G10', 'D30', 'C50', 'B75', 'A90', 'S100', 'LOST'].map((s) => forecastCategory(MILESTONES, s))).toEqual([
      'pipeline',
      'pipeline',
      'bestCase',
      'bestCase',
      'commit',
      'won',
      'lost',
    ]);
  });
  it('follows edited bands', () => {
    const s = mergeSettings({ forecast: { bestCase: 0.3, commit: 0.75 } });
    expect(forecastCategory(MILESTONES, 'D30', s)).toBe('bestCase');
    expect(forecastCategory(MILESTONES, 'B75', s)).toBe('commit');
  });
  it('labels', () => {
    expect(Object.values(FORECAST_LABELS).map((l) => l.en)).toEqual(['Pipeline', 'Best case', 'Commit', 'Won', 'Lost']);
  });
});

const DEALS = [
  { stage: 'G10', amount: 100 },
  { stage: 'C50', amount: 200 },
  { stage: 'c50', amount: 300 },
  { stage: 'A90', amount: 400 },
  { stage: 'S100', amount: 500 },
  { stage: 'S100', amount: 100 },
  { stage: 'LOST', amount: 400, lostFrom: 'B75' },
  { stage: 'LOST', amount: 200 },
];

describe('funnel and totals', () => {
  it('deals, amount and weighted per stage in ladder order, LOST last', () => {
    const f = funnelByStage(MILESTONES, DEALS);
    expect(f.map((r) => r.stage)).toEqual(['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100', 'LOST']);
    expect(f.map((r) => r.deals)).toEqual([1, 0, 0, 0, 2, 0, 1, 2, 2]);
    expect(f.map((r) => r.amount)).toEqual([100, 0, 0, 0, 500, 0, 400, 600, 600]);
    expect(f.map((r) => r.weighted)).toEqual([10, 0, 0, 0, 250, 0, 360, 600, 0]);
  });
  it('totals of open, won and lost', () => {
    expect(pipelineTotals(MILESTONES, DEALS)).toEqual({
      openDeals: 4,
      openAmount: 1000,
      openWeighted: 620,
      wonDeals: 2,
      wonAmount: 600,
      lostDeals: 2,
      lostAmount: 600,
    });
  });
  it('a bad row names the row and the field', () => {
    expect(
      errorOf(() =>
        funnelByStage(MILESTONES, [
          { stage: 'G10', amount: 1 },
          { stage: 'X', amount: 1 },
        ]),
      ).subject,
    ).toBe('deals row 2 stage');
    expect(errorOf(() => funnelByStage(MILESTONES, [{ stage: 'G10', amount: Number.NaN }])).subject).toBe('deals row 1 amount');
  });
});

describe('coverage, win rate, conversion, velocity', () => {
  it('coverage = open ÷ (quota − closed won)', () => {
    expect(coverage(1000, 800, 300)).toBe(2);
    expect(coverage(900, 300)).toBe(3);
  });
  it('coverage when the quota is already met is an error naming quota', () => {
    expect(errorOf(() => coverage(1000, 500, 500)).subject).toBe('quota');
  });
  it('win rate by count and by amount', () => {
    expect(winRate(MILESTONES, DEALS)).toEqual({ byCount: 0.5, byAmount: 0.5, won: 2, lost: 2 });
    const r = winRate(MILESTONES, [
      { stage: 'S100', amount: 300 },
      { stage: 'LOST', amount: 100 },
      { stage: 'LOST', amount: 200 },
    ]);
    expect(r.byCount).toBeCloseTo(1 / 3, 12);
    expect(r.byAmount).toBeCloseTo(0.5, 12);
  });
  it('no closed deals: no win rate', () => {
    expect(errorOf(() => winRate(MILESTONES, [{ stage: 'G10', amount: 1 }])).subject).toBe('deals');
  });
  it('stage conversion = reached n+1 ÷ reached n; a lost deal counts up to lostFrom, else not at all', () => {
    const c = stageConversion(MILESTONES, DEALS);
    expect(c).toHaveLength(7);
    // Reached: G10 deal → 0; C50 ×2 → 4; A90 → 6; S100 ×2 → 7; lost from B75 → 5; lost, unknown → none.
    expect(c.map((r) => r.reachedFrom)).toEqual([7, 6, 6, 6, 6, 4, 3]);
    expect(c[0]).toEqual({ from: 'G10', to: 'G20', reachedFrom: 7, reachedTo: 6, rate: 6 / 7 });
    expect(c[5]?.rate).toBe(3 / 4);
    expect(c[6]).toMatchObject({ from: 'A90', to: 'S100', rate: 2 / 3 });
  });
  it('a conversion from a stage no deal reached is null, not NaN', () => {
    expect(stageConversion(MILESTONES, [{ stage: 'G10', amount: 1 }])[1]?.rate).toBeNull();
  });
  it('velocity = open deals × average size × win rate ÷ cycle days', () => {
    expect(salesVelocity({ openDeals: 20, averageDealSize: 50_000, winRate: 0.25, cycleDays: 100 })).toBe(2500);
    expect(errorOf(() => salesVelocity({ openDeals: 20, averageDealSize: 1, winRate: 0.25, cycleDays: 0 })).subject).toBe('cycleDays');
    expect(errorOf(() => salesVelocity({ openDeals: 20, averageDealSize: 1, winRate: 25, cycleDays: 9 })).subject).toBe('winRate');
  });
});

describe('stalled days', () => {
  const entered = 46000; // a spreadsheet serial day
  it('days in stage beyond the limit (default 30), 0 within it', () => {
    expect(stalledDays(MILESTONES, 'C50', entered, entered + 30)).toBe(0);
    expect(stalledDays(MILESTONES, 'C50', entered, entered + 31)).toBe(1);
    expect(stalledDays(MILESTONES, 'C50', entered, entered + 75.9)).toBe(45);
  });
  it('uses the stage’s own limit', () => {
    const t = stageTable('MILESTONES', mergeSettings({ ladders: { MILESTONES: { stallDays: { A90: 7 } } } }));
    expect(stalledDays(t, 'A90', entered, entered + 10)).toBe(3);
  });
  it('won and lost deals never stall', () => {
    expect(stalledDays(MILESTONES, 'S100', entered, entered + 400)).toBe(0);
    expect(stalledDays(MILESTONES, 'LOST', entered, entered + 400)).toBe(0);
  });
  it('a stage-entered date after the as-of date names stageEntered', () => {
    expect(errorOf(() => stalledDays(MILESTONES, 'C50', entered + 1, entered)).subject).toBe('stageEntered');
  });
});

describe('evidenced stage', () => {
  const T = true;
  const F = false;
  it('is the highest stage whose proof and every earlier proof is ticked', () => {
    expect(evidencedStage(MILESTONES, [T, T, T, F, F, F, F, F])?.code).toBe('E25');
    expect(evidencedStage(MILESTONES, [T, T, T, T, T, T, T, T])?.code).toBe('S100');
  });
  it('a gap in the proofs stops the evidence there, whatever is ticked later', () => {
    expect(evidencedStage(MILESTONES, [T, F, T, T, T, F, F, F])?.code).toBe('G10');
    expect(evidencedStage(MILESTONES, [F, T, T, T, T, T, T, T])).toBeNull();
  });
  it('claimed B75 with proofs to E25 runs three stages ahead', () => {
    expect(evidenceGap(MILESTONES, 'B75', [T, T, T, F, F, F, F, F])).toBe(3);
    expect(evidenceGap(MILESTONES, 'G20', [T, T, T, F, F, F, F, F])).toBe(0);
  });
  it('the wrong number of proofs names the count expected', () => {
    const e = errorOf(() => evidencedStage(MILESTONES, [T, T]));
    expect(e.subject).toBe('proofs');
    expect(e.message).toMatch(/expected 8 ticks/);
  });
});
