import { tr } from '../../i18n';
import { parseTick } from '../../scoring/control';
import { checkedProbabilityOf, FORECAST_LABELS, FunnelTally, highestEvidencedStage, probabilityBand } from '../../scoring/pipeline';
import { argumentError } from '../coerce';
import type { Cell, Grid, ResultGrid, ResultScalar } from '../types';
import { defineFunction, rowsParam } from '../types';
import { LADDER_PARAM, ladderTable, STAGES_PARAM, stageInRow } from './ladder-argument';
import { stageMatcher, type StageRow, type StageTable } from '../../scoring/stage-table';
import type { ScoringSettings } from '../../scoring/settings';
import { DEFAULT_DECIMAL_MARK, type DecimalMark } from '../../numbers/decimal-mark';
import { amountInRow as boundedAmountInRow, asColumn, cellOf, checkSameLength, decimalMarkOf, isBlankCell, listView, type ListView } from './read';
import { OVERRIDES_PARAM, overrideList } from './override-argument';
import { rowError } from '../coerce';

const AMOUNTS_PARAM = rowsParam('amounts');

/** A row with no stage has no probability: blank, unless an override was typed there (which would be lost). */
function blankStage(override: number | undefined, row: number): ResultScalar {
  if (override === undefined) return '';
  throw rowError('overrides', row, 'has a probability but the stage is blank; give the deal a stage', '填写了概率但阶段为空；请先填写阶段');
}

function amountInRow(cell: Cell, row: number, decimalMark: DecimalMark): number {
  return isBlankCell(cell) ? 0 : boundedAmountInRow(cell, 'amounts', row, decimalMark);
}

/**
 * The one pass over the deal rows that WINPROB, WEIGHTED, FORECAST_CATEGORY and FUNNEL share: `onRow`
 * gets each row's stage (null for a blank row, which may not carry an override), when an amounts list
 * is given its amount, and its probability (the override read as 0–1 where one is typed on an open
 * deal, else the stage's). An unknown stage names its row; the stage is read before the amount.
 */
function eachDeal(
  table: StageTable,
  stageList: ListView,
  amountList: ListView | undefined,
  overrides: Grid | undefined,
  decimalMark: DecimalMark,
  onRow: (i: number, stage: StageRow | null, amount: number, probability: number) => void,
): void {
  const typed = overrideList(overrides, stageList);
  const matcher = stageMatcher(table);
  for (let i = 0; i < stageList.length; i += 1) {
    const cell = cellOf(stageList, i);
    const amountCell = amountList === undefined ? null : cellOf(amountList, i);
    const override = typed === undefined ? undefined : typed[i];
    if (isBlankCell(cell) && isBlankCell(amountCell)) {
      blankStage(override, i + 1);
      onRow(i, null, 0, 0);
      continue;
    }
    const stage = matcher.match(cell) ?? stageInRow(table, cell, 'stages', i + 1);
    onRow(i, stage, amountList === undefined ? 0 : amountInRow(amountCell, i + 1, decimalMark), checkedProbabilityOf(stage, override));
  }
}

/** One result per stage row, by `valueOf`; a blank row gives a blank. */
function perStageColumn(
  stages: Grid,
  ladder: Grid | undefined,
  overrides: Grid | undefined,
  settings: ScoringSettings,
  valueOf: (stage: StageRow, probability: number) => ResultScalar,
): ResultGrid {
  const stageList = listView(stages, 'stages');
  const column: ResultGrid = new Array(stageList.length);
  eachDeal(ladderTable(ladder, settings), stageList, undefined, overrides, DEFAULT_DECIMAL_MARK, (i, stage, _, probability) => {
    column[i] = [stage === null ? '' : valueOf(stage, probability)];
  });
  return column;
}

export const WINPROB = defineFunction({
  name: 'WINPROB',
  params: [STAGES_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'column',
  implement: ([stages, ladder, overrides], context) => perStageColumn(stages, ladder, overrides, context.settings, (_, probability) => probability),
});

export const WEIGHTED = defineFunction({
  name: 'WEIGHTED',
  params: [AMOUNTS_PARAM, STAGES_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'column',
  implement: ([amounts, stages, ladder, overrides], context) => {
    const table = ladderTable(ladder, context.settings);
    const decimalMark = decimalMarkOf(context);
    const amountList = listView(amounts, 'amounts');
    const stageList = listView(stages, 'stages');
    checkSameLength(amountList, 'amounts', stageList, 'stages');
    const column: ResultGrid = new Array(stageList.length);
    eachDeal(table, stageList, amountList, overrides, decimalMark, (i, stage, amount, probability) => {
      // Amounts are within MAX_AMOUNT and probabilities 0–1: the product is finite.
      column[i] = [stage === null ? '' : amount * probability];
    });
    return column;
  },
});

export const FORECAST_CATEGORY = defineFunction({
  name: 'FORECAST_CATEGORY',
  reads: ['forecast'],
  params: [STAGES_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'column',
  implement: ([stages, ladder, overrides], context) =>
    perStageColumn(stages, ladder, overrides, context.settings, (stage, probability) =>
      tr(FORECAST_LABELS[stage.kind === 'open' ? probabilityBand(probability, context.settings) : stage.kind], context.locale),
    ),
});

export const FUNNEL = defineFunction({
  name: 'FUNNEL',
  params: [STAGES_PARAM, AMOUNTS_PARAM, LADDER_PARAM, OVERRIDES_PARAM],
  result: 'spill',
  // Built-in ladders have at most 8 stages; a team's own ladder as many as its range has rows.
  implement: ([stages, amounts, ladder, overrides], context) => {
    const table = ladderTable(ladder, context.settings);
    const decimalMark = decimalMarkOf(context);
    const stageList = listView(stages, 'stages');
    const amountList = listView(amounts, 'amounts');
    checkSameLength(stageList, 'stages', amountList, 'amounts');
    // Each row is added to the tally as it is read: no deal record per row, one pass over the column.
    const tally = new FunnelTally(table);
    eachDeal(table, stageList, amountList, overrides, decimalMark, (_, stage, amount, probability) => {
      if (stage !== null) tally.add(stage, amount, probability);
    });
    return tally
      .result()
      .filter((row) => row.kind !== 'lost')
      .map((row) => [row.stage, row.deals, row.amount, row.weighted]);
  },
});

export const EVIDENCED_STAGE = defineFunction({
  name: 'EVIDENCED_STAGE',
  params: [rowsParam('proofs'), LADDER_PARAM],
  result: 'column',
  implement: ([proofs, ladder], context) => {
    const table = ladderTable(ladder, context.settings);
    const width = proofs[0].length;
    const codes = table.stages.map((s) => s.code);
    if (width > codes.length) {
      throw argumentError(
        'proofs',
        `has ${width} columns but the ladder has ${codes.length} stages (${codes.join(', ')})`,
        `有 ${width} 列，但阶梯只有 ${codes.length} 个阶段(${codes.join('、')})`,
      );
    }
    // One column over several rows is one deal's proofs laid down a column: read as rows, each would be
    // a different deal with only its first proof, a plausible but wrong answer.
    if (width === 1 && proofs.length > 1 && codes.length > 1) {
      throw argumentError(
        'proofs',
        `has one column and ${proofs.length} rows; give one row per deal and one column per stage (${codes.join(', ')}) — for one deal, lay its proofs across a row (TRANSPOSE)`,
        `只有一列、${proofs.length} 行；应每笔交易一行、每个阶段一列(${codes.join('、')})——单笔交易的证据请横向排成一行(可用 TRANSPOSE)`,
      );
    }
    return asColumn(
      proofs.map((row, r) => {
        const ticks = table.stages.map((_, c) => (c < width ? parseTick(row[c], `proofs, row ${r + 1}`) : false));
        return highestEvidencedStage(table, ticks)?.code ?? '';
      }),
    );
  },
});
