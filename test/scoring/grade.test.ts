import { DealKitError } from '../../shared/errors';
import { businessGrade } from '../../shared/scoring/grade';
import { mergeSettings } from '../../shared/scoring/settings';

describe('businessGrade (METHODOLOGY §4, CES)', () => {
  it('A: both ≥ 4 and strategic', () => {
    expect(businessGrade(4, 4, true)).toBe('A');
    expect(businessGrade(5, 4, true)).toBe('A');
  });
  it('the same values without strategic value are B: A is tested before B', () => {
    expect(businessGrade(5, 5, false)).toBe('B');
    expect(businessGrade(4, 3, true)).toBe('B');
  });
  it('3 and 3 is B, not C: B applies before "C otherwise"', () => {
    expect(businessGrade(3, 3, false)).toBe('B');
  });
  it('C: both ≤ 3 otherwise', () => {
    expect(businessGrade(2, 3, false)).toBe('C');
    expect(businessGrade(1, 1, true)).toBe('C');
  });
  it('D: we gain at the customer’s expense (ours ≥ 4, theirs ≤ 2)', () => {
    expect(businessGrade(2, 4, false)).toBe('D');
    expect(businessGrade(1, 5, true)).toBe('D');
  });
  it('E: we give away value (theirs ≥ 4, ours ≤ 2)', () => {
    expect(businessGrade(4, 2, false)).toBe('E');
    expect(businessGrade(5, 1, true)).toBe('E');
  });
  it('every whole-number pair gets exactly the grade of the first matching rule', () => {
    const grid: string[] = [];
    for (let theirs = 5; theirs >= 1; theirs--) {
      let row = '';
      for (let ours = 1; ours <= 5; ours++) row += businessGrade(theirs, ours, false);
      grid.push(row);
    }
    // rows: value to the customer 5 → 1; columns: value to us 1 → 5. A gap of 2 or more is D or E
    // before A or B is looked at, so 5/3 is E and 3/5 is D, not B.
    expect(grid).toEqual(['EEEBB', 'EEBBB', 'ECBBD', 'CCCDD', 'CCDDD']);
  });
  it('a fractional mix no rule names falls back to C', () => {
    expect(businessGrade(2.5, 3.5, false)).toBe('C');
  });
  it('follows edited thresholds in the same order', () => {
    const s = mergeSettings({ grade: { aMin: 5, bMin: 4 } });
    expect(businessGrade(4, 4, true, s)).toBe('B');
    expect(businessGrade(3, 3, false, s)).toBe('C');
  });
  it('values off the 1–5 scale are errors naming the argument', () => {
    expect(() => businessGrade(0, 3, false)).toThrow(/valueToCustomer/);
    expect(() => businessGrade(3, 6, false)).toThrow(/valueToUs/);
    expect(() => businessGrade(3, Number.NaN, false)).toThrow(DealKitError);
  });
});
