import { call, column, errorOf } from './helpers';

// METHODOLOGY §3: support = influence-weighted share (sponsor 1, supporter 0.5, neutral 0, non-supporter −0.5, enemy −1).
describe('SUPPORT', () => {
  it('weights each attitude by the person’s influence', () => {
    // (5×1 + 3×0.5 + 2×0) ÷ 10
    expect(call('SUPPORT', [column('Sponsor', 'Supporter', 'Neutral'), column(5, 3, 2)])).toBe(0.65);
    // (4×1 + 4×−1) ÷ 8
    expect(call('SUPPORT', [column('主办人', 'X'), column(4, 4)])).toBe(0);
    expect(call('SUPPORT', [column('Enemy', '-'), column(2, 2)])).toBe(-0.75);
  });

  it('skips blank rows and is 0 when nobody has influence', () => {
    expect(call('SUPPORT', [column('Sponsor', null, 'Enemy'), column(3, null, 1)])).toBe(0.5);
    expect(call('SUPPORT', [column('Sponsor'), column(0)])).toBe(0);
  });

  it('names the argument and row of a bad attitude or influence', () => {
    expect(errorOf('SUPPORT', [column('Sponsor', 'Friendly'), column(3, 2)]).message).toMatch(/^attitudes, row 2: "Friendly" is not one of Sponsor, Supporter/);
    expect(errorOf('SUPPORT', [column('Sponsor', 'Enemy'), column(3, 9)]).message).toMatch(/^influence, row 2: "9" must be a number from 0 to 5/);
    expect(errorOf('SUPPORT', [column('Sponsor', 'Enemy'), column(3, 9)]).messageIn('zh-CN')).toMatch(/^influence，第 2 行：/);
  });
});

describe('RELATIONSHIP_RISKS', () => {
  const table = (rows: unknown[][]) => [0, 1, 2, 3, 4, 5].map((c) => rows.map((row) => [row[c]]));

  it('lists every red flag of METHODOLOGY §3', () => {
    const args = table([
      ['Li Wei', 'Decision maker', 'Decision', 'Neutral', 'None', 5],
      ['Wang Fang', 'Evaluator', 'Operational', 'Non-supporter', 'Brief', 4],
    ]);
    expect(call('RELATIONSHIP_RISKS', args)).toEqual([
      ['No sponsor or coach: nobody inside is working for us'],
      ['Li Wei decides or approves but has not been contacted'],
      ['Wang Fang does not support us and has influence 4'],
      ['Single-threaded: Wang Fang is the only person contacted'],
      ['Nobody from the decision layer is engaged'],
    ]);
  });

  it('says so when the relationships are sound', () => {
    const args = table([
      ['Li Wei', 'D, A', 'Decision', 'Sponsor', 'Deep', 5],
      ['Zhang Min', 'Coach', 'Management', 'Supporter', 'Several', 3],
      ['Wang Fang', 'E', 'Operational', 'Enemy', 'Brief', 3],
    ]);
    expect(call('RELATIONSHIP_RISKS', args)).toEqual([['No red flags']]);
    expect(call('RELATIONSHIP_RISKS', args, 'zh-CN')).toEqual([['没有危险信号']]);
  });

  it('names the argument and row at fault', () => {
    const args = table([
      ['Li Wei', 'Decision maker', 'Decision', 'Sponsor', 'Deep', 5],
      ['Zhang Min', 'Boss', 'Management', 'Supporter', 'Several', 3],
    ]);
    expect(errorOf('RELATIONSHIP_RISKS', args).message).toMatch(/^roles, row 2: "Boss" is not one of/);
    const noName = table([[null, 'Coach', 'Decision', 'Sponsor', 'Deep', 5]]);
    expect(errorOf('RELATIONSHIP_RISKS', noName).message).toMatch(/^names, row 1: /);
    const short = table([['Li Wei', 'Coach', 'Decision', 'Sponsor', 'Deep', 5]]);
    short[4] = [['Deep'], ['Brief']];
    expect(errorOf('RELATIONSHIP_RISKS', short).message).toMatch(/^contacts: has 2 rows but names has 1/);
  });
});
