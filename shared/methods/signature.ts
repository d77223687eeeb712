import { numberedCriteria, type CriterionRow } from './criterion-rows';
import type { QuestionSet } from './types';

/** IBM Signature Selling (LHPSM) 22 questions: the TAS groups split finer, 5 / 6 / 6 / 5. */
const ROWS: readonly CriterionRow[] = [
  ['real', 'Customer’s business initiative', '客户的商业计划'],
  ['real', 'Customer’s market and business profile', '客户的市场和业务概况'],
  ['real', 'Customer’s financial condition', '客户的财务状况'],
  ['real', 'Funding', '拨款', ['funding']],
  ['real', 'Compelling reason to act', '迫切动因', ['compellingEvent']],
  ['compete', 'Formal decision process and criteria', '正式的决策流程和标准'],
  ['compete', 'Solution fits the customer’s business plan', '解决方案符合客户的商业计划'],
  ['compete', 'Solution fits the customer’s IT preferences', '解决方案符合客户的 IT 偏好'],
  ['compete', 'Resource and capability requirements', '对资源和能力的要求'],
  ['compete', 'Unique business value', '独特的商业价值'],
  ['compete', 'Prior relationship', '先前的客户关系', ['currentRelationship']],
  ['win', 'Access to power', '接触有权的客户'],
  ['win', 'Customer’s buying vision', '客户的购买愿景'],
  ['win', 'Informal decision process', '非正式的决策过程'],
  ['win', 'Politics', '政治'],
  ['win', 'Cultural compatibility', '文化能力'],
  ['win', 'Evaluation plan', '评估计划'],
  ['worth', 'Near-term revenue', '近期收入'],
  ['worth', 'Future revenue', '远期收入', ['futureRevenue']],
  ['worth', 'Profit', '赢利'],
  ['worth', 'Degree of risk', '风险程度'],
  ['worth', 'Strategic value', '战略价值', ['strategicValue']],
];

const CRITERIA = numberedCriteria('SIG', ROWS);

export const SIGNATURE: QuestionSet = {
  id: 'SIGNATURE',
  scale: 'plusMinus',
  ratesCompetitor: false,
  criteria: CRITERIA,
};
