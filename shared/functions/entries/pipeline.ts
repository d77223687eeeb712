import { text, tr } from '../../i18n';
import { DEFAULT_LADDER_ID, LADDERS } from '../../methods/ladders';
import { LADDER_IDS, type LadderId } from '../../methods/types';
import { parseTick } from '../../scoring/control';
import { categoryOf, evidencedStage, FORECAST_LABELS, FunnelTally, probabilityOf, weightedAt } from '../../scoring/pipeline';
import { argumentError } from '../coerce';
import type { Cell, GridSize, ParamSpec, ResultGrid, ResultScalar } from '../types';
import { defineFunction } from '../types';
import { LADDER_PARAM, ladderTable, STAGES_PARAM, stageInRow } from './ladder-argument';
import { stageMatcher } from '../../scoring/stage-table';
import { asColumn, asGrid, cellOf, checkSameLength, isBlankCell, listLength, listView, numberInRow } from './read';
import { OVERRIDES_PARAM, overrideList } from './override-argument';
import { rowError } from '../coerce';

const MAX_BUILT_IN_STAGES = Math.max(...LADDER_IDS.map((id) => LADDERS[id].stages.length));

const AMOUNTS_PARAM = {
  name: 'amounts',
  kind: 'range',
  help: text('Each deal’s amount, one per row, in the same rows as stages; blank counts as 0', '每笔交易的金额，每行一个，与 stages 行对应；空白视为 0'),
} as const satisfies ParamSpec;

/** A column result has one row per value of the given list argument. */
const rowsOf = (index: number) => (sizes: readonly (GridSize | undefined)[]): GridSize => ({
  rows: sizes[index] ? listLength(sizes[index]) : 1,
  columns: 1,
});

/** A row with no stage has no probability: blank, unless an override was typed there (which would be lost). */
function blankStage(override: number | undefined, row: number): ResultScalar {
  if (override === undefined) return '';
  throw rowError('overrides', row, 'has a probability but the stage is blank; give the deal a stage', '填写了概率但阶段为空；请先填写阶段');
}

function amountInRow(cell: Cell, row: number): number {
  return isBlankCell(cell) ? 0 : numberInRow(cell, 'amounts', row);
}

export const WINPROB = defineFunction({
  name: 'WINPROB',
  description: text('The win probability of each deal’s stage', '每笔交易所处阶段的赢单概率'),
  params: [STAGES_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'column',
  resultHelp: text(
    'A probability from 0 to 1 per row (LOST is 0), the override where one is given; blank for a blank stage',
    '每行一个 0 到 1 的概率(LOST 为 0)，有覆盖值时取覆盖值；阶段为空时结果为空',
  ),
  examples: [
    { args: [[['G10'], ['C50'], ['A90'], ['LOST']]], result: [[0.1], [0.5], [0.9], [0]] },
    { args: [[['Qualified'], ['Won']], [['SIGNATURE']]], result: [[0.5], [1]] },
    {
      args: [[['Demo'], ['Deal']], [['Demo', 0.3], ['Deal', 1], ['LOST', 0]]],
      result: [[0.3], [1]],
      note: text('a team’s own two-column ladder', '团队自定义的两列阶梯'),
    },
    {
      args: [[['C50'], ['C50'], ['S100']], undefined, [[0.8], [null], [0.3]]],
      result: [[0.8], [0.5], [1]],
      note: text('a rep’s override of 80 % on the first deal; a won deal keeps 100 %', '第一笔交易由销售改为 80%；赢单仍为 100%'),
    },
  ],
  resultSize: rowsOf(0),
  implement: ([stages, ladder, overrides], context) => {
    const table = ladderTable(ladder, context.settings);
    const stageList = listView(stages, 'stages');
    const typed = overrideList(overrides, stageList);
    const matcher = stageMatcher(table);
    const column: ResultGrid = new Array(stageList.length);
    for (let i = 0; i < stageList.length; i += 1) {
      const cell = cellOf(stageList, i);
      const override = typed === undefined ? undefined : typed[i];
      if (isBlankCell(cell)) {
        column[i] = [blankStage(override, i + 1)];
        continue;
      }
      const stage = matcher.match(cell) ?? stageInRow(table, cell, 'stages', i + 1);
      column[i] = [probabilityOf(stage, override)];
    }
    return asGrid(column);
  },
});

export const WEIGHTED = defineFunction({
  name: 'WEIGHTED',
  description: text('Each deal’s amount weighted by its stage’s win probability', '每笔交易按所处阶段赢单概率加权后的金额'),
  params: [AMOUNTS_PARAM, STAGES_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'column',
  resultHelp: text(
    'Amount × probability per row (the override where one is given); blank where both the amount and the stage are blank',
    '每行为金额 × 概率(有覆盖值时用覆盖值)；金额和阶段都为空时结果为空',
  ),
  examples: [
    { args: [[[100000], [40000], [250000]], [['G20'], ['C50'], ['S100']]], result: [[20000], [20000], [250000]] },
    {
      args: [[[100000], [40000]], [['G20'], ['C50']], undefined, [['60%'], [null]]],
      result: [[60000], [20000]],
      note: text('the first deal overridden to 60 %', '第一笔交易覆盖为 60%'),
    },
  ],
  resultSize: rowsOf(0),
  implement: ([amounts, stages, ladder, overrides], context) => {
    const table = ladderTable(ladder, context.settings);
    const amountList = listView(amounts, 'amounts');
    const stageList = listView(stages, 'stages');
    checkSameLength(amountList, 'amounts', stageList, 'stages');
    const typed = overrideList(overrides, stageList);
    const matcher = stageMatcher(table);
    const column: ResultGrid = new Array(stageList.length);
    for (let i = 0; i < stageList.length; i += 1) {
      const cell = cellOf(stageList, i);
      const amountCell = cellOf(amountList, i);
      const override = typed === undefined ? undefined : typed[i];
      if (isBlankCell(cell) && isBlankCell(amountCell)) {
        column[i] = [blankStage(override, i + 1)];
        continue;
      }
      const stage = matcher.match(cell) ?? stageInRow(table, cell, 'stages', i + 1);
      column[i] = [weightedAt(stage, amountInRow(amountCell, i + 1), override)];
    }
    return asGrid(column);
  },
});

export const FORECAST_CATEGORY = defineFunction({
  name: 'FORECAST_CATEGORY',
  description: text('Each deal’s forecast category, from its stage’s probability', '按阶段概率得出的每笔交易的预测类别'),
  params: [STAGES_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'column',
  resultHelp: text(
    'Pipeline (below 50 %), Best case (50–89 %), Commit (90 % and up), Won (the last stage) or Lost, per row; an open deal’s band follows its override where one is given',
    '每行一个：管道(低于 50%)、最佳情况(50%–89%)、承诺(90% 及以上)、赢单(最后阶段)或丢单；在途交易有覆盖值时按覆盖值分类',
  ),
  examples: [
    { args: [[['D30'], ['C50'], ['A90'], ['S100'], ['LOST']]], result: [['Pipeline'], ['Best case'], ['Commit'], ['Won'], ['Lost']] },
    {
      args: [[['D30'], ['A90']], undefined, [[0.95], [0.4]]],
      result: [['Commit'], ['Pipeline']],
      note: text('overrides move each deal to the band of its own probability', '覆盖值使交易按其自身概率归类'),
    },
  ],
  resultSize: rowsOf(0),
  implement: ([stages, ladder, overrides], context) => {
    const table = ladderTable(ladder, context.settings);
    const stageList = listView(stages, 'stages');
    const typed = overrideList(overrides, stageList);
    const matcher = stageMatcher(table);
    const column: ResultGrid = new Array(stageList.length);
    for (let i = 0; i < stageList.length; i += 1) {
      const cell = cellOf(stageList, i);
      const override = typed === undefined ? undefined : typed[i];
      if (isBlankCell(cell)) {
        column[i] = [blankStage(override, i + 1)];
        continue;
      }
      const stage = matcher.match(cell) ?? stageInRow(table, cell, 'stages', i + 1);
      column[i] = [tr(FORECAST_LABELS[categoryOf(stage, context.settings, override)], context.locale)];
    }
    return asGrid(column);
  },
});

export const FUNNEL = defineFunction({
  name: 'FUNNEL',
  description: text('The pipeline funnel: deals and amounts per stage of the ladder', '销售漏斗：阶梯上每个阶段的交易数与金额'),
  params: [STAGES_PARAM, AMOUNTS_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'spill',
  resultHelp: text(
    'One row per ladder stage in ladder order (lost deals are left out): stage, deals, amount, weighted amount (at each deal’s override where one is given)',
    '阶梯上每个阶段一行，按阶梯顺序(丢单不计入)：阶段、交易数、金额、加权金额(有覆盖值的交易按覆盖值加权)',
  ),
  examples: [
    {
      args: [[['L1'], ['L3'], ['L3'], ['LOST']], [[10000], [20000], [30000], [5000]], [['FUNNEL']]],
      result: [
        ['L1', 1, 10000, 1000],
        ['L2', 0, 0, 0],
        ['L3', 2, 50000, 25000],
        ['L4', 0, 0, 0],
        ['L5', 0, 0, 0],
        ['SIGNED', 0, 0, 0],
      ],
      note: text('the CES funnel ladder; the lost deal is left out', 'CES 漏斗阶梯；丢单不计入'),
    },
  ],
  // Built-in ladders have at most 8 stages; a team's own ladder as many as its range has rows.
  resultSize: (sizes) => {
    const ladder = sizes[2];
    if (ladder === undefined) return { rows: LADDERS[DEFAULT_LADDER_ID].stages.length, columns: 4 };
    const named = typeof ladder.literal === 'string' ? LADDERS[ladder.literal.trim().toUpperCase() as LadderId] : undefined;
    // A ladder id in a cell is only known when evaluated: room for the longest built-in ladder.
    return { rows: named ? named.stages.length : Math.max(MAX_BUILT_IN_STAGES, ladder.rows), columns: 4 };
  },
  implement: ([stages, amounts, ladder, overrides], context) => {
    const table = ladderTable(ladder, context.settings);
    const stageList = listView(stages, 'stages');
    const amountList = listView(amounts, 'amounts');
    checkSameLength(stageList, 'stages', amountList, 'amounts');
    const typed = overrideList(overrides, stageList);
    // Each row is added to the tally as it is read: no deal record per row, one pass over the column.
    const matcher = stageMatcher(table);
    const tally = new FunnelTally(table);
    for (let i = 0; i < stageList.length; i += 1) {
      const cell = cellOf(stageList, i);
      const amountCell = cellOf(amountList, i);
      const override = typed === undefined ? undefined : typed[i];
      if (isBlankCell(cell) && isBlankCell(amountCell)) {
        blankStage(override, i + 1);
        continue;
      }
      const stage = matcher.match(cell) ?? stageInRow(table, cell, 'stages', i + 1);
      const amount = amountInRow(amountCell, i + 1);
      tally.add(stage, amount, probabilityOf(stage, override));
    }
    return tally
      .result()
      .filter((row) => row.kind !== 'lost')
      .map((row) => [row.stage, row.deals, row.amount, row.weighted]);
  },
});

export const EVIDENCED_STAGE = defineFunction({
  name: 'EVIDENCED_STAGE',
  description: text(
    'The stage each deal has proven: the highest stage whose proof, and every earlier one, is ticked',
    '每笔交易已被证实的阶段：其证据及之前所有阶段的证据都已勾选的最高阶段',
  ),
  params: [
    {
      name: 'proofs',
      kind: 'range',
      help: text(
        'One row per deal, one column per stage of the ladder in order: a tick (x, TRUE, yes) where that stage’s proof is in hand',
        '每笔交易一行，阶梯上每个阶段按顺序一列：已取得该阶段证据时打勾(x、TRUE、是)',
      ),
    },
    LADDER_PARAM,
  ],
  result: 'column',
  resultHelp: text('The stage code per row; blank when not even the first proof is ticked', '每行一个阶段代码；连第一个阶段的证据都没有时为空'),
  examples: [
    {
      args: [[['x', 'x', 'x', null, 'x', null, null, null], ['x', null, null, null, null, null, null, null], [null, null, null, null, null, null, null, null]]],
      result: [['E25'], ['G10'], ['']],
      note: text('a gap at D30 stops the evidence at E25', 'D30 缺少证据，因此证实阶段止于 E25'),
    },
  ],
  resultSize: (sizes) => ({ rows: sizes[0]?.rows ?? 1, columns: 1 }),
  implement: ([proofs, ladder], context) => {
    const table = ladderTable(ladder, context.settings);
    const width = proofs[0].length;
    if (width > table.stages.length) {
      throw argumentError(
        'proofs',
        `has ${width} columns but the ladder has ${table.stages.length} stages (${table.stages.map((s) => s.code).join(', ')})`,
        `有 ${width} 列，但阶梯只有 ${table.stages.length} 个阶段(${table.stages.map((s) => s.code).join('、')})`,
      );
    }
    return asColumn(
      proofs.map((row, r) => {
        const ticks = table.stages.map((_, c) => (c < width ? parseTick(row[c], `proofs, row ${r + 1}`) : false));
        return evidencedStage(table, ticks)?.code ?? '';
      }),
    );
  },
});
