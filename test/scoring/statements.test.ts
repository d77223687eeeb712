import { DealKitError } from '../../shared/errors';
import { text } from '../../shared/i18n';
import { VALUE_STATEMENTS } from '../../shared/methods';
import { fillStatement, fillValueStatement, statementTemplate, type StatementTemplate } from '../../shared/scoring/statements';

/** Statement 5 of METHODOLOGY §4: compelling event → solution → measurable outcome. */
const FIVE: StatementTemplate = {
  number: 5,
  slots: [
    { id: 'event', label: text('Compelling event', '紧迫事件') },
    { id: 'solution', label: text('Our solution', '我方方案') },
    { id: 'outcome', label: text('Measurable outcome', '可衡量的结果') },
  ],
  sentence: text('Because {event}, {solution} will deliver {outcome}.', '由于{event}，{solution}将带来{outcome}。'),
};

describe('fillStatement', () => {
  it('puts each slot where its placeholder is, in the chosen language', () => {
    const values = { event: 'the plant opens in March', solution: 'the scheduling suite', outcome: '12 % less overtime' };
    expect(fillStatement(FIVE, values, 'en')).toBe('Because the plant opens in March, the scheduling suite will deliver 12 % less overtime.');
    expect(fillStatement(FIVE, { event: '三月新厂投产', solution: '排产套件', outcome: '加班减少 12%' }, 'zh-CN')).toBe('由于三月新厂投产，排产套件将带来加班减少 12%。');
  });
  it('numbers are written as they are; extra values are ignored', () => {
    expect(fillStatement(FIVE, { event: 'the audit', solution: 'DealKit', outcome: 30, other: 'x' }, 'en')).toBe('Because the audit, DealKit will deliver 30.');
  });
  it('a missing or blank slot is an error naming it, never a blank in the sentence', () => {
    try {
      fillStatement(FIVE, { event: 'the audit', solution: '  ' }, 'en');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(DealKitError);
      const err = e as DealKitError;
      expect(err.subject).toBe('solution');
      expect(err.messageIn('en')).toContain('"Our solution" (solution)');
      expect(err.messageIn('en')).toContain('"Measurable outcome" (outcome)');
      expect(err.messageIn('zh-CN')).toContain('我方方案');
    }
  });
});

describe('statementTemplate', () => {
  it('finds a template by number; an unknown number is an error listing the valid ones', () => {
    expect(statementTemplate([FIVE], 5)).toBe(FIVE);
    expect(() => statementTemplate([FIVE], 7)).toThrow(/statement: 7 is not a value statement; use 5/);
  });
});

describe('fillValueStatement (the six METHODOLOGY §4 statements)', () => {
  it('fills statement 1 by slot id and by slot order alike', () => {
    const byId = fillValueStatement(1, { initiative: 'open two new plants', outcome: '8 % more output', solution: 'MES suite' }, 'en');
    const byOrder = fillValueStatement(1, ['open two new plants', '8 % more output', 'MES suite'], 'en');
    expect(byId).toBe(byOrder);
    for (const part of ['open two new plants', '8 % more output', 'MES suite']) expect(byId).toContain(part);
    expect(byId).not.toMatch(/[{}]/);
  });
  it('every statement 1–6 fills completely in both languages', () => {
    for (const n of [1, 2, 3, 4, 5, 6]) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const filled = fillValueStatement(n, Array.from({ length: 4 }, (_, i) => `v${i}`).slice(0, slotCount(n)), locale);
        expect(filled).not.toMatch(/[{}]/);
        expect(filled).toContain('v0');
      }
    }
  });
  it('a missing slot names it: statement 6 without its arrangement', () => {
    try {
      fillValueStatement(6, [], 'en');
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(DealKitError);
      expect((e as DealKitError).subject).toBe('arrangement');
      expect((e as DealKitError).message).toMatch(/Shared risk\/reward strategy/);
    }
  });
  it('too many slots, or a template number outside 1–6, is an error', () => {
    expect(() => fillValueStatement(2, ['a', 'b', 'c'], 'en')).toThrow(/takes 2 slots, got 3/);
    expect(() => fillValueStatement(7, [], 'en')).toThrow(/statement: 7/);
    expect(() => fillValueStatement('1', [], 'en')).toThrow(DealKitError);
  });
});

function slotCount(n: number): number {
  return VALUE_STATEMENTS.find((t) => t.number === n)?.slots.length ?? 0;
}
