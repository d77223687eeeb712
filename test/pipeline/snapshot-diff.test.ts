import fc from 'fast-check';
import { DealKitError } from '../../shared/errors';
import { CHANGE_CATEGORIES, diffSnapshots, waterfallRows, type PipelineSnapshot, type SnapshotDeal } from '../../shared/scoring/snapshot-diff';

const CODES = ['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100'];
const PROB: Record<string, number> = { G10: 0.1, G20: 0.2, E25: 0.25, D30: 0.3, C50: 0.5, B75: 0.75, A90: 0.9, S100: 1, LOST: 0 };
const d = (id: string, owner: string, amount: number, stage: string, closeDate: number): SnapshotDeal => ({ id, owner, amount, stage, closeDate });

describe('diffSnapshots, a week of a two-rep team worked by hand', () => {
  const earlier: PipelineSnapshot = {
    date: 46300,
    deals: [
      d('A1', 'Ann', 100, 'G10', 46400), // advances to C50
      d('A2', 'Ann', 200, 'B75', 46400), // won
      d('A3', 'Ann', 300, 'D30', 46400), // slips to next month and advances: slipped wins
      d('B1', 'Bo', 400, 'C50', 46400), // lost
      d('B2', 'Bo', 500, 'E25', 46400), // amount down to 450
      d('B3', 'Bo', 600, 'G20', 46400), // handed to Ann
      d('B4', 'Bo', 700, 'G20', 46400), // deleted from the sheet
      d('B5', 'Bo', 800, 'S100', 46300), // already won, still won
    ],
  };
  const later: PipelineSnapshot = {
    date: 46307,
    deals: [
      d('A1', 'Ann', 100, 'C50', 46400),
      d('A2', 'Ann', 200, 'S100', 46400),
      d('A3', 'Ann', 300, 'C50', 46430),
      d('A4', 'Ann', 50, 'G10', 46420), // new
      d('B1', 'Bo', 400, 'LOST', 46400),
      d('B2', 'Bo', 450, 'E25', 46400),
      d('B3', 'Ann', 600, 'G20', 46400),
      d('B5', 'Bo', 800, 'S100', 46300),
    ],
  };

  const diff = diffSnapshots(earlier, later, { stageCodes: CODES });
  const line = (category: string) => diff.lines.find((l) => l.category === category);

  it('puts each deal in one category', () => {
    expect(Object.fromEntries(diff.deals.map((x) => [x.id, x.category]))).toEqual({
      A1: 'advanced',
      A2: 'won',
      A3: 'slipped',
      B1: 'lost',
      B2: 'amountDown',
      B3: 'reassigned',
      B4: 'removed',
      B5: 'unchanged',
      A4: 'new',
    });
  });

  it('bridges the open pipeline from 2800 to 1500', () => {
    // earlier open: 100+200+300+400+500+600+700 = 2800; later open: 100+300+50+450+600 = 1500
    expect(diff.earlierTotal).toBe(2800);
    expect(diff.laterTotal).toBe(1500);
    expect(line('won')).toEqual({ category: 'won', deals: 1, change: -200 });
    expect(line('lost')).toEqual({ category: 'lost', deals: 1, change: -400 });
    expect(line('new')).toEqual({ category: 'new', deals: 1, change: 50 });
    expect(line('removed')).toEqual({ category: 'removed', deals: 1, change: -700 });
    expect(line('amountDown')).toEqual({ category: 'amountDown', deals: 1, change: -50 });
    expect(line('advanced')?.change).toBe(0);
    expect(diff.lines.reduce((s, l) => s + l.change, 0)).toBe(1500 - 2800);
  });

  it('moves a reassigned deal from one rep’s bridge to the other’s', () => {
    const ann = diff.reps.find((r) => r.rep === 'Ann');
    const bo = diff.reps.find((r) => r.rep === 'Bo');
    expect(ann?.earlierTotal).toBe(600);
    expect(ann?.laterTotal).toBe(1050);
    expect(ann?.lines.find((l) => l.category === 'reassigned')?.change).toBe(600);
    expect(bo?.earlierTotal).toBe(2200);
    expect(bo?.laterTotal).toBe(450);
    expect(bo?.lines.find((l) => l.category === 'reassigned')?.change).toBe(-600);
  });

  it('weights by stage probability and limits to a period when asked', () => {
    const weighted = diffSnapshots(earlier, later, {
      stageCodes: CODES,
      probabilityOf: (code) => PROB[code],
      period: { start: 46388, end: 46418 },
    });
    // A1 10 → 50 advanced (+40); A3 slipped out of the period (-90); A4 closes after the period (0)
    expect(weighted.deals.find((x) => x.id === 'A1')?.change).toBe(40);
    expect(weighted.deals.find((x) => x.id === 'A3')?.change).toBe(-90);
    expect(weighted.deals.find((x) => x.id === 'A4')?.change).toBe(0);
  });

  it('draws the waterfall from the earlier total to the later one', () => {
    const rows = waterfallRows(diff);
    expect(rows[0]).toMatchObject({ value: 2800, kind: 'total' });
    expect(rows[rows.length - 1]).toMatchObject({ value: 1500, kind: 'total' });
    expect(rows.map((r) => r.label.en)).toEqual(['Earlier total', 'New', 'Advanced', 'Reassigned', 'Amount down', 'Slipped', 'Won', 'Lost', 'Removed', 'Later total']);
    expect(rows.map((r) => r.label['zh-CN'])).toContain('推迟');
  });
});

describe('diffSnapshots, bad snapshots', () => {
  it('names a deal listed twice', () => {
    const snap: PipelineSnapshot = { date: 46300, deals: [d('X', 'A', 1, 'G10', 1), d('X', 'A', 2, 'G10', 1)] };
    let caught: unknown;
    try {
      diffSnapshots(snap, { date: 46301, deals: [] }, { stageCodes: CODES });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DealKitError);
    expect((caught as DealKitError).subject).toBe('X');
    expect((caught as DealKitError).text.en).toContain('lists deal X twice');
  });
  it('names a stage that is not on the ladder', () => {
    const snap: PipelineSnapshot = { date: 46300, deals: [d('Y', 'A', 1, 'Q9', 1)] };
    expect(() => diffSnapshots(snap, snap, { stageCodes: CODES })).toThrow(/deal Y has stage "Q9"/);
  });
});

describe('diffSnapshots, properties', () => {
  const stage = fc.constantFrom(...CODES, 'LOST');
  const deal = (id: string) =>
    fc.record({
      id: fc.constant(id),
      owner: fc.constantFrom('Ann', 'Bo', 'Cy'),
      amount: fc.double({ min: 0, max: 1e7, noNaN: true }).map((x) => Math.round(x * 100) / 100),
      stage,
      closeDate: fc.integer({ min: 46000, max: 46500 }),
    });
  const snapshots = fc
    .array(fc.tuple(fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 30 })), { maxLength: 40 })
    .chain((presence) => fc.tuple(...presence.map(([inEarlier, inLater], i) => fc.tuple(fc.constant(inEarlier), fc.constant(inLater), deal(`D${i}`), deal(`D${i}`)))));

  it('partition: every deal once, categories sum exactly to later − earlier, for the team and every rep', () => {
    fc.assert(
      fc.property(snapshots, fc.boolean(), (rows, weighted) => {
        const earlier = { date: 46000, deals: rows.filter(([e]) => e).map(([, , a]) => a) };
        const later = { date: 46007, deals: rows.filter(([, l]) => l).map(([, , , b]) => b) };
        const diff = diffSnapshots(earlier, later, { stageCodes: CODES, ...(weighted ? { probabilityOf: (c: string) => PROB[c] } : {}) });
        const ids = new Set([...earlier.deals, ...later.deals].map((x) => x.id));
        expect(diff.deals.map((x) => x.id).sort()).toEqual([...ids].sort());
        expect(diff.lines.reduce((s, l) => s + l.deals, 0)).toBe(ids.size);
        expect(diff.lines.map((l) => l.category)).toEqual(CHANGE_CATEGORIES);
        const cents = (n: number) => Math.round(n * 100);
        expect(diff.lines.reduce((s, l) => s + cents(l.change), 0)).toBe(cents(diff.laterTotal) - cents(diff.earlierTotal));
        for (const rep of diff.reps) {
          expect(rep.lines.reduce((s, l) => s + cents(l.change), 0)).toBe(cents(rep.laterTotal) - cents(rep.earlierTotal));
        }
        expect(diff.reps.reduce((s, r) => s + cents(r.laterTotal), 0)).toBe(cents(diff.laterTotal));
        expect(diff.reps.reduce((s, r) => s + cents(r.earlierTotal), 0)).toBe(cents(diff.earlierTotal));
        const rows2 = waterfallRows(diff);
        expect(cents(rows2.filter((r) => r.kind === 'change').reduce((s, r) => s + r.value, 0))).toBe(cents(diff.laterTotal) - cents(diff.earlierTotal));
      }),
      { numRuns: 200 },
    );
  });

  it('comparing a snapshot with itself changes nothing', () => {
    fc.assert(
      fc.property(snapshots, (rows) => {
        const snap = { date: 46000, deals: rows.map(([, , a]) => a) };
        const diff = diffSnapshots(snap, { ...snap, date: 46001 }, { stageCodes: CODES });
        expect(diff.deals.every((x) => x.category === 'unchanged')).toBe(true);
        expect(diff.laterTotal).toBe(diff.earlierTotal);
      }),
    );
  });
});
