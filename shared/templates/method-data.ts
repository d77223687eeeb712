/**
 * The method data the templates are built from, gathered in one place so the templates do not depend
 * on how shared/methods splits its files.
 */
import type { MethodId, QuestionSet } from '../methods/types';
import { TAS } from '../methods/tas';

export { LADDERS, lostStage } from '../methods/ladders';
export { KEY_QUESTIONS } from '../methods/key-questions';

export const TEMPLATE_QUESTION_SETS: Partial<Record<MethodId, QuestionSet>> = { TAS };

import { text, type Text } from '../i18n';

export interface ChecklistItem {
  readonly id: string;
  readonly label: Text;
  readonly guidance?: Text;
}

/** METHODOLOGY §1e: the signs that the deal is slipping out of our control. */
export const NOT_IN_CONTROL_SIGNS: readonly ChecklistItem[] = [
  { id: 'unreturnedCalls', label: text('Calls are not returned', '电话无人回复') },
  { id: 'noInformation', label: text('No access to information', '无法获得信息') },
  { id: 'slantedCriteria', label: text('Criteria slanted toward a rival', '决策标准偏向竞争对手') },
  { id: 'changingCriteria', label: text('Criteria keep changing', '决策标准不断变化') },
  { id: 'delays', label: text('Delays', '一再拖延') },
  { id: 'budgetGone', label: text('The budget disappears', '预算消失') },
  { id: 'probesWeaknesses', label: text('The customer probes our weaknesses', '客户追问我方弱点') },
  { id: 'playersChange', label: text('Key players change', '关键人物变动') },
  { id: 'meetingsCancelled', label: text('Meetings cancelled or delegated', '会议被取消或被下放') },
  { id: 'priceOnly', label: text('The customer is preoccupied with price', '客户只关心价格') },
  { id: 'noInsideSupport', label: text('No inside support', '内部无人支持') },
  { id: 'dontKnow', label: text('We do not know whether we are winning', '不清楚我们是否领先') },
];

/** METHODOLOGY §6: the PRIME tactics checklist. */
export const PRIME_TACTICS: readonly ChecklistItem[] = [
  { id: 'prove', label: text('Prove your value', '证明你的价值'), guidance: text('Show how the solution hits the key people’s business and personal needs', '说明方案如何切中关键人物的业务和个人需求') },
  { id: 'retrieve', label: text('Retrieve missing information', '找回缺失的信息'), guidance: text('Close the gaps: the criteria still rated unknown', '补齐信息缺口：仍为未知的评估项') },
  { id: 'insulate', label: text('Insulate against the competition', '隔绝竞争对手'), guidance: text('Tie the solution to key people’s interests and widen our support', '把方案与关键人物的利益挂钩，扩大支持面') },
  { id: 'minimise', label: text('Minimise your weaknesses', '弱化你的弱点'), guidance: text('Test each weakness against the formal and informal criteria', '用正式和非正式决策标准检验每个弱点') },
  { id: 'emphasise', label: text('Emphasise your strengths', '强调你的优势'), guidance: text('Embed our strengths in the decision criteria', '把我方优势写进决策标准') },
];

/** METHODOLOGY §4: benefit items that go up, and that go down, when the customer buys. */
export const BENEFITS_INCREASE: readonly Text[] = [
  text('Revenue', '收入'),
  text('Market share', '市场份额'),
  text('Customer satisfaction', '客户满意度'),
  text('Inventory turns', '库存周转次数'),
  text('Load factor', '负荷率'),
  text('Shareholder value', '股东价值'),
  text('Customer base', '客户数量'),
];
export const BENEFITS_DECREASE: readonly Text[] = [
  text('Order fulfilment time', '订单履行时间'),
  text('Expenses', '费用'),
  text('Rejects and returns', '次品与退货'),
  text('Waste', '浪费'),
  text('Administration costs', '管理成本'),
  text('Days of inventory', '库存天数'),
  text('Time to close an order', '订单成交时间'),
  text('Cycle time', '周期时间'),
];

export interface CostCategory {
  readonly id: 'acquisition' | 'possession' | 'usage' | 'opportunity';
  readonly label: Text;
  readonly examples: Text;
}
export const COST_CATEGORIES: readonly CostCategory[] = [
  { id: 'acquisition', label: text('Acquisition costs', '购置成本'), examples: text('evaluation, price, order processing, expediting, fixing mistakes', '评估、采购价格、订单处理、催货、纠错') },
  { id: 'possession', label: text('Possession costs', '持有成本'), examples: text('set-up and installation, taxes and insurance, administration, finance charges', '安装调试、税费与保险、管理、融资费用') },
  { id: 'usage', label: text('Usage costs', '使用成本'), examples: text('training, support, maintenance, depreciation, disposal, interfaces', '培训、支持、维护、折旧、处置、系统接口') },
  { id: 'opportunity', label: text('Opportunity costs and risks', '机会成本与风险'), examples: text('disruption, waking the competition, process changes', '业务中断、惊动竞争对手、流程变更') },
];

export const INVESTMENT_KINDS: readonly { readonly id: 'hardware' | 'software' | 'services'; readonly label: Text }[] = [
  { id: 'hardware', label: text('Hardware', '硬件') },
  { id: 'software', label: text('Software', '软件') },
  { id: 'services', label: text('Services', '服务') },
];

export interface ValueStatementShape {
  readonly number: number;
  readonly name: Text;
  readonly slots: readonly Text[];
}
/** METHODOLOGY §4: the six fill-in value statements and their slots, in slot order. */
export const VALUE_STATEMENT_SHAPES: readonly ValueStatementShape[] = [
  { number: 1, name: text('Initiative and outcome', '业务举措与成果'), slots: [text('Business initiative', '业务举措'), text('Measurable outcome', '可衡量的成果'), text('Our solution', '我方方案')] },
  { number: 2, name: text('Similar customer', '类似客户'), slots: [text('Similar customer', '类似客户'), text('Value delivered there', '为其带来的价值')] },
  { number: 3, name: text('Situation to outcome', '从现状到成果'), slots: [text('Current situation', '当前状况'), text('Our solution', '我方方案'), text('Business driver affected', '受影响的业务驱动因素'), text('Measurable outcome', '可衡量的成果')] },
  { number: 4, name: text('Value tracking', '价值跟踪'), slots: [text('Value tracking system', '价值跟踪机制'), text('Reporting frequency', '报告频率')] },
  { number: 5, name: text('Compelling event', '迫切事件'), slots: [text('Compelling event', '迫切事件'), text('Solution', '解决方案'), text('Measurable outcome', '可衡量的成果')] },
  { number: 6, name: text('Shared risk and reward', '风险共担、收益共享'), slots: [text('Shared risk/reward arrangement', '风险共担/收益共享安排'), text('Return it secures', '由此保障的回报')] },
];

/** METHODOLOGY §4: the reference story's parts. */
export const REFERENCE_STORY_PARTS: readonly ChecklistItem[] = [
  { id: 'person', label: text('Person', '人物') },
  { id: 'title', label: text('Title', '职位') },
  { id: 'industry', label: text('Industry', '行业') },
  { id: 'criticalIssue', label: text('Critical issue', '关键问题') },
  { id: 'reasons', label: text('Reasons', '原因') },
  { id: 'capabilities', label: text('Capabilities wanted (in the customer’s words)', '希望具备的能力（用客户的原话）') },
  { id: 'provided', label: text('What we provided', '我们提供了什么') },
  { id: 'results', label: text('Measurable results (money, count, %)', '可衡量的结果（金额、数量、百分比）') },
];

/** METHODOLOGY §4: the pain sheet's rows and question columns. */
export const PAIN_SHEET_ROWS: readonly ChecklistItem[] = [
  { id: 'reasons', label: text('Reasons', '原因') },
  { id: 'impact', label: text('Impact', '影响') },
  { id: 'capabilities', label: text('Capabilities', '能力') },
];
export const PAIN_SHEET_QUESTIONS: readonly ChecklistItem[] = [
  { id: 'open', label: text('Open questions', '开放式问题') },
  { id: 'control', label: text('Control questions', '控制式问题') },
  { id: 'confirming', label: text('Confirming questions', '确认式问题') },
];

/** METHODOLOGY §4: the business-model grades, A best. */
export const DEAL_GRADES: readonly { readonly grade: string; readonly meaning: Text }[] = [
  { grade: 'A', meaning: text('Deep strategic partnership solving strategic problems', '深度战略合作，解决战略性问题') },
  { grade: 'B', meaning: text('Fair mutual gain: advice plus product', '公平互利：建议加产品') },
  { grade: 'C', meaning: text('Thin mutual gain: a commodity trade', '微利互惠：纯商品买卖') },
  { grade: 'D', meaning: text('We gain at the customer’s expense: a one-off', '我方得利而客户受损：一次性买卖') },
  { grade: 'E', meaning: text('We give away value we do not recover', '我方让出的价值无法收回') },
];

export interface VocabularyItem {
  readonly id: string;
  readonly label: Text;
}
/** METHODOLOGY §3: the key-player vocabularies, in the order the dropdowns list them. */
export const BUYING_ROLES: readonly VocabularyItem[] = [
  { id: 'approver', label: text('Approver', '批准人') },
  { id: 'decisionMaker', label: text('Decision maker', '决策人') },
  { id: 'evaluator', label: text('Evaluator', '评估人') },
  { id: 'user', label: text('User', '用户') },
  { id: 'financialBuyer', label: text('Financial buyer', '财务买家') },
  { id: 'technicalBuyer', label: text('Technical buyer', '技术买家') },
  { id: 'coach', label: text('Coach', '教练') },
  { id: 'influencer', label: text('Influencer', '影响者') },
];
export const LAYERS: readonly VocabularyItem[] = [
  { id: 'decision', label: text('Decision', '决策层') },
  { id: 'management', label: text('Management', '管理层') },
  { id: 'operational', label: text('Operational', '操作层') },
];
export const ATTITUDES: readonly VocabularyItem[] = [
  { id: 'sponsor', label: text('Sponsor', '主办人') },
  { id: 'supporter', label: text('Supporter', '支持者') },
  { id: 'neutral', label: text('Neutral', '中立者') },
  { id: 'nonSupporter', label: text('Non-supporter', '不支持者') },
  { id: 'enemy', label: text('Enemy', '敌对者') },
];
export const ADOPTION_PROFILES: readonly VocabularyItem[] = [
  { id: 'innovator', label: text('Innovator', '创新者') },
  { id: 'visionary', label: text('Visionary', '远见者') },
  { id: 'pragmatist', label: text('Pragmatist', '实用主义者') },
  { id: 'conservative', label: text('Conservative', '保守者') },
  { id: 'laggard', label: text('Laggard', '落后者') },
];
export const CONTACT_LEVELS: readonly VocabularyItem[] = [
  { id: 'none', label: text('None', '无') },
  { id: 'brief', label: text('Brief', '简短') },
  { id: 'several', label: text('Several', '多次') },
  { id: 'deep', label: text('Deep', '深入') },
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

/** METHODOLOGY §5 (CES): the four questions a manager reviews each deal with. */
export const FUNNEL_REVIEW_QUESTIONS: readonly ChecklistItem[] = [
  { id: 'justFinished', label: text('Which step did you just finish?', '你刚刚完成了哪一步？') },
  { id: 'evidence', label: text('What is the evidence for it (or against it)?', '有什么证据（或反证）？') },
  { id: 'doingNow', label: text('What are you doing now?', '你现在正在采取什么行动？') },
  { id: 'preparingNext', label: text('How are you preparing the next step?', '你如何准备下一步？') },
];
