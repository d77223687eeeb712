import { text } from '../../i18n';
import type { STALLED } from '../entries/stalled';
import { columnResultHelp } from './row-faults';
import type { HelpOf } from './types';
import { STAGES_HELP } from './params';

export const STALLED_HELP: HelpOf<typeof STALLED> = {
  description: text('How many days each deal has sat in its stage beyond the stage’s limit', '每笔交易在当前阶段停留超出期限的天数'),
  params: {
    stages: STAGES_HELP,
    entered: text('The date each deal entered its stage (1900-01-01 to 9999-12-31), same rows as stages', '每笔交易进入当前阶段的日期(1900-01-01 至 9999-12-31)，与 stages 行对应'),
    as_of: text(
      'The date to count to; today when omitted (Excel then recalculates the count whenever the workbook calculates). In Google Sheets pass TODAY() as as_of to keep the count current: Sheets has no volatile custom functions, so an omitted as_of keeps the day the formula last ran',
      '统计截止日期；省略时为今天(Excel 会在工作簿每次计算时重新计算)。在 Google 表格中请把 TODAY() 作为 as_of 传入，以保持结果为最新：Google 表格的自定义函数不能设为易失函数，省略 as_of 时结果停留在公式上次运行的那一天',
    ),
    limits: text(
      'Days a deal may stay in a stage: one number for all stages, or two columns (stage, days) such as the Settings sheet’s; the settings’ limits (default 30) when omitted',
      '交易在一个阶段可停留的天数：所有阶段共用一个数，或两列区域(阶段、天数)，例如“设置”表中的停滞期限；省略时使用设置中的期限(默认 30 天)',
    ),
  },
  resultHelp: columnResultHelp(
    text(
      'Days beyond the limit per row, 0 when not stalled (won and lost deals never stall); blank for a blank stage',
      '每行为超出期限的天数，未停滞时为 0(赢单和丢单不计停滞)；阶段为空时结果为空',
    ),
  ),
  examples: [
    {
      args: [[['G20'], ['C50'], ['S100']], [[46000], [46050], [45900]], 46100],
      result: [[70], [20], [0]],
      note: text('100 and 50 days in stage against the default 30-day limit', '在阶段中分别停留 100 天和 50 天，默认期限为 30 天'),
    },
    { args: [[['G20'], ['C50']], [[46000], [46050]], 46100, [[60]]], result: [[40], [0]] },
  ],
};
