/**
 * The method data the templates are built from, gathered in one place so the templates do not depend
 * on how shared/methods splits its files.
 */
import { text, type Text } from '../i18n';

export { LADDERS, lostStage } from '../methods/ladders';
export { KEY_QUESTIONS } from '../methods/key-questions';
export { QUESTION_SETS as TEMPLATE_QUESTION_SETS } from '../methods/question-sets';
export { PPVVC_SECTIONS } from '../methods/ppvvc';
export { NOT_IN_CONTROL_SIGNS } from '../methods/not-in-control';
export {
  ADOPTION_PROFILES,
  ATTITUDES,
  CONTACT_LEVELS,
  PLAYER_LAYERS as LAYERS,
  PROJECT_BUYER_TYPES,
  SIGNATURE_BUYING_ROLES,
} from '../methods/key-players';
export { BENEFITS_DECREASE, BENEFITS_INCREASE, COST_CATEGORIES, INVESTMENT_KINDS, type CostCategory } from '../methods/value';
export { VALUE_STATEMENTS } from '../methods/value-statements';
export { REFERENCE_STORY_PARTS } from '../methods/reference-story';
export { PAIN_SHEET_BLOCKS, PAIN_SHEET_COLUMNS, PAIN_SHEET_ROWS } from '../methods/pain-sheet';
export { BUSINESS_MODEL_GRADES } from '../methods/business-model';
export { FUNNEL_REVIEW_QUESTIONS } from '../methods/funnel-review';

/** A checklist line: what the templates need of the method lists they show. */
export interface ChecklistItem {
  readonly id: string;
  readonly label: Text;
  readonly guidance?: Text;
}

/*
 * Until shared/methods publishes them, the PRIME checklist, GOSAT steps and evaluation-plan events are
 * written here from METHODOLOGY §6.
 */

/** METHODOLOGY §6: the PRIME tactics checklist. */
export const PRIME_TACTICS: readonly ChecklistItem[] = [
  { id: 'prove', label: text('Prove your value', '证明你的价值'), guidance: text('Show how the solution hits the key people’s business and personal needs', '说明方案如何切中关键人物的业务和个人需求') },
  { id: 'retrieve', label: text('Retrieve missing information', '找回缺失的信息'), guidance: text('Close the gaps: the criteria still rated unknown', '补齐信息缺口：仍为未知的评估项') },
  { id: 'insulate', label: text('Insulate against the competition', '隔绝竞争对手'), guidance: text('Tie the solution to key people’s interests and widen our support', '把方案与关键人物的利益挂钩，扩大支持面') },
  { id: 'minimise', label: text('Minimise your weaknesses', '弱化你的弱点'), guidance: text('Test each weakness against the formal and informal criteria', '用正式和非正式决策标准检验每个弱点') },
  { id: 'emphasise', label: text('Emphasise your strengths', '强调你的优势'), guidance: text('Embed our strengths in the decision criteria', '把我方优势写进决策标准') },
];

/** METHODOLOGY §6: Goal → (Profile) → Objective → Strategy → Actions → Resources → Test. */
export const GOSAT_STEPS: readonly ChecklistItem[] = [
  { id: 'goal', label: text('Goal', '目标'), guidance: text('The long-range aim with this account and the relationship you want', '与该客户的长期目标以及期望建立的关系') },
  { id: 'profile', label: text('Profile', '概况'), guidance: text('What we know of the account: annual report, trends, the opportunity plan', '我们对客户的了解：年报、行业趋势、商机计划') },
  { id: 'objective', label: text('Objective', '目的'), guidance: text('Specific (product or service), measurable (order amount), time-bound (close date)', '明确的（产品或服务）、可量化的（订单金额）、有时限的（成交日期）') },
  { id: 'strategy', label: text('Strategy', '策略'), guidance: text('The general approach: the route to the objective', '总体思路：通往目的的路径') },
  { id: 'actions', label: text('Actions', '行动'), guidance: text('Who does what by when, tied to the strategy', '谁在何时之前做什么，与策略相衔接') },
  { id: 'resources', label: text('Resources', '资源'), guidance: text('People, budget and partners the actions need', '行动所需的人员、预算和合作伙伴') },
  { id: 'test', label: text('Test', '检验'), guidance: text('How we will know the plan is working', '如何判断计划正在奏效') },
];

/** METHODOLOGY §6: the joint events an evaluation plan usually holds, in their usual order. */
export const EVALUATION_EVENTS: readonly Text[] = [
  text('Customer visit', '客户拜访'),
  text('Proposal review', '方案评审'),
  text('Value analysis', '价值分析'),
  text('Legal approval', '法务审批'),
  text('Contract review', '合同评审'),
  text('Start of delivery', '开始实施'),
];

