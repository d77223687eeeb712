import { call, column, errorOf } from './helpers';

// METHODOLOGY §4: Value = benefits − (costs + risks); ROI, payback.
describe('NETVALUE', () => {
  it('adds up each range and subtracts costs and risks', () => {
    expect(call('NETVALUE', [column(120000, 30000), column(60000, 25000), column(5000)])).toBe(60000);
    expect(call('NETVALUE', [column(120000, null, '30,000'), column(60000)])).toBe(90000);
    expect(call('NETVALUE', [50000, 80000])).toBe(-30000);
  });

  it('names the argument and row holding text', () => {
    expect(errorOf('NETVALUE', [column(1, 2), column(3, 'lots')]).message).toBe("costs, row 2: 'lots' is not a number");
    expect(errorOf('NETVALUE', [column(1)]).message).toBe('costs: is missing');
  });
});

describe('ROI', () => {
  it('is (benefits − costs) ÷ costs', () => {
    expect(call('ROI', [column(150000), column(100000)])).toBe(0.5);
    expect(call('ROI', [column(90000, 30000), column(60000, 20000)])).toBe(0.5);
    expect(call('ROI', [column(50000), column(100000)])).toBe(-0.5);
  });

  it('refuses an amount beyond the largest DealKit reads, naming its argument and row, rather than adding up to Infinity', () => {
    expect(errorOf('ROI', [column(150000), column(-1e308, -1e308)]).message).toMatch(/^costs, row 1: -1e\+308 is below the smallest amount DealKit reads/);
    expect(errorOf('NETVALUE', [column(1e308, 1e308), column(5)]).message).toMatch(/^benefits, row 1: 1e\+308 is above the largest amount DealKit reads/);
    expect(errorOf('NETVALUE', [column(1), column(5), column(10, 1e16)]).message).toMatch(/^risks, row 2: /);
  });

  it('refuses costs of 0, naming costs', () => {
    expect(errorOf('ROI', [column(100), column(0)]).message).toMatch(/^costs: /);
  });
});

describe('PAYBACK', () => {
  it('interpolates within the period the running total turns non-negative', () => {
    expect(call('PAYBACK', [column(-100000, 30000, 50000, 40000)])).toBe(2.5);
    expect(call('PAYBACK', [column(-60000, 20000, 20000, 20000, 20000)])).toBe(3);
  });

  it('refuses a cash flow beyond the largest amount DealKit reads, naming its row, rather than a running total of -Infinity', () => {
    const error = errorOf('PAYBACK', [column(-1e308, -1e308, 1e308)]);
    expect(error.message).toMatch(/^cashflows, row 1: -1e\+308 is below the smallest amount DealKit reads/);
    expect(error.message).not.toMatch(/Infinity/);
  });

  it('is an error naming cashflows when the money never comes back', () => {
    const error = errorOf('PAYBACK', [column(-100000, 20000, 20000)]);
    expect(error.message).toMatch(/^cashflows: the running total never reaches 0/);
    expect(error.subject).toBe('cashflows');
  });
});

// METHODOLOGY §4: value statements 1–6; missing slots are reported, never left blank.
describe('VALUE_STATEMENT', () => {
  it('fills the sentence from the slots in the template’s order', () => {
    expect(call('VALUE_STATEMENT', [2, 'Acme Foods', 'a 12% drop in waste'])).toBe('For Acme Foods, in a situation like yours, we delivered a 12% drop in waste.');
    expect(call('VALUE_STATEMENT', [3, 'paper orders', 'online ordering', 'order cycle time', 'orders shipped in one day'])).toBe(
      'Moving from paper orders to our online ordering will improve order cycle time, which means orders shipped in one day.',
    );
  });

  it('writes the sentence in the workbook language', () => {
    expect(call('VALUE_STATEMENT', [4, '月度仪表板', '每月'], 'zh-CN')).toBe('我们将通过月度仪表板衡量所交付的价值，并每月向您汇报。');
  });

  it('names the missing slot', () => {
    const error = errorOf('VALUE_STATEMENT', [5, 'the audit in June', 'automated controls']);
    expect(error.message).toMatch(/^slot3: .*Measurable outcome/);
    expect(error.subject).toBe('slot3');
    expect(errorOf('VALUE_STATEMENT', [1, 'a', '']).message).toMatch(/^slot2: .*Measurable outcome/);
  });

  it('names the template argument when there is no such statement, and a slot the statement does not have', () => {
    expect(errorOf('VALUE_STATEMENT', [7, 'a', 'b']).message).toMatch(/^template: 7 is not a value statement/);
    expect(errorOf('VALUE_STATEMENT', [2, 'a', 'b', 'c']).message).toMatch(/^slot3: .*value statement 2 takes 2 slots/);
  });
});
