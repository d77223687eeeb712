import { text, tr, type Text } from '../../i18n';
import { STRATEGIES, STRATEGY_PATH, type Strategy } from '../../methods/strategy-path';
import { walkStrategyPath, type StrategyId } from '../../scoring/strategy';
import type { ParamSpec } from '../types';
import { defineFunction, param } from '../types';

/** The path ends only in strategies STRATEGIES lists (the methods test checks every branch). */
function strategyLabel(id: StrategyId): Text {
  return (STRATEGIES.find((strategy) => strategy.id === id) as Strategy).label;
}

const question = <const N extends string>(name: N): ParamSpec<N> => param(name, 'boolean');

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
    const [compelling, canCompete, lead3to1, canChangeCriteria, canFragment, positionToProtect, futureValue] = args as readonly (boolean | undefined)[];
    // A blank answer arrives undefined: the path stops at the first one it needs rather than read it as No.
    const decision = walkStrategyPath({ compelling, canCompete, lead3to1, canChangeCriteria, canFragment, positionToProtect, futureValue });
    // The path lists the questions in argument order, which is how the assessment sheet numbers them.
    const number = decision.strategy === null ? STRATEGY_PATH.findIndex((question) => question.id === decision.unanswered) + 1 : 0;
    return tr(decision.strategy === null ? text(`Answer question ${number}`, `请回答第 ${number} 题`) : strategyLabel(decision.strategy), context.locale);
  },
});
