import { text } from '../../i18n';
import type { PIPELINE_COVERAGE, VELOCITY } from '../entries/team';
import type { HelpOf } from './types';

export const VELOCITY_HELP: HelpOf<typeof VELOCITY> = {
  description: text('Sales velocity: how much pipeline turns into revenue per day', '销售速度：每天有多少管道金额转化为收入'),
  params: {
    open_deals: text('How many deals are open', '在途交易数'),
    average_size: text('The average deal size in money, from 0 to 10^15', '平均交易金额，0 到 10^15'),
    win_rate: text('Won ÷ (won + lost), from 0 to 1 (or a percentage such as 25%)', '赢单数 ÷ (赢单数 + 丢单数)，0 到 1(或百分比，如 25%)'),
    cycle_days: text('The average sales cycle in days (more than 0)', '平均销售周期(天，需大于 0)'),
  },
  resultHelp: text('open deals × average size × win rate ÷ cycle days: money per day', '在途交易数 × 平均金额 × 赢率 ÷ 周期天数：每天的金额'),
  examples: [
    { args: [40, 50000, 0.25, 100], result: 5000 },
    { args: [12, 30000, '50%', 90], result: 2000 },
  ],
};

export const PIPELINE_COVERAGE_HELP: HelpOf<typeof PIPELINE_COVERAGE> = {
  description: text('How many times the open pipeline covers what is left of the quota', '在途管道金额是剩余配额的多少倍'),
  params: {
    open_pipeline: text('Open pipeline in the period, in money, from 0 to 10^15', '本期在途管道金额，0 到 10^15'),
    quota: text('The quota for the period, from 0 to 10^15', '本期配额，0 到 10^15'),
    closed_won: text('Already won in the period, 0 or more; 0 when omitted', '本期已赢单金额，不小于 0；省略时为 0'),
  },
  resultHelp: text('open pipeline ÷ (quota − closed won); an error when the quota is already met or an amount is negative', '在途管道 ÷ (配额 − 已赢单)；配额已完成或金额为负数时报错'),
  examples: [
    { args: [900000, 500000, 200000], result: 3 },
    { args: [600000, 400000], result: 1.5 },
  ],
};
