import { qualifyLive } from '../../../shared/ui/qualify-live';
import { INITIAL_QUALIFY_STATE, qualifyReducer, type QualifyAction } from '../../../shared/ui/wizard-qualify';

// seeds/000_97e7afed6436debf.txt: "正面,侧面,分割,防御,开发,类型,选择,解决方案,改变规则,小块,隔离,投入,声望,和平共处,孤立,延迟,条件,3:1,领先,规模,速度,突然性"
// The strategy table's row of conditions (条件) begins with the frontal attack's: a 3:1 lead, scale, speed, surprise.
const SEED_FRONTAL_CONDITIONS = ['3:1', '规模', '速度', '突然性'];

describe('Frontal attack needs surprise as well as a 3:1 lead, scale and speed (seed 000)', () => {
  const rate = (side: 'ours' | 'theirs', rating: 'favourable' | 'unfavourable'): QualifyAction[] =>
    Array.from({ length: 20 }, (_, index) => ({ type: 'rate' as const, index, side, rating }));
  const frontal = [
    { type: 'chooseMethod', method: 'TAS' } as const,
    ...rate('ours', 'favourable'),
    ...rate('theirs', 'unfavourable'),
    { type: 'answerStrategy', input: 'compelling', value: true } as const,
  ].reduce(qualifyReducer, INITIAL_QUALIFY_STATE);

  it('the Qualify wizard recommending Frontal says what it needs, surprise included, in both languages', () => {
    const live = qualifyLive(frontal);
    expect(live?.strategyId).toBe('frontal');
    for (const condition of SEED_FRONTAL_CONDITIONS) expect(live?.strategyNeeds?.['zh-CN']).toContain(condition);
    expect(live?.strategyNeeds?.en).toBe('A clear 3:1 superiority, scale, speed and surprise');
  });

  it('shows no conditions while the path waits for an answer', () => {
    expect(qualifyLive(qualifyReducer(INITIAL_QUALIFY_STATE, { type: 'chooseMethod', method: 'TAS' }))?.strategyNeeds).toBeNull();
  });
});
