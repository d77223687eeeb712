/**
 * The Pipeline change waterfall: both hosts draw a waterfall series as steps (each value rises or falls
 * from where the previous bar ended, the first from zero). Read the chart's source cells from the plan
 * and draw them that way: the bars must start at the earlier total, float category by category through
 * the running total, and end at the later total — never stack the later total on top as one more step.
 */
import fc from 'fast-check';
import { parseA1 } from '../../shared/a1';
import type { SheetPlan } from '../../shared/plan';
import { pipelineChangePlan } from '../../shared/pipeline/pipeline-change-plan';
import { diffSnapshots, type SnapshotDeal } from '../../shared/scoring/snapshot-diff';

const CODES = ['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100'];

function cellAt(sheet: SheetPlan, column: number, row: number): unknown {
  for (const block of sheet.values ?? []) {
    const at = parseA1(block.at);
    const r = row - 1 - at.row;
    const c = column - at.column;
    if (r >= 0 && r < block.rows.length && c >= 0 && c < (block.rows[r]?.length ?? 0)) return block.rows[r]?.[c];
  }
  return undefined;
}

/** The bars a host draws from the chart's source range: [label, bottom, top] in cents. */
function drawnBars(sheet: SheetPlan): [string, number, number][] {
  const chart = sheet.charts?.[0];
  expect(chart?.kind).toBe('waterfall');
  const m = /^A(\d+):B(\d+)$/.exec(chart?.source ?? '') as RegExpExecArray;
  const bars: [string, number, number][] = [];
  let level = 0;
  // first row of the source is the header
  for (let row = Number(m[1]) + 1; row <= Number(m[2]); row++) {
    const step = Math.round(Number(cellAt(sheet, 1, row)) * 100);
    bars.push([String(cellAt(sheet, 0, row)), Math.min(level, level + step), Math.max(level, level + step)]);
    level += step;
  }
  return bars;
}

const d = (id: string, owner: string, amount: number, stage: string, closeDate = 46400): SnapshotDeal => ({ id, owner, amount, stage, closeDate });

describe('the Pipeline change waterfall chart', () => {
  it('worked example: 300 → new +350 (A3, A4) → advanced ±0 (A1) → won −200 (A2) → ends at 450, the later total', () => {
    const diff = diffSnapshots(
      { date: 46300, deals: [d('A1', 'Ann', 100, 'G10'), d('A2', 'Ann', 200, 'B75')] },
      { date: 46307, deals: [d('A1', 'Ann', 100, 'C50'), d('A2', 'Ann', 200, 'S100'), d('A3', 'Bo', 300, 'G20'), d('A4', 'Bo', 50, 'D30')] },
      { stageCodes: CODES },
    );
    expect([diff.earlierTotal, diff.laterTotal]).toEqual([300, 450]);
    const sheet = pipelineChangePlan(diff, 'en').sheets[0] as SheetPlan;
    expect(drawnBars(sheet)).toEqual([
      ['Earlier total', 0, 30000],
      ['New', 30000, 65000],
      ['Advanced', 65000, 65000],
      ['Won', 45000, 65000],
    ]);
    // the later total is in the table beside the chart, not a bar stacked on the running total
    expect(sheet.charts?.[0]?.title).toBe('From the earlier pipeline (300.00) to the later one (450.00, where the last bar ends)');
  });

  it('for any two snapshots: each bar starts where the previous ended, the first from 0 to the earlier total, the last ends at the later total', () => {
    const deal = (id: string) =>
      fc.record({
        id: fc.constant(id),
        owner: fc.constantFrom('Ann', 'Bo'),
        amount: fc.integer({ min: 0, max: 1_000_000 }),
        stage: fc.constantFrom(...CODES, 'LOST'),
        closeDate: fc.integer({ min: 46000, max: 46500 }),
      });
    const pairs = fc
      .array(fc.tuple(fc.boolean(), fc.boolean()), { maxLength: 25 })
      .chain((presence) => fc.tuple(...presence.map((p, i) => fc.tuple(fc.constant(p), deal(`D${i}`), deal(`D${i}`)))));
    fc.assert(
      fc.property(pairs, fc.constantFrom<'en' | 'zh-CN'>('en', 'zh-CN'), (rows, locale) => {
        const diff = diffSnapshots(
          { date: 46000, deals: rows.filter(([[e]]) => e).map(([, a]) => a) },
          { date: 46007, deals: rows.filter(([[, l]]) => l).map(([, , b]) => b) },
          { stageCodes: CODES },
        );
        const bars = drawnBars(pipelineChangePlan(diff, locale).sheets[0] as SheetPlan);
        const cents = (n: number) => Math.round(n * 100);
        expect(bars[0]?.slice(1)).toEqual([0, cents(diff.earlierTotal)]);
        let running = cents(diff.earlierTotal);
        for (const [, bottom, top] of bars.slice(1)) {
          // a bar floats from the running total before it to the running total after it
          expect([bottom, top]).toContain(running);
          running = bottom === running ? top : bottom;
        }
        expect(running).toBe(cents(diff.laterTotal));
      }),
      { numRuns: 150 },
    );
  });
});
