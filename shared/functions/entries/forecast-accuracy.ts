import { forecastError } from '../../pipeline/forecast-error';
import { rowError, showCell } from '../coerce';
import type { DecimalMark } from '../../numbers/decimal-mark';
import type { Cell, ResultScalar } from '../types';
import { defineFunction, rowsParam } from '../types';
import { amountInRow as boundedAmountInRow, asColumn, checkSameLength, decimalMarkOf, isBlankCell, listOf } from './read';

function amountInRow(cell: Cell, argument: string, row: number, decimalMark: DecimalMark): number | null {
  if (isBlankCell(cell)) return null;
  const n = boundedAmountInRow(cell, argument, row, decimalMark);
  if (n < 0) throw rowError(argument, row, `${showCell(cell)} is negative; an amount forecast or won is 0 or more`, `${showCell(cell)} 为负数；预测或赢单金额应不小于 0`);
  return n;
}

export const FORECAST_ACCURACY = defineFunction({
  name: 'FORECAST_ACCURACY',
  params: [rowsParam('forecast'), rowsParam('actual')],
  result: 'column',
  implement: ([forecast, actual], context) => {
    const decimalMark = decimalMarkOf(context);
    const forecasts = listOf(forecast, 'forecast');
    const actuals = listOf(actual, 'actual');
    checkSameLength(forecasts, 'forecast', actuals, 'actual');
    return asColumn(
      forecasts.map((cell, i): ResultScalar => {
        const f = amountInRow(cell, 'forecast', i + 1, decimalMark);
        const a = amountInRow(actuals[i] ?? null, 'actual', i + 1, decimalMark);
        if (f === null || a === null) return '';
        const error = forecastError(f, a);
        // An actual a hair above 0 (5e-324) makes the ratio overflow: say which cell, not "internal error".
        if (error !== null && !Number.isFinite(error)) {
          throw rowError('actual', i + 1, `${showCell(a)} is too close to 0 to measure the forecast ${f} against`, `${showCell(a)} 过于接近 0，无法据此衡量预测 ${f}`);
        }
        return error ?? '';
      }),
    );
  },
});
