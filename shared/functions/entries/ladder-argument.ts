import { DEFAULT_LADDER_ID } from '../../methods/ladders';
import { LADDER_IDS, type LadderId } from '../../methods/types';
import type { ScoringSettings } from '../../scoring/settings';
import { builtInStageTable, findStage, matchStage, stageTableFromOwnRange, type StageRow, type StageTable } from '../../scoring/stage-table';
import { argumentError } from '../coerce';
import type { Cell, Grid } from '../types';
import { optionalParam, rangeParam } from '../types';
import { isBlankCell, rowLabel } from './read';
import { withArgumentNames } from './rename-argument';

export const LADDER_PARAM = optionalParam('ladder', 'range');

export const STAGES_PARAM = rangeParam('stages');

/** The stage table a `ladder` argument names: a ladder id in one cell, or a manager's own two-column range. */
export function ladderTable(ladder: Grid | undefined, settings: ScoringSettings): StageTable {
  if (ladder === undefined) return builtInStageTable(DEFAULT_LADDER_ID, settings);
  if (ladder.length === 1 && ladder[0].length === 1) {
    const id = String(ladder[0][0] ?? '')
      .trim()
      .toUpperCase();
    if (!(LADDER_IDS as readonly string[]).includes(id)) {
      throw argumentError(
        'ladder',
        `'${ladder[0][0]}' is not a ladder; use ${LADDER_IDS.join(', ')} or a two-column range of stage and probability`,
        `“${ladder[0][0]}”不是有效的阶梯；请用 ${LADDER_IDS.join('、')}，或两列区域(阶段、概率)`,
      );
    }
    return builtInStageTable(id as LadderId, settings);
  }
  if (ladder[0].length < 2) {
    throw argumentError('ladder', 'expected a ladder id or a range of two columns (stage, probability)', '应为阶梯编号，或两列区域(阶段、概率)');
  }
  return withArgumentNames({ stages: 'ladder' }, () => stageTableFromOwnRange(ladder, settings));
}

export function isBlankStage(cell: Cell): boolean {
  return isBlankCell(cell);
}

/** The stage typed in one row of `argument`, found by code or label; an unknown stage names the row. */
export function stageInRow(table: StageTable, cell: Cell, argument: string, row: number): StageRow {
  // The row's name is only put together when the row is at fault: a column may have 100k rows.
  return matchStage(table, cell) ?? findStage(table, cell, rowLabel(argument, row).en);
}
