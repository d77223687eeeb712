/**
 * Stage-to-win conversion over the playground's twelve-week sample history (playground/sample-history.ts),
 * against a count made by hand from that file's story of fifteen deals.
 */
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { operationsOver } from '../../shared/workbook/run-operation';

/*
 * By hand, from the story (furthest open stage seen → outcome in the last snapshot):
 *   won, so every stage reached: D-091, D-092, D-093, D-095, D-097, D-098 (D-098 went B75 → S100 unseen at A90)
 *   lost: D-094 from A90, D-096 from C50
 *   open: D-101 D30, D-102 G20, D-103 B75, D-104 G10, D-201 C50, D-202 E25, D-203 B75
 * so per stage (reached = 6 won + the lost and open deals that got that far):
 */
const HAND_COUNT = {
  G10: { reached: 15, won: 6, lost: 2 },
  G20: { reached: 14, won: 6, lost: 2 },
  E25: { reached: 13, won: 6, lost: 2 },
  D30: { reached: 12, won: 6, lost: 2 },
  C50: { reached: 11, won: 6, lost: 2 },
  B75: { reached: 9, won: 6, lost: 1 },
  A90: { reached: 7, won: 6, lost: 1 },
};

describe('stage conversion of the sample’s twelve weekly snapshots', () => {
  const workbook = new PlaygroundWorkbook();
  loadSampleWorkbook(workbook);
  const result = operationsOver(workbook.host()).readStageConversion('en');
  if (!result.ok) throw new Error(result.message);
  const conversion = result.value;

  it('reads twelve snapshots and every open stage of the milestone ladder', () => {
    expect(conversion.snapshots).toBe(12);
    expect(conversion.lines.map((line) => line.code)).toEqual(Object.keys(HAND_COUNT));
  });

  it.each(Object.entries(HAND_COUNT))('%s equals the hand count', (code, counted) => {
    const line = conversion.lines.find((l) => l.code === code);
    expect(line).toMatchObject(counted);
    expect(line?.conversion).toBeCloseTo(counted.won / (counted.won + counted.lost));
    // Eight closed deals at most: every figure carries the warning.
    expect(line?.fewDeals).toBe(true);
  });

  it('proposes each conversion to a whole percent, beside the ladder’s own probability', () => {
    expect(conversion.lines.map((line) => [line.code, line.probability, line.calibrated])).toEqual([
      ['G10', 0.1, 0.75],
      ['G20', 0.2, 0.75],
      ['E25', 0.25, 0.75],
      ['D30', 0.3, 0.75],
      ['C50', 0.5, 0.75],
      ['B75', 0.75, 0.86],
      ['A90', 0.9, 0.86],
    ]);
  });
});
