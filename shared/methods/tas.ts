import { text, type Text } from '../i18n';
import type { Criterion, CriterionTag, KeyQuestionId, QuestionSet } from './types';

type Row = readonly [KeyQuestionId, Text, Text, (readonly CriterionTag[])?];

/** TAS (Target Account Selling) 20 criteria in METHODOLOGY order: four key questions, five each. */
const ROWS: readonly Row[] = [
  [
    'real',
    text('Customer’s application / project', '客户的应用/项目'),
    text(
      'What the customer requires, the key issues and goals of the project, who started it, who works on it, and how it fits the customer’s strategy',
      '客户的需求、项目的关键问题和目标、由谁发起、由谁参与，以及项目与客户战略的契合程度',
    ),
  ],
  [
    'real',
    text('Customer’s business profile', '客户的业务概况'),
    text(
      'Their products and services, key markets, key customers and competitors, and what drives their business from inside and outside',
      '客户的产品和服务、主要市场、主要客户和竞争对手，以及推动其业务的内外部因素',
    ),
  ],
  [
    'real',
    text('Customer’s financial condition', '客户的财务状况'),
    text(
      'Revenue and profit trends, how they compare with similar companies, their financial outlook and key performance measures',
      '收入和利润趋势、与同行的对比、财务前景以及关键绩效指标',
    ),
  ],
  [
    'real',
    text('Access to funds', '资金来源'),
    text(
      'The project budget, how the customer budgets, the project’s priority against others, and what else the money could be spent on',
      '项目预算、客户的预算流程、该项目相对其他项目的优先级，以及这笔资金的其他可能用途',
    ),
    ['funding'],
  ],
  [
    'real',
    text('Compelling event', '迫切事件'),
    text(
      'Why the customer has to act, the decision deadline, what a delay costs, the payback of finishing on time, and the measurable impact on their business',
      '客户为什么必须行动、决策期限、延误的代价、按时完成的回报，以及对其业务可衡量的影响',
    ),
    ['compellingEvent'],
  ],
  [
    'compete',
    text('Formal decision criteria', '正式决策标准'),
    text(
      'The decision criteria and formal process, which criteria weigh most and why, and who wrote them',
      '决策标准和正式决策流程、哪些标准最重要及原因，以及标准由谁制定',
    ),
  ],
  [
    'compete',
    text('Solution fit', '方案契合度'),
    text(
      'How well our solution solves the problem, what the customer thinks of it, which changes it needs and which outside resources we need',
      '我方方案解决问题的程度、客户的看法、需要做哪些修改，以及需要哪些外部资源',
    ),
  ],
  [
    'compete',
    text('Sales resource requirements', '销售资源需求'),
    text(
      'How much team time the deal takes, which extra internal or external resources we need, the cost of sale and the opportunity cost',
      '销售团队需投入的时间、所需的额外内外部资源、销售成本以及机会成本',
    ),
  ],
  [
    'compete',
    text('Current relationship', '现有关系'),
    text(
      'Where we stand with the customer, where each competitor stands, whose relationship gives the advantage, and how far each is from the customer’s ideal',
      '我方与客户的关系现状、各竞争对手的关系现状、谁的关系更具优势，以及各方与客户理想关系的差距',
    ),
    ['currentRelationship'],
  ],
  [
    'compete',
    text('Unique business value', '独特的业务价值'),
    text(
      'The specific, measurable result we deliver, how the customer defines and measures value, the value quantified in their terms and confirmed by them, and how it sets us apart',
      '我方能带来的具体、可衡量的结果，客户如何定义和衡量价值，用客户的语言量化并经客户确认的价值，以及它如何使我们区别于对手',
    ),
  ],
  [
    'win',
    text('Inside support', '内部支持'),
    text(
      'Who wants us to win, what they have done to show it, whether they are willing and able to act for us, and how credible they are',
      '谁希望我们赢、他们做过什么来表明这一点、是否愿意并能够为我们采取行动，以及他们的可信度',
    ),
  ],
  [
    'win',
    text('Executive credibility', '高层信任'),
    text(
      'Which executives decide or are affected, how much they trust us, and how we get and keep access to them',
      '哪些高层参与决策或受到影响、他们对我们的信任程度，以及如何接触并保持与他们的联系',
    ),
  ],
  [
    'win',
    text('Cultural compatibility', '文化兼容性'),
    text(
      'The customer’s culture against ours, their philosophy toward vendors, and whether we can and will adapt',
      '客户文化与我方文化的对比、客户对待供应商的理念，以及我们能否、是否愿意去适应',
    ),
  ],
  [
    'win',
    text('Informal decision criteria', '非正式决策标准'),
    text(
      'How the decision is really made, the intangible factors and unstated issues, whose private opinions we know and which of them count',
      '决策实际上如何做出、无形因素和未说出的问题、我们了解哪些人的私下看法以及哪些看法起作用',
    ),
  ],
  [
    'win',
    text('Political alignment', '政治结盟'),
    text(
      'Who holds the most power, whether they want us to win and why, whether they can change the criteria or create urgency, and their track record',
      '谁最有权力、他们是否希望我们赢及原因、他们能否改变标准或制造紧迫感，以及他们过往的表现',
    ),
  ],
  [
    'worth',
    text('Short-term revenue', '近期收入'),
    text(
      'The order amount against our threshold and the close date against our time frame',
      '订单金额是否达到我方门槛，成交日期是否在我方时间范围内',
    ),
  ],
  [
    'worth',
    text('Future revenue', '未来收入'),
    text(
      'Next year’s and the three-year potential against our thresholds, how this deal links to future revenue, and how to turn promises into commitments',
      '明年及三年内的潜在收入是否达到门槛、本单与未来收入的关联，以及如何把口头承诺变为正式承诺',
    ),
    ['futureRevenue'],
  ],
  [
    'worth',
    text('Profitability', '盈利能力'),
    text(
      'The projected profit against our threshold, the effect of discounts, and how to improve the margin',
      '预计利润是否达到门槛、折扣的影响，以及如何提高利润',
    ),
  ],
  [
    'worth',
    text('Degree of risk', '风险程度'),
    text(
      'How we or the customer could make the project fail, the critical dependencies, and what a failure would do to us',
      '我方或客户可能导致项目失败的因素、关键依赖项，以及失败对我方的影响',
    ),
  ],
  [
    'worth',
    text('Strategic value', '战略价值'),
    text(
      'Value beyond the revenue: fit with our plan, leverage into other accounts or markets, and what we learn for our products',
      '收入以外的价值：与我方计划的契合、向其他客户或市场的延伸，以及对产品的借鉴意义',
    ),
    ['strategicValue'],
  ],
];

const CRITERIA: readonly Criterion[] = ROWS.map(([group, label, guidance, tags], i) => ({
  id: `TAS.${String(i + 1).padStart(2, '0')}`,
  number: i + 1,
  group,
  label,
  guidance,
  ...(tags ? { tags } : {}),
}));

export const TAS: QuestionSet = {
  id: 'TAS',
  name: text('TAS opportunity assessment (20 criteria)', 'TAS 机会评估（20 项标准）'),
  scale: 'plusMinus',
  ratesCompetitor: true,
  criteria: CRITERIA,
};
