import { tr, type Text } from '../../i18n';
import { STRATEGIES, type Strategy } from '../../methods/strategy-path';
import { walkStrategyPath, type StrategyId } from '../../scoring/strategy';
import type { ParamSpec } from '../types';
import { defineFunction } from '../types';

/** The path ends only in strategies STRATEGIES lists (the methods test checks every branch). */
function strategyLabel(id: StrategyId): Text {
  return (STRATEGIES.find((strategy) => strategy.id === id) as Strategy).label;
}

const question = <const N extends string>(name: N): ParamSpec<N> => ({ name, kind: 'boolean' }) as const;

export const STRATEGY = defineFunction({
  name: 'STRATEGY',
  params: [
    question('compelling'),
    question('can_compete'),
    question('lead_3to1'),
    question('can_change_criteria'),
    question('can_fragment'),
    question('position_to_protect'),
    question('future_value'),
  ] as const,
  result: 'value',
  implement: (args, context) => {
    const [compelling, canCompete, lead3to1, canChangeCriteria, canFragment, positionToProtect, futureValue] = args as readonly boolean[];
    // Every argument arrives as TRUE or FALSE (a blank is FALSE), so the walk has nothing to refuse.
    const decision = walkStrategyPath({ compelling, canCompete, lead3to1, canChangeCriteria, canFragment, positionToProtect, futureValue });
    return tr(strategyLabel(decision.strategy), context.locale);
  },
});
