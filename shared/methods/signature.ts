import { text, type Text } from '../i18n';
import type { Criterion, CriterionTag, KeyQuestionId, QuestionSet } from './types';

type Row = readonly [KeyQuestionId, Text, Text, (readonly CriterionTag[])?];

/** IBM Signature Selling (LHPSM) 22 questions: the TAS groups split finer, 5 / 6 / 6 / 5. */
const ROWS: readonly Row[] = [
  [
    'real',
    text('Customer’s business initiative', '客户的商业计划'),
    text(
      'The business initiative behind the project, its main issues and goals, who proposed it, who carries it out, and how it ties to the customer’s plans',
      '本项目背后的商业计划、主要问题和目标、由谁提出、由谁执行，以及与客户商业计划的关联',
    ),
  ],
  [
    'real',
    text('Customer’s market and business profile', '客户的市场和业务概况'),
    text(
      'Their products and services, main markets, main customers and competitors, and the internal and external drivers of their business',
      '客户的产品和服务、主要市场、主要客户和竞争对手，以及业务的内在和外在驱动因素',
    ),
  ],
  [
    'real',
    text('Customer’s financial condition', '客户的财务状况'),
    text(
      'Revenue and profit trends, standing against similar companies, financial outlook and the measures the customer uses for performance',
      '收入和利润趋势、与同类公司的比较、财务前景，以及客户衡量业绩的主要指标',
    ),
  ],
  [
    'real',
    text('Funding', '拨款'),
    text(
      'The budget, how the customer approves spending, the project’s priority against others, and where the capital would go otherwise',
      '项目预算、客户的预算或拨款程序、与其他项目相比的优先级，以及资金不用于本项目时的去向',
    ),
    ['funding'],
  ],
  [
    'real',
    text('Compelling reason to act', '迫切动因'),
    text(
      'Why the customer must act, the decision deadline, what a delay would cost, and the measurable impact on their business',
      '客户为什么必须行动、决策的最后期限、延期的后果，以及对客户业务可衡量的影响',
    ),
    ['compellingEvent'],
  ],
  [
    'compete',
    text('Formal decision process and criteria', '正式的决策流程和标准'),
    text(
      'The decision criteria and formal process, which criterion matters most and why, and who set the criteria',
      '客户的决策标准和正式决策程序、哪个标准最重要及原因，以及由谁制定标准',
    ),
  ],
  [
    'compete',
    text('Solution fits the customer’s business plan', '解决方案符合客户的商业计划'),
    text(
      'How well our solution serves the customer’s business plan, what the customer thinks, which changes it needs and which outside resources we need',
      '我方方案能否很好地满足客户的商业计划、客户的看法、需要哪些修改或改进，以及需要哪些外部资源',
    ),
  ],
  [
    'compete',
    text('Solution fits the customer’s IT preferences', '解决方案符合客户的 IT 偏好'),
    text(
      'How our technical solution fits the customer’s IT preferences and solves their problem, what they think, and which changes or outside resources it needs',
      '我方技术方案与客户 IT 偏好的衔接、能否解决客户问题、客户的看法，以及需要哪些修改或外部资源',
    ),
  ],
  [
    'compete',
    text('Resource and capability requirements', '对资源和能力的要求'),
    text(
      'Team time the opportunity takes, extra internal or external resources and skills needed, the planned cost of sale and the opportunity cost',
      '销售团队需投入的时间、所需额外的内外部资源和能力、计划的销售费用以及机会成本',
    ),
  ],
  [
    'compete',
    text('Unique business value', '独特的商业价值'),
    text(
      'The specific, measurable business result we will deliver, how the customer defines and measures value, the value stated in their terms and confirmed by them, and whether it sets us apart',
      '我方将交付的具体、可衡量的商业结果，客户如何定义和衡量价值，用客户语言表述并经客户认可的价值，以及它能否使我们区别于对手',
    ),
  ],
  [
    'compete',
    text('Prior relationship', '先前的客户关系'),
    text(
      'Our relationship with the customer against each competitor’s, whose relationship gives the advantage, and who is closer to the customer’s ideal',
      '我方与客户的关系、竞争对手与客户的关系、哪一方的关系更有优势，以及谁更接近客户心目中的理想关系',
    ),
    ['currentRelationship'],
  ],
  [
    'win',
    text('Access to power', '接触有权的客户'),
    text(
      'Who wants us to win, what they have done for us, whether they will speak and act for us and have the authority to be a power sponsor, and whether a sponsor letter has been drafted and discussed with them',
      '客户中谁希望我们赢、他们做过什么支持我们、是否愿意为我们说话和行动、是否有权成为有权主办人，以及是否已起草主办人信函并与其讨论',
    ),
  ],
  [
    'win',
    text('Customer’s buying vision', '客户的购买构想'),
    text(
      'Whether the customer has a buying vision, whether we fully understand it, whether we helped shape it, and whether it is aligned with us',
      '客户是否有购买构想、我们是否完全理解、我们是否帮助客户建立了构想，以及构想是否与我方一致',
    ),
  ],
  [
    'win',
    text('Informal decision process', '非正式的决策过程'),
    text(
      'How the decision is really made, the intangible and personal factors, the unspoken issues, what people think in private and which of it favours us',
      '决定实际上如何做出、哪些无形和主观因素会影响决定、哪些问题没有说出来、各人的私下想法以及哪些对我们有利',
    ),
  ],
  [
    'win',
    text('Politics', '政治'),
    text(
      'Who has the most power in the decision, whether they want us to win and why, whether they can move the criteria or create urgency, and how they acted before',
      '决策中谁最有权势、他们是否希望我们赢及原因、能否影响决策标准或制造紧迫感，以及他们过去的做法',
    ),
  ],
  [
    'win',
    text('Cultural compatibility', '文化兼容性'),
    text(
      'The customer’s culture and how it differs from ours, their philosophy toward vendors and suppliers, and whether we can and want to adapt',
      '客户的文化及与我方的差异、客户对待厂家和供应商的理念，以及我们能否、是否愿意去调整适应',
    ),
  ],
  [
    'win',
    text('Evaluation plan', '评估计划'),
    text(
      'Whether an evaluation plan exists, has been discussed with and agreed by the power sponsor, and has joint checkpoints',
      '是否有评估计划、是否已与有权主办人讨论并获其认可，以及计划中是否有共同的检查点',
    ),
  ],
  [
    'worth',
    text('Near-term revenue', '近期收入'),
    text(
      'The amount against our minimum, and whether it closes within our window (in days)',
      '收入金额是否超过我方最低要求，以及能否在我方时限内（按天计）成交',
    ),
  ],
  [
    'worth',
    text('Future revenue', '远期收入'),
    text(
      'Revenue next year and over three years against our minimum, how this project leads to it, and how to make sure the customer’s expectations are met before committing',
      '明年及未来三年的收入是否超过最低要求、本项目与未来收入的关系，以及在承诺前如何确保客户期望得以实现',
    ),
    ['futureRevenue'],
  ],
  [
    'worth',
    text('Profit', '赢利'),
    text(
      'The projected profit against our minimum, the effect of discounts, and how the profit could be raised',
      '预计利润是否超过我方最低要求、折扣对利润的影响，以及如何提高利润',
    ),
  ],
  [
    'worth',
    text('Degree of risk', '风险程度'),
    text(
      'How we or the customer could cause the solution to fail, the key dependencies for delivering the value, and what a failure would do to our business',
      '我方或客户可能如何导致方案失败、交付价值的关键依赖条件，以及失败对我方业务的影响',
    ),
  ],
  [
    'worth',
    text('Strategic value', '战略价值'),
    text(
      'Value beyond the revenue, fit with our own business plan, leverage into other accounts or markets, and how it improves our products and services',
      '收入以外的其他价值、与我方商业计划的吻合、能否借此拓展其他客户或市场，以及对改进我方产品和服务的帮助',
    ),
    ['strategicValue'],
  ],
];

const CRITERIA: readonly Criterion[] = ROWS.map(([group, label, guidance, tags], i) => ({
  id: `SIG.${String(i + 1).padStart(2, '0')}`,
  number: i + 1,
  group,
  label,
  guidance,
  ...(tags ? { tags } : {}),
}));

export const SIGNATURE: QuestionSet = {
  id: 'SIGNATURE',
  name: text('Signature Selling assessment (22 questions)', 'Signature Selling 商机评估（22 个问题）'),
  scale: 'plusMinus',
  ratesCompetitor: false,
  criteria: CRITERIA,
};
