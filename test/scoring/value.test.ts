import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { DealKitError } from '../../shared/errors';
import { irr, netValue, npv, payback, roi } from '../../shared/scoring/value';

function errorOf(fn: () => unknown): DealKitError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DealKitError) return e;
    throw e;
  }
  throw new Error('expected a DealKitError');
}

describe('net value and ROI (METHODOLOGY §4: value = benefits − (costs + risks))', () => {
  it('subtracts costs and risks from benefits, from numbers or lists', () => {
    expect(netValue(500_000, 200_000, 50_000)).toBe(250_000);
    expect(netValue([300_000, 200_000], [150_000, 50_000], [30_000, 20_000])).toBe(250_000);
    expect(netValue(100, 150)).toBe(-50);
  });
  it('ROI = (benefits − costs) ÷ costs', () => {
    expect(roi(500_000, 200_000)).toBeCloseTo(1.5, 12);
    expect(roi([60, 60], 100)).toBeCloseTo(0.2, 12);
  });
  it('ROI with no costs is an error naming costs', () => {
    expect(errorOf(() => roi(100, 0)).subject).toBe('costs');
    expect(errorOf(() => roi(100, [0, 0])).subject).toBe('costs');
  });
  it('a value that is not a number names its place', () => {
    expect(errorOf(() => netValue([1, Number.NaN], 0)).subject).toBe('benefits item 2');
    expect(errorOf(() => netValue(1, Number.POSITIVE_INFINITY)).subject).toBe('costs');
  });
});

describe('payback', () => {
  it('interpolates within the period that crosses zero', () => {
    expect(payback([-100, 30, 50, 40])).toBeCloseTo(2.5, 12);
    expect(payback([-1000, 500, 500])).toBe(2);
    expect(payback([-90, 60, 60])).toBeCloseTo(1.5, 12);
  });
  it('is 0 when the running total is never negative', () => {
    expect(payback([0, 10, 20])).toBe(0);
    expect(payback([50, -50, 80])).toBe(0);
  });
  it('counts the last crossing when the total dips below 0 again later', () => {
    expect(payback([-100, 100, -500, 600])).toBeCloseTo(2 + 500 / 600, 12);
    expect(payback([0, -10, 20])).toBeCloseTo(1.5, 12);
    expect(payback([50, -100, 80])).toBeCloseTo(1 + 50 / 80, 12);
  });
  it('a series that reaches 0 and ends below it again does not pay back', () => {
    const e = errorOf(() => payback([-100, 100, -50, 10]));
    expect(e.subject).toBe('values');
    expect(e.message).toMatch(/sinks below it again and ends at -40/);
  });
  it('a series that never pays back is an error naming values', () => {
    const e = errorOf(() => payback([-100, 20, 30]));
    expect(e.subject).toBe('values');
    expect(e.message).toMatch(/never reaches 0/);
    expect(e.messageIn('zh-CN')).toMatch(/无法回收/);
    expect(errorOf(() => payback([])).subject).toBe('values');
  });
});

describe('NPV and IRR with Excel conventions', () => {
  it('NPV discounts the first value by one period', () => {
    expect(npv(0.1, [110])).toBeCloseTo(100, 10);
    expect(npv(0.1, [-10000, 3000, 4200, 6800])).toBeCloseTo(1188.4434123352207, 8);
    expect(npv(0, [1, 2, 3])).toBe(6);
  });
  it('IRR treats the first value as today', () => {
    expect(irr([-100, 110])).toBeCloseTo(0.1, 12);
    expect(irr([-70000, 12000, 15000, 18000, 21000, 26000])).toBeCloseTo(0.08663094803653162, 12);
    expect(irr([-70000, 12000, 15000], -0.1)).toBeCloseTo(-0.44350694133474067, 10);
  });
  it('NPV at the IRR is zero (today’s value)', () => {
    const flows = [-5000, 1200, 1800, 2500, 900];
    const r = irr(flows);
    expect((flows[0] as number) + npv(r, flows.slice(1))).toBeCloseTo(0, 6);
  });
  it('IRR without both a positive and a negative cash flow is an error', () => {
    expect(errorOf(() => irr([100, 200])).message).toMatch(/positive and one negative/);
    expect(errorOf(() => irr([-100])).subject).toBe('values');
  });
  it('rates at or below -100 % are errors naming the rate or guess', () => {
    expect(errorOf(() => npv(-1, [1, 2])).subject).toBe('rate');
    expect(errorOf(() => irr([-1, 2], -1)).subject).toBe('guess');
  });
  it('falls back to a sign-change scan when Newton from the guess overflows', () => {
    // (1 + 1e300)² is not a finite number, so Newton cannot start; the root at 10 % is still found.
    expect(irr([-100, 0, 121], 1e300)).toBeCloseTo(0.1, 12);
  });
  it('cash flows whose value never crosses zero are an error, not a number', () => {
    // 1 − 3x + 3x² > 0 for every x: both signs are present but there is no rate of return.
    expect(errorOf(() => irr([1, -3, 3])).message).toMatch(/did not converge/);
  });
});

/**
 * Cross-check against a real spreadsheet engine: HyperFormula's own NPV and IRR, and a payback built
 * from plain cell formulas (running total, then the interpolated first crossing).
 */
describe('against HyperFormula on generated cash-flow series', () => {
  const NEVER = 1e99;

  interface EngineResult {
    readonly npv: unknown;
    readonly irr: unknown;
    readonly payback: unknown;
  }

  /** One workbook, one sheet per series: a series' flows in A, running total in B, crossings in C (the last one counts). */
  function engine(cases: readonly (readonly [readonly number[], number])[]): EngineResult[] {
    const sheets: Record<string, (number | string)[][]> = {};
    cases.forEach(([flows, rate], s) => {
      const n = flows.length;
      const rows: (number | string)[][] = flows.map((flow, i) => {
        const r = i + 1;
        const running = i === 0 ? '=A1' : `=B${r - 1}+A${r}`;
        const crossing = i === 0 ? '=IF(B1>=0,0,-1)' : `=IF(AND(B${r - 1}<0,B${r}>=0),${i - 1}+(-B${r - 1})/A${r},-1)`;
        return [flow, running, crossing];
      });
      rows.push([`=NPV(${rate},A1:A${n})`, `=IRR(A1:A${n})`, `=IF(B${n}<0,${NEVER},MAX(C1:C${n}))`]);
      sheets[`S${s}`] = rows;
    });
    const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
    const results = cases.map(([flows], s) => {
      const sheet = hf.getSheetId(`S${s}`) as number;
      const read = (col: number) => hf.getCellValue({ sheet, row: flows.length, col });
      return { npv: read(0), irr: read(1), payback: read(2) };
    });
    hf.destroy();
    return results;
  }

  function close(ours: number, theirs: number): boolean {
    return Math.abs(ours - theirs) <= 1e-9 * Math.max(Math.abs(ours), Math.abs(theirs));
  }

  const series = fc.tuple(
    fc.integer({ min: -1_000_000, max: -1 }),
    fc.array(fc.integer({ min: -200_000, max: 600_000 }), { minLength: 1, maxLength: 24 }),
    fc.double({ min: -0.5, max: 0.8, noNaN: true }),
  );
  const samples = fc.sample(series, { numRuns: 400, seed: 20260425 });

  it('NPV, IRR and payback agree to 1e-9 relative on most of 400 series', () => {
    const compared = { npv: 0, irr: 0, payback: 0 };
    const engineErrors = { irr: 0, payback: 0 };
    const mismatches: string[] = [];
    const cases = samples.map(([first, rest, rate]) => [[first, ...rest], rate] as const);
    const results = engine(cases);
    cases.forEach(([flows, rate], s) => {
      const hf = results[s] as EngineResult;

      expect(typeof hf.npv).toBe('number');
      compared.npv++;
      if (!close(npv(rate, flows), hf.npv as number)) mismatches.push(`NPV ${rate} ${flows.join(',')}`);

      if (typeof hf.irr === 'number') {
        compared.irr++;
        const ours = irr(flows);
        if (!close(ours, hf.irr)) mismatches.push(`IRR ${ours} vs ${hf.irr}: ${flows.join(',')}`);
      } else {
        engineErrors.irr++;
        // Where the engine finds no IRR, ours either says so clearly or has found a real root.
        let ours: number | undefined;
        try {
          ours = irr(flows);
        } catch (error) {
          expect(error).toBeInstanceOf(DealKitError);
        }
        if (ours !== undefined) {
          const atRoot = flows.reduce((sum, flow, t) => sum + flow / (1 + ours!) ** t, 0);
          const scale = flows.reduce((sum, flow) => sum + Math.abs(flow), 0);
          if (!(Math.abs(atRoot) <= 1e-7 * scale)) mismatches.push(`IRR ${ours} is no root: ${flows.join(',')}`);
        }
      }

      expect(typeof hf.payback).toBe('number');
      if ((hf.payback as number) >= NEVER) {
        engineErrors.payback++;
        expect(() => payback(flows)).toThrow(DealKitError);
      } else {
        compared.payback++;
        const ours = payback(flows);
        if (!close(ours, hf.payback as number) && !(ours === 0 && hf.payback === 0)) {
          mismatches.push(`payback ${ours} vs ${String(hf.payback)}: ${flows.join(',')}`);
        }
      }
    });
    expect(mismatches).toEqual([]);
    expect(compared.npv).toBe(samples.length);
    expect(compared.irr).toBeGreaterThan(samples.length * 0.8);
    expect(compared.payback).toBeGreaterThan(samples.length * 0.5);
    // Every series is either compared or skipped for an engine error, and the skips are few.
    expect(compared.irr + engineErrors.irr).toBe(samples.length);
    expect(engineErrors.irr).toBeLessThan(samples.length * 0.2);
  });
});
