import { text } from '../i18n';

/** What the wizards say when they offer to add actions to a deal's action list. */
export const ACTION_TEXT = {
  title: text('Add to the action list', '加入行动清单'),
  hint: text(
    'One click adds a row to the deal’s action list: on its action plan, on your own Actions sheet, or on a new sheet when it has none.',
    '点击一次即在该商机的行动清单中添加一行：写入其行动计划、你自己的行动表，没有时新建一个工作表。',
  ),
  dealId: text('Deal ID', '商机编号'),
  dealIdHint: text('blank: the Deal ID on this sheet', '留空：使用本工作表上的商机编号'),
  owner: text('Owner', '负责人'),
  ownerHint: text('blank: the deal’s rep', '留空：该商机的销售代表'),
  due: text('Due date', '截止日期'),
  add: text('Add as action', '加入行动清单'),
  added: text('Added ✓', '已加入 ✓'),
  gapAction: text('Close the gap: {gap}', '弥补差距：{gap}'),
  gapSource: text('Gap {number}: {gap}', '差距 {number}：{gap}'),
  reviewSource: text('Review question: {question}', '复盘问题：{question}'),
  addedNotice: text('Added to the action list of deal {deal} on sheet "{sheet}", row {row}.', '已加入商机 {deal} 的行动清单：工作表“{sheet}”第 {row} 行。'),
  createdNotice: text('Deal {deal} had no action list: created sheet "{sheet}" with the action.', '商机 {deal} 还没有行动清单：已新建工作表“{sheet}”并写入该行动。'),
};
