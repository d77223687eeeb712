import { call, column, errorOf } from './helpers';

// METHODOLOGY §1e: each ticked sign is a red flag; 3 or more = not in control.
describe('CONTROL', () => {
  it('counts ticked signs: 0–1 in control, 2 at risk, 3+ not in control', () => {
    const signs = (...ticks: unknown[]) => column(...ticks, ...Array(12 - ticks.length).fill(null));
    expect(call('CONTROL', [signs()])).toBe('In control');
    expect(call('CONTROL', [signs('x')])).toBe('In control');
    expect(call('CONTROL', [signs('x', true)])).toBe('At risk');
    expect(call('CONTROL', [signs('x', 'TRUE', 1)])).toBe('Not in control');
    expect(call('CONTROL', [signs('yes', '✓', '是', 'x', 'x')], 'zh-CN')).toBe('失控');
  });

  it('reads FALSE, 0 and blank as not ticked', () => {
    expect(call('CONTROL', [column(false, 0, 'FALSE', '', null, 'x')])).toBe('In control');
  });

  it('names the row of something that is not a tick', () => {
    expect(errorOf('CONTROL', [column('x', null, 'sometimes')]).message).toMatch(/^signs, row 3: "sometimes" is not a tick/);
  });
});

// METHODOLOGY §4: business-model grade on two 1–5 scales.
describe('DEAL_GRADE', () => {
  it('grades A to E', () => {
    expect(call('DEAL_GRADE', [4, 4, true])).toBe('A');
    expect(call('DEAL_GRADE', [4, 4, false])).toBe('B');
    expect(call('DEAL_GRADE', [3, 3])).toBe('B');
    expect(call('DEAL_GRADE', [2, 3])).toBe('C');
    expect(call('DEAL_GRADE', [1, 4])).toBe('D');
    expect(call('DEAL_GRADE', [4, 2])).toBe('E');
  });

  it('takes the strategic flag as TRUE/FALSE, yes/no or blank', () => {
    expect(call('DEAL_GRADE', [5, 5, 'yes'])).toBe('A');
    expect(call('DEAL_GRADE', [5, 5, null])).toBe('B');
    expect(call('DEAL_GRADE', [[[5]], [[5]], [['TRUE']]])).toBe('A');
  });

  it('names the argument that is off the scale or not a number', () => {
    expect(errorOf('DEAL_GRADE', [6, 3]).message).toMatch(/^value_to_customer: 6 is not on the 1–5 scale/);
    expect(errorOf('DEAL_GRADE', [3, 'high']).message).toBe("value_to_us: 'high' is not a number");
    expect(errorOf('DEAL_GRADE', [3, 3, 'maybe']).message).toMatch(/^strategic: /);
    expect(errorOf('DEAL_GRADE', [3]).message).toBe('value_to_us: is missing');
  });
});
