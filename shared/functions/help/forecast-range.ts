import { text } from '../../i18n';
import type { FunctionHelp } from './types';

export const FORECAST_RANGE_HELP: FunctionHelp = {
  description: text(
    'How much is likely to close: percentiles of the total, each open deal closing with its own probability',
    '可能成交的金额范围：各在途交易按各自概率独立成交时，成交总额的百分位数',
  ),
  params: {
    amounts: text('Each open deal’s amount, one per row', '每笔在途交易的金额，每行一个'),
    probabilities: text('Each deal’s win probability, 0 to 1 (or 0 % to 100 %), same rows as amounts', '每笔交易的赢单概率，0 到 1(或 0% 到 100%)，与 amounts 行对应'),
    percentiles: text('The percentiles wanted, as fractions (0.1 for P10); P10, P50 and P90 when omitted', '需要的百分位，用小数表示(P10 写作 0.1)；省略时为 P10、P50、P90'),
  },
  resultHelp: text(
    'One row per percentile: its name (P10…) and the amount the total stays at or below with that probability',
    '每个百分位一行：名称(P10 等)，以及成交总额以该概率不超过的金额',
  ),
  examples: [
    {
      args: [[[100000], [100000]], [[0.5], [0.5]]],
      result: [
        ['P10', 0],
        ['P50', 100000],
        ['P90', 200000],
      ],
      note: text('two coin-flip deals: nothing, one or both close', '两笔成败各半的交易：都不成、成一笔或两笔都成'),
    },
  ],
};
