import { StageToWinTally } from '../../scoring/stage-to-win';
import type { StageRow } from '../../scoring/stage-table';
import { dateFromCell, rowError, showCell } from '../coerce';
import { defineFunction, optionalParam, rowsParam } from '../types';
import { LADDER_PARAM, ladderTable, STAGES_PARAM, stageInRow } from './ladder-argument';
import { cellOf, checkSameLength, isBlankCell, listView } from './read';

export const STAGE_CONVERSION = defineFunction({
  name: 'STAGE_CONVERSION',
  params: [rowsParam('deal_ids'), STAGES_PARAM, { ...optionalParam('dates', 'range'), rows: true }, LADDER_PARAM],
  result: 'spill',
  implement: ([ids, stages, dates, ladder], context) => {
    const table = ladderTable(ladder, context.settings);
    const idList = listView(ids, 'deal_ids');
    const stageList = listView(stages, 'stages');
    checkSameLength(idList, 'deal_ids', stageList, 'stages');
    const dateList = dates && listView(dates, 'dates');
    if (dateList) checkSameLength(idList, 'deal_ids', dateList, 'dates');
    const sightings: { id: string; stage: StageRow; date: number }[] = [];
    for (let i = 0; i < idList.length; i += 1) {
      const id = cellOf(idList, i);
      const stage = cellOf(stageList, i);
      if (isBlankCell(id) && isBlankCell(stage)) continue;
      if (isBlankCell(id)) throw rowError('deal_ids', i + 1, 'the deal ID is blank', '商机编号为空');
      let date = i;
      if (dateList) {
        const cell = cellOf(dateList, i);
        const serial = dateFromCell(cell);
        if (serial === undefined) throw rowError('dates', i + 1, `${showCell(cell)} is not a date`, `${showCell(cell)} 不是日期`);
        date = serial;
      }
      sightings.push({ id: String(id).trim(), stage: stageInRow(table, stage, 'stages', i + 1), date });
    }
    // Sorting is stable: rows of one date keep the order they are listed in.
    sightings.sort((a, b) => a.date - b.date);
    const tally = new StageToWinTally();
    for (const sighting of sightings) tally.add(sighting.id, sighting.stage);
    return tally.result(table).map((line) => [line.stage.code, line.reached, line.won, line.lost, line.conversion ?? '']);
  },
});
