import { text } from '../../i18n';
import type { STAGE_CONVERSION } from '../entries/stage-conversion';
import type { HelpOf } from './types';
import { LADDER_HELP } from './params';
import { summaryResultHelp } from './row-faults';

export const STAGE_CONVERSION_HELP: HelpOf<typeof STAGE_CONVERSION> = {
  description: text(
    'Stage-to-win conversion: of the deals that reached each stage, how many were won and lost since — the team’s own probability per stage',
    '阶段赢单转化率：到达每个阶段的商机中，此后赢单和丢单各有多少——团队自己的各阶段概率',
  ),
  params: {
    deal_ids: text(
      'The deal ID of each row. A deal may have many rows, one per time it was seen, such as the Pipeline history sheet’s deal rows (column D); a deal whose rows are all blank is skipped',
      '每行的商机编号。同一商机可有多行，每次记录一行，例如“商机历史”表中的商机记录行(D 列)；编号和阶段都为空的行忽略',
    ),
    stages: text(
      'The deal’s stage in that row (the history’s column J): a stage code or label of the ladder, the won stage or LOST. A deal reached every stage up to the furthest it is seen at (a won deal every stage); its last row says whether it was won, lost or is still open',
      '该行商机所处的阶段(商机历史的 J 列)：阶梯上的阶段代码或名称、赢单阶段或 LOST。商机到达了它出现过的最远阶段及之前的所有阶段(赢单商机到达所有阶段)；最后一行说明它已赢单、丢单或仍在进行',
    ),
    dates: text(
      'The date of each row (the history’s column A), so the last row of a deal is its latest; when omitted, rows are taken in the order listed. On the Pipeline history sheet, keep only its deal rows, e.g. FILTER(D4:D999, C4:C999="deal"): its forecast rows are no deals and would be set aside',
      '每行的日期(商机历史的 A 列)，据此确定商机的最新一行；省略时按列出的顺序。用于“商机历史”表时，只取商机记录行，例如 FILTER(D4:D999, C4:C999="deal")：预测记录行不是商机，会被剔除',
    ),
    ladder: LADDER_HELP,
  },
  resultHelp: summaryResultHelp(
    text(
      'One row per open stage of the ladder, in ladder order: stage, deals that reached it, won, lost, conversion (won ÷ (won + lost); blank when none has closed). Deals still open count as reached, never as lost; a deal first seen already won or lost is left out, since where it came from is unknown',
      '阶梯上每个进行中阶段一行，按阶梯顺序：阶段、到达该阶段的商机数、赢单、丢单、转化率(赢单 ÷ (赢单 + 丢单)；尚无成交或丢单时为空)。仍在进行的商机计为已到达，绝不计为丢单；第一次出现时已赢单或丢单的商机不计入，因为无法得知它从哪个阶段而来',
    ),
  ),
  examples: [
    {
      args: [
        [['D-1'], ['D-2'], ['D-3'], ['D-1'], ['D-2']],
        [['G10'], ['G20'], ['C50'], ['S100'], ['LOST']],
      ],
      result: [
        ['G10', 3, 1, 1, 0.5],
        ['G20', 3, 1, 1, 0.5],
        ['E25', 2, 1, 0, 1],
        ['D30', 2, 1, 0, 1],
        ['C50', 2, 1, 0, 1],
        ['B75', 1, 1, 0, 1],
        ['A90', 1, 1, 0, 1],
      ],
      note: text('D-1 went from G10 to won (so it reached every stage), D-2 was lost from G20, D-3 is open at C50', 'D-1 从 G10 到赢单(因此到达了所有阶段)，D-2 在 G20 丢单，D-3 仍在 C50'),
    },
    {
      args: [[['D-1'], ['D-1']], [['S100'], ['A90']], [['2026-09-07'], ['2026-08-03']], 'MILESTONES'],
      result: [
        ['G10', 1, 1, 0, 1],
        ['G20', 1, 1, 0, 1],
        ['E25', 1, 1, 0, 1],
        ['D30', 1, 1, 0, 1],
        ['C50', 1, 1, 0, 1],
        ['B75', 1, 1, 0, 1],
        ['A90', 1, 1, 0, 1],
      ],
      note: text('the dates put A90 before the win, whatever the order of the rows', '按日期，A90 在赢单之前，与行的顺序无关'),
    },
  ],
};
