import { DEFAULT_LADDER_ID } from '../../methods/ladders';
import { LADDER_IDS, type LadderId } from '../../methods/types';
import type { ScoringSettings } from '../../scoring/settings';
import { builtInStageTable, matchStage, stageTableFromOwnRange, type StageRow, type StageTable } from '../../scoring/stage-table';
import { argumentError, rowError } from '../coerce';
import type { Cell, Grid } from '../types';
import { optionalParam, rowsParam } from '../types';
import { isBlankCell } from './read';
import { withArgumentNames } from './rename-argument';

export const LADDER_PARAM = optionalParam('ladder', 'range');

export const STAGES_PARAM = rowsParam('stages');

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

/**
 * The stage typed in one row of `argument`, found by code or by label in either language (as `findStage`
 * finds it); a blank or unknown stage is an error naming the row, so a host sets that row aside.
 */
export function stageInRow(table: StageTable, cell: Cell, argument: string, row: number): StageRow {
  const found = matchStage(table, cell);
  if (found) return found;
  if (isBlankCell(cell)) throw rowError(argument, row, 'the stage is blank', '阶段为空');
  const codes = [...table.stages, table.lost].map((stage) => stage.code).join(', ');
  const typed = String(cell).trim();
  throw rowError(argument, row, `"${typed}" is not a stage; use ${codes}`, `“${typed}”不是有效阶段；可用 ${codes}`);
}
