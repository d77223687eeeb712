import { text } from '../i18n';
import type { Criterion, CriterionTag, KeyQuestionId, PpvvcSectionId, QuestionSet } from './types';

/**
 * The key question each PPVVC section's items answer, in checklist order: Pain proves the deal is
 * real, Vision that we can compete, Power and Control that we can win, Value that it is worth it.
 * What each section means is in ppvvc-guide.ts.
 */
export const PPVVC_SECTION_GROUPS: readonly (readonly [PpvvcSectionId, KeyQuestionId])[] = [
  ['Pain', 'real'],
  ['Power', 'win'],
  ['Vision', 'compete'],
  ['Value', 'worth'],
  ['Control', 'win'],
];

type Row = readonly [en: string, zh: string, tags?: readonly CriterionTag[]];

const ITEMS: Readonly<Record<PpvvcSectionId, readonly Row[]>> = {
  Pain: [
    ['Will the customer act?', '客户会采取行动吗?'],
    ['Is this the customer’s top-priority pain?', '这是客户最优先的痛苦吗?'],
    ['Have we verified the pain with the person who has it?', '是否已与有这个痛苦的人核实过?'],
    ['Do we know who else this pain affects?', '我们知道这个痛苦还影响到哪些人吗?'],
    ['Is the budget in place?', '预算到位了吗?', ['funding']],
    ['Is there a timetable to fix it?', '有解决这个痛苦的时间表吗?', ['compellingEvent']],
  ],
  Power: [
    ['Are we working with the right people?', '我们是否在和恰当的人合作?'],
    ['Do we understand the key players’ roles in this deal?', '我们理解这个机会中关键人物的角色吗?'],
    ['Do we know who influences the decision, and how?', '我们知道谁在影响决策、如何影响吗?'],
    ['Are we connected to the person who can decide?', '我们和能够决策的人建立联系了吗?'],
    ['Do we have the key players’ support?', '我们有关键人物的支持吗?'],
    ['Are we connected to the person who controls the money?', '我们与掌控资金的人有联系吗?'],
  ],
  Vision: [
    ['Does the customer lean toward our approach?', '客户倾向于我们的方案吗?'],
    ['Did we help form the customer’s initial requirements?', '我们是否帮助客户建立了最初的需求?'],
    ['Does our solution meet their requirements?', '我们的解决方案符合他们的需求吗?'],
    ['Have we created or re-engineered a differentiated vision with the key people?', '我们是否为关键人物建立或重塑了差异化的构想?'],
    ['Do the key players back our approach?', '关键人物支持我们方案的方法吗?'],
  ],
  Value: [
    ['Does the solution give value to both sides?', '我们的方案是否为双方都带来价值?'],
    ['Do we understand the value for each key player and for the company?', '我们理解对每位关键人物和公司的价值吗?'],
    ['Have the key players quantified and forecast the value?', '关键人物量化并预测了我们方案的价值吗?'],
    ['Has the value analysis been agreed?', '价值分析已得到认可了吗?'],
    ['Does the value analysis justify releasing the funds?', '价值分析足以让客户动用资金吗?'],
    ['Is there enough value for us (profit, strategy)?', '对我们有足够的价值吗(利润、战略)?'],
  ],
  Control: [
    ['Can we influence the buying process?', '我们能够影响购买流程吗?'],
    ['Do we know the decision process and criteria?', '我们了解决策流程和标准吗?'],
    ['Do we know what proof and satisfaction they require?', '我们了解客户验证能力和满意的要求吗?'],
    ['Do we know their buying habits, politics and process?', '我们清楚客户的购买习惯、政治因素和流程吗?'],
    ['Has the customer agreed to evaluate with us?', '客户已同意和我们一起进行评估吗?'],
    ['Can we steer the evaluation?', '我们能够控制评估过程吗?'],
    ['Can we manage our own risk?', '我们能够管理好自身的风险吗?'],
  ],
};

const CRITERIA: readonly Criterion[] = PPVVC_SECTION_GROUPS.flatMap(([sectionId, group]) => {
  return ITEMS[sectionId].map(([en, zh, tags], i): Criterion => ({
    id: `PPVVC.${sectionId.toUpperCase()}.${i + 1}`,
    number: 0,
    group,
    section: sectionId,
    label: text(en, zh),
    ...(tags ? { tags } : {}),
  }));
}).map((c, i) => ({ ...c, number: i + 1 }));

export const PPVVC: QuestionSet = {
  id: 'PPVVC',
  scale: 'yesNo',
  ratesCompetitor: false,
  criteria: CRITERIA,
};
