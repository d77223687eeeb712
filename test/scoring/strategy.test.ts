import { TAS } from '../../shared/methods';
import { assess } from '../../shared/scoring/assessment';
import { parseRatings } from '../../shared/scoring/ratings';
import { STRATEGY_INPUT_IDS, chooseStrategy, decideStrategy, isOffensive, strategyInputsFromAssessment, type StrategyInputs } from '../../shared/scoring/strategy';

const NO: StrategyInputs = {
  compelling: false,
  canCompete: false,
  lead3to1: false,
  canChangeCriteria: false,
  canFragment: false,
  positionToProtect: false,
  futureValue: false,
};

function tas(cells: string): ReturnType<typeof parseRatings> {
  return parseRatings(
    cells
      .replace(/\s/g, '')
      .split('')
      .map((c) => (c === '.' ? '' : c)),
    'ours',
  );
}

describe('competitive strategy path (METHODOLOGY §2)', () => {
  it('compelling + can compete + 3:1 lead → Frontal', () => {
    expect(chooseStrategy({ ...NO, compelling: true, canCompete: true, lead3to1: true })).toBe('frontal');
  });
  it('no lead but criteria can change → Flanking', () => {
    expect(chooseStrategy({ ...NO, compelling: true, canCompete: true, canChangeCriteria: true })).toBe('flanking');
  });
  it('criteria fixed but a profitable part can be split off → Fragment', () => {
    expect(chooseStrategy({ ...NO, compelling: true, canCompete: true, canFragment: true })).toBe('fragment');
  });
  it('no compelling reason → step 5: a position to protect → Defend, even with a 3:1 lead', () => {
    expect(chooseStrategy({ ...NO, lead3to1: true, canCompete: true, positionToProtect: true })).toBe('defend');
  });
  it('cannot compete → step 5; nothing to protect but future value → Develop', () => {
    expect(chooseStrategy({ ...NO, compelling: true, futureValue: true })).toBe('develop');
  });
  it('nothing at all → Disengage', () => {
    expect(chooseStrategy(NO)).toBe('disengage');
  });
  it('an offensive branch with no opening falls through to the defensive questions', () => {
    const d = decideStrategy({ ...NO, compelling: true, canCompete: true, positionToProtect: true });
    expect(d.strategy).toBe('defend');
    expect(d.path.map((s) => s.input)).toEqual(['compelling', 'canCompete', 'lead3to1', 'canChangeCriteria', 'canFragment', 'positionToProtect']);
  });
  it('the path lists only the questions asked', () => {
    expect(decideStrategy({ ...NO, futureValue: true }).path).toEqual([
      { input: 'compelling', answer: false },
      { input: 'positionToProtect', answer: false },
      { input: 'futureValue', answer: true },
    ]);
  });
  it('frontal, flanking and fragment are offensive; defend and develop are not', () => {
    expect(['frontal', 'flanking', 'fragment', 'defend', 'develop', 'disengage'].map((s) => isOffensive(s as never))).toEqual([true, true, true, false, false, false]);
  });
  it('over all 128 combinations, the strategy is offensive exactly when urgency, ability and an opening meet', () => {
    for (let bits = 0; bits < 128; bits++) {
      const i = Object.fromEntries(STRATEGY_INPUT_IDS.map((id, n) => [id, (bits & (1 << n)) !== 0])) as unknown as StrategyInputs;
      const offensive = i.compelling && i.canCompete && (i.lead3to1 || i.canChangeCriteria || i.canFragment);
      expect(isOffensive(chooseStrategy(i))).toBe(offensive);
    }
  });
  it('a missing input names itself', () => {
    expect(() => chooseStrategy({ ...NO, canFragment: undefined } as never)).toThrow(/canFragment/);
  });
});

describe('strategyInputsFromAssessment', () => {
  it('prefills compelling (#5), can compete, lead, position (#9) and future value (#17/#20) from a TAS assessment', () => {
    const ours = tas('+++++ +++++ ++++. .+..+');
    const theirs = tas('+.... ..... ..... .....');
    const r = assess(TAS, ours, theirs);
    expect(strategyInputsFromAssessment(r)).toEqual({
      compelling: true,
      canCompete: true,
      lead3to1: true,
      positionToProtect: true,
      futureValue: true,
    });
  });
  it('a - on the compelling event and "Can we compete?" No prefill false', () => {
    const r = assess(TAS, tas('++++- ----- ..... .-..-'));
    const p = strategyInputsFromAssessment(r);
    expect(p.compelling).toBe(false);
    expect(p.canCompete).toBe(false);
    expect(p.positionToProtect).toBe(false);
    expect(p.futureValue).toBe(false);
  });
  it('unknowns are left for the rep: nothing is guessed', () => {
    const r = assess(TAS, tas('..... ..... ..... .....'));
    expect(strategyInputsFromAssessment(r)).toEqual({});
  });
  it('future value is false only when both future revenue and strategic value are -', () => {
    expect(strategyInputsFromAssessment(assess(TAS, tas('..... ..... ..... .-...'))).futureValue).toBeUndefined();
    expect(strategyInputsFromAssessment(assess(TAS, tas('..... ..... ..... .-..+'))).futureValue).toBe(true);
  });
});
