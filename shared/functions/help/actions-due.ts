import { text } from '../../i18n';
import type { ACTIONS_DUE } from '../entries/actions-due';
import { columnResultHelp } from './row-faults';
import type { HelpOf } from './types';

export const ACTIONS_DUE_HELP: HelpOf<typeof ACTIONS_DUE> = {
  description: text('Where each action of an action list stands: overdue or due in how many days, done or dropped', '行动清单中每项行动的状态：逾期或还有几天到期、已完成或已放弃'),
  params: {
    due: text('The due date of each action (a date, or text written as YYYY-MM-DD)', '每项行动的截止日期(日期，或 YYYY-MM-DD 格式的文本)'),
    status: text(
      'The status of each action, same rows as due: open, done or dropped (未完成, 已完成, 已放弃 in Chinese); blank counts as open',
      '每项行动的状态，与 due 行对应：未完成、已完成或已放弃(英文 open、done、dropped)；空白视为未完成',
    ),
    today: text(
      'The day to count from: pass TODAY(), so the answers move on each day in Excel and Google Sheets alike (the roll-up counts overdue actions as of its own today)',
      '计算的基准日期：请传入 TODAY()，这样在 Excel 和 Google 表格中结果都会每天更新(团队汇总按汇总当天统计逾期行动)',
    ),
  },
  resultHelp: columnResultHelp(
    text(
      'One text per row in the workbook’s language: overdue N days, due today, due in N days, no due date, done or dropped; blank where both due and status are blank',
      '每行一段文字，使用工作簿的语言：逾期 N 天、今天到期、N 天后到期、无截止日期、已完成或已放弃；截止日期和状态都为空时结果为空',
    ),
  ),
  examples: [
    {
      args: [[[46090], [46105], [46080], [46100]], [['open'], ['open'], ['done'], ['']], 46100],
      result: [['overdue 10 days'], ['due in 5 days'], ['done'], ['due today']],
      note: text('Counted from 2026-03-19 (serial 46100)', '以 2026-03-19(序列号 46100)为基准计算'),
    },
    { args: [[[46099], [null]], [['未完成'], ['dropped']], 46100], result: [['overdue 1 day'], ['dropped']] },
  ],
};
