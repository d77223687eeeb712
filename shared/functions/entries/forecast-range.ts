import { forecastRange } from '../../pipeline/forecast-range';
import type { Grid } from '../types';
import { defineFunction } from '../types';
import { isBlankCell, listLength, listOf, numberInRow } from './read';

/** A list of numbers with blanks kept in place (the forecast pairs amounts and probabilities by row). */
function numbersWithBlanks(grid: Grid, argument: string): (number | null)[] {
  return listOf(grid, argument).map((cell, i) => (isBlankCell(cell) ? null : numberInRow(cell, argument, i + 1)));
}

function percentileLabel(percentile: number): string {
  return `P${Math.round(percentile * 1000) / 10}`;
}

export const FORECAST_RANGE = defineFunction({
  name: 'FORECAST_RANGE',
  params: [
    { name: 'amounts', kind: 'range', },
    {
      name: 'probabilities',
      kind: 'range',
    },
    {
      name: 'percentiles',
      kind: 'range',
      optional: true,
    },
  ],
  result: 'spill',
  resultSize: (sizes) => ({ rows: sizes[2] ? listLength(sizes[2]) : 3, columns: 2 }),
  implement: ([amounts, probabilities, percentiles]) => {
    const wanted = percentiles === undefined ? undefined : numbersWithBlanks(percentiles, 'percentiles');
    const range = forecastRange(numbersWithBlanks(amounts, 'amounts'), numbersWithBlanks(probabilities, 'probabilities'), wanted);
    return range.percentiles.map((p) => [percentileLabel(p.percentile), p.amount]);
  },
});
