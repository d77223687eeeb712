import { text, type Text } from '../i18n';

/**
 * What the rep must know to rate each criterion, by criterion id (`TAS.05`, `SIG.12`, `PPVVC.PAIN.1`):
 * shown by the assessment sheet and the Qualify panel. Kept apart from the question sets so the functions
 * script, which scores ratings but never shows guidance, does not carry it.
 */
export const CRITERIA_GUIDANCE: Readonly<Record<string, Text>> = {
  'TAS.01': text(
    'What the customer requires, the key issues and goals of the project, who started it, who works on it, and how it fits the customer’s strategy',
    '客户的需求、项目的关键问题和目标、由谁发起、由谁参与，以及项目与客户战略的契合程度',
  ),
  'TAS.02': text(
    'Their products and services, key markets, key customers and competitors, and what drives their business from inside and outside',
    '客户的产品和服务、主要市场、主要客户和竞争对手，以及推动其业务的内外部因素',
  ),
  'TAS.03': text(
    'Revenue and profit trends, how they compare with similar companies, their financial outlook and key performance measures',
    '收入和利润趋势、与同行的对比、财务前景以及关键绩效指标',
  ),
  'TAS.04': text(
    'The project budget, how the customer budgets, the project’s priority against others, and what else the money could be spent on',
    '项目预算、客户的预算流程、该项目相对其他项目的优先级，以及这笔资金的其他可能用途',
  ),
  'TAS.05': text(
    'Why the customer has to act, the decision deadline, what a delay costs, the payback of finishing on time, and the measurable impact on their business',
    '客户为什么必须行动、决策期限、延误的代价、按时完成的回报，以及对其业务可衡量的影响',
  ),
  'TAS.06': text('The decision criteria and formal process, which criteria weigh most and why, and who wrote them', '决策标准和正式决策流程、哪些标准最重要及原因，以及标准由谁制定'),
  'TAS.07': text(
    'How well our solution solves the problem, what the customer thinks of it, which changes it needs and which outside resources we need',
    '我方方案解决问题的程度、客户的看法、需要做哪些修改，以及需要哪些外部资源',
  ),
  'TAS.08': text(
    'How much team time the deal takes, which extra internal or external resources we need, the cost of sale and the opportunity cost',
    '销售团队需投入的时间、所需的额外内外部资源、销售成本以及机会成本',
  ),
  'TAS.09': text(
    'Where we stand with the customer, where each competitor stands, whose relationship gives the advantage, and how far each is from the customer’s ideal',
    '我方与客户的关系现状、各竞争对手的关系现状、谁的关系更具优势，以及各方与客户理想关系的差距',
  ),
  'TAS.10': text(
    'The specific, measurable result we deliver, how the customer defines and measures value, the value quantified in their terms and confirmed by them, and how it sets us apart',
    '我方能带来的具体、可衡量的结果，客户如何定义和衡量价值，用客户的语言量化并经客户确认的价值，以及它如何使我们区别于对手',
  ),
  'TAS.11': text(
    'Who wants us to win, what they have done to show it, whether they are willing and able to act for us, and how credible they are',
    '谁希望我们赢、他们做过什么来表明这一点、是否愿意并能够为我们采取行动，以及他们的可信度',
  ),
  'TAS.12': text(
    'Which executives decide or are affected, how much they trust us, and how we get and keep access to them',
    '哪些高层参与决策或受到影响、他们对我们的信任程度，以及如何接触并保持与他们的联系',
  ),
  'TAS.13': text(
    'The customer’s culture against ours, their philosophy toward vendors, and whether we can and will adapt',
    '客户文化与我方文化的对比、客户对待供应商的理念，以及我们能否、是否愿意去适应',
  ),
  'TAS.14': text(
    'How the decision is really made, the intangible factors and unstated issues, whose private opinions we know and which of them count',
    '决策实际上如何做出、无形因素和未说出的问题、我们了解哪些人的私下看法以及哪些看法起作用',
  ),
  'TAS.15': text(
    'Who holds the most power, whether they want us to win and why, whether they can change the criteria or create urgency, and their track record',
    '谁最有权力、他们是否希望我们赢及原因、他们能否改变标准或制造紧迫感，以及他们过往的表现',
  ),
  'TAS.16': text('The order amount against our threshold and the close date against our time frame', '订单金额是否达到我方门槛，成交日期是否在我方时间范围内'),
  'TAS.17': text(
    'Next year’s and the three-year potential against our thresholds, how this deal links to future revenue, and how to turn promises into commitments',
    '明年及三年内的潜在收入是否达到门槛、本单与未来收入的关联，以及如何把口头承诺变为正式承诺',
  ),
  'TAS.18': text('The projected profit against our threshold, the effect of discounts, and how to improve the margin', '预计利润是否达到门槛、折扣的影响，以及如何提高利润'),
  'TAS.19': text(
    'How we or the customer could make the project fail, the critical dependencies, and what a failure would do to us',
    '我方或客户可能导致项目失败的因素、关键依赖项，以及失败对我方的影响',
  ),
  'TAS.20': text(
    'Value beyond the revenue: fit with our plan, leverage into other accounts or markets, and what we learn for our products',
    '收入以外的价值：与我方计划的契合、向其他客户或市场的延伸，以及对产品的借鉴意义',
  ),
  'SIG.01': text(
    'The business initiative behind the project, its main issues and goals, who proposed it, who carries it out, and how it ties to the customer’s plans',
    '本项目背后的商业计划、主要问题和目标、由谁提出、由谁执行，以及与客户商业计划的关联',
  ),
  'SIG.02': text(
    'Their products and services, main markets, main customers and competitors, and the internal and external drivers of their business',
    '客户的产品和服务、主要市场、主要客户和竞争对手，以及业务的内在和外在驱动因素',
  ),
  'SIG.03': text(
    'Revenue and profit trends, standing against similar companies, financial outlook and the measures the customer uses for performance',
    '收入和利润趋势、与同类公司的比较、财务前景，以及客户衡量业绩的主要指标',
  ),
  'SIG.04': text(
    'The budget, how the customer approves spending, the project’s priority against others, and where the capital would go otherwise',
    '项目预算、客户的预算或拨款程序、与其他项目相比的优先级，以及资金不用于本项目时的去向',
  ),
  'SIG.05': text(
    'Why the customer must act, the decision deadline, what a delay would cost, and the measurable impact on their business',
    '客户为什么必须行动、决策的最后期限、延期的后果，以及对客户业务可衡量的影响',
  ),
  'SIG.06': text(
    'The decision criteria and formal process, which criterion matters most and why, and who set the criteria',
    '客户的决策标准和正式决策程序、哪个标准最重要及原因，以及由谁制定标准',
  ),
  'SIG.07': text(
    'How well our solution serves the customer’s business plan, what the customer thinks, which changes it needs and which outside resources we need',
    '我方方案能否很好地满足客户的商业计划、客户的看法、需要哪些修改或改进，以及需要哪些外部资源',
  ),
  'SIG.08': text(
    'How our technical solution fits the customer’s IT preferences and solves their problem, what they think, and which changes or outside resources it needs',
    '我方技术方案与客户 IT 偏好的衔接、能否解决客户问题、客户的看法，以及需要哪些修改或外部资源',
  ),
  'SIG.09': text(
    'Team time the opportunity takes, extra internal or external resources and skills needed, the planned cost of sale and the opportunity cost',
    '销售团队需投入的时间、所需额外的内外部资源和能力、计划的销售费用以及机会成本',
  ),
  'SIG.10': text(
    'The specific, measurable business result we will deliver, how the customer defines and measures value, the value stated in their terms and confirmed by them, and whether it sets us apart',
    '我方将交付的具体、可衡量的商业结果，客户如何定义和衡量价值，用客户语言表述并经客户认可的价值，以及它能否使我们区别于对手',
  ),
  'SIG.11': text(
    'Our relationship with the customer against each competitor’s, whose relationship gives the advantage, and who is closer to the customer’s ideal',
    '我方与客户的关系、竞争对手与客户的关系、哪一方的关系更有优势，以及谁更接近客户心目中的理想关系',
  ),
  'SIG.12': text(
    'Who wants us to win, what they have done for us, whether they will speak and act for us and have the authority to be a power sponsor, and whether a sponsor letter has been drafted and discussed with them',
    '客户中谁希望我们赢、他们做过什么支持我们、是否愿意为我们说话和行动、是否有权成为有权主办人，以及是否已起草主办人信函并与其讨论',
  ),
  'SIG.13': text(
    'Whether the customer has a buying vision, whether we fully understand it, whether we helped shape it, and whether it is aligned with us',
    '客户是否有购买愿景、我们是否完全理解、我们是否帮助客户建立了购买愿景，以及购买愿景是否与我方一致',
  ),
  'SIG.14': text(
    'How the decision is really made, the intangible and personal factors, the unspoken issues, what people think in private and which of it favours us',
    '决定实际上如何做出、哪些无形和主观因素会影响决定、哪些问题没有说出来、各人的私下想法以及哪些对我们有利',
  ),
  'SIG.15': text(
    'Who has the most power in the decision, whether they want us to win and why, whether they can move the criteria or create urgency, and how they acted before',
    '决策中谁最有权势、他们是否希望我们赢及原因、能否影响决策标准或制造紧迫感，以及他们过去的做法',
  ),
  'SIG.16': text(
    'The customer’s culture and how it differs from ours, their philosophy toward vendors and suppliers, and whether we can and want to adapt',
    '客户的文化及与我方的差异、客户对待厂家和供应商的理念，以及我们能否、是否愿意去调整适应',
  ),
  'SIG.17': text(
    'Whether an evaluation plan exists, has been discussed with and agreed by the power sponsor, and has joint checkpoints',
    '是否有评估计划、是否已与有权主办人讨论并获其认可，以及计划中是否有共同的检查点',
  ),
  'SIG.18': text('The amount against our minimum, and whether it closes within our window (in days)', '收入金额是否超过我方最低要求，以及能否在我方时限内（按天计）成交'),
  'SIG.19': text(
    'Revenue next year and over three years against our minimum, how this project leads to it, and how to make sure the customer’s expectations are met before committing',
    '明年及未来三年的收入是否超过最低要求、本项目与未来收入的关系，以及在承诺前如何确保客户期望得以实现',
  ),
  'SIG.20': text('The projected profit against our minimum, the effect of discounts, and how the profit could be raised', '预计利润是否超过我方最低要求、折扣对利润的影响，以及如何提高利润'),
  'SIG.21': text(
    'How we or the customer could cause the solution to fail, the key dependencies for delivering the value, and what a failure would do to our business',
    '我方或客户可能如何导致方案失败、交付价值的关键依赖条件，以及失败对我方业务的影响',
  ),
  'SIG.22': text(
    'Value beyond the revenue, fit with our own business plan, leverage into other accounts or markets, and how it improves our products and services',
    '收入以外的其他价值、与我方商业计划的吻合、能否借此拓展其他客户或市场，以及对改进我方产品和服务的帮助',
  ),
  'PPVVC.PAIN.1': text('Signs that the customer will really spend time and money on this, not just talk about it', '客户确实会为此投入时间和资金、而不只是谈论的迹象'),
  'PPVVC.PAIN.2': text('How this pain ranks against the customer’s other problems', '这个痛苦在客户其他问题中的排序'),
  'PPVVC.PAIN.3': text('Who owns the pain, and that they confirmed it to us in person', '谁承受这个痛苦，以及其本人是否向我们亲口确认'),
  'PPVVC.PAIN.4': text('The other people and departments the pain reaches, and how', '痛苦波及的其他人员和部门，以及影响方式'),
  'PPVVC.PAIN.5': text('Whether money is set aside for the fix, how much, and who controls it', '是否已为解决问题预留资金、金额多少、由谁掌控'),
  'PPVVC.PAIN.6': text('The date by which the customer must have the problem solved, and why', '客户必须解决问题的日期及原因'),
  'PPVVC.POWER.1': text('Whether our contacts can move this decision or only pass messages', '我们的联系人能推动决策，还是只能传话'),
  'PPVVC.POWER.2': text('Each key player’s buying role and what they care about', '每位关键人物的购买角色及其关注点'),
  'PPVVC.POWER.3': text('The formal and informal influence on the decision, including people outside the buying team', '对决策的正式和非正式影响，包括采购小组以外的人'),
  'PPVVC.POWER.4': text('A direct relationship with the decision maker, not only through others', '与决策人的直接关系，而不只是经由他人'),
  'PPVVC.POWER.5': text('Which key players are for us and what they have done to show it', '哪些关键人物支持我们，以及他们做过什么来表明'),
  'PPVVC.POWER.6': text('A relationship with whoever releases the funds', '与批准动用资金的人建立的关系'),
  'PPVVC.VISION.1': text('Signs that the customer prefers the way we would solve the problem', '客户更认可我方解决问题方式的迹象'),
  'PPVVC.VISION.2': text('Which of the customer’s requirements came from our conversations', '客户的哪些需求来自与我们的交流'),
  'PPVVC.VISION.3': text('Each requirement checked against what we offer, gaps included', '逐条对照客户需求与我方方案，包括差距'),
  'PPVVC.VISION.4': text('A picture of the solution, shared with the key people, that only we can deliver', '与关键人物共享的、只有我们能实现的方案构想'),
  'PPVVC.VISION.5': text('Which key players have said they support our way of solving it', '哪些关键人物表示支持我们的解决方式'),
  'PPVVC.VALUE.1': text('What the customer gains and what we gain from the deal', '客户和我方各自从交易中得到什么'),
  'PPVVC.VALUE.2': text('The personal and the business value each key player is looking for', '每位关键人物追求的个人价值和业务价值'),
  'PPVVC.VALUE.3': text('Numbers the customer’s own people put on the value, in their terms', '客户方人员用自己的语言给出的价值数字'),
  'PPVVC.VALUE.4': text('Whether the customer signed off the value analysis, and who did', '客户是否认可价值分析，以及由谁认可'),
  'PPVVC.VALUE.5': text('Whether the value clears the customer’s bar for spending', '价值是否达到客户批准支出的标准'),
  'PPVVC.VALUE.6': text('Our profit and strategic gain against what the deal costs us', '我方的利润和战略收益与投入成本相比'),
  'PPVVC.CONTROL.1': text('Where in the customer’s buying process we can shape steps or timing', '我们能在客户购买流程的哪些环节影响步骤或时间'),
  'PPVVC.CONTROL.2': text('The steps, the people and the criteria of the decision, as the key players see them', '关键人物眼中的决策步骤、参与人员和标准'),
  'PPVVC.CONTROL.3': text('What the customer must see proven before buying, and what will satisfy them', '客户购买前需要验证什么，以及怎样才会满意'),
  'PPVVC.CONTROL.4': text('How this customer has bought before, and the politics around this purchase', '客户以往的购买方式，以及这次采购涉及的政治因素'),
  'PPVVC.CONTROL.5': text('A joint evaluation the customer has agreed to, with its steps', '客户同意的联合评估及其步骤'),
  'PPVVC.CONTROL.6': text('Whether the evaluation’s steps, timing and tests favour our strengths', '评估的步骤、时间和测试是否有利于发挥我方优势'),
  'PPVVC.CONTROL.7': text('What could go wrong for us in this deal and how we would contain it', '这笔交易中我方可能出现的问题以及如何控制'),
};

/** The guidance of one criterion; a criterion without guidance is a defect, so it shows as blank rather than failing a sheet. */
export function criterionGuidance(id: string): Text {
  return CRITERIA_GUIDANCE[id] ?? text('', '');
}
