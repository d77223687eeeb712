import { numberedCriteria, type CriterionRow } from './criterion-rows';
import type { QuestionSet } from './types';

/** TAS (Target Account Selling) 20 criteria in METHODOLOGY order: four key questions, five each. */
const ROWS: readonly CriterionRow[] = [
  ['real', 'Customer’s application / project', '客户的应用/项目'],
  ['real', 'Customer’s business profile', '客户的业务概况'],
  ['real', 'Customer’s financial condition', '客户的财务状况'],
  ['real', 'Access to funds', '资金来源', ['funding']],
  ['real', 'Compelling event', '迫切动因', ['compellingEvent']],
  ['compete', 'Formal decision criteria', '正式决策标准'],
  ['compete', 'Solution fit', '方案契合度'],
  ['compete', 'Sales resource requirements', '销售资源需求'],
  ['compete', 'Current relationship', '现有关系', ['currentRelationship']],
  ['compete', 'Unique business value', '独特的业务价值'],
  ['win', 'Inside support', '内部支持'],
  ['win', 'Executive credibility', '高层信任'],
  ['win', 'Cultural compatibility', '文化能力'],
  ['win', 'Informal decision criteria', '非正式决策标准'],
  ['win', 'Political alignment', '政治结盟'],
  ['worth', 'Short-term revenue', '近期收入'],
  ['worth', 'Future revenue', '未来收入', ['futureRevenue']],
  ['worth', 'Profitability', '盈利能力'],
  ['worth', 'Degree of risk', '风险程度'],
  ['worth', 'Strategic value', '战略价值', ['strategicValue']],
];

const CRITERIA = numberedCriteria('TAS', ROWS);

export const TAS: QuestionSet = {
  id: 'TAS',
  scale: 'plusMinus',
  ratesCompetitor: true,
  criteria: CRITERIA,
};
