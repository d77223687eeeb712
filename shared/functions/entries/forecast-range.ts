import { text, tr } from '../../i18n';
import { forecastPercentiles, type ItemError } from '../../pipeline/forecast-range';
import { rowError } from '../coerce';
import type { DecimalMark } from '../../numbers/decimal-mark';
import type { Grid } from '../types';
import { defineFunction, optionalParam, rowsParam } from '../types';
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
 * kept in place, so its errors name the row the way every other function does.
 */
const rowOfList: ItemError = (list, row, en, zh) => rowError(list, row, `the cell ${en}`, `该单元格${zh}`);

const RESOLUTION_LABEL = text('resolution', '精度');

export const FORECAST_RANGE = defineFunction({
  name: 'FORECAST_RANGE',
  params: [rowsParam('amounts'), rowsParam('probabilities'), optionalParam('percentiles', 'range')],
  result: 'spill',
  // One row per percentile, then the resolution row.
  implement: ([amounts, probabilities, percentiles], context) => {
    const decimalMark = decimalMarkOf(context);
    const wanted = percentiles === undefined ? undefined : numbersWithBlanks(percentiles, 'percentiles', decimalMark);
    const range = forecastPercentiles(numbersWithBlanks(amounts, 'amounts', decimalMark, amountInRow), numbersWithBlanks(probabilities, 'probabilities', decimalMark), wanted, rowOfList);
    // The percentiles are grid points: the grid's unit says how far from exact they may be.
    return [...range.percentiles.map((p, i) => [percentileLabel(p), range.amounts[i]]), [tr(RESOLUTION_LABEL, context.locale), range.resolution]];
  },
});
