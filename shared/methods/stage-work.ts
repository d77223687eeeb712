import { text, type Text } from '../i18n';
import type { SignatureStageCode } from './ladders';
import { LOST_STAGE, type LadderId } from './types';

/*
 * What each stage's work is and what proves it was reached (METHODOLOGY §5), by ladder and stage code:
 * the Settings sheet and the Deal panel show it. Kept apart from the ladders so the functions script,
 * which needs only each stage's code, label and probability, does not carry it.
 */

export interface StageWork {
  /** The work done in this stage. */
  readonly step: Text;
  /** The verifiable outcome that proves the stage was reached; empty for LOST. */
  readonly proof: Text;
}

type WorkByCode = Readonly<Record<string, StageWork>>;

const MILESTONE_WORK: WorkByCode = {
  G10: {
    step: text('Plan the account and phone the contact to ask for a meeting', '规划目标客户，电话邀约客户经办人'),
    proof: text('The contact commits to a visit', '客户经办人明确承诺接受上门拜访'),
  },
  G20: {
    step: text('Visit the customer and do the first research', '上门拜访客户并做初步调研'),
    proof: text('The contact asks us for a preliminary proposal', '客户经办人希望我们提交初步方案'),
  },
  E25: {
    step: text('Submit the preliminary proposal', '向客户提交初步方案'),
    proof: text('The customer commits to a technical exchange', '客户承诺安排技术交流'),
  },
  D30: {
    step: text('Demonstrate the solution and hold the technical exchange', '演示方案并开展技术交流'),
    proof: text('At least one key person in the customer has become a supporter', '客户内部至少有一位关键人物成为我方支持者'),
  },
  C50: {
    step: text('Analyse the needs and design the formal solution', '分析需求，设计正式方案'),
    proof: text('The requirements lean our way and we have more supporters, including a senior person or the evaluation lead', '需求向我方倾斜，支持者增多，其中包括高层或项目评估负责人'),
  },
  B75: {
    step: text('Go through the customer’s project evaluation', '配合客户完成项目评估'),
    proof: text('The evaluation clearly leans toward us', '项目评估已明确倾向我方'),
  },
  A90: {
    step: text('Negotiate the commercial terms', '进行商务谈判'),
    proof: text('Both sides agree on the contract terms', '双方就合同条款达成一致'),
  },
  S100: {
    step: text('Sign the contract and hand the project to the delivery team', '签订合同，把项目移交给实施部门'),
    proof: text('Contract signed and the project handed to implementation', '合同已签订，项目已移交实施'),
  },
};

/** One step of the customer's own buying process. */
export interface ProcurementStep {
  readonly id: string;
  readonly label: Text;
}

/**
 * The customer's procurement steps (客户内部采购流程), which run alongside the eight milestones in the
 * same order — the n-th procurement step is what the customer is typically doing at the n-th milestone.
 */
export const CUSTOMER_PROCUREMENT_STEPS: readonly ProcurementStep[] = [
  { id: 'need', label: text('A problem is found and the using department raises a need', '发现问题，使用部门提出需求') },
  { id: 'feasibility', label: text('Feasibility study and budget set', '项目可行性研究，确定预算') },
  { id: 'approval', label: text('Project approved and a buying team formed', '项目立项，组建采购小组') },
  { id: 'standard', label: text('Technical standard for the purchase set', '制定采购技术标准') },
  { id: 'tender', label: text('Tender issued and first technical screening', '对外招标，初步技术筛选') },
  { id: 'evaluation', label: text('Bids evaluated and a preferred supplier chosen', '评标，确定首选供应商') },
  { id: 'negotiation', label: text('Contract review and commercial negotiation', '合同审核与商务谈判') },
  { id: 'signing', label: text('Agreement signed and implementation secured', '签订协议，确保实施') },
];

/** One of the seven Signature Selling steps; `stage` is set on the five steps that close a stage. */
export interface SellingStep {
  readonly number: number;
  /** What the customer is doing meanwhile (客户购买步骤). */
  readonly customerStep: Text;
  readonly step: Text;
  /** Verifiable outcomes (可验证的结果) the customer can confirm. */
  readonly outcomes: Text;
  readonly stage?: SignatureStageCode;
}

export const SIGNATURE_SELLING_STEPS: readonly SellingStep[] = [
  {
    number: 1,
    customerStep: text('Assesses its business environment', '评估商业环境'),
    step: text('Understand the customer’s business and IT environment', '了解客户的商业和 IT 环境'),
    outcomes: text('The customer’s business plan matches our priorities; the customer’s key people have met our team', '客户的商业计划与我方优先事项相符；客户关键人员已与我方团队沟通'),
  },
  {
    number: 2,
    customerStep: text('Sets its strategy and initiatives', '制定战略和措施'),
    step: text('Build a sales plan aligned to the customer’s strategy', '制定与客户战略相对应的销售计划'),
    outcomes: text('The customer agrees the action plan, admits a reason to act and a sponsor is named', '客户认可行动计划，承认有采取行动的理由，并指定了主办人'),
    stage: 'Identified',
  },
  {
    number: 3,
    customerStep: text('Identifies its needs', '识别需求'),
    step: text('Create or change the customer’s buying vision', '建立或改变客户的购买愿景'),
    outcomes: text(
      'Business need and vision confirmed; first conditions of satisfaction set; sponsor letter agreed',
      '商业需求和购买愿景得到确认；初步的满意条件已明确；主办人信函已达成一致',
    ),
    stage: 'Validated',
  },
  {
    number: 4,
    customerStep: text('Evaluates the options', '评估各种选择'),
    step: text('Show our capability and qualify the opportunity', '向客户阐明我方能力并确认商机'),
    outcomes: text('Preliminary solution and value statement written; evaluation plan agreed, or we walk away', '已写出初步方案和价值陈述；评估计划已达成一致，否则我方退出'),
    stage: 'Qualified',
  },
  {
    number: 5,
    customerStep: text('Chooses a solution', '选择解决方案'),
    step: text('Develop the solution', '制定解决方案'),
    outcomes: text('Both sides agree solution and price; value proposition and timing agreed; contract conditions set', '双方认可方案和价格；价值主张和时间安排达成一致；合同条件已确定'),
    stage: 'Proposed',
  },
  {
    number: 6,
    customerStep: text('Resolves its concerns and decides', '解除担心并作出决定'),
    step: text('Close the deal', '成交'),
    outcomes: text('Contract signed; delivery team and dates set', '合同已签订；实施团队和日期已确定'),
    stage: 'Won',
  },
  {
    number: 7,
    customerStep: text('Implements the solution and assesses the results', '实施解决方案并评估结果'),
    step: text('Oversee the implementation and check results against expectations', '监督实施，确保结果符合客户期望'),
    outcomes: text('The customer confirms the results met its expectations', '客户确认结果达到了期望'),
  },
];

/** Signature Selling steps 1 and 7: part of the method, but no deal stage starts or ends with them. */
export const SIGNATURE_STEPS_WITHOUT_STAGE: readonly SellingStep[] = SIGNATURE_SELLING_STEPS.filter((s) => s.stage === undefined);

const SIGNATURE_WORK: WorkByCode = Object.fromEntries(
  SIGNATURE_SELLING_STEPS.flatMap((s): [string, StageWork][] => (s.stage === undefined ? [] : [[s.stage, { step: s.step, proof: s.outcomes }]])),
);

const FUNNEL_WORK: WorkByCode = {
  L1: {
    step: text('Learn why the customer would buy', '弄清客户为什么要买'),
    proof: text('We know why they buy and the key person’s urgent problem', '我们知道客户的购买原因以及关键人物的迫切问题'),
  },
  L2: {
    step: text('Judge our chances and decide whether to go on', '判断赢单机会，决定是否继续'),
    proof: text(
      'We know our relationship with the key person and the deciding factor, whether we own it, and have decided to continue',
      '已清楚我方与关键人物的关系、决定性因素以及我方是否掌握它，并决定继续跟进',
    ),
  },
  L3: {
    step: text('Build an insider and design the solution through informal talks', '通过非正式沟通发展内线并设计方案'),
    proof: text('An insider is on our side and a solution is designed: worth full investment', '已有内线支持我方，方案已设计完成，值得全力投入'),
  },
  L4: {
    step: text('Reach formal consensus with the customer', '与客户达成正式共识'),
    proof: text('The customer has formally agreed on our solution', '客户已正式认同我方方案'),
  },
  L5: {
    step: text('Negotiate and move to signing', '谈判并推进签约'),
    proof: text('Terms negotiated and the contract is ready to sign', '条款已谈妥，合同待签'),
  },
  SIGNED: {
    step: text('Sign the contract', '签订合同'),
    proof: text('Contract signed', '合同已签订'),
  },
};

export const STAGE_WORK: Readonly<Record<LadderId, WorkByCode>> = {
  MILESTONES: MILESTONE_WORK,
  SIGNATURE: SIGNATURE_WORK,
  FUNNEL: FUNNEL_WORK,
};

/** A lost deal's stage: nothing proves it. */
export const LOST_STAGE_WORK: StageWork = {
  step: text('The customer chose someone else or dropped the project', '客户选择了其他供应商或放弃了项目'),
  proof: text('', ''),
};

/** The work and proof of a stage of a built-in ladder, or of LOST. */
export function stageWork(ladderId: LadderId, code: string): StageWork {
  const work = code === LOST_STAGE ? LOST_STAGE_WORK : STAGE_WORK[ladderId][code];
  if (!work) throw new Error(`stage ${code} of ${ladderId} has no work or proof`); // unreachable: a test checks every stage has both
  return work;
}
