import { STRATEGIES, STRATEGY_PATH, STRATEGY_PREFILLS, type StrategyId, type StrategyQuestionId } from '../../shared/methods';

const questionIds = new Set<string>(STRATEGY_PATH.map((q) => q.id));
const strategyIds = new Set<string>(STRATEGIES.map((s) => s.id));

/** Follows the path from its first question with the given answers (unlisted = no). */
function walk(answers: Partial<Record<StrategyQuestionId, boolean>>): { strategy: string; asked: string[] } {
  const asked: string[] = [];
  let at: string = STRATEGY_PATH[0]!.id;
  while (questionIds.has(at)) {
    const q = STRATEGY_PATH.find((x) => x.id === at)!;
    asked.push(q.id);
    at = answers[q.id] ? q.yes : q.no;
    if (asked.length > STRATEGY_PATH.length) throw new Error('path loops');
  }
  return { strategy: at, asked };
}

describe('competitive strategy path (METHODOLOGY §2)', () => {
  it('has the six strategies, three offensive and two defensive', () => {
    expect(STRATEGIES.map((s) => s.id)).toEqual(['frontal', 'flanking', 'fragment', 'defend', 'develop', 'disengage']);
    expect(STRATEGIES.filter((s) => s.offensive).map((s) => s.id)).toEqual(['frontal', 'flanking', 'fragment']);
    expect(STRATEGIES.map((s) => s.label['zh-CN'])).toEqual(['正面进攻', '侧面进攻', '分割', '防御', '开发', '放弃']);
  });

  it('numbers its questions as the six steps, fragment sharing step 4', () => {
    expect(STRATEGY_PATH.map((q) => q.step)).toEqual([1, 2, 3, 4, 4, 5, 6]);
  });

  it('leads every answer to a question or a strategy', () => {
    for (const q of STRATEGY_PATH) {
      for (const next of [q.yes, q.no]) expect(questionIds.has(next) || strategyIds.has(next)).toBe(true);
    }
  });

  it('reaches each strategy by the route METHODOLOGY gives', () => {
    const cases: [Partial<Record<StrategyQuestionId, boolean>>, StrategyId, string[]][] = [
      [{ compelling: true, canCompete: true, lead3to1: true }, 'frontal', ['compelling', 'canCompete', 'lead3to1']],
      [{ compelling: true, canCompete: true, canChangeCriteria: true }, 'flanking', ['compelling', 'canCompete', 'lead3to1', 'canChangeCriteria']],
      [{ compelling: true, canCompete: true, canFragment: true }, 'fragment', ['compelling', 'canCompete', 'lead3to1', 'canChangeCriteria', 'canFragment']],
      // No urgency: an offensive strategy is out even with a 3:1 lead.
      [{ lead3to1: true, positionToProtect: true }, 'defend', ['compelling', 'positionToProtect']],
      [{ compelling: true, futureValue: true }, 'develop', ['compelling', 'canCompete', 'positionToProtect', 'futureValue']],
      [{}, 'disengage', ['compelling', 'positionToProtect', 'futureValue']],
      // An attack with no opening falls back to the defensive questions.
      [{ compelling: true, canCompete: true, positionToProtect: true }, 'defend', ['compelling', 'canCompete', 'lead3to1', 'canChangeCriteria', 'canFragment', 'positionToProtect']],
    ];
    for (const [answers, strategy, asked] of cases) expect(walk(answers)).toEqual({ strategy, asked });
  });

  it('says which questions an assessment can answer', () => {
    const prefill = Object.fromEntries(STRATEGY_PREFILLS);
    expect(prefill.compelling).toEqual({ tags: ['compellingEvent'] });
    expect(prefill.canCompete).toEqual({ keyQuestion: 'compete' });
    expect(prefill.lead3to1).toEqual({ competitorLead: true });
    expect(prefill.canChangeCriteria).toBeUndefined();
    expect(prefill.canFragment).toBeUndefined();
    expect(prefill.positionToProtect).toEqual({ tags: ['currentRelationship'] });
    expect(prefill.futureValue).toEqual({ tags: ['futureRevenue', 'strategicValue'] });
  });
});
