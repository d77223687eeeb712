import { KEY_QUESTIONS } from '../methods/key-questions';
import { DEFAULT_LADDER_ID, LADDERS } from '../methods/ladders';
import { LADDER_IDS, type LadderId } from '../methods/types';
import { listLength } from './entries/read';
import type { ArgumentShape, FunctionEntry, GridSize } from './types';

/**
 * For `column` and `spill` results: the largest size the result can have given the sizes of the
 * arguments (undefined for omitted ones). HyperFormula must size a spill before evaluating it; a
 * smaller result leaves the rest of that area blank. Value results are 1×1. Only the playground's
 * engine asks, so the sizes live here, out of the Excel functions script that loads on every open.
 */
export type ResultSize = (argSizes: readonly (ArgumentShape | undefined)[]) => GridSize;

/** One row per value of the argument at `index`, one column. */
const rowsOf =
  (index: number): ResultSize =>
  (sizes) => ({ rows: sizes[index] ? listLength(sizes[index]) : 1, columns: 1 });

const MAX_BUILT_IN_STAGES = Math.max(...LADDER_IDS.map((id) => LADDERS[id].stages.length));

/** A summary over deal rows lists the rows it set aside in one more column (see the invoker's setRowsAside). */
const SET_ASIDE_COLUMN = 1;

/** One row per stage of the ladder a `ladder` argument names (a summary per stage has no more). */
function ladderRows(ladder: ArgumentShape | undefined): number {
  if (ladder === undefined) return LADDERS[DEFAULT_LADDER_ID].stages.length;
  const named = typeof ladder.literal === 'string' ? LADDERS[ladder.literal.trim().toUpperCase() as LadderId] : undefined;
  // A ladder id in a cell is only known when evaluated: room for the longest built-in ladder.
  return named ? named.stages.length : Math.max(MAX_BUILT_IN_STAGES, ladder.rows);
}

const RESULT_SIZES: Readonly<Record<string, ResultSize>> = {
  ASSESSMENT: () => ({ rows: KEY_QUESTIONS.length, columns: 6 }),
  GAPS: rowsOf(0),
  FORECAST_ACCURACY: rowsOf(0),
  FORECAST_RANGE: (sizes) => ({ rows: (sizes[2] ? listLength(sizes[2]) : 3) + 1, columns: 2 + SET_ASIDE_COLUMN }),
  WINPROB: rowsOf(0),
  WEIGHTED: rowsOf(0),
  FORECAST_CATEGORY: rowsOf(0),
  FUNNEL: (sizes) => ({ rows: ladderRows(sizes[2]), columns: 4 + SET_ASIDE_COLUMN }),
  STAGE_CONVERSION: (sizes) => ({ rows: ladderRows(sizes[3]), columns: 5 + SET_ASIDE_COLUMN }),
  EVIDENCED_STAGE: (sizes) => ({ rows: sizes[0]?.rows ?? 1, columns: 1 }),
  RELATIONSHIP_RISKS: (sizes) => ({ rows: 2 * (sizes[0] ? listLength(sizes[0]) : 1) + 4, columns: 1 }),
  STALLED: rowsOf(0),
  ACTIONS_DUE: rowsOf(0),
};

/** The size function of an entry that returns more than one value; undefined for a one-value result. */
export function resultSizeOf(entry: FunctionEntry): ResultSize | undefined {
  return entry.result === 'value' ? undefined : RESULT_SIZES[entry.name];
}
