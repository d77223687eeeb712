import fc from 'fast-check';
import { DealKitError } from '../../shared/errors';
import { forecastRange, forecastResolution } from '../../shared/pipeline/forecast-range';

/** Every win/lose combination of a handful of deals: the exact distribution to check the DP against. */
function bruteForce(amounts: number[], probabilities: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (let mask = 0; mask < 1 << amounts.length; mask += 1) {
    let total = 0;
    let p = 1;
    amounts.forEach((a, i) => {
      const won = (mask >> i) & 1;
      total += won ? a : 0;
      p *= won ? probabilities[i] : 1 - probabilities[i];
    });
    out.set(total, (out.get(total) ?? 0) + p);
  }
  return out;
}

function percentileOf(dist: Map<number, number>, q: number): number {
  let cumulative = 0;
  for (const [amount, p] of [...dist.entries()].sort((a, b) => a[0] - b[0])) {
    cumulative += p;
    if (cumulative >= q - 1e-12) return amount;
  }
  return Infinity;
}

function errorOf(run: () => unknown): DealKitError {
  try {
    run();
  } catch (error) {
    if (error instanceof DealKitError) return error;
    throw error;
  }
  throw new Error('expected a DealKitError');
}

describe('forecastRange, worked examples', () => {
  it('two deals of 100 and 200 at 50 % each: 0, 100, 200, 300 equally likely', () => {
    const range = forecastRange([100, 200], [0.5, 0.5], [0.1, 0.5, 0.9], { quota: 200 });
    expect(range.resolution).toBe(1);
    expect(range.mean).toBeCloseTo(150, 9);
    expect(range.maximum).toBe(300);
    expect(range.percentiles).toEqual([
      { percentile: 0.1, amount: 0 },
      { percentile: 0.5, amount: 100 },
      { percentile: 0.9, amount: 300 },
    ]);
    expect(range.chanceOfReachingQuota).toBeCloseTo(0.5, 12);
  });

  it('adds what already closed and counts it towards the quota', () => {
    const range = forecastRange([100], [0.25], undefined, { quota: 1000, alreadyClosed: 900 });
    expect(range.mean).toBeCloseTo(925, 9);
    expect(range.percentiles.map((p) => p.amount)).toEqual([900, 900, 1000]);
    expect(range.chanceOfReachingQuota).toBeCloseTo(0.25, 12);
  });

  it('a certain deal is always in, a hopeless one never', () => {
    const range = forecastRange([500, 700], [1, 0]);
    expect(range.percentiles.map((p) => p.amount)).toEqual([500, 500, 500]);
  });

  it('skips rows where both cells are blank, as a column range with empty rows at the end gives', () => {
    const range = forecastRange([100, null, undefined], [0.5, null, undefined]);
    expect(range.deals).toBe(1);
  });

  it('states a coarser resolution for large pipelines and keeps the mean exact', () => {
    const amounts = Array.from({ length: 500 }, (_, i) => 10_000 + i * 1_234.5);
    const probabilities = amounts.map((_, i) => (i % 10) / 10);
    const range = forecastRange(amounts, probabilities);
    const weighted = amounts.reduce((s, a, i) => s + a * probabilities[i], 0);
    expect(range.resolution).toBeGreaterThan(1);
    expect([1, 2, 5]).toContain(Number((range.resolution / 10 ** Math.floor(Math.log10(range.resolution))).toFixed(6)));
    expect(Math.abs(range.mean - weighted)).toBeLessThan(weighted * 1e-9);
    for (const p of range.percentiles) if (p.amount !== range.maximum) expect((p.amount / range.resolution) % 1).toBeCloseTo(0, 6);
  });
});

describe('forecastRange, bad input names the argument', () => {
  it('different lengths', () => {
    const error = errorOf(() => forecastRange([1, 2], [0.5]));
    expect(error.subject).toBe('probabilities');
    expect(error.text.en).toContain('amounts has 2 cells but probabilities has 1');
    expect(error.text['zh-CN']).toContain('probabilities');
  });
  it('a probability written as a whole percentage', () => {
    const error = errorOf(() => forecastRange([1, 2], [0.5, 50]));
    expect(error.subject).toBe('probabilities');
    expect(error.text.en).toContain('item 2');
  });
  it('a text amount or a negative amount', () => {
    expect(errorOf(() => forecastRange([1, null], [0.5, 0.5])).subject).toBe('amounts');
    expect(errorOf(() => forecastRange([-5], [0.5])).text.en).toContain('negative');
  });
  it('a percentile of 0, 1 or above', () => {
    expect(errorOf(() => forecastRange([1], [0.5], [0.5, 90])).subject).toBe('percentiles');
    expect(errorOf(() => forecastRange([1], [0.5], [1])).subject).toBe('percentiles');
    expect(errorOf(() => forecastRange([1], [0.5], [])).subject).toBe('percentiles');
  });
});

describe('forecastRange, properties', () => {
  const deal = fc.record({
    amount: fc.integer({ min: 0, max: 2_000_000 }),
    probability: fc.constantFrom(0, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 0.9, 1),
  });

  it('mean equals the weighted pipeline to the stated resolution, and P10 ≤ P50 ≤ P90', () => {
    fc.assert(
      fc.property(fc.array(deal, { maxLength: 300 }), (deals) => {
        const amounts = deals.map((d) => d.amount);
        const probabilities = deals.map((d) => d.probability);
        const range = forecastRange(amounts, probabilities, undefined, { maxGridCells: 2_000 });
        const weighted = amounts.reduce((s, a, i) => s + a * probabilities[i], 0);
        expect(Math.abs(range.mean - weighted)).toBeLessThanOrEqual(range.resolution / 2 + weighted * 1e-9);
        const [p10, p50, p90] = range.percentiles.map((p) => p.amount);
        expect(p10).toBeLessThanOrEqual(p50);
        expect(p50).toBeLessThanOrEqual(p90);
        expect(p90).toBeLessThanOrEqual(range.maximum);
      }),
      { numRuns: 150 },
    );
  });

  it('matches every win/lose combination exactly for small teams on a whole-number grid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ amount: fc.integer({ min: 0, max: 5_000 }), probability: fc.double({ min: 0, max: 1, noNaN: true }) }), {
          maxLength: 10,
        }),
        fc.integer({ min: 0, max: 30_000 }),
        (deals, quota) => {
          const amounts = deals.map((d) => d.amount);
          const probabilities = deals.map((d) => d.probability);
          const range = forecastRange(amounts, probabilities, [0.1, 0.5, 0.9], { quota, maxGridCells: 100_000 });
          expect(range.resolution).toBe(1);
          const exact = bruteForce(amounts, probabilities);
          for (const p of range.percentiles) {
            // a cumulative sum landing within rounding of the percentile may pick the neighbour: allow it only then
            const expected = percentileOf(exact, p.percentile);
            if (p.amount !== expected) {
              const below = [...exact.entries()].filter(([a]) => a <= Math.min(p.amount, expected)).reduce((s, [, q]) => s + q, 0);
              expect(Math.abs(below - p.percentile)).toBeLessThan(1e-9);
            }
          }
          const chance = [...exact.entries()].filter(([a]) => a >= quota).reduce((s, [, q]) => s + q, 0);
          expect(range.chanceOfReachingQuota).toBeCloseTo(chance, 9);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never builds a grid beyond its limits', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 200 }), (amounts) => {
        const unit = forecastResolution(amounts, 1_000, 100_000);
        const cells = amounts.reduce((s, a) => s + Math.ceil(a / unit), 0);
        expect(cells).toBeLessThanOrEqual(1_000);
        expect(cells * amounts.length).toBeLessThanOrEqual(100_000 + amounts.length * amounts.length);
      }),
    );
  });
});
