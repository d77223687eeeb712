import { numberedCriteria, type CriterionRows } from './criterion-rows';
import type { QuestionSet } from './types';

/** TAS (Target Account Selling) 20 criteria in METHODOLOGY order: four key questions, five each. */
const ROWS: CriterionRows = {
  real: [
    ['Customer’s application / project', '客户的应用/项目'],
    ['Customer’s business profile', '客户的业务概况'],
    ['Customer’s financial condition', '客户的财务状况'],
    ['Access to funds', '资金来源', ['funding']],
    ['Compelling event', '迫切动因', ['compellingEvent']],
  ],
  compete: [
    ['Formal decision criteria', '正式决策标准'],
    ['Solution fit', '方案契合度'],
    ['Sales resource requirements', '销售资源需求'],
    ['Current relationship', '现有关系', ['currentRelationship']],
    ['Unique business value', '独特的业务价值'],
  ],
  win: [
    ['Inside support', '内部支持'],
    ['Executive credibility', '高层信任'],
    ['Cultural compatibility', '文化能力'],
    ['Informal decision criteria', '非正式决策标准'],
    ['Political alignment', '政治结盟'],
  ],
  worth: [
    ['Short-term revenue', '近期收入'],
    ['Future revenue', '未来收入', ['futureRevenue']],
    ['Profitability', '盈利能力'],
    ['Degree of risk', '风险程度'],
    ['Strategic value', '战略价值', ['strategicValue']],
  ],
};

const CRITERIA = numberedCriteria('TAS', ROWS);

export const TAS: QuestionSet = {
  id: 'TAS',
  scale: 'plusMinus',
  ratesCompetitor: true,
  criteria: CRITERIA,
};
