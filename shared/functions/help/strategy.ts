import { text } from '../../i18n';
import type { STRATEGY } from '../entries/strategy';
import type { HelpOf } from './types';

const question = (en: string, zh: string) => text(`${en} TRUE/FALSE (yes/no); blank counts as no`, `${zh} TRUE/FALSE(是/否)；空白视为否`);

export const STRATEGY_HELP: HelpOf<typeof STRATEGY> = {
  description: text('The competitive strategy for a deal, by the seven-question decision path', '按七个问题的决策路径得出的竞争策略'),
  params: {
    compelling: question('Is there a compelling reason to act, or can we create one?', '客户是否有迫切动因，或者我们能否制造一个?'),
    can_compete: question('Can we compete (the "Can we compete?" questions answer Yes)?', '我们有能力竞争吗(“能竞争吗?”的回答为是)?'),
    lead_3to1: question('Do we hold a 3:1 advantage over the primary competitor?', '我们对主要竞争对手是否有 3:1 的优势?'),
    can_change_criteria: question('Can we change or widen the buying criteria toward our strengths?', '能否改变或扩大采购标准，使之偏向我方优势?'),
    can_fragment: question('Can we split off a profitable part of the deal we can win?', '能否分割出我们能赢且有利可图的一部分?'),
    position_to_protect: question('Do we have a position inside the account worth protecting?', '我们在该客户内部是否有值得保护的地位?'),
    future_value: question('Is there future revenue or strategic value in the account?', '该客户是否有未来收入或战略价值?'),
  },
  resultHelp: text(
    'Frontal, Flanking or Fragment (offensive, need urgency and the ability to compete); Defend or Develop (defensive); Disengage',
    '正面进攻、侧面进攻或分割(进攻型，需要紧迫性和竞争能力)；防御或开发(防守型)；放弃',
  ),
  examples: [
    { args: [true, true, true, false, false, false, false], result: 'Frontal' },
    { args: [true, true, false, true, false, false, false], result: 'Flanking' },
    { args: [true, true, false, false, true, false, false], result: 'Fragment' },
    { args: [false, true, true, true, true, true, true], result: 'Defend', note: text('no urgency: a defensive strategy', '没有紧迫性：采取防守型策略') },
    { args: [true, false, false, false, false, false, true], result: 'Develop' },
    { args: [false, false, false, false, false, false, false], result: 'Disengage' },
  ],
};
