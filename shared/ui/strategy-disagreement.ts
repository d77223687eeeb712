import { text, type Text } from '../i18n';
import { isOffensive, type StrategyId, type Verdict } from '../scoring';

/**
 * The verdict (from the criteria) and the strategy (from the path's answers) come from different
 * inputs, so they can point different ways; the pane then says why in one line rather than leave
 * "Pursue" beside "Disengage" unexplained.
 */
export function strategyDisagreement(verdict: Verdict, strategy: StrategyId): Text | null {
  if (verdict === 'pursue' && strategy === 'disengage') {
    return text(
      'The criteria say Pursue, but the strategy answers say Disengage: no reason to act or no way to compete, and nothing to protect or develop. Check those answers.',
      '评分结论为“全力争取”，但策略答案得出“放弃”：客户没有行动理由或我方无法竞争，且没有需要保护或发展的地位。请核对这些答案。',
    );
  }
  if (verdict === 'walkAway' && isOffensive(strategy)) {
    return text(
      'The criteria say Walk away, but the strategy answers see an opening to attack. Check the ratings or those answers before committing people.',
      '评分结论为“退出”，但策略答案认为存在进攻机会。投入人力前请核对评分或这些答案。',
    );
  }
  return null;
}
