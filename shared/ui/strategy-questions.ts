import { text, type Text } from '../i18n';
import type { StrategyInputId } from '../workbook/backend';

/**
 * The competitive-strategy path (METHODOLOGY §2) asked as seven yes/no questions, in the order the
 * path reaches them. Step 4 of the path holds two questions (widen the criteria, or split off a part).
 */
export const STRATEGY_QUESTIONS: Readonly<Record<StrategyInputId, Text>> = {
  compelling: text('Does the customer have a compelling reason to act, or can we create one?', '客户是否有迫切动因，或者我们能否制造一个？'),
  canCompete: text('Can we compete (the “Can we compete?” question answers Yes)?', '我们有能力竞争吗（“我们有能力竞争吗？”的判断为“是”）？'),
  lead3to1: text('Do we hold a 3:1 advantage over the primary competitor?', '我们对主要竞争对手是否拥有 3:1 的优势？'),
  canChangeCriteria: text('Can we change or widen the buying criteria toward our strengths?', '我们能否改变或扩大采购标准，使之向我方优势倾斜？'),
  canFragment: text('Can we split off a profitable part of the deal that we can win?', '我们能否分割出一块能赢且有利可图的业务？'),
  positionToProtect: text('Do we hold a position inside the account worth protecting?', '我们在该客户内部是否有值得保护的地位？'),
  futureValue: text('Is there future revenue or strategic value in this account?', '该客户是否有未来收入或战略价值？'),
};
