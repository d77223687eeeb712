/**
 * Forecast accuracy from the snapshot history, worked by hand on 2026-Q4 (2026-10-01 … 2026-12-31):
 * the points are 2026-11-05 (8 weeks before the last day), 2026-12-03 (4 weeks) and 2026-12-24 (1 week).
 */
import fc from 'fast-check';
import { forecastAccuracy, forecastError, type PeriodAccuracy } from '../../shared/pipeline/forecast-accuracy';
import { serialFromParts } from '../../shared/pipeline/dates';
import { FORECAST_ACCURACY_MARKER, HISTORY_MARKER } from '../../shared/pipeline/markers';
import { forecastAccuracyOperation } from '../../shared/pipeline/operations';
import { historyRecords, parseHistory, type HistoryDeal, type HistoryForecast, type HistorySnapshot } from '../../shared/pipeline/snapshot';
import { invokeFunction } from '../../shared/functions';

const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return serialFromParts(y as number, m as number, d as number);
};

function deal(id: string, owner: string, amount: number, category: string, probability: number, close: string): HistoryDeal {
  return {
    id,
    owner,
    account: '',
    opportunity: id,
    amount,
    currency: 'USD',
    stage: '',
    closeDate: day(close),
    probability,
    weighted: amount * probability,
    forecastCategory: category,
    evidencedStage: '',
    sheet: owner,
    row: 2,
  };
}

function snapshot(date: string, deals: HistoryDeal[], forecasts: HistoryForecast[] = []): HistorySnapshot {
  return { date: day(date), takenAt: `${date}T09:00:00.000Z`, deals, forecasts };
}

const boManager: HistoryForecast = { period: '2026-Q4', rep: 'Bo', view: 'manager', commit: 40000, bestCase: 80000, note: 'legal review slow', currency: 'USD' };

const HISTORY: HistorySnapshot[] = [
  snapshot('2026-11-01', [
    deal('A1', 'Ann', 100000, 'commit', 0.9, '2026-12-15'),
    deal('A2', 'Ann', 50000, 'bestCase', 0.5, '2026-12-20'),
    deal('B1', 'Bo', 80000, 'pipeline', 0.3, '2026-11-30'),
  ]),
  snapshot(
    '2026-12-01',
    [deal('A1', 'Ann', 100000, 'won', 1, '2026-12-10'), deal('A2', 'Ann', 50000, 'bestCase', 0.5, '2026-12-20'), deal('B1', 'Bo', 80000, 'commit', 0.9, '2026-12-18')],
    [boManager],
  ),
  snapshot('2026-12-24', [deal('A1', 'Ann', 100000, 'won', 1, '2026-12-10'), deal('A2', 'Ann', 50000, 'lost', 0, '2026-12-20'), deal('B1', 'bo ', 80000, 'commit', 0.9, '2026-12-18')]),
  // after the quarter: Bo's deal slipped into January, so the quarter closed at Ann's 100 000
  snapshot('2027-01-05', [deal('A1', 'Ann', 100000, 'won', 1, '2026-12-10'), deal('A2', 'Ann', 50000, 'lost', 0, '2026-12-20'), deal('B1', 'Bo', 80000, 'commit', 0.9, '2027-01-20')]),
];

const figures = (p: PeriodAccuracy, rep: string) => {
  const row = rep === '' ? p.team : p.reps.find((r) => r.rep === rep);
  return row?.points.map((x) => [x.commit, x.weighted, x.manager]);
};
const errors = (p: PeriodAccuracy, rep: string) => {
  const row = rep === '' ? p.team : p.reps.find((r) => r.rep === rep);
  return row?.points.map((x) => [x.commitError, x.weightedError, x.managerError]);
};

describe('forecast accuracy of 2026-Q4, worked by hand', () => {
  const accuracy = forecastAccuracy(HISTORY);
  const q4 = accuracy.periods[0] as PeriodAccuracy;

  it('lists the one closed quarter (2027-Q1 has no snapshot after its end)', () => {
    expect(accuracy.periods.map((p) => p.period.key)).toEqual(['2026-Q4']);
    expect(q4.actualSnapshotDate).toBe(day('2027-01-05'));
    expect(q4.team.points.map((p) => [p.weeks, p.pointDate, p.snapshotDate])).toEqual([
      [8, day('2026-11-05'), day('2026-11-01')],
      [4, day('2026-12-03'), day('2026-12-01')],
      // a snapshot taken on the point's day counts
      [1, day('2026-12-24'), day('2026-12-24')],
    ]);
    expect(q4.snapshotsUsed).toEqual(HISTORY.map((s) => s.date));
  });

  it('reads the actual from the first snapshot after the quarter: won with a close date in it', () => {
    // "bo " and "Bo" are one rep
    expect(q4.reps.map((r) => [r.rep, r.actual])).toEqual([
      ['Ann', 100000],
      ['Bo', 0],
    ]);
    expect(q4.team.actual).toBe(100000);
  });

  it('forecasts Ann: commit, weighted and manager (no adjustment: her commit) at 8, 4 and 1 weeks', () => {
    // 8 weeks: commit = the A90 deal 100 000; weighted = 90 000 + 25 000
    // 4 weeks: commit = won 100 000; weighted = 100 000 won + 25 000
    // 1 weeks: the C50 deal was lost
    expect(figures(q4, 'Ann')).toEqual([
      [100000, 115000, 100000],
      [100000, 125000, 100000],
      [100000, 100000, 100000],
    ]);
    expect(errors(q4, 'Ann')).toEqual([
      [0, 0.15, 0],
      [0, 0.25, 0],
      [0, 0, 0],
    ]);
  });

  it('forecasts Bo, whose manager cut his commit to 40 000 at the 4-week point; nothing won: errors only where the forecast was 0', () => {
    expect(figures(q4, 'Bo')).toEqual([
      [0, 24000, 0],
      [80000, 72000, 40000],
      [80000, 72000, 80000],
    ]);
    expect(errors(q4, 'Bo')).toEqual([
      [0, null, 0],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('adds the reps up for the team and works its error out from the sums', () => {
    expect(figures(q4, '')).toEqual([
      [100000, 139000, 100000],
      [180000, 197000, 140000],
      [180000, 172000, 180000],
    ]);
    const e = errors(q4, '') as number[][];
    expect(e[0]).toEqual([0, expect.closeTo(0.39, 10), 0]);
    expect(e[1]).toEqual([expect.closeTo(0.8, 10), expect.closeTo(0.97, 10), expect.closeTo(0.4, 10)]);
  });

  it('by month: a point with no snapshot on or before it is unknown (blank), not a forecast of 0', () => {
    const months = forecastAccuracy(HISTORY, 'month');
    expect(months.periods.map((p) => p.period.key)).toEqual(['2026-11', '2026-12']);
    const nov = months.periods[0] as PeriodAccuracy;
    // 8 weeks before 2026-11-30 is 2026-10-05: no snapshot yet
    expect(nov.team.points[0]).toEqual({
      weeks: 8,
      pointDate: day('2026-10-05'),
      snapshotDate: null,
      commit: null,
      weighted: null,
      manager: null,
      commitError: null,
      weightedError: null,
      managerError: null,
    });
    expect(nov.reps.map((r) => r.rep)).toEqual(['Bo']);
  });

  it('keeps the actual of the first snapshot after the quarter: a later one that reopens and deletes deals changes nothing', () => {
    const later = snapshot('2027-02-10', [deal('A2', 'Ann', 50000, 'won', 1, '2026-12-20'), deal('B1', 'Bo', 80000, 'won', 1, '2026-12-18')]);
    const again = forecastAccuracy([...HISTORY, later]).periods[0] as PeriodAccuracy;
    expect(again.actualSnapshotDate).toBe(day('2027-01-05'));
    expect(again).toEqual(q4);
  });

  it('lists nothing without a snapshot after a period, or with none before it', () => {
    expect(forecastAccuracy([]).periods).toEqual([]);
    expect(forecastAccuracy(HISTORY.slice(0, 3)).periods).toEqual([]);
    // only the snapshot after the quarter: no point has a forecast
    expect(forecastAccuracy(HISTORY.slice(3)).periods).toEqual([]);
  });
});

describe('the error', () => {
  it('is (forecast − actual) ÷ actual, with actual 0 handled explicitly', () => {
    expect(forecastError(120, 100)).toBeCloseTo(0.2, 12);
    expect(forecastError(75, 100)).toBe(-0.25);
    expect(forecastError(0, 0)).toBe(0);
    expect(forecastError(5, 0)).toBeNull();
    expect(forecastError(null, 100)).toBeNull();
  });

  it('FORECAST_ACCURACY computes it per row, blank where it has no meaning', () => {
    const col = (...v: unknown[]) => v.map((x) => [x]);
    expect(invokeFunction('FORECAST_ACCURACY', [col(139000, 180000, 0, 5000, null, 100), col(100000, 100000, 0, 0, 100, null)])).toEqual([
      [expect.closeTo(0.39, 10)],
      [0.8],
      [0],
      [''],
      [''],
      [''],
    ]);
    expect(() => invokeFunction('FORECAST_ACCURACY', [col(1, 2), col(1)])).toThrow(/^actual: has 1 rows but forecast has 2/);
    expect(() => invokeFunction('FORECAST_ACCURACY', [col(1, 'soon'), col(1, 2)])).toThrow("forecast, row 2: 'soon' is not a number");
    expect(() => invokeFunction('FORECAST_ACCURACY', [col(1), col(-5)])).toThrow(/^actual, row 1: -5 is negative/);
  });
});

describe('the history sheet round trip and the Forecast accuracy sheet', () => {
  function historySheet(snapshots: readonly HistorySnapshot[]): unknown[][] {
    return [[HISTORY_MARKER], ['note'], ['headers'], ...snapshots.flatMap((s) => historyRecords(s.deals, s.date, s.takenAt, s.forecasts))];
  }

  it('keeps the manager rows: parsed back, the figures are the same', () => {
    const parsed = parseHistory(historySheet(HISTORY));
    expect(parsed[1]?.forecasts).toEqual([boManager]);
    expect(forecastAccuracy(parsed)).toEqual(forecastAccuracy(HISTORY));
  });

  it('writes an owned sheet: chart table of the team 4 weeks out, then every rep, newest period first', () => {
    const { plan, accuracy } = forecastAccuracyOperation({ sheets: [{ name: 'Pipeline history', values: historySheet(HISTORY) }], named: {}, asOf: day('2027-01-10') });
    expect(accuracy.periods).toHaveLength(1);
    const sheet = plan.sheets[0]!;
    expect(sheet.target).toEqual({ kind: 'owned', baseName: 'Forecast accuracy', marker: FORECAST_ACCURACY_MARKER });
    const rows = (sheet.values ?? []).flatMap((b) => b.rows);
    const chartHeader = rows.findIndex((r) => r[0] === 'Period' && r[1] === 'Actual');
    expect(rows[chartHeader + 1]).toEqual(['2026-Q4', 100000, 180000, 197000, 140000, expect.closeTo(0.8, 10), expect.closeTo(0.97, 10), expect.closeTo(0.4, 10)]);
    const block = (sheet.values ?? []).find((b) => b.rows[0]?.[0] === 'Period' && b.rows[0]?.[1] === 'Actual');
    const headerRow = Number(block?.at.slice(1));
    expect(sheet.charts).toEqual([expect.objectContaining({ kind: 'column', source: `A${headerRow}:E${headerRow + 1}` })]);
    const detail = rows.findIndex((r) => r[0] === 'Period' && r[1] === 'Rep');
    expect(rows[detail + 1]?.slice(0, 7)).toEqual(['2026-Q4', 'Team', 100000, '2027-01-05', '2026-11-01', 100000, 0]);
    expect(rows[detail + 3]?.slice(0, 4)).toEqual(['2026-Q4', 'Bo', 0, '2027-01-05']);
  });

  it('says how to start when the history has no closed period, in the workbook language', () => {
    const { plan } = forecastAccuracyOperation({ sheets: [], named: { DK_LANGUAGE: [['zh-CN']] }, asOf: day('2027-01-10') });
    const rows = (plan.sheets[0]?.values ?? []).flatMap((b) => b.rows);
    expect(plan.sheets[0]?.target).toMatchObject({ baseName: '预测准确度' });
    expect(rows.at(-1)?.[0]).toMatch(/^尚无已结束的期间/);
    expect(() => forecastAccuracyOperation({ sheets: [], named: {}, asOf: 1 }, 'week')).toThrow('periodKind "week" is not quarter or month.');
  });
});

// --- properties ---------------------------------------------------------------------------------

const START = day('2026-01-01');
const REPS = ['Ann', 'Bo', 'Cy'];

const dealSpec = fc.record({
  owner: fc.constantFrom(...REPS),
  amount: fc.integer({ min: 0, max: 500_000 }),
  close: fc.integer({ min: 0, max: 400 }),
  category: fc.constantFrom('won', 'lost', 'pipeline', 'bestCase', 'commit'),
  probability: fc.constantFrom(0.1, 0.3, 0.5, 0.75, 0.9),
});

const dates = fc.uniqueArray(fc.integer({ min: 0, max: 420 }), { minLength: 1, maxLength: 12 }).map((d) => [...d].sort((a, b) => a - b));

function dealOf(spec: { owner: string; amount: number; close: number; category: string; probability: number }, i: number): HistoryDeal {
  const probability = spec.category === 'won' ? 1 : spec.category === 'lost' ? 0 : spec.probability;
  return {
    id: `D${i}`,
    owner: spec.owner,
    account: '',
    opportunity: '',
    amount: spec.amount,
    currency: '',
    stage: '',
    closeDate: START + spec.close,
    probability,
    weighted: spec.amount * probability,
    forecastCategory: spec.category,
    evidencedStage: '',
    sheet: spec.owner,
    row: i + 2,
  };
}

const periodKind = fc.constantFrom<'quarter' | 'month'>('quarter', 'month');

// snapshots on distinct days, each with its own deals, some with a manager's figure
const snapshotsSpec = fc.uniqueArray(
  fc.record({ day: fc.integer({ min: 0, max: 420 }), deals: fc.array(dealSpec, { maxLength: 8 }), manager: fc.option(fc.integer({ min: 0, max: 300_000 })) }),
  {
    minLength: 1,
    maxLength: 10,
    selector: (s) => s.day,
  },
);

function historyOf(snapshots: readonly { day: number; deals: readonly Parameters<typeof dealOf>[0][]; manager: number | null }[]): HistorySnapshot[] {
  return snapshots.map((s) => ({
    date: START + s.day,
    takenAt: `t${s.day}`,
    deals: s.deals.map(dealOf),
    forecasts: s.manager === null ? [] : [{ period: '2026-Q2', rep: 'Ann', view: 'manager' as const, commit: s.manager, bestCase: 0, note: '', currency: '' }],
  }));
}

describe('properties over generated histories', () => {
  it('a history in which nothing changes — every deal already won or lost — has 0 % error everywhere', () => {
    fc.assert(
      fc.property(
        fc.array(
          dealSpec.map((d) => ({ ...d, category: d.category === 'won' || d.category === 'pipeline' ? 'won' : 'lost' })),
          { maxLength: 20 },
        ),
        dates,
        fc.constantFrom<'quarter' | 'month'>('quarter', 'month'),
        (specs, when, kind) => {
          const deals = specs.map(dealOf);
          const history = when.map((d) => ({ date: START + d, takenAt: `t${d}`, deals, forecasts: [] }));
          for (const period of forecastAccuracy(history, kind).periods) {
            for (const row of [period.team, ...period.reps]) {
              for (const point of row.points) {
                if (point.snapshotDate === null) continue;
                expect([point.commitError, point.weightedError, point.managerError]).toEqual([0, 0, 0]);
              }
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('adding a later snapshot never changes a period that is already closed', () => {
    fc.assert(
      fc.property(snapshotsSpec, fc.array(dealSpec, { maxLength: 8 }), fc.integer({ min: 1, max: 200 }), periodKind, (snapshots, laterSpecs, after, kind) => {
        const history = historyOf(snapshots);
        const last = Math.max(...history.map((s) => s.date));
        const later: HistorySnapshot = { date: last + after, takenAt: 'later', deals: laterSpecs.map(dealOf), forecasts: [] };
        const before = forecastAccuracy(history, kind).periods;
        const withLater = forecastAccuracy([...history, later], kind).periods;
        for (const period of before) expect(withLater.find((p) => p.period.key === period.period.key)).toEqual(period);
      }),
      { numRuns: 150 },
    );
  });

  it('removing a snapshot changes only the periods whose 8/4/1-week points or actual read it (worked out from the dates)', () => {
    fc.assert(
      fc.property(snapshotsSpec, periodKind, (snapshots, kind) => {
        const history = historyOf(snapshots);
        const dates = history.map((s) => s.date);
        const all = forecastAccuracy(history, kind).periods;
        history.forEach((removed, i) => {
          const without = forecastAccuracy(
            history.filter((_, j) => j !== i),
            kind,
          ).periods;
          for (const bounds of calendarPeriods(kind)) {
            if (readsSnapshot(bounds, dates, removed.date)) continue;
            expect(without.find((p) => p.period.key === bounds.key)).toEqual(all.find((p) => p.period.key === bounds.key));
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});

// The calendar and the reading rule, written out here from dates alone rather than taken from the code
// under test: a point w weeks out reads the latest snapshot on or before (last day − 7w); the actual
// reads the first snapshot after the last day.
interface PeriodBounds {
  readonly key: string;
  readonly end: number;
}

function calendarPeriods(kind: 'quarter' | 'month'): PeriodBounds[] {
  const out: PeriodBounds[] = [];
  for (let y = 2025; y <= 2028; y++) {
    for (let m = 1; m <= 12; m += kind === 'quarter' ? 3 : 1) {
      const nextMonth = m + (kind === 'quarter' ? 3 : 1);
      const end = (nextMonth > 12 ? serialFromParts(y + 1, nextMonth - 12, 1) : serialFromParts(y, nextMonth, 1)) - 1;
      const key = kind === 'quarter' ? `${y}-Q${(m + 2) / 3}` : `${y}-${String(m).padStart(2, '0')}`;
      out.push({ key, end });
    }
  }
  return out;
}

function readsSnapshot(period: PeriodBounds, dates: readonly number[], date: number): boolean {
  const onOrBefore = (d: number): number | undefined => dates.filter((x) => x <= d).sort((a, b) => b - a)[0];
  const firstAfter = dates.filter((x) => x > period.end).sort((a, b) => a - b)[0];
  return firstAfter === date || [8, 4, 1].some((w) => onOrBefore(period.end - 7 * w) === date);
}
