import { LADDER_IDS, LOST_STAGE } from '../../methods/types';
import { stalledDaysAt } from '../../scoring/pipeline';
import type { ScoringSettings } from '../../scoring/settings';
import { builtInStageTable, matchStage, stageTableFromOwnRange, type StageTable } from '../../scoring/stage-table';
import type { DecimalMark } from '../../numbers/decimal-mark';
import { text } from '../../i18n';
import { argumentError, DATE_RANGE_TEXT, dateFromCell, dateToSerial, numberFromCell, rowError, showCell } from '../coerce';
import type { Cell, Grid, ResultScalar } from '../types';
import { defineFunction, optionalParam, rowsParam } from '../types';
import { STAGES_PARAM, stageInRow } from './ladder-argument';
import { asColumn, checkSameLength, decimalMarkOf, isBlankCell, listOf } from './read';
import { withArgumentNames } from './rename-argument';

/**
 * STALLED has no ladder argument, so the ladder is the one the first stage typed belongs to (stage codes
 * differ between the built-in ladders); every other row must then be on that ladder too.
 */
function ladderOfStages(stages: readonly Cell[], settings: ScoringSettings): StageTable {
  // MILESTONES first: a column with no stage typed yet is on the default ladder.
  const tables = LADDER_IDS.map((id) => builtInStageTable(id, settings));
  const first = stages.findIndex((cell) => !isBlankCell(cell) && String(cell).trim().toUpperCase() !== LOST_STAGE);
  if (first < 0) return tables[0];
  const table = tables.find((candidate) => matchStage(candidate, stages[first]));
  if (table) return table;
  throw rowError(
    'stages',
    first + 1,
    `'${stages[first]}' is on no built-in ladder; give the stall limits of your own stages as limits (stage, days)`,
    `“${stages[first]}”不属于任何内置阶梯；请在 limits 中给出自定义阶段的停滞期限(阶段、天数)`,
  );
}

function isNumberCell(cell: Cell | undefined, decimalMark: DecimalMark): boolean {
  return cell !== undefined && numberFromCell(cell, decimalMark) !== undefined;
}

/** The stall limits: one number of days for every stage, or a two-column range (stage, days) such as the Settings sheet's. */
function limitsTable(limits: Grid | undefined, stages: readonly Cell[], settings: ScoringSettings, decimalMark: DecimalMark): StageTable {
  if (limits === undefined) return ladderOfStages(stages, settings);
  if (limits.length === 1 && limits[0].length === 1) {
    const days = numberFromCell(limits[0][0], decimalMark);
    if (days === undefined || days < 0) {
      throw argumentError('limits', `${showCell(limits[0][0])} is not a number of days`, `${showCell(limits[0][0])} 不是有效的天数`);
    }
    const table = ladderOfStages(stages, settings);
    return { ...table, stages: table.stages.map((stage) => ({ ...stage, stallDays: days })), lost: { ...table.lost, stallDays: days } };
  }
  if (limits[0].length !== 2) {
    throw argumentError('limits', 'expected a number of days or two columns (stage, days)', '应为天数，或两列区域(阶段、天数)');
  }
  // A header row ("Stage | Days") is skipped; probabilities do not matter for stalling.
  // The Settings sheet's table has room for more stages than a ladder has: its spare rows are blank.
  const rows = limits
    .filter((row, i) => !(i === 0 && !isNumberCell(row[1], decimalMark) && row[1] !== null))
    .filter((row) => !(isBlankCell(row[0]) && isBlankCell(row[1])))
    .map((row) => [row[0], 0, row[1]]);
  return withArgumentNames({ stages: 'limits' }, () => stageTableFromOwnRange(rows, settings, { lastIsWon: true }));
}

function todaySerial(): number {
  return Math.floor(dateToSerial(new Date()));
}

export const STALLED = defineFunction({
  name: 'STALLED',
  params: [STAGES_PARAM, rowsParam('entered'), optionalParam('as_of', 'date'), optionalParam('limits', 'range')],
  result: 'column',
  // An omitted as_of is today: without this Excel would keep yesterday's count until an argument changes.
  volatile: true,
  implement: ([stages, entered, asOf, limits], context) => {
    const stageList = listOf(stages, 'stages');
    const enteredList = listOf(entered, 'entered');
    checkSameLength(stageList, 'stages', enteredList, 'entered');
    const table = limitsTable(limits, stageList, context.settings, decimalMarkOf(context));
    const today = asOf ?? todaySerial();
    return asColumn(
      stageList.map((cell, i): ResultScalar => {
        if (isBlankCell(cell)) return '';
        const stage = stageInRow(table, cell, 'stages', i + 1);
        const date = dateFromCell(enteredList[i]);
        if (date === undefined) {
          const what = typeof enteredList[i] === 'number' ? DATE_RANGE_TEXT : text('a date', '日期');
          throw rowError('entered', i + 1, `${showCell(enteredList[i])} is not ${what.en}`, `${showCell(enteredList[i])} 不是${what['zh-CN']}`);
        }
        return withArgumentNames({ stageEntered: `entered, row ${i + 1}` }, () => stalledDaysAt(stage, date, today));
      }),
    );
  },
});
