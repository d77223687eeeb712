import { call, errorOf } from './helpers';

// METHODOLOGY §2, inputs in order: compelling, can_compete, lead_3to1, can_change_criteria, can_fragment,
// position_to_protect, future_value.
describe('STRATEGY', () => {
  it('attacks head-on with urgency, the ability to compete and a 3:1 lead', () => {
    expect(call('STRATEGY', [true, true, true, true, true, true, true])).toBe('Frontal');
  });

  it('flanks when the criteria can be changed, fragments when a part can be split off', () => {
    expect(call('STRATEGY', ['yes', 'yes', 'no', 'yes', 'yes', 'no', 'no'])).toBe('Flanking');
    expect(call('STRATEGY', ['x', 'x', false, false, 'x', false, false])).toBe('Fragment');
  });

  it('falls through to defend, develop or disengage without urgency or the ability to compete', () => {
    expect(call('STRATEGY', [false, true, true, true, true, true, true])).toBe('Defend');
    expect(call('STRATEGY', [true, false, true, true, true, false, true])).toBe('Develop');
    expect(call('STRATEGY', [true, true, false, false, false, false, true])).toBe('Develop');
    expect(call('STRATEGY', [true, true, false, false, false, false, false])).toBe('Disengage');
    expect(call('STRATEGY', [false, false, false, false, false, false, false], 'zh-CN')).toBe('放弃');
  });

  it('stops at the first blank answer the path needs: a blank is not a No', () => {
    expect(call('STRATEGY', [null, null, null, null, null, null, null])).toBe('Answer question 1');
    expect(call('STRATEGY', [null, null, null, null, null, null, null], 'zh-CN')).toBe('请回答第 1 题');
    // PPVVC as reported: the two answers the assessment gives, five blanks — no Disengage built on them.
    expect(call('STRATEGY', [true, true, null, null, null, null, null])).toBe('Answer question 3');
    expect(call('STRATEGY', [false, null, null, null, null, true, null])).toBe('Defend');
    expect(call('STRATEGY', ['x', 'x', null, null, 'x', null, null])).toBe('Answer question 3');
  });

  it('names the question that is not a yes or no', () => {
    expect(errorOf('STRATEGY', [true, true, 'perhaps', true, true, true, true]).message).toBe("lead_3to1: 'perhaps' is not TRUE or FALSE (yes / no)");
    expect(errorOf('STRATEGY', [true, true, true]).message).toBe('can_change_criteria: is missing');
  });
});

// METHODOLOGY §5: velocity = open deals × average size × win rate ÷ cycle days; coverage = open ÷ (quota − won).
describe('VELOCITY', () => {
  it('is money per day', () => {
    expect(call('VELOCITY', [40, 50000, 0.25, 100])).toBe(5000);
    expect(call('VELOCITY', [12, '30,000', '50%', 90])).toBe(2000);
  });

  it('names the argument out of range', () => {
    expect(errorOf('VELOCITY', [40, 50000, 25, 100]).message).toMatch(/^win_rate: 25 must be between 0 and 1/);
    expect(errorOf('VELOCITY', [40, 50000, 0.25, 0]).message).toMatch(/^cycle_days: /);
    expect(errorOf('VELOCITY', [-1, 50000, 0.25, 10]).message).toMatch(/^open_deals: /);
  });
});

describe('PIPELINE_COVERAGE', () => {
  it('is open pipeline ÷ what is left of the quota', () => {
    expect(call('PIPELINE_COVERAGE', [900000, 500000, 200000])).toBe(3);
    expect(call('PIPELINE_COVERAGE', [600000, 400000])).toBe(1.5);
  });

  it('is an error naming quota when the quota is already met', () => {
    expect(errorOf('PIPELINE_COVERAGE', [600000, 400000, 400000]).message).toMatch(/^quota: closed won \(400000\) already meets the quota/);
    expect(errorOf('PIPELINE_COVERAGE', [600000, [[1], [2]]]).message).toMatch(/^quota: expected one value/);
  });
});
