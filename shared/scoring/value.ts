import { argumentError } from '../errors';
import { finiteNumber, finiteResult } from './finite-number';

/**
 * Value math of METHODOLOGY §4: Value = benefits − (costs + risks), ROI, payback, NPV and IRR.
 * NPV and IRR follow the spreadsheet engines' conventions exactly, so a DealKit figure and the
 * NPV()/IRR() a finance colleague types beside it agree.
 */

function total(value: number | readonly number[], argument: string): number {
  if (typeof value === 'number') return finiteNumber(value, argument);
  let sum = 0;
  value.forEach((v, i) => {
    sum += finiteNumber(v, `${argument} item ${i + 1}`);
  });
  return finiteResult(sum, argument);
}

function cashFlows(values: readonly number[], argument: string, minimum: number): number[] {
  if (values.length < minimum) {
    throw argumentError(argument, `needs at least ${minimum} cash flow${minimum === 1 ? '' : 's'}, got ${values.length}`, `至少需要 ${minimum} 期现金流，实际为 ${values.length} 期`);
  }
  return values.map((v, i) => finiteNumber(v, `${argument} item ${i + 1}`));
}

/** Benefits − costs − risks; each may be one number or a list to add up. */
export function netValue(benefits: number | readonly number[], costs: number | readonly number[], risks: number | readonly number[] = 0): number {
  return finiteResult(total(benefits, 'benefits') - total(costs, 'costs') - total(risks, 'risks'), 'benefits');
}

/** (benefits − costs) ÷ costs, as a fraction (0.25 = 25 %). */
export function roi(benefits: number | readonly number[], costs: number | readonly number[]): number {
  const b = total(benefits, 'benefits');
  const c = total(costs, 'costs');
  if (c <= 0) {
    throw argumentError('costs', `ROI needs costs above 0, got ${c}`, `计算投资回报率需要成本大于 0，实际为 ${c}`);
  }
  return finiteResult((b - c) / c, 'costs');
}

/**
 * Periods after the first cash flow until the running total reaches 0 for good, interpolated linearly
 * within the period that crosses it: [-100, 30, 50, 40] pays back after 2.5 periods. The crossing that
 * counts is the last one: [-100, 100, -500, 600] is back at 0 after one period but sinks again, and
 * only pays back after 2.83. A series whose total ends below 0 does not pay back, which is an error
 * rather than a number that looks like one.
 */
export function payback(values: readonly number[]): number {
  const flows = cashFlows(values, 'values', 1);
  let running = flows[0] as number;
  let paidBack = running >= 0 ? 0 : undefined;
  let reachedZero = paidBack !== undefined;
  for (let k = 1; k < flows.length; k++) {
    const flow = flows[k] as number;
    const next = running + flow;
    if (running < 0 && next >= 0) paidBack = k - 1 + -running / flow;
    else if (next < 0) paidBack = undefined;
    reachedZero ||= next >= 0;
    running = next;
  }
  if (paidBack !== undefined) return paidBack;
  if (reachedZero) {
    throw argumentError(
      'values',
      `the running total reaches 0 but sinks below it again and ends at ${running}: no payback within ${flows.length - 1} periods`,
      `累计现金流曾回到 0，但又降到 0 以下，最终为 ${running}：${flows.length - 1} 期内无法回收投资`,
    );
  }
  throw argumentError(
    'values',
    `the running total never reaches 0 (it ends at ${running}): no payback within ${flows.length - 1} periods`,
    `累计现金流始终未回到 0（最终为 ${running}）：${flows.length - 1} 期内无法回收投资`,
  );
}

function checkRate(rate: number, argument: string): number {
  const r = finiteNumber(rate, argument);
  if (r <= -1) throw argumentError(argument, `${r} must be above -1 (-100 %)`, `${r} 必须大于 -1（-100%）`);
  return r;
}

/**
 * Excel's NPV: every value is discounted, the first by one full period — Σ vᵢ ÷ (1 + rate)^(i+1).
 * (To value an investment made today, add the first cash flow outside NPV, as spreadsheet users do.)
 */
export function npv(rate: number, values: readonly number[]): number {
  const r = checkRate(rate, 'rate');
  const flows = cashFlows(values, 'values', 1);
  let acc = 0;
  for (let i = flows.length - 1; i >= 0; i--) {
    acc = (acc + (flows[i] as number)) / (1 + r);
  }
  return finiteResult(acc, 'rate');
}

/** Σ vᵢ ÷ (1 + r)^i — the present value at time of the first flow, whose root IRR is. */
function presentValue(flows: readonly number[], r: number): number {
  let acc = 0;
  for (let i = flows.length - 1; i >= 0; i--) {
    acc = acc / (1 + r) + (flows[i] as number);
  }
  return acc;
}

function newtonIrr(flows: readonly number[], guess: number): number | undefined {
  let rate = guess;
  for (let iteration = 0; iteration < 100; iteration++) {
    let value = 0;
    let slope = 0;
    let magnitude = 0;
    for (let i = 0; i < flows.length; i++) {
      const factor = Math.pow(1 + rate, i);
      if (!Number.isFinite(factor) || factor === 0) return undefined;
      const flow = flows[i] as number;
      value += flow / factor;
      magnitude += Math.abs(flow / factor);
      if (i > 0) slope -= (i * flow) / (factor * (1 + rate));
    }
    if (value === 0) return rate;
    if (slope === 0 || !Number.isFinite(slope)) return undefined;
    let next = rate - value / slope;
    if (!Number.isFinite(next)) return undefined;
    // Once the present value is down in rounding noise, further steps only jitter: this is the root.
    if (Math.abs(value) <= 1e-13 * magnitude && next > -1) return next;
    // Overshooting past −1 would leave the domain: step halfway toward −1 instead, as Excel-style solvers do.
    if (next <= -1) next = (rate - 1) / 2;
    // Converge to machine precision, not a cash tolerance, so the rate matches the engines' to ~1e-15.
    if (Math.abs(next - rate) <= 1e-15 * Math.max(1, Math.abs(rate))) return next;
    rate = next;
  }
  return undefined;
}

/** Rates to probe for a sign change when Newton fails, nearest the guess first. */
function probeRates(): number[] {
  const rates: number[] = [];
  for (let r = -0.99; r < 1; r += 0.01) rates.push(r);
  for (let r = 1; r <= 1e6; r *= 1.25) rates.push(r);
  return rates;
}

function bracketIrr(flows: readonly number[], guess: number): number | undefined {
  const rates = probeRates();
  const brackets: Array<[number, number]> = [];
  for (let i = 1; i < rates.length; i++) {
    const a = rates[i - 1] as number;
    const b = rates[i] as number;
    const fa = presentValue(flows, a);
    const fb = presentValue(flows, b);
    if (!Number.isFinite(fa) || !Number.isFinite(fb)) continue;
    if (fa === 0) return a;
    if (Math.sign(fa) !== Math.sign(fb)) brackets.push([a, b]);
  }
  if (brackets.length === 0) return undefined;
  const distance = ([a, b]: [number, number]) => Math.min(Math.abs(a - guess), Math.abs(b - guess));
  brackets.sort((x, y) => distance(x) - distance(y));
  let [lo, hi] = brackets[0] as [number, number];
  let flo = presentValue(flows, lo);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    const fmid = presentValue(flows, mid);
    if (fmid === 0 || mid === lo || mid === hi) return mid;
    if (Math.sign(fmid) === Math.sign(flo)) {
      lo = mid;
      flo = fmid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/**
 * Excel's IRR: the rate r with Σ vᵢ ÷ (1 + r)^i = 0, the first value undiscounted. Newton's method
 * from `guess` (Excel's default 0.1) finds the same root a spreadsheet finds when several exist;
 * if it fails, a scan for a sign change nearest the guess, then bisection, takes over. Needs at
 * least one positive and one negative value, as Excel does.
 */
export function irr(values: readonly number[], guess = 0.1): number {
  const flows = cashFlows(values, 'values', 2);
  const g = checkRate(guess, 'guess');
  if (!flows.some((v) => v > 0) || !flows.some((v) => v < 0)) {
    throw argumentError('values', 'IRR needs at least one positive and one negative cash flow', '计算内部收益率至少需要一期正现金流和一期负现金流');
  }
  const found = newtonIrr(flows, g) ?? bracketIrr(flows, g);
  if (found === undefined || !Number.isFinite(found)) {
    throw argumentError('values', 'IRR did not converge for these cash flows; try another guess', '这些现金流的内部收益率无法收敛；请换一个估计值再试');
  }
  return found;
}
