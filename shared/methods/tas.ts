import { text, type Text } from '../i18n';
import type { Criterion, CriterionTag, KeyQuestionId, QuestionSet } from './types';

type Row = readonly [KeyQuestionId, Text, (readonly CriterionTag[])?];

/** TAS (Target Account Selling) 20 criteria in METHODOLOGY order: four key questions, five each. */
const ROWS: readonly Row[] = [
  [
    'real',
    text('Customer’s application / project', '客户的应用/项目'),
  ],
  [
    'real',
    text('Customer’s business profile', '客户的业务概况'),
  ],
  [
    'real',
    text('Customer’s financial condition', '客户的财务状况'),
  ],
  [
    'real',
    text('Access to funds', '资金来源'),
    ['funding'],
  ],
  [
    'real',
    text('Compelling event', '迫切事件'),
    ['compellingEvent'],
  ],
  [
    'compete',
    text('Formal decision criteria', '正式决策标准'),
  ],
  [
    'compete',
    text('Solution fit', '方案契合度'),
  ],
  [
    'compete',
    text('Sales resource requirements', '销售资源需求'),
  ],
  [
    'compete',
    text('Current relationship', '现有关系'),
    ['currentRelationship'],
  ],
  [
    'compete',
    text('Unique business value', '独特的业务价值'),
  ],
  [
    'win',
    text('Inside support', '内部支持'),
  ],
  [
    'win',
    text('Executive credibility', '高层信任'),
  ],
  [
    'win',
    text('Cultural compatibility', '文化兼容性'),
  ],
  [
    'win',
    text('Informal decision criteria', '非正式决策标准'),
  ],
  [
    'win',
    text('Political alignment', '政治结盟'),
  ],
  [
    'worth',
    text('Short-term revenue', '近期收入'),
  ],
  [
    'worth',
    text('Future revenue', '未来收入'),
    ['futureRevenue'],
  ],
  [
    'worth',
    text('Profitability', '盈利能力'),
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
  id: `TAS.${String(i + 1).padStart(2, '0')}`,
  number: i + 1,
  group,
  label,
  ...(tags ? { tags } : {}),
}));

export const TAS: QuestionSet = {
  id: 'TAS',
  scale: 'plusMinus',
  ratesCompetitor: true,
  criteria: CRITERIA,
};
