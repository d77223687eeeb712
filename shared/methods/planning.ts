import { text } from '../i18n';
import type { DescribedTerm, Term } from './types';

export type GosatStepId = 'goal' | 'objective' | 'strategy' | 'actions' | 'resources' | 'test';

/** TAS planning: Goal → Objective → Strategy → Actions → Resources → Test. */
export const GOSAT_STEPS: readonly DescribedTerm<GosatStepId>[] = [
  {
    id: 'goal',
    label: text('Goal', '目标'),
    description: text('The long-range aim for this account', '对该客户的长远目标'),
  },
  {
    id: 'objective',
    label: text('Objective', '目的'),
    description: text('What we will sell, for how much, by when: products or services, order amount and close date', '卖什么、卖多少、何时成交：产品或服务、订单金额和成交日期'),
  },
  {
    id: 'strategy',
    label: text('Strategy', '策略'),
    description: text('The competitive strategy that gets us to the objective', '实现目的所采用的竞争策略'),
  },
  {
    id: 'actions',
    label: text('Actions', '行动'),
    description: text('Who does what, by when', '谁在什么时间之前做什么'),
  },
  {
    id: 'resources',
    label: text('Resources', '资源'),
    description: text('People, money and partners the actions need', '行动所需的人员、资金和合作伙伴'),
  },
  {
    id: 'test',
    label: text('Test', '检验'),
    description: text('Check the plan against the assessment and how we will know it works', '对照机会评估检验计划，并明确如何判断计划奏效'),
  },
];

export type ObjectivePartId = 'product' | 'amount' | 'closeDate';

/** An objective must name all three: specific, measurable and time-bound. */
export const OBJECTIVE_PARTS: readonly DescribedTerm<ObjectivePartId>[] = [
  {
    id: 'product',
    label: text('Products / services', '产品/服务'),
    description: text('Specific: what exactly we will sell', '明确：具体要卖什么'),
  },
  {
    id: 'amount',
    label: text('Order amount', '订单金额'),
    description: text('Measurable: how much the order is worth', '可衡量：订单值多少钱'),
  },
  {
    id: 'closeDate',
    label: text('Close date', '成交日期'),
    description: text('Time-bound: when the order will be signed', '有时限：何时签单'),
  },
];

export type GoalPostStepId = 'goal' | 'profile' | 'objective' | 'strategy' | 'tactics';

/** The CES variant, GoalPOST: a profile of the account comes before the objective, tactics replace actions. */
export const GOAL_POST_STEPS: readonly DescribedTerm<GoalPostStepId>[] = [
  {
    id: 'goal',
    label: text('Goal', '目标'),
    description: text('The long-range aim for this account', '对该客户的长远目标'),
  },
  {
    id: 'profile',
    label: text('Profile', '概况'),
    description: text('What we know about the account', '我们对该客户的了解'),
  },
  {
    id: 'objective',
    label: text('Objective', '目的'),
    description: text('Products, amount and close date of the deal', '本单的产品、金额和成交日期'),
  },
  {
    id: 'strategy',
    label: text('Strategy', '策略'),
    description: text('How we will win', '我们如何取胜'),
  },
  {
    id: 'tactics',
    label: text('Tactics', '战术'),
    description: text('The concrete moves, checked against PRIME', '具体的行动，用 PRIME 逐项检查'),
  },
];

export type PrimeTacticId = 'prove' | 'retrieve' | 'insulate' | 'minimise' | 'emphasise';

/** The PRIME checklist of tactics. */
export const PRIME_TACTICS: readonly DescribedTerm<PrimeTacticId>[] = [
  {
    id: 'prove',
    label: text('Prove your value', '证明你的价值'),
    description: text('Show the value in the customer’s own terms', '用客户自己的语言证明我们的价值'),
  },
  {
    id: 'retrieve',
    label: text('Retrieve missing information', '找回忽略的信息'),
    description: text('Find out the items the assessment still rates unknown', '查明机会评估中仍为“?”的项目'),
  },
  {
    id: 'insulate',
    label: text('Insulate against the competition', '隔离竞争对手'),
    description: text('Make it hard for a rival to get in or catch up', '让对手难以切入或追赶'),
  },
  {
    id: 'minimise',
    label: text('Minimise your weaknesses', '掩盖你的弱点'),
    description: text('Test each weakness against the formal and informal criteria', '用正式和非正式决策标准逐一检验我方的弱点'),
  },
  {
    id: 'emphasise',
    label: text('Emphasise your strengths', '强调你的优势'),
    description: text('Build our strengths into the decision criteria', '把我方优势写进决策标准'),
  },
];

export type EvaluationEventKindId = 'visit' | 'proposalReview' | 'valueAnalysis' | 'legalApproval' | 'contractReview' | 'deliveryStart';

/** The joint events an evaluation plan (评估计划) is made of, in their usual order. */
export const EVALUATION_EVENT_KINDS: readonly Term<EvaluationEventKindId>[] = [
  { id: 'visit', label: text('Visit', '拜访') },
  { id: 'proposalReview', label: text('Proposal review', '方案评审') },
  { id: 'valueAnalysis', label: text('Value analysis', '价值分析') },
  { id: 'legalApproval', label: text('Legal approval', '法务审批') },
  { id: 'contractReview', label: text('Contract review', '合同审核') },
  { id: 'deliveryStart', label: text('Start of delivery', '开始实施') },
];

export type EvaluationEventFieldId = 'week' | 'event' | 'checkpoint' | 'billable';

/** The columns of one evaluation-plan event. */
export const EVALUATION_EVENT_FIELDS: readonly DescribedTerm<EvaluationEventFieldId>[] = [
  { id: 'week', label: text('Week', '周次'), description: text('The week the event is planned for', '计划举行的周次') },
  { id: 'event', label: text('Event', '事件'), description: text('What happens, jointly with the customer', '与客户共同进行的事项') },
  {
    id: 'checkpoint',
    label: text('Go / no-go', '检查点'),
    description: text('Both sides decide here whether to go on', '双方在此决定是否继续'),
  },
  {
    id: 'billable',
    label: text('Billable', '收费'),
    description: text('Whether the customer pays for this step', '该环节是否向客户收费'),
  },
];

export type SalesTeamHealthCheckId = 'topFifthShare' | 'sharedVocabulary' | 'funnelReviews';

/** CES checks of a sales team's health. */
export const SALES_TEAM_HEALTH_CHECKS: readonly DescribedTerm<SalesTeamHealthCheckId>[] = [
  {
    id: 'topFifthShare',
    label: text('Revenue from the top fifth', '前 20% 销售的收入占比'),
    description: text(
      'What share of revenue the best fifth of the reps bring in; a high share means the rest depend on a few',
      '业绩最好的五分之一销售人员贡献的收入比例；比例过高说明团队依赖少数人',
    ),
  },
  {
    id: 'sharedVocabulary',
    label: text('One language for progress', '统一的进度语言'),
    description: text('Whether the whole team describes deal progress with the same stage ladder', '整个团队是否用同一套阶段来描述商机进展'),
  },
  {
    id: 'funnelReviews',
    label: text('Deal reviews with the four questions', '用四个问题复盘商机'),
    description: text('Whether managers review each deal with the four funnel-review questions', '经理是否用漏斗复盘的四个问题审视每个商机'),
  },
];
