/**
 * The method data the templates are built from, gathered in one place so the templates do not depend
 * on how shared/methods splits its files.
 */
import type { MethodId, QuestionSet } from '../methods/types';
import { TAS } from '../methods/tas';

export { LADDERS, lostStage } from '../methods/ladders';
export { KEY_QUESTIONS } from '../methods/key-questions';

export const TEMPLATE_QUESTION_SETS: Partial<Record<MethodId, QuestionSet>> = { TAS };

import { text, type Text } from '../i18n';

export interface ChecklistItem {
  readonly id: string;
  readonly label: Text;
  readonly guidance?: Text;
}

/** METHODOLOGY §1e: the signs that the deal is slipping out of our control. */
export const NOT_IN_CONTROL_SIGNS: readonly ChecklistItem[] = [
  { id: 'unreturnedCalls', label: text('Calls are not returned', '电话无人回复') },
  { id: 'noInformation', label: text('No access to information', '无法获得信息') },
  { id: 'slantedCriteria', label: text('Criteria slanted toward a rival', '决策标准偏向竞争对手') },
  { id: 'changingCriteria', label: text('Criteria keep changing', '决策标准不断变化') },
  { id: 'delays', label: text('Delays', '一再拖延') },
  { id: 'budgetGone', label: text('The budget disappears', '预算消失') },
  { id: 'probesWeaknesses', label: text('The customer probes our weaknesses', '客户追问我方弱点') },
  { id: 'playersChange', label: text('Key players change', '关键人物变动') },
  { id: 'meetingsCancelled', label: text('Meetings cancelled or delegated', '会议被取消或被下放') },
  { id: 'priceOnly', label: text('The customer is preoccupied with price', '客户只关心价格') },
  { id: 'noInsideSupport', label: text('No inside support', '内部无人支持') },
  { id: 'dontKnow', label: text('We do not know whether we are winning', '不清楚我们是否领先') },
];

/** METHODOLOGY §6: the PRIME tactics checklist. */
export const PRIME_TACTICS: readonly ChecklistItem[] = [
  { id: 'prove', label: text('Prove your value', '证明你的价值'), guidance: text('Show how the solution hits the key people’s business and personal needs', '说明方案如何切中关键人物的业务和个人需求') },
  { id: 'retrieve', label: text('Retrieve missing information', '找回缺失的信息'), guidance: text('Close the gaps: the criteria still rated unknown', '补齐信息缺口：仍为未知的评估项') },
  { id: 'insulate', label: text('Insulate against the competition', '隔绝竞争对手'), guidance: text('Tie the solution to key people’s interests and widen our support', '把方案与关键人物的利益挂钩，扩大支持面') },
  { id: 'minimise', label: text('Minimise your weaknesses', '弱化你的弱点'), guidance: text('Test each weakness against the formal and informal criteria', '用正式和非正式决策标准检验每个弱点') },
  { id: 'emphasise', label: text('Emphasise your strengths', '强调你的优势'), guidance: text('Embed our strengths in the decision criteria', '把我方优势写进决策标准') },
];
