import { DealKitError } from '../../shared/errors';
import { parseRating, parseRatings } from '../../shared/scoring/ratings';

describe('parseRating', () => {
  it.each([
    ['+', 'favourable'],
    [' - ', 'unfavourable'],
    ['?', 'unknown'],
    ['YES', 'favourable'],
    ['y', 'favourable'],
    ['No', 'unfavourable'],
    ['N', 'unfavourable'],
    ['Unknown', 'unknown'],
    ['是', 'favourable'],
    ['否', 'unfavourable'],
    ['未知', 'unknown'],
    [1, 'favourable'],
    [-1, 'unfavourable'],
    [0, 'unknown'],
    ['-1', 'unfavourable'],
    [true, 'favourable'],
    [false, 'unfavourable'],
    ['TRUE', 'favourable'],
    ['', 'unknown'],
    ['   ', 'unknown'],
    [null, 'unknown'],
    [undefined, 'unknown'],
    ['－', 'unfavourable'],
    ['？', 'unknown'],
  ])('%p → %s', (raw, expected) => {
    expect(parseRating(raw, 'row 1')).toBe(expected);
  });

  it.each([['maybe'], [2], [0.5], ['++']])('rejects %p naming the row', (raw) => {
    expect(() => parseRating(raw, 'ours row 7')).toThrow(DealKitError);
    expect(() => parseRating(raw, 'ours row 7')).toThrow(/ours row 7/);
  });
});

describe('parseRatings', () => {
  it('reads a column and counts blanks as unknown', () => {
    expect(parseRatings(['+', null, '-', '?'], 'ours')).toEqual(['favourable', 'unknown', 'unfavourable', 'unknown']);
  });
  it('names the 1-based row of a bad value, in both languages', () => {
    try {
      parseRatings(['+', '+', 'x'], 'theirs');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(DealKitError);
      const err = e as DealKitError;
      expect(err.messageIn('en')).toContain('theirs row 3');
      expect(err.messageIn('zh-CN')).toContain('第 3 行');
    }
  });
});
