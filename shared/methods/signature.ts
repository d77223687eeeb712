import { numberedCriteria, type CriterionRows } from './criterion-rows';
import type { QuestionSet } from './types';

/** IBM Signature Selling (LHPSM) 22 questions: the TAS groups split finer, 5 / 6 / 6 / 5. */
const ROWS: CriterionRows = {
  real: [
    ['Customer’s business initiative', '客户的商业计划'],
    ['Customer’s market and business profile', '客户的市场和业务概况'],
    ['Customer’s financial condition', '客户的财务状况'],
    ['Funding', '拨款', ['funding']],
    ['Compelling reason to act', '迫切动因', ['compellingEvent']],
  ],
  compete: [
    ['Formal decision process and criteria', '正式的决策流程和标准'],
    ['Solution fits the customer’s business plan', '解决方案符合客户的商业计划'],
    ['Solution fits the customer’s IT preferences', '解决方案符合客户的 IT 偏好'],
    ['Resource and capability requirements', '对资源和能力的要求'],
    ['Unique business value', '独特的商业价值'],
    ['Prior relationship', '先前的客户关系', ['currentRelationship']],
  ],
  win: [
    ['Access to power', '接触有权的客户'],
    ['Customer’s buying vision', '客户的购买愿景'],
    ['Informal decision process', '非正式的决策过程'],
    ['Politics', '政治'],
    ['Cultural compatibility', '文化能力'],
    ['Evaluation plan', '评估计划'],
  ],
  worth: [
    ['Near-term revenue', '近期收入'],
    ['Future revenue', '远期收入', ['futureRevenue']],
    ['Profit', '赢利'],
    ['Degree of risk', '风险程度'],
    ['Strategic value', '战略价值', ['strategicValue']],
  ],
};

const CRITERIA = numberedCriteria('SIG', ROWS);

export const SIGNATURE: QuestionSet = {
  id: 'SIGNATURE',
  scale: 'plusMinus',
  ratesCompetitor: false,
  criteria: CRITERIA,
};
