import { text } from '../../i18n';
import type { FORECAST_ACCURACY } from '../entries/forecast-accuracy';
import { columnResultHelp } from './row-faults';
import type { HelpOf } from './types';

export const FORECAST_ACCURACY_HELP: HelpOf<typeof FORECAST_ACCURACY> = {
  description: text('How far each forecast was from what closed: (forecast − actual) ÷ actual, per row', '每个预测与实际成交的偏差：每行 (预测 − 实际) ÷ 实际'),
  params: {
    forecast: text('The amount forecast for each period (or rep), one per row, from 0 to 10^15', '每个期间(或销售代表)的预测金额，每行一个，0 到 10^15'),
    actual: text('What actually closed (won) in the same rows, from 0 to 10^15', '同一行实际成交(赢单)的金额，0 到 10^15'),
  },
  resultHelp: columnResultHelp(
    text(
      'The error as a fraction per row (0.1 = forecast 10 % too high, −0.1 = 10 % too low; format as a percentage). Actual 0: 0 when the forecast is 0 too, blank otherwise (no percentage of nothing). Blank where either amount is blank',
      '每行一个误差小数(0.1 = 预测高出 10%，−0.1 = 低了 10%；可设为百分比格式)。实际为 0 时：预测也为 0 则为 0，否则为空(不能以 0 为基数算百分比)。任一金额为空时结果为空',
    ),
  ),
  examples: [
    {
      args: [
        [[120000], [90000], [100000]],
        [[100000], [100000], [100000]],
      ],
      result: [[0.2], [-0.1], [0]],
    },
    {
      args: [
        [[0], [5000], [null]],
        [[0], [0], [8000]],
      ],
      result: [[0], [''], ['']],
      note: text(
        'nothing forecast and nothing won is exact; a forecast against nothing won has no percentage; a missing forecast stays blank',
        '预测为 0 且未赢单为准确；有预测但实际为 0 时没有百分比；缺少预测时为空',
      ),
    },
  ],
};
