import { coverage, salesVelocity } from '../../scoring/pipeline';
import { defineFunction, optionalParam, param } from '../types';
import { withArgumentNames } from './rename-argument';

export const VELOCITY = defineFunction({
  name: 'VELOCITY',
  params: [param('open_deals', 'number'), param('average_size', 'number'), param('win_rate', 'number'), param('cycle_days', 'number')],
  result: 'value',
  implement: ([openDeals, averageDealSize, winRate, cycleDays]) =>
    withArgumentNames({ openDeals: 'open_deals', averageDealSize: 'average_size', winRate: 'win_rate', cycleDays: 'cycle_days' }, () =>
      salesVelocity({ openDeals, averageDealSize, winRate, cycleDays }),
    ),
});

export const PIPELINE_COVERAGE = defineFunction({
  name: 'PIPELINE_COVERAGE',
  params: [param('open_pipeline', 'number'), param('quota', 'number'), { ...optionalParam('closed_won', 'number'), default: 0 }],
  result: 'value',
  implement: ([openPipeline, quota, closedWon]) => withArgumentNames({ openPipeline: 'open_pipeline', closedWon: 'closed_won' }, () => coverage(openPipeline, quota, closedWon)),
});
