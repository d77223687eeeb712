import { text, type Text } from '../i18n';
import { PPVVC_SECTION_GROUPS } from './ppvvc';
import type { DescribedTerm, KeyQuestionId, PpvvcSectionId, Term } from './types';

/*
 * What the PPVVC sheet shows around its checklist: each section's meaning, the deal basics written at
 * its head and the three root needs. Kept apart from the checklist (ppvvc.ts) so the functions script,
 * which scores the checklist but never shows these, does not carry them.
 */

export interface PpvvcSection {
  readonly id: PpvvcSectionId;
  readonly label: Text;
  /** The key question this section's items answer. */
  readonly group: KeyQuestionId;
  readonly description: Text;
}

const SECTION_WORDS: Readonly<Record<PpvvcSectionId, Pick<PpvvcSection, 'label' | 'description'>>> = {
  Pain: {
    label: text('Pain', '痛苦'),
    description: text(
      'The customer’s problem that drives the deal. Every pain comes back to three needs: make money, save money or manage risk.',
      '推动这笔交易的客户问题。所有痛苦都归结为三个基本需求：赚钱、省钱或管理风险。',
    ),
  },
  Power: {
    label: text('Power', '权力'),
    description: text('The people entitled to make the buying decision and control the money, and how we reach them.', '有权做出购买决策和掌握资金的人，以及我们如何接触到他们。'),
  },
  Vision: {
    label: text('Vision', '构想'),
    description: text('The picture of the solution in the key people’s minds, and whether it is ours.', '关键人物心中的解决方案构想，以及它是否是我方的方案。'),
  },
  Value: {
    label: text('Value', '价值'),
    description: text('Measurable value for the customer that justifies the spend, and enough value for us.', '足以让客户投入资金的可衡量价值，以及对我方足够的价值。'),
  },
  Control: {
    label: text('Control', '控制'),
    description: text(
      'Working the buying process together with the customer: the compelling reason to act, the evaluation and our own risk.',
      '与客户协作推进购买流程：迫切动因、评估过程以及我方自身的风险。',
    ),
  },
};

/** The five sections in checklist order, with what each means. */
export const PPVVC_SECTIONS: readonly PpvvcSection[] = PPVVC_SECTION_GROUPS.map(([id, group]) => ({ id, group, ...SECTION_WORDS[id] }));

export type DealBasicId = 'decisionChain' | 'participationChain' | 'budget' | 'competitors' | 'timeline';

/** The deal facts that head a PPVVC sheet; written down as text, not rated. */
export const PPVVC_DEAL_BASICS: readonly DescribedTerm<DealBasicId>[] = [
  {
    id: 'decisionChain',
    label: text('Decision chain', '决策链'),
    description: text('Who signs off, in what order, up to the final decision', '由谁审批、按什么顺序，直到最终决策'),
  },
  {
    id: 'participationChain',
    label: text('Participation chain', '参与链'),
    description: text('Everyone who takes part in or affects the purchase', '所有参与或影响这次采购的人'),
  },
  {
    id: 'budget',
    label: text('Budget', '预算'),
    description: text('The amount available and where it comes from', '可用金额及资金来源'),
  },
  {
    id: 'competitors',
    label: text('Competitors', '竞争对手'),
    description: text('Who else is bidding, including doing nothing', '还有谁在竞争，包括客户维持现状'),
  },
  {
    id: 'timeline',
    label: text('Timeline', '时间节点'),
    description: text('The key dates from now to signing and delivery', '从现在到签约和交付的关键日期'),
  },
];

export type PainRootNeedId = 'makeMoney' | 'saveMoney' | 'manageRisk';

/** The three needs every pain comes back to (seed 002): a pain sheet or value statement names one. */
export const PAIN_ROOT_NEEDS: readonly Term<PainRootNeedId>[] = [
  { id: 'makeMoney', label: text('Make money', '赚钱') },
  { id: 'saveMoney', label: text('Save money', '省钱') },
  { id: 'manageRisk', label: text('Manage risk', '管理风险') },
];
