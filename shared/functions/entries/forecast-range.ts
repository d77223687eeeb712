import { isDealKitError } from '../../errors';
import { text, tr } from '../../i18n';
import { forecastPercentiles } from '../../pipeline/forecast-range';
import { rowError } from '../coerce';
import type { DecimalMark } from '../../numbers/decimal-mark';
import type { Grid } from '../types';
import { defineFunction, optionalParam, rangeParam } from '../types';
import { amountInRow, decimalMarkOf, isBlankCell, listOf, numberInRow } from './read';

/**
 * A list of numbers with blanks kept in place (the forecast pairs amounts and probabilities by row);
 * amounts are read within MAX_AMOUNT so the forecast's grid stays finite.
 */
function numbersWithBlanks(grid: Grid, argument: string, decimalMark: DecimalMark, read = numberInRow): (number | null)[] {
  return listOf(grid, argument).map((cell, i) => (isBlankCell(cell) ? null : read(cell, argument, i + 1, decimalMark)));
}

function percentileLabel(percentile: number): string {
  return `P${Math.round(percentile * 1000) / 10}`;
}

/**
 * The forecast core counts list items ("amounts item 2 …"); the lists are the argument's rows, blanks
 * kept in place, so its errors are re-worded to name the row the way every other function does.
 */
function namingRows<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isDealKitError(error)) throw error;
    const en = /^(amounts|probabilities|percentiles) item (\d+) ([\s\S]*)$/.exec(error.text.en);
    const zh = /^(?:amounts|probabilities|percentiles) 第 \d+ 项([\s\S]*)$/.exec(error.text['zh-CN']);
    if (en === null || zh === null) throw error;
    throw rowError(en[1], Number(en[2]), `the cell ${en[3]}`, `该单元格${zh[1]}`);
  }
}

const RESOLUTION_LABEL = text('resolution', '精度');

export const FORECAST_RANGE = defineFunction({
  name: 'FORECAST_RANGE',
  params: [
    rangeParam('amounts'),
    rangeParam('probabilities'),
    optionalParam('percentiles', 'range'),
  ],
  result: 'spill',
  // One row per percentile, then the resolution row.
  implement: ([amounts, probabilities, percentiles], context) => {
    const decimalMark = decimalMarkOf(context);
    const wanted = percentiles === undefined ? undefined : numbersWithBlanks(percentiles, 'percentiles', decimalMark);
    const range = namingRows(() =>
      forecastPercentiles(numbersWithBlanks(amounts, 'amounts', decimalMark, amountInRow), numbersWithBlanks(probabilities, 'probabilities', decimalMark), wanted),
    );
    // The percentiles are grid points: the grid's unit says how far from exact they may be.
    return [...range.percentiles.map((p, i) => [percentileLabel(p), range.amounts[i]]), [tr(RESOLUTION_LABEL, context.locale), range.resolution]];
  },
});
