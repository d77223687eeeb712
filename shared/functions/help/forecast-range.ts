import { text } from '../../i18n';
import type { FORECAST_RANGE } from '../entries/forecast-range';
import { summaryResultHelp } from './row-faults';
import type { HelpOf } from './types';

export const FORECAST_RANGE_HELP: HelpOf<typeof FORECAST_RANGE> = {
  description: text(
    'How much is likely to close: percentiles of the total, each open deal closing with its own probability',
    '可能成交的金额范围：各在途交易按各自概率独立成交时，成交总额的百分位数',
  ),
  params: {
    amounts: text('Each open deal’s amount, one per row, from 0 to 10^15', '每笔在途交易的金额，每行一个，0 到 10^15'),
    probabilities: text('Each deal’s win probability, 0 to 1 (or 0 % to 100 %), same rows as amounts', '每笔交易的赢单概率，0 到 1(或 0% 到 100%)，与 amounts 行对应'),
    percentiles: text('The percentiles wanted, as fractions (0.1 for P10); P10, P50 and P90 when omitted', '需要的百分位，用小数表示(P10 写作 0.1)；省略时为 P10、P50、P90'),
  },
  resultHelp: summaryResultHelp(
    text(
      'One row per percentile: its name (P10…) and the amount the total stays at or below with that probability; then a last row, resolution, with the unit the amounts were rounded to before adding (each percentile is a multiple of it, usually within one unit of the exact figure)',
      '每个百分位一行：名称(P10 等)，以及成交总额以该概率不超过的金额；最后一行为“精度”，即相加前金额取整所用的单位(每个百分位都是它的整数倍，与精确值通常相差不超过一个单位)',
    ),
  ),
  examples: [
    {
      args: [
        [[100000], [100000]],
        [[0.5], [0.5]],
      ],
      result: [
        ['P10', 0],
        ['P50', 100000],
        ['P90', 200000],
        ['resolution', 20],
      ],
      note: text(
        'two coin-flip deals: nothing, one or both close; amounts were added on a grid of 20 (200,000 spread over at most 20,000 points)',
        '两笔成败各半的交易：都不成、成一笔或两笔都成；金额在以 20 为单位的网格上相加(200,000 分布在不超过 20,000 个点上)',
      ),
    },
    {
      args: [[[1250], [100000]], [[0.5], [0.5]], [[0.5]]],
      result: [
        ['P50', 1250],
        ['resolution', 10],
      ],
      note: text('the median total is the small deal alone; exact here, as 1,250 is a multiple of the resolution', '成交总额的中位数恰为那笔小单；1,250 是精度的整数倍，因此此处结果精确'),
    },
  ],
};
