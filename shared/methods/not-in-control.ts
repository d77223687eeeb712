import { text } from '../i18n';
import type { Term } from './types';

export type NotInControlSignId =
  | 'unreturnedCalls'
  | 'noInformation'
  | 'slantedCriteria'
  | 'changingCriteria'
  | 'delays'
  | 'budgetGone'
  | 'probesWeaknesses'
  | 'playersChange'
  | 'meetingsCancelled'
  | 'priceOnly'
  | 'noInsideSupport'
  | 'dontKnow';

/**
 * The twelve signs that a deal is slipping out of our control (TAS, METHODOLOGY §1e). Each ticked sign
 * is a red flag; how many make "not in control" is a scoring setting, not part of this list.
 */
export const NOT_IN_CONTROL_SIGNS: readonly Term<NotInControlSignId>[] = [
  { id: 'unreturnedCalls', label: text('Our calls are not returned', '客户不回我们的电话') },
  { id: 'noInformation', label: text('We cannot get at the information we need', '我们拿不到需要的信息') },
  { id: 'slantedCriteria', label: text('The criteria are slanted toward a rival', '决策标准偏向竞争对手') },
  { id: 'changingCriteria', label: text('The criteria keep changing', '决策标准不断变化') },
  { id: 'delays', label: text('The decision keeps being delayed', '决策一再拖延') },
  { id: 'budgetGone', label: text('The budget has disappeared', '预算没了') },
  { id: 'probesWeaknesses', label: text('The customer probes our weaknesses', '客户不断追问我方的弱点') },
  { id: 'playersChange', label: text('The key players change', '关键人物发生变动') },
  { id: 'meetingsCancelled', label: text('Meetings are cancelled or delegated down', '会议被取消或改派下属参加') },
  { id: 'priceOnly', label: text('The customer is preoccupied with price', '客户只盯着价格') },
  { id: 'noInsideSupport', label: text('Nobody inside supports us', '客户内部没有人支持我们') },
  { id: 'dontKnow', label: text('We do not know whether we are winning', '我们不知道自己是否领先') },
];
