import { text } from '../../i18n';
import { coverage, salesVelocity } from '../../scoring/pipeline';
import { defineFunction } from '../types';
import { withArgumentNames } from './rename-argument';

export const VELOCITY = defineFunction({
  name: 'VELOCITY',
  description: text('Sales velocity: how much pipeline turns into revenue per day', '销售速度：每天有多少管道金额转化为收入'),
  params: [
    { name: 'open_deals', kind: 'number', help: text('How many deals are open', '在途交易数') },
    { name: 'average_size', kind: 'number', help: text('The average deal size in money', '平均交易金额') },
    { name: 'win_rate', kind: 'number', help: text('Won ÷ (won + lost), from 0 to 1 (or a percentage such as 25%)', '赢单数 ÷ (赢单数 + 丢单数)，0 到 1(或百分比，如 25%)') },
    { name: 'cycle_days', kind: 'number', help: text('The average sales cycle in days (more than 0)', '平均销售周期(天，需大于 0)') },
  ],
  result: 'value',
  resultHelp: text('open deals × average size × win rate ÷ cycle days: money per day', '在途交易数 × 平均金额 × 赢率 ÷ 周期天数：每天的金额'),
  examples: [
    { args: [40, 50000, 0.25, 100], result: 5000 },
    { args: [12, 30000, '50%', 90], result: 2000 },
  ],
  implement: ([openDeals, averageDealSize, winRate, cycleDays]) =>
    withArgumentNames(
      { openDeals: 'open_deals', averageDealSize: 'average_size', winRate: 'win_rate', cycleDays: 'cycle_days' },
      () => salesVelocity({ openDeals, averageDealSize, winRate, cycleDays }),
    ),
});

export const PIPELINE_COVERAGE = defineFunction({
  name: 'PIPELINE_COVERAGE',
  description: text('How many times the open pipeline covers what is left of the quota', '在途管道金额是剩余配额的多少倍'),
  params: [
    { name: 'open_pipeline', kind: 'number', help: text('Open pipeline in the period, in money', '本期在途管道金额') },
    { name: 'quota', kind: 'number', help: text('The quota for the period', '本期配额') },
    {
      name: 'closed_won',
      kind: 'number',
      optional: true,
      default: 0,
      help: text('Already won in the period; 0 when omitted', '本期已赢单金额；省略时为 0'),
    },
  ],
  result: 'value',
  resultHelp: text(
    'open pipeline ÷ (quota − closed won); an error when the quota is already met',
    '在途管道 ÷ (配额 − 已赢单)；配额已完成时报错',
  ),
  examples: [
    { args: [900000, 500000, 200000], result: 3 },
    { args: [600000, 400000], result: 1.5 },
  ],
  implement: ([openPipeline, quota, closedWon]) =>
    withArgumentNames({ openPipeline: 'open_pipeline', closedWon: 'closed_won' }, () => coverage(openPipeline, quota, closedWon)),
});
