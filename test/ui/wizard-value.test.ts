import { valueLive } from '../../shared/ui/value-live';
import { INITIAL_VALUE_STATE, parseFigure, valueAnswers, valueReducer, valueSteps, type ValueAction } from '../../shared/ui/wizard-value';
import { valueStatements } from '../../shared/workbook/method-data';

const run = (actions: readonly ValueAction[]) => actions.reduce(valueReducer, INITIAL_VALUE_STATE);

describe('Value-proposition wizard', () => {
  it('has a step per value statement, then figures, then the summary', () => {
    const steps = valueSteps();
    expect(steps.filter((step) => step.kind === 'statement')).toHaveLength(valueStatements().length);
    expect(steps.slice(-2).map((step) => step.kind)).toEqual(['figures', 'summary']);
  });

  it('titles each statement preview in both languages', () => {
    const titles = valueLive(INITIAL_VALUE_STATE, 'en').statements.map((statement) => statement.title);
    expect(titles[0]).toEqual({ en: 'Business initiative and outcome', 'zh-CN': '商业动议与成果' });
    expect(titles[5]).toEqual({ en: 'Shared risk and reward', 'zh-CN': '风险共担、收益共享' });
  });

  it('a statement reports its missing slots until every slot is filled, then reads as a sentence', () => {
    const first = valueStatements()[0];
    let state = INITIAL_VALUE_STATE;
    expect(valueLive(state, 'en').statements[0].missing).toHaveLength(first.slots.length);
    first.slots.forEach((slot, i) => {
      state = valueReducer(state, { type: 'slot', statementId: first.id, slotId: slot.id, text: `value ${i + 1}` });
    });
    const preview = valueLive(state, 'en').statements[0];
    expect(preview.missing).toEqual([]);
    first.slots.forEach((_, i) => expect(preview.sentence).toContain(`value ${i + 1}`));
  });

  it('net value, ROI and payback follow the figures: invest 100 and risk 5 in year 0, then 30, 50, 40', () => {
    const state = run([
      { type: 'periods', count: 4 },
      { type: 'figure', kind: 'costs', period: 0, text: '100' },
      { type: 'figure', kind: 'benefits', period: 1, text: '30' },
      { type: 'figure', kind: 'benefits', period: 2, text: '50' },
      { type: 'figure', kind: 'benefits', period: 3, text: '40' },
      { type: 'risks', text: '5' },
    ]);
    const live = valueLive(state, 'en');
    // Year 0 carries the investment and the priced risks: [-105, 30, 50, 40].
    expect(live.cashFlows).toEqual([-105, 30, 50, 40]);
    expect(live.netValue).toEqual({ ok: true, value: 15 });
    expect(live.roi.ok && live.roi.value).toBeCloseTo(15 / 105, 12);
    // Running total -105, -75, -25, +15: paid back 25/40 of the way through year 3.
    expect(live.payback).toEqual({ ok: true, value: 2.625 });
  });

  it('no costs: ROI is not computable and says why instead of showing Infinity', () => {
    const live = valueLive(run([{ type: 'figure', kind: 'benefits', period: 0, text: '10' }]), 'en');
    expect(live.roi.ok).toBe(false);
    if (!live.roi.ok) expect(live.roi.reason?.en).toMatch(/costs/);
  });

  it('a figure that is not a number blocks saving and the figures, and names nothing as computed', () => {
    const state = run([{ type: 'figure', kind: 'costs', period: 1, text: '12abc' }]);
    expect(valueAnswers(state)).toBeNull();
    expect(valueLive(state, 'en').netValue).toEqual({ ok: false, reason: null });
  });

  it('reads typed figures with thousands separators; blank is zero', () => {
    expect(parseFigure('1,250,000')).toBe(1250000);
    expect(parseFigure('')).toBe(0);
    expect(parseFigure('1e3')).toBe(1000);
    expect(parseFigure('ten')).toBeNull();
  });

  it('changing the number of periods keeps the figures typed so far', () => {
    const state = run([
      { type: 'figure', kind: 'benefits', period: 1, text: '7' },
      { type: 'periods', count: 5 },
      { type: 'periods', count: 2 },
    ]);
    expect(state.benefits).toEqual(['', '7']);
    // The sheet has years 0 to 5: more is capped, fewer than two is raised.
    expect(run([{ type: 'periods', count: 40 }]).benefits).toHaveLength(6);
    expect(run([{ type: 'periods', count: 1 }]).benefits).toHaveLength(2);
  });
});
