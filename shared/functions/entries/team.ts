import { coverage, salesVelocity } from '../../scoring/pipeline';
import { defineFunction } from '../types';
import { withArgumentNames } from './rename-argument';

export const VELOCITY = defineFunction({
  name: 'VELOCITY',
  params: [
    { name: 'open_deals', kind: 'number', },
    { name: 'average_size', kind: 'number', },
    { name: 'win_rate', kind: 'number', },
    { name: 'cycle_days', kind: 'number', },
  ],
  result: 'value',
  implement: ([openDeals, averageDealSize, winRate, cycleDays]) =>
    withArgumentNames(
      { openDeals: 'open_deals', averageDealSize: 'average_size', winRate: 'win_rate', cycleDays: 'cycle_days' },
      () => salesVelocity({ openDeals, averageDealSize, winRate, cycleDays }),
    ),
});

export const PIPELINE_COVERAGE = defineFunction({
  name: 'PIPELINE_COVERAGE',
  params: [
    { name: 'open_pipeline', kind: 'number', },
    { name: 'quota', kind: 'number', },
    {
      name: 'closed_won',
      kind: 'number',
      optional: true,
      default: 0,
    },
  ],
  result: 'value',
  implement: ([openPipeline, quota, closedWon]) =>
    withArgumentNames({ openPipeline: 'open_pipeline', closedWon: 'closed_won' }, () => coverage(openPipeline, quota, closedWon)),
});
