import { text, type Text } from '../i18n';
import type { Criterion, CriterionTag, KeyQuestionId, QuestionSet } from './types';

type Row = readonly [KeyQuestionId, Text, (readonly CriterionTag[])?];

/** IBM Signature Selling (LHPSM) 22 questions: the TAS groups split finer, 5 / 6 / 6 / 5. */
const ROWS: readonly Row[] = [
  [
    'real',
    text('Customer’s business initiative', '客户的商业计划'),
  ],
  [
    'real',
    text('Customer’s market and business profile', '客户的市场和业务概况'),
  ],
  [
    'real',
    text('Customer’s financial condition', '客户的财务状况'),
  ],
  [
    'real',
    text('Funding', '拨款'),
    ['funding'],
  ],
  [
    'real',
    text('Compelling reason to act', '迫切动因'),
    ['compellingEvent'],
  ],
  [
    'compete',
    text('Formal decision process and criteria', '正式的决策流程和标准'),
  ],
  [
    'compete',
    text('Solution fits the customer’s business plan', '解决方案符合客户的商业计划'),
  ],
  [
    'compete',
    text('Solution fits the customer’s IT preferences', '解决方案符合客户的 IT 偏好'),
  ],
  [
    'compete',
    text('Resource and capability requirements', '对资源和能力的要求'),
  ],
  [
    'compete',
    text('Unique business value', '独特的商业价值'),
  ],
  [
    'compete',
    text('Prior relationship', '先前的客户关系'),
    ['currentRelationship'],
  ],
  [
    'win',
    text('Access to power', '接触有权的客户'),
  ],
  [
    'win',
    text('Customer’s buying vision', '客户的购买构想'),
  ],
  [
    'win',
    text('Informal decision process', '非正式的决策过程'),
  ],
  [
    'win',
    text('Politics', '政治'),
  ],
  [
    'win',
    text('Cultural compatibility', '文化兼容性'),
  ],
  [
    'win',
    text('Evaluation plan', '评估计划'),
  ],
  [
    'worth',
    text('Near-term revenue', '近期收入'),
  ],
  [
    'worth',
    text('Future revenue', '远期收入'),
    ['futureRevenue'],
  ],
  [
    'worth',
    text('Profit', '赢利'),
  ],
  [
    'worth',
    text('Degree of risk', '风险程度'),
  ],
  [
    'worth',
    text('Strategic value', '战略价值'),
    ['strategicValue'],
  ],
];

const CRITERIA: readonly Criterion[] = ROWS.map(([group, label, tags], i) => ({
  id: `SIG.${String(i + 1).padStart(2, '0')}`,
  number: i + 1,
  group,
  label,
  ...(tags ? { tags } : {}),
}));

export const SIGNATURE: QuestionSet = {
  id: 'SIGNATURE',
  scale: 'plusMinus',
  ratesCompetitor: false,
  criteria: CRITERIA,
};
