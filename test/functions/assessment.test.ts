import { call, column, errorOf, ratingColumn } from './helpers';

// TAS (METHODOLOGY §1a): rows 1–5 "Is there an opportunity?", 6–10 compete, 11–15 win, 16–20 worth.
// Knock-outs by default: row 4 access to funds (hard), row 5 compelling event (soft).
describe('QUALIFY', () => {
  it('says Pursue when every key question is Yes', () => {
    expect(call('QUALIFY', [ratingColumn('+++++ +++++ +++++ +++++')])).toBe('Pursue');
    expect(call('DEAL.QUALIFY', [ratingColumn('+++?? ++?+- ++?+? +++-?'), 'TAS'])).toBe('Pursue');
  });

  it('walks away when a hard knock-out is rated - even with a high score; a soft one holds it at Qualify further', () => {
    // "Is there an opportunity?" scores 3/5 but access to funds (row 4) or the compelling event (row 5) is '-'.
    expect(call('QUALIFY', [ratingColumn('++++- +++++ +++++ +++++')])).toBe('Qualify further');
    expect(call('QUALIFY', [ratingColumn('+++-+ +++++ +++++ +++++')])).toBe('Walk away');
  });

  it('walks away when "Is it worth winning?" is No', () => {
    expect(call('QUALIFY', [ratingColumn('+++++ +++++ +++++ ---+?')])).toBe('Walk away');
  });

  it('qualifies further when a key question is Unknown: 1 of 5 is below the 0.34 threshold, 2 of 5 is above', () => {
    expect(call('QUALIFY', [ratingColumn('+++++ +???? +++++ +++++')])).toBe('Qualify further');
    expect(call('QUALIFY', [ratingColumn('+++++ ++??? +++++ +++++')])).toBe('Pursue');
  });

  it('counts blanks, 0, "unknown" as unknown and accepts yes/no/1/-1 in any case', () => {
    const ratings = column('YES', 'yes', 1, '+', null, 'Yes', 'y', '+', 0, 'unknown', '+', '+', '+', 'no', -1, '+', '+', '+', '', '?');
    expect(call('QUALIFY', [ratings])).toBe('Qualify further');
    expect(call('GAPS', [ratings])).toEqual([['5. Compelling event'], ['9. Current relationship'], ['10. Unique business value'], ['19. Degree of risk'], ['20. Strategic value']]);
  });

  it('answers in the workbook language', () => {
    expect(call('QUALIFY', [ratingColumn('+++++ +++++ +++++ +++++')], 'zh-CN')).toBe('全力争取');
  });

  it('names the argument and row of a bad rating', () => {
    const ratings = ratingColumn('+++++ +++++ +++++ +++++');
    ratings[2] = ['maybe'];
    const error = errorOf('QUALIFY', [ratings]);
    expect(error.message).toMatch(/^ratings, row 3: .*maybe.* is not a rating/);
    expect(errorOf('QUALIFY', [ratings], 'zh-CN').messageIn('zh-CN')).toMatch(/ratings，第 3 行/);
  });

  it('needs the method when the row count does not tell it', () => {
    expect(errorOf('QUALIFY', [ratingColumn('+++++ +++++ +++++ ++++++')]).message).toMatch(/^method: .*21 rows/);
    expect(errorOf('QUALIFY', [ratingColumn('+++++'), 'TAS']).message).toMatch(/^ratings: TAS has 20 criteria/);
    expect(errorOf('QUALIFY', [ratingColumn('+++++ +++++ +++++ +++++'), 'BANT']).message).toMatch(/^method: 'BANT' is not a method/);
  });

  it('names the competitor argument when its ratings are bad', () => {
    const ours = ratingColumn('+++++ +++++ +++++ +++++');
    const theirs = ratingColumn('+++++ +++++ +++++ +++++');
    theirs[7] = ['great'];
    expect(errorOf('QUALIFY', [ours, 'TAS', theirs]).message).toMatch(/^competitor, row 8: /);
  });

  it('passes an error cell on as an error naming the argument and row', () => {
    const ratings: unknown[][] = ratingColumn('+++++ +++++ +++++ +++++');
    ratings[4] = ['#N/A'];
    expect(errorOf('QUALIFY', [ratings]).message).toBe('ratings, row 5: the cell holds the error #N/A; fix that cell first');
  });
});

describe('ASSESSMENT', () => {
  it('spills one row per key question with scores, answers, competitor scores and advantage', () => {
    const ours = ratingColumn('+++?? +-??? +++++ ++-++');
    const theirs = ratingColumn('+-??? +++++ ----- ?????');
    expect(call('ASSESSMENT', [ours, 'TAS', theirs])).toEqual([
      ['Is there an opportunity? (Is it real?)', 0.6, 'Yes', 0, 0.6, 2],
      ['Can we compete?', 0, 'Unknown', 1, -1, 3],
      ['Can we win?', 1, 'Yes', -1, 2, 0],
      ['Is it worth winning?', 0.6, 'Yes', 0, 0.6, 0],
    ]);
  });

  it('leaves the competitor columns blank without competitor ratings', () => {
    const result = call('ASSESSMENT', [ratingColumn('+++++ +++++ +++++ +++++')]) as unknown[][];
    expect(result.map((row) => row.slice(3, 5))).toEqual([
      ['', ''],
      ['', ''],
      ['', ''],
      ['', ''],
    ]);
  });
});

describe('GAPS', () => {
  it('lists the unknown criteria most important first', () => {
    expect(call('GAPS', [ratingColumn('++++? +++++ +?+++ ?++++')])).toEqual([['5. Compelling event'], ['12. Executive credibility'], ['16. Short-term revenue']]);
  });

  it('says so when there is nothing to find out', () => {
    expect(call('GAPS', [ratingColumn('+++++ +++++ +++++ +++++')])).toEqual([['No gaps']]);
  });
});

// Signature Selling (22): real 1–5, compete 6–11, win 12–17, worth 18–22. PPVVC (30): yes / no / unknown.
describe('QUALIFY on the other question sets', () => {
  it('takes 22 rows as Signature Selling; a group score of exactly 2/6 is not ≥ 0.34', () => {
    expect(call('QUALIFY', [ratingColumn('+++++ ++???? ++++++ +++++')])).toBe('Qualify further');
    expect(call('QUALIFY', [ratingColumn('+++++ +++??? ++++++ +++++')])).toBe('Pursue');
    expect(call('GAPS', [ratingColumn('+++++ ++???? ++++++ +++++'), 'SIGNATURE']) as unknown[][]).toHaveLength(4);
  });

  it('takes 30 rows of yes / no / unknown as PPVVC, and a funding "no" as a knock-out', () => {
    const yes = Array.from({ length: 30 }, () => ['yes']);
    expect(call('QUALIFY', [yes])).toBe('Pursue');
    yes[4] = ['No']; // Pain 5: budget in place
    expect(call('QUALIFY', [yes, 'ppvvc'])).toBe('Walk away');
  });
});
