import { VALUE_STATEMENTS } from '../../shared/methods';

const placeholders = (sentence: string): string[] => [...sentence.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);

describe('value-statement templates (METHODOLOGY §4)', () => {
  it('are numbered 1 to 6', () => {
    expect(VALUE_STATEMENTS.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const t of VALUE_STATEMENTS) expect(t.number).toBe(t.id);
  });

  it('take 1 to 4 slots each, as VALUE_STATEMENT(template, slot1, [slot2], [slot3], [slot4]) allows; statement 6 has one', () => {
    expect(VALUE_STATEMENTS.map((t) => t.slots.length)).toEqual([3, 2, 4, 2, 3, 1]);
  });

  it('order the slots as METHODOLOGY lists them', () => {
    expect(VALUE_STATEMENTS[0]!.slots.map((s) => s.id)).toEqual(['initiative', 'outcome', 'solution']);
    expect(VALUE_STATEMENTS[2]!.slots.map((s) => s.id)).toEqual(['currentSituation', 'solution', 'businessDriver', 'outcome']);
    expect(VALUE_STATEMENTS[4]!.slots.map((s) => s.id)).toEqual(['compellingEvent', 'solution', 'outcome']);
  });

  it.each(VALUE_STATEMENTS.map((t) => [t.id, t] as const))('statement %i uses each of its slots exactly once, in both languages', (_id, t) => {
    const slots = t.slots.map((s) => s.id).sort();
    expect(new Set(slots).size).toBe(slots.length);
    expect(placeholders(t.sentence.en).sort()).toEqual(slots);
    expect(placeholders(t.sentence['zh-CN']).sort()).toEqual(slots);
  });
});
