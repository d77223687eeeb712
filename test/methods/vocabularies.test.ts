import * as methods from '../../shared/methods';

/** Every exported list whose entries carry an id. */
function idLists(): [string, unknown[]][] {
  const lists: [string, unknown[]][] = [];
  for (const [name, value] of Object.entries(methods as Readonly<Record<string, unknown>>)) {
    if (Array.isArray(value) && value.length > 0 && value.every((x) => typeof x === 'object' && x !== null && 'id' in x)) {
      lists.push([name, value]);
    }
  }
  return lists;
}

describe('method vocabularies', () => {
  it('never repeat an id within a list', () => {
    const lists = idLists();
    expect(lists.length).toBeGreaterThan(20);
    for (const [name, list] of lists) {
      const ids = list.map((x) => String((x as { id: unknown }).id));
      expect({ name, unique: new Set(ids).size }).toEqual({ name, unique: ids.length });
    }
  });

  it('list the twelve not-in-control signs', () => {
    expect(methods.NOT_IN_CONTROL_SIGNS).toHaveLength(12);
    expect(methods.NOT_IN_CONTROL_SIGNS[0]!.label.en).toMatch(/calls/i);
    expect(methods.NOT_IN_CONTROL_SIGNS[11]!.label.en).toMatch(/winning/i);
  });

  it('give the key-player vocabularies of §3 in order', () => {
    expect(methods.SIGNATURE_BUYING_ROLES.map((r) => r.letter)).toEqual(['A', 'D', 'E', 'U']);
    expect(methods.PROJECT_BUYER_TYPES.map((r) => r.label['zh-CN'])).toEqual(['决策买家', '财务买家', '技术买家', '使用买家', '评估者', '教练买家', '影响力买家']);
    expect(methods.PLAYER_LAYERS.map((l) => l.id)).toEqual(['decision', 'management', 'operational']);
    expect(methods.ATTITUDES.map((a) => [a.id, a.mark])).toEqual([
      ['sponsor', undefined],
      ['supporter', '+'],
      ['neutral', '='],
      ['nonSupporter', '−'],
      ['enemy', 'X'],
    ]);
    expect(methods.ADOPTION_PROFILES.map((a) => a.label.en)).toEqual(['Innovator', 'Visionary', 'Pragmatist', 'Conservative', 'Laggard']);
    expect(methods.CONTACT_LEVELS.map((c) => c.id)).toEqual(['none', 'brief', 'several', 'deep']);
    expect(methods.RELATIONSHIP_STAGES.map((s) => s.id)).toEqual(['gestation', 'initial', 'middle', 'high', 'strategic', 'interrupted']);
    expect(methods.TYPICAL_PAINS_BY_TITLE.map((t) => t.id)).toEqual(['ceo', 'cfo', 'coo', 'vpSales', 'vpManufacturing']);
    for (const t of methods.TYPICAL_PAINS_BY_TITLE) expect(t.pains.length).toBeGreaterThan(1);
  });

  it('split costs into the four categories with their items', () => {
    expect(methods.COST_CATEGORIES.map((c) => [c.id, c.items.length])).toEqual([
      ['acquisition', 5],
      ['possession', 4],
      ['usage', 6],
      ['opportunity', 3],
    ]);
    expect(methods.BENEFITS_INCREASE).toHaveLength(7);
    expect(methods.BENEFITS_DECREASE).toHaveLength(8);
    expect(methods.INVESTMENT_KINDS.map((k) => k.id)).toEqual(['hardware', 'software', 'services']);
  });

  it('lay out the pain sheet as nine blocks, each row asked open, then control, then confirming', () => {
    expect(methods.PAIN_SHEET_BLOCKS).toHaveLength(9);
    const rows = methods.PAIN_SHEET_ROWS.map((r) => r.id);
    const cols = methods.PAIN_SHEET_COLUMNS.map((c) => c.id);
    expect(rows).toEqual(['reasons', 'impact', 'capabilities']);
    expect(cols).toEqual(['open', 'control', 'confirming']);
    expect(methods.PAIN_SHEET_BLOCKS.map((b) => `${b.number}:${b.row}/${b.column}`)).toEqual(rows.flatMap((r, i) => cols.map((c, j) => `${i * 3 + j + 1}:${r}/${c}`)));
  });

  it('grade business models A (best) to E', () => {
    expect(methods.BUSINESS_MODEL_GRADES.map((g) => g.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('keeps the reference story, review questions and planning lists of §4–§6', () => {
    expect(methods.REFERENCE_STORY_PARTS.map((p) => p.id)).toEqual(['person', 'title', 'industry', 'criticalIssue', 'reasons', 'capabilities', 'provided', 'results']);
    expect(methods.FUNNEL_REVIEW_QUESTIONS).toHaveLength(4);
    expect(methods.GOSAT_STEPS.map((s) => s.label.en)).toEqual(['Goal', 'Objective', 'Strategy', 'Actions', 'Resources', 'Test']);
    expect(methods.OBJECTIVE_PARTS.map((p) => p.id)).toEqual(['product', 'amount', 'closeDate']);
    expect(methods.GOAL_POST_STEPS.map((s) => s.label.en)).toEqual(['Goal', 'Profile', 'Objective', 'Strategy', 'Tactics']);
    expect(methods.PRIME_TACTICS.map((t) => t.label.en[0]).join('')).toBe('PRIME');
    expect(methods.EVALUATION_EVENT_KINDS).toHaveLength(6);
    expect(methods.EVALUATION_EVENT_FIELDS.map((f) => f.id)).toEqual(['week', 'event', 'checkpoint', 'billable']);
    expect(methods.SALES_TEAM_HEALTH_CHECKS).toHaveLength(3);
  });
});
