import { text, type Text } from '../i18n';
import type { ProjectBuyerTypeId } from './key-players';
import type { DescribedTerm } from './types';

/*
 * What the key-player sheet and its guidance show beside the vocabularies the scoring parses
 * (key-players.ts): what each buyer type does, adoption profiles, relationship stages, typical pains
 * and the row's fields. Kept apart so the functions script, which reads key-player rows but never
 * shows this, does not carry it.
 */

/** What each project-sales buyer type does in the purchase. */
export const PROJECT_BUYER_TYPE_DESCRIPTIONS: Readonly<Record<ProjectBuyerTypeId, Text>> = {
  decisionBuyer: text('Makes the final call on the purchase', '对采购做最终决定的人'),
  financialBuyer: text('Controls the budget and judges the return on the money', '掌控预算、评判投资回报的人'),
  technicalBuyer: text('Checks the offer against the technical standard and can screen us out', '按技术标准审查方案、可以把我们筛掉的人'),
  userBuyer: text('Will work with what is bought and judges how it helps the daily job', '将使用所购产品、评判其对日常工作帮助的人'),
  evaluator: text('Takes part in evaluating the bids', '参与评标和方案评估的人'),
  coach: text('An insider who wants us to win and guides us; often plays several roles at once. Develop one early.', '希望我们赢单并给我们指点的内部人士，往往身兼多个角色；必须及早发展。'),
  influencer: text('Close to the decider and able to sway the decision by recommending or vetoing', '与决策者关系密切，能通过推荐或否决来左右最终决定的人'),
};

export type AdoptionProfileId = 'innovator' | 'visionary' | 'pragmatist' | 'conservative' | 'laggard';

/** How readily a person takes up something new, from earliest to latest. */
export const ADOPTION_PROFILES: readonly DescribedTerm<AdoptionProfileId>[] = [
  {
    id: 'innovator',
    label: text('Innovator', '改革者'),
    description: text('Tries new technology for its own sake', '为新技术本身而尝试新技术'),
  },
  {
    id: 'visionary',
    label: text('Visionary', '前瞻者'),
    description: text('Takes a risk on something new to gain an edge', '愿意冒险采用新事物以获得优势'),
  },
  {
    id: 'pragmatist',
    label: text('Pragmatist', '实用主义者'),
    description: text('Buys once it is proven by others like them', '看到同类客户验证有效后才购买'),
  },
  {
    id: 'conservative',
    label: text('Conservative', '保守者'),
    description: text('Buys only when it is the established standard', '只有成为通行标准后才购买'),
  },
  {
    id: 'laggard',
    label: text('Laggard', '滞后者'),
    description: text('Resists change until there is no choice', '抵制变化，直到别无选择'),
  },
];

export type RelationshipStageId = 'gestation' | 'initial' | 'middle' | 'high' | 'strategic' | 'interrupted';

/** Where our relationship with the account stands (seed 001), in the order it develops; interrupted last. */
export const RELATIONSHIP_STAGES: readonly DescribedTerm<RelationshipStageId>[] = [
  {
    id: 'gestation',
    label: text('Gestation', '孕育阶段'),
    description: text('A new account, or one we lost and are winning back', '新客户，或已流失、正在争取回来的客户'),
  },
  {
    id: 'initial',
    label: text('Initial', '初期阶段'),
    description: text('Little business yet; dealings run between our sales manager and their contact person', '业务很少，往来只在我方销售经理和客户联络人之间'),
  },
  {
    id: 'middle',
    label: text('Middle', '中期阶段'),
    description: text('We have 30–50 % of their spend; there is trust, but they still buy from others', '占客户采购额的 30–50%；双方已有信任，但客户仍会选择其他公司'),
  },
  {
    id: 'high',
    label: text('High', '高期阶段'),
    description: text('We have 50–100 % of their spend; broad cooperation and loyalty', '占客户采购额的 50–100%；合作广泛，客户忠诚'),
  },
  {
    id: 'strategic',
    label: text('Strategic', '战略阶段'),
    description: text('Both sides have become strategic partners', '双方已确立战略合作伙伴关系'),
  },
  {
    id: 'interrupted',
    label: text('Interrupted', '间断阶段'),
    description: text('The business relationship has broken off', '业务关系已经中断'),
  },
];

export type KeyPlayerTitleId = 'ceo' | 'cfo' | 'coo' | 'vpSales' | 'vpManufacturing';

/** Typical pains by job title: a starting point for a person's own pain, to be confirmed with them. */
export interface TitlePains {
  readonly id: KeyPlayerTitleId;
  readonly label: Text;
  readonly pains: readonly Text[];
}

export const TYPICAL_PAINS_BY_TITLE: readonly TitlePains[] = [
  {
    id: 'ceo',
    label: text('Chief executive (CEO)', '首席执行官 (CEO)'),
    pains: [
      text('Losing market share', '市场份额下降'),
      text('Falling short of investors’ expectations', '未达到投资者预期'),
      text('Shrinking profit', '利润下滑'),
      text('Falling earnings per share (EPS)', '每股收益 (EPS) 下降'),
    ],
  },
  {
    id: 'cfo',
    label: text('Chief financial officer (CFO)', '首席财务官 (CFO)'),
    pains: [
      text('Profit leaking away', '利润流失'),
      text('No timely, accurate reporting', '缺乏及时、准确的报表'),
      text('Cash-flow problems', '现金流问题'),
      text('Falling return on investment and on assets', '投资回报率和资产回报率下降'),
    ],
  },
  {
    id: 'coo',
    label: text('Chief operating officer (COO)', '首席运营官 (COO)'),
    pains: [
      text('Uneven quality', '质量不稳定'),
      text('Rising operating costs and expenses', '运营成本和费用上升'),
      text('Shrinking margins', '利润率降低'),
      text('Cannot meet current customers’ needs', '无法满足现有客户需求'),
      text('Productivity targets missed', '达不到生产率指标'),
    ],
  },
  {
    id: 'vpSales',
    label: text('VP of sales / marketing', '销售/市场副总裁'),
    pains: [
      text('Losing market share', '市场份额下降'),
      text('Falling revenue', '收入减少'),
      text('Rising cost of sales and marketing', '销售和市场成本增加'),
      text('Inaccurate sales forecasts', '销售预测不准确'),
    ],
  },
  {
    id: 'vpManufacturing',
    label: text('VP of manufacturing', '制造副总裁'),
    pains: [
      text('Production and shipping schedules missed', '未能按生产/发货计划执行'),
      text('Too much inventory', '库存过高'),
      text('New products cost too much to develop', '新产品开发成本过高'),
      text('Short of capital and equipment', '缺乏资金和设备'),
      text('Cost targets missed', '完不成成本目标'),
    ],
  },
];

export type KeyPlayerFieldId = 'name' | 'title' | 'role' | 'layer' | 'attitude' | 'adoption' | 'contact' | 'position' | 'influence' | 'innerCircle' | 'pains';

/** The columns of one key-player row, in sheet order. */
export const KEY_PLAYER_FIELDS: readonly DescribedTerm<KeyPlayerFieldId>[] = [
  { id: 'name', label: text('Name', '姓名'), description: text('The person', '人员姓名') },
  { id: 'title', label: text('Title', '职务'), description: text('Their job title', '其职务') },
  {
    id: 'role',
    label: text('Buying role', '购买角色'),
    description: text('One or more buying roles or buyer types', '一个或多个购买角色或买家类型'),
  },
  { id: 'layer', label: text('Layer', '层级'), description: text('Decision, management or operational', '决策层、管理层或操作层') },
  { id: 'attitude', label: text('Attitude', '态度'), description: text('Their attitude toward us', '对我方的态度') },
  {
    id: 'adoption',
    label: text('Adoption profile', '采纳类型'),
    description: text('How readily they take up something new', '接受新事物的快慢'),
  },
  { id: 'contact', label: text('Contact', '接触程度'), description: text('How much contact we have had', '我们与其接触的程度') },
  {
    id: 'position',
    label: text('Position (0–5)', '职位权力 (0–5)'),
    description: text('Formal power from their place in the organisation', '组织架构赋予的正式权力'),
  },
  {
    id: 'influence',
    label: text('Influence (0–5)', '影响力 (0–5)'),
    description: text('Informal power over the decision', '对决策的非正式影响力'),
  },
  {
    id: 'innerCircle',
    label: text('Inner circle', '内圈'),
    description: text('Whether they belong to the small group that really decides', '是否属于真正做决定的核心小圈子'),
  },
  { id: 'pains', label: text('Pains', '痛苦'), description: text('Their own pain, in their words', '其本人的痛苦，用其原话') },
];
