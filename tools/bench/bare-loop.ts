/**
 * The bench's yardstick for WEIGHTED + FUNNEL: the least code that gives a user the same answers —
 * the weighted column (one [value] per row, as a column result is) and deals, amount and weighted
 * amount per stage — in one pass over both columns.
 *
 * It does what the catalog cannot skip on real input, and nothing more: every amount must be a finite
 * number, and a stage is looked up by its exact text first and, only when that misses, trimmed,
 * lower-cased and looked up again by code or label (users type "c50" or a label). On the benchmark's
 * clean columns the fallback never runs, so the checks cost a type test and a Map lookup per row.
 * It does not check ranges are rectangular, does not accept text amounts or blank rows, and runs the
 * two functions' work in one loop where a spreadsheet calls two formulas: the catalog is held to a
 * stricter yardstick than a user's two formulas could be.
 */
export interface BareStage {
  readonly probability: number;
  /** Position in the funnel's sums (ladder order, LOST last). */
  readonly at: number;
}

export interface BareLoopResult {
  readonly weighted: number[][];
  readonly deals: number[];
  readonly amounts: number[];
  readonly weightedSums: number[];
}

export function bareWeightedFunnel(
  amounts: readonly (readonly unknown[])[],
  stages: readonly (readonly unknown[])[],
  byCode: ReadonlyMap<string, BareStage>,
  byKey: ReadonlyMap<string, BareStage>,
  stageCount: number,
): BareLoopResult {
  const weighted: number[][] = new Array(amounts.length);
  const deals = new Array<number>(stageCount).fill(0);
  const sums = new Array<number>(stageCount).fill(0);
  const weightedSums = new Array<number>(stageCount).fill(0);
  for (let i = 0; i < amounts.length; i += 1) {
    const typed = stages[i][0];
    const amount = amounts[i][0];
    if (typeof amount !== 'number' || !Number.isFinite(amount)) throw new Error(`amounts row ${i + 1} is not a number`);
    const stage = (typeof typed === 'string' ? byCode.get(typed) : undefined) ?? byKey.get(String(typed).trim().toLowerCase());
    if (stage === undefined) throw new Error(`stages row ${i + 1} is not a stage`);
    const w = amount * stage.probability;
    weighted[i] = [w];
    deals[stage.at] += 1;
    sums[stage.at] += amount;
    weightedSums[stage.at] += w;
  }
  return { weighted, deals, amounts: sums, weightedSums };
}

/**
 * The brief's yardstick, literally: the same arithmetic over the same arrays and nothing else — a Map
 * lookup of the stage's exact text, amount × probability, sums per stage. It cannot answer a user who
 * types "c50" or leaves a stage blank; it is what "2× a bare loop" is measured against.
 */
export function arithmeticWeightedFunnel(
  amounts: readonly (readonly number[])[],
  stages: readonly (readonly string[])[],
  byCode: ReadonlyMap<string, BareStage>,
  stageCount: number,
): BareLoopResult {
  const weighted: number[][] = new Array(amounts.length);
  const deals = new Array<number>(stageCount).fill(0);
  const sums = new Array<number>(stageCount).fill(0);
  const weightedSums = new Array<number>(stageCount).fill(0);
  for (let i = 0; i < amounts.length; i += 1) {
    const amount = amounts[i][0];
    const stage = byCode.get(stages[i][0]) as BareStage;
    const w = amount * stage.probability;
    weighted[i] = [w];
    deals[stage.at] += 1;
    sums[stage.at] += amount;
    weightedSums[stage.at] += w;
  }
  return { weighted, deals, amounts: sums, weightedSums };
}
