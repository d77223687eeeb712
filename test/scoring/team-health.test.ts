import { DealKitError } from '../../shared/errors';
import { topFifthShare } from '../../shared/scoring/team-health';

describe('share of revenue from the top fifth of reps (CES team health)', () => {
  it('takes the best fifth of ten reps: the two largest', () => {
    // 300 + 200 of 1,000 in all.
    expect(topFifthShare([50, 300, 40, 60, 200, 100, 80, 70, 60, 40])).toBeCloseTo(0.5, 12);
  });

  it('rounds the top fifth up, so six reps have a top group of two', () => {
    expect(topFifthShare([10, 10, 10, 10, 30, 30])).toBeCloseTo(0.6, 12);
    expect(topFifthShare([10, 10, 10, 10, 60])).toBeCloseTo(0.6, 12);
  });

  it('is 1 for a team of one, and the even share for a team whose reps sell the same', () => {
    expect(topFifthShare([500])).toBe(1);
    expect(topFifthShare([100, 100, 100, 100, 100, 100, 100, 100, 100, 100])).toBeCloseTo(0.2, 12);
  });

  it('names the row of a bad revenue figure, and refuses a team with nothing sold', () => {
    expect(() => topFifthShare([100, -5])).toThrow(/revenue, row 2/);
    expect(() => topFifthShare([0, 0])).toThrow(DealKitError);
    expect(() => topFifthShare([])).toThrow(/at least one rep/);
  });
});
