import { qualifyLive } from '../../shared/ui/qualify-live';
import type { AssessmentAnswers, RatingValue } from '../../shared/workbook/backend';
import { currentQualifyStep, INITIAL_QUALIFY_STATE, qualifyAnswers, qualifyReducer, qualifySteps, type QualifyAction, type QualifyState } from '../../shared/ui/wizard-qualify';

function run(actions: readonly QualifyAction[], from: QualifyState = INITIAL_QUALIFY_STATE): QualifyState {
  return actions.reduce(qualifyReducer, from);
}

const all = (rating: RatingValue, count = 20): RatingValue[] => Array<RatingValue>(count).fill(rating);

/** Rates TAS criteria 1..20 (1-based numbers, as printed on the sheet). */
function rateTas(ours: Record<number, RatingValue>, theirs: Record<number, RatingValue> = {}): QualifyAction[] {
  return [
    ...Object.entries(ours).map(([n, rating]) => ({ type: 'rate' as const, index: Number(n) - 1, side: 'ours' as const, rating })),
    ...Object.entries(theirs).map(([n, rating]) => ({ type: 'rate' as const, index: Number(n) - 1, side: 'theirs' as const, rating })),
  ];
}

describe('Qualify wizard steps', () => {
  it('starts on the method choice and cannot move on without a method', () => {
    expect(currentQualifyStep(INITIAL_QUALIFY_STATE)).toEqual({ kind: 'method' });
    expect(qualifyReducer(INITIAL_QUALIFY_STATE, { type: 'next' })).toBe(INITIAL_QUALIFY_STATE);
  });

  it('asks TAS one key question at a time (five criteria each), then the signs, the strategy and the result', () => {
    const steps = qualifySteps('TAS');
    expect(steps.map((step) => step.kind)).toEqual(['method', 'question', 'question', 'question', 'question', 'control', 'strategy', 'result']);
    expect(steps[1]).toEqual({ kind: 'question', group: 'real', criteria: [0, 1, 2, 3, 4] });
    expect(steps[4]).toEqual({ kind: 'question', group: 'worth', criteria: [15, 16, 17, 18, 19] });
  });

  it('choosing TAS opens the first key question with every criterion unknown for us and the competitor', () => {
    const state = run([{ type: 'chooseMethod', method: 'TAS' }]);
    expect(currentQualifyStep(state)).toMatchObject({ kind: 'question', group: 'real' });
    expect(state.ours).toEqual(all('unknown'));
    expect(state.theirs).toEqual(all('unknown'));
    expect(state.notes).toHaveLength(20);
  });

  it('Next and Back stay within the steps', () => {
    let state = run([{ type: 'chooseMethod', method: 'TAS' }]);
    for (let i = 0; i < 20; i += 1) state = qualifyReducer(state, { type: 'next' });
    expect(currentQualifyStep(state)).toEqual({ kind: 'result' });
    for (let i = 0; i < 20; i += 1) state = qualifyReducer(state, { type: 'back' });
    expect(currentQualifyStep(state)).toEqual({ kind: 'method' });
  });

  it('an out-of-range criterion index changes nothing', () => {
    const state = run([{ type: 'chooseMethod', method: 'TAS' }]);
    expect(qualifyReducer(state, { type: 'rate', index: 20, side: 'ours', rating: 'favourable' })).toBe(state);
  });
});

describe('Qualify wizard live verdict', () => {
  it('a fresh TAS assessment reads Qualify further and lists all 20 criteria as gaps, opportunity first', () => {
    const live = qualifyLive(run([{ type: 'chooseMethod', method: 'TAS' }]));
    expect(live?.verdict.en).toBe('Qualify further');
    expect(live?.gaps).toHaveLength(20);
    expect(live?.gaps[0].id).toBe('TAS.01');
  });

  it('all favourable is Pursue; one unfavourable knock-out (access to funds) turns it into Walk away', () => {
    const plus: Record<number, RatingValue> = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 'favourable']));
    const pursue = run([{ type: 'chooseMethod', method: 'TAS' }, ...rateTas(plus)]);
    expect(qualifyLive(pursue)?.verdict.en).toBe('Pursue');
    const knocked = qualifyReducer(pursue, { type: 'rate', index: 3, side: 'ours', rating: 'unfavourable' });
    const live = qualifyLive(knocked);
    expect(live?.verdictId).toBe('walkAway');
    expect(live?.rows[0]).toMatchObject({ group: 'real', answerId: 'no' });
  });

  it('shows Chinese labels from the same result', () => {
    const live = qualifyLive(run([{ type: 'chooseMethod', method: 'TAS' }]));
    expect(live?.verdict['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('Qualify wizard strategy ending', () => {
  const plus: Record<number, RatingValue> = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 'favourable']));
  const minus: Record<number, RatingValue> = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [i + 1, 'unfavourable']));

  it('prefills "can we compete" and the 3:1 lead from the assessment and recommends Frontal with a compelling reason', () => {
    const state = run([{ type: 'chooseMethod', method: 'TAS' }, ...rateTas(plus, minus), { type: 'answerStrategy', input: 'compelling', value: true }]);
    const live = qualifyLive(state);
    const byId = Object.fromEntries(live!.strategyInputs.map((row) => [row.id, row]));
    expect(byId.canCompete).toMatchObject({ value: true, source: 'assessment' });
    expect(byId.lead3to1).toMatchObject({ value: true, source: 'assessment' });
    expect(byId.compelling).toMatchObject({ value: true, source: 'answer' });
    expect(live?.strategyId).toBe('frontal');
    expect(live?.strategyDescription).toEqual({ en: 'Attack head-on with the solution and our standing in the market.', 'zh-CN': '以解决方案和我方声望正面进攻。' });
  });

  it('an answer overrides the prefilled value and clearing it brings the suggestion back', () => {
    let state = run([
      { type: 'chooseMethod', method: 'TAS' },
      ...rateTas(plus, minus),
      { type: 'answerStrategy', input: 'compelling', value: true },
      { type: 'answerStrategy', input: 'lead3to1', value: false },
      { type: 'answerStrategy', input: 'canChangeCriteria', value: true },
    ]);
    expect(qualifyLive(state)?.strategyId).toBe('flanking');
    state = qualifyReducer(state, { type: 'answerStrategy', input: 'lead3to1', value: undefined });
    expect(qualifyLive(state)?.strategyId).toBe('frontal');
  });

  it('with no compelling reason and nothing to protect or develop, the path ends on Disengage', () => {
    const state = run([
      { type: 'chooseMethod', method: 'TAS' },
      { type: 'answerStrategy', input: 'compelling', value: false },
      { type: 'answerStrategy', input: 'positionToProtect', value: false },
      { type: 'answerStrategy', input: 'futureValue', value: false },
    ]);
    expect(qualifyLive(state)?.strategyId).toBe('disengage');
  });

  it('stops at the first question the path needs that nobody answered, instead of reading blanks as No', () => {
    const blank = run([{ type: 'chooseMethod', method: 'TAS' }]);
    expect(qualifyLive(blank)).toMatchObject({ strategyId: null, strategyMissing: { id: 'compelling' }, disagreement: null });
    expect(qualifyLive(blank)?.strategyDescription.en).toContain('Does the customer have a compelling reason');
    const noUrgency = qualifyReducer(blank, { type: 'answerStrategy', input: 'compelling', value: false });
    expect(qualifyLive(noUrgency)?.strategyMissing?.id).toBe('positionToProtect');
  });

  it('PPVVC rated Pursue: the two answers the assessment gives lead to the 3:1 question, not to Disengage', () => {
    const pursued = run([{ type: 'chooseMethod', method: 'PPVVC' }, ...all('favourable', 20).map((rating, index) => ({ type: 'rate' as const, index, side: 'ours' as const, rating }))]);
    const live = qualifyLive(pursued);
    expect(live?.verdictId).toBe('pursue');
    expect(live?.strategyId).not.toBe('disengage');
    expect(live?.strategyMissing?.id).toBe('lead3to1');
  });

  it('says why in one line when the verdict is Pursue and the strategy answers lead to Disengage', () => {
    const pursued = run([{ type: 'chooseMethod', method: 'PPVVC' }, ...all('favourable', 20).map((rating, index) => ({ type: 'rate' as const, index, side: 'ours' as const, rating }))]);
    const answered = (['compelling', 'positionToProtect', 'futureValue'] as const).reduce((state, input) => qualifyReducer(state, { type: 'answerStrategy', input, value: false }), pursued);
    const live = qualifyLive(answered);
    expect(live).toMatchObject({ verdictId: 'pursue', strategyId: 'disengage' });
    expect(live?.disagreement?.en).toMatch(/^The criteria say Pursue, but the strategy answers say Disengage/);
    expect(live?.disagreement?.['zh-CN']).toMatch(/全力争取.*放弃/);
  });
});

describe('Qualify wizard resume from a filled sheet', () => {
  const answers: AssessmentAnswers = {
    sheetName: 'Assessment (2)',
    method: 'TAS',
    ours: [...all('favourable', 10), ...all('unknown', 10)],
    theirs: all('unfavourable'),
    notes: ['Budget approved in March'],
    signs: [true, false, true],
    strategy: { positionToProtect: true },
  };

  it('takes the answers read off the sheet, keeps the sheet as the target, and opens the first key question', () => {
    const state = qualifyReducer(INITIAL_QUALIFY_STATE, { type: 'resume', answers });
    expect(state).toMatchObject({ method: 'TAS', sheetName: 'Assessment (2)', resumed: true, dirty: false, step: 1 });
    expect(state.ours.slice(0, 10)).toEqual(all('favourable', 10));
    expect(state.notes[0]).toBe('Budget approved in March');
    // A sheet with fewer signs or notes than the method still gives a full-length answer list.
    expect(state.notes).toHaveLength(20);
    expect(state.signs.filter(Boolean)).toHaveLength(2);
    expect(qualifyLive(state)?.strategyInputs.find((row) => row.id === 'positionToProtect')).toMatchObject({ value: true, source: 'answer' });
  });

  it('writes back to the same sheet, and marks the answers saved', () => {
    let state = qualifyReducer(INITIAL_QUALIFY_STATE, { type: 'resume', answers });
    state = qualifyReducer(state, { type: 'rate', index: 12, side: 'ours', rating: 'unfavourable' });
    expect(state.dirty).toBe(true);
    expect(qualifyAnswers(state)).toMatchObject({ sheetName: 'Assessment (2)', method: 'TAS' });
    expect(qualifyAnswers(state)?.ours[12]).toBe('unfavourable');
    state = qualifyReducer(state, { type: 'saved', sheetName: 'Assessment (2)' });
    expect(state.dirty).toBe(false);
  });
});

describe('reopening the wizard with unsaved answers', () => {
  it('keeps the rep’s unsaved answers instead of re-reading the sheet over them', () => {
    const answers: AssessmentAnswers = { sheetName: 'Assessment (TAS)', method: 'TAS', ours: all('unknown'), theirs: all('unknown'), notes: [], signs: [], strategy: {} };
    let state = qualifyReducer(INITIAL_QUALIFY_STATE, { type: 'resume', answers });
    state = qualifyReducer(state, { type: 'rate', index: 0, side: 'ours', rating: 'favourable' });
    const again = qualifyReducer(state, { type: 'resume', answers });
    expect(again.ours[0]).toBe('favourable');
    // Once saved, reopening reads the sheet again.
    const saved = qualifyReducer(state, { type: 'saved', sheetName: 'Assessment (TAS)' });
    expect(qualifyReducer(saved, { type: 'resume', answers }).ours[0]).toBe('unknown');
  });
});
