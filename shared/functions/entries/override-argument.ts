import { rowError, showCell } from '../coerce';
import type { Cell, Grid } from '../types';
import { optionalParam } from '../types';
import { checkSameLength, isBlankCell, listOf } from './read';

/**
 * The optional `overrides` column of WINPROB, WEIGHTED and FORECAST_CATEGORY: a rep's own
 * probability typed over the stage default. Read as a fraction from 0 to 1 — which is what a cell
 * formatted as a percentage holds (40 % is 0.4), and what "40%" typed as text means. A bare number
 * above 1 is refused rather than guessed at: 40 might mean 40 % or a typo for 0.40, and reading it
 * either way silently would put a wrong figure in the forecast.
 */
export const OVERRIDES_PARAM = { ...optionalParam('overrides', 'range'), rows: true } as const;

/** One override cell: undefined when blank, else a fraction 0–1, or an error naming the row. */
export function overrideInRow(cell: Cell, row: number): number | undefined {
  if (isBlankCell(cell)) return undefined;
  let value: number | undefined;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    // NFKC reads the full-width digits and ％ a Chinese IME types as their ASCII forms.
    const m = /^([+-]?\d+(?:\.\d+)?)\s*(%?)$/.exec(cell.normalize('NFKC').trim());
    if (m) value = Number(m[1]) / (m[2] ? 100 : 1);
  }
  if (value === undefined) {
    throw rowError('overrides', row, `${showCell(cell)} is not a probability; type it as 40% or 0.4`, `${showCell(cell)} 不是概率；请写成 40% 或 0.4`);
  }
  if (value > 1) {
    throw rowError(
      'overrides',
      row,
      `${showCell(cell)} is above 1: overrides are fractions from 0 to 1, so for ${value} % type ${value}% (with the sign) or ${value / 100}`,
      `${showCell(cell)} 大于 1：覆盖概率是 0 到 1 的小数；若指 ${value}%，请写成 ${value}%(带百分号)或 ${value / 100}`,
    );
  }
  if (value < 0) {
    throw rowError('overrides', row, `${showCell(cell)} is below 0 %; a probability is from 0 % to 100 %`, `${showCell(cell)} 小于 0%；概率应在 0% 到 100% 之间`);
  }
  return value;
}

/** The overrides column as a list beside `stages` (same rows), or undefined when omitted. */
export function overrideList(overrides: Grid | undefined, stages: { readonly length: number }): (number | undefined)[] | undefined {
  if (overrides === undefined) return undefined;
  const cells = listOf(overrides, 'overrides');
  checkSameLength(stages, 'stages', cells, 'overrides');
  const list = new Array<number | undefined>(cells.length);
  for (let i = 0; i < cells.length; i += 1) list[i] = overrideInRow(cells[i], i + 1);
  return list;
}
