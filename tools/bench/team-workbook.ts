/**
 * Seeded team workbooks: one sheet per rep, each holding a pipeline table as a rep would keep it (a
 * "Rep:" line above the header, the template's columns and one proof tick-box per stage), plus two
 * snapshots of one pipeline for the snapshot-diff benchmark. Same seed, same workbook.
 */
import { LADDERS } from '../../shared/methods/ladders';
import { LOST_STAGE } from '../../shared/methods/types';
import { pipelineHeaderRow, type PipelineColumnId } from '../../shared/pipeline/columns';
import type { SheetValues } from '../../shared/sheet-values';
import type { PipelineSnapshot, SnapshotDeal } from '../../shared/scoring/snapshot-diff';
import { seededRandom, type SeededRandom } from './seeded-random';

/** 2026-12-01 as a spreadsheet serial day: the "today" every benchmark run uses. */
export const BENCH_AS_OF = 46357;

export const STAGE_CODES: readonly string[] = LADDERS.MILESTONES.stages.map((stage) => stage.code);

const COLUMNS: readonly PipelineColumnId[] = ['id', 'account', 'opportunity', 'owner', 'amount', 'stage', 'closeDate', 'stageEntered', 'nextStep'];
const NEXT_STEPS = ['', 'Call the CFO', 'Demo to the users', 'Send the proposal', 'Reference visit'];

export interface TeamShape {
  readonly reps: number;
  readonly dealsPerRep: number;
  readonly seed?: number;
}

function dealRow(random: SeededRandom, rep: string, id: string): unknown[] {
  const stageIndex = random.int(0, STAGE_CODES.length);
  const stage = stageIndex === STAGE_CODES.length ? LOST_STAGE : STAGE_CODES[stageIndex];
  const proofs = Math.min(stageIndex + 1, STAGE_CODES.length) - random.int(0, 1);
  return [
    id,
    `Account ${random.int(1, 900)}`,
    `Opportunity ${id}`,
    random.next() < 0.7 ? rep : null,
    random.int(1, 500) * 1000,
    stage,
    BENCH_AS_OF + random.int(-60, 300),
    BENCH_AS_OF - random.int(0, 120),
    random.pick(NEXT_STEPS),
    ...STAGE_CODES.map((_, i) => i < proofs),
  ];
}

/** The reps' sheets, "Rep 1" … "Rep n", each a title, a "Rep:" line, a blank row, the header and the deals. */
export function teamSheets(shape: TeamShape): SheetValues[] {
  const random = seededRandom(shape.seed ?? 7);
  const header = pipelineHeaderRow('en', STAGE_CODES, COLUMNS);
  const sheets: SheetValues[] = [];
  for (let r = 0; r < shape.reps; r += 1) {
    const rep = `Rep ${r + 1}`;
    const values: unknown[][] = [['Pipeline'], ['Rep:', rep], [], header];
    for (let d = 0; d < shape.dealsPerRep; d += 1) values.push(dealRow(random, rep, `R${r + 1}-${d + 1}`));
    sheets.push({ name: rep, values });
  }
  return sheets;
}

/** The same sheets padded to a rectangle (hosts hand back rectangular used ranges). */
export function rectangular(values: readonly (readonly unknown[])[]): unknown[][] {
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  return values.map((row) => Array.from({ length: width }, (_, c) => (row[c] === undefined || row[c] === null ? '' : row[c])));
}

/**
 * Two snapshots of one team pipeline of n deals, a fortnight apart: most deals unchanged, the rest won,
 * lost, slipped, pulled in, advanced, moved back, re-priced, reassigned, removed or new, in the
 * proportions a weekly pipeline review sees.
 */
export function snapshotPair(n: number, seed = 11): { earlier: PipelineSnapshot; later: PipelineSnapshot } {
  const random = seededRandom(seed);
  const reps = Math.max(1, Math.round(n / 500));
  const earlierDeals: SnapshotDeal[] = [];
  const laterDeals: SnapshotDeal[] = [];
  const openCodes = STAGE_CODES.slice(0, -1);
  const won = STAGE_CODES[STAGE_CODES.length - 1];
  for (let i = 0; i < n; i += 1) {
    const deal: SnapshotDeal = {
      id: `D${i + 1}`,
      owner: `Rep ${random.int(1, reps)}`,
      amount: random.int(1, 500) * 1000,
      stage: random.pick(openCodes),
      closeDate: BENCH_AS_OF + random.int(-30, 300),
      name: `Opportunity ${i + 1}`,
    };
    earlierDeals.push(deal);
    const roll = random.next();
    if (roll < 0.55) laterDeals.push(deal);
    else if (roll < 0.6) laterDeals.push({ ...deal, stage: won });
    else if (roll < 0.65) laterDeals.push({ ...deal, stage: LOST_STAGE });
    else if (roll < 0.73) laterDeals.push({ ...deal, closeDate: deal.closeDate + random.int(7, 90) });
    else if (roll < 0.77) laterDeals.push({ ...deal, closeDate: deal.closeDate - random.int(7, 30) });
    else if (roll < 0.85) laterDeals.push({ ...deal, stage: openCodes[Math.min(openCodes.indexOf(deal.stage) + 1, openCodes.length - 1)] });
    else if (roll < 0.88) laterDeals.push({ ...deal, stage: openCodes[Math.max(openCodes.indexOf(deal.stage) - 1, 0)] });
    else if (roll < 0.94) laterDeals.push({ ...deal, amount: deal.amount + random.int(-100, 100) * 1000 || 1000 });
    else if (roll < 0.96) laterDeals.push({ ...deal, owner: `Rep ${random.int(1, reps)}` });
    // else: removed from the later snapshot
  }
  const added = Math.round(n * 0.05);
  for (let i = 0; i < added; i += 1) {
    laterDeals.push({
      id: `N${i + 1}`,
      owner: `Rep ${random.int(1, reps)}`,
      amount: random.int(1, 500) * 1000,
      stage: random.pick(openCodes),
      closeDate: BENCH_AS_OF + random.int(0, 300),
      name: `New opportunity ${i + 1}`,
    });
  }
  return { earlier: { date: BENCH_AS_OF - 14, deals: earlierDeals }, later: { date: BENCH_AS_OF, deals: laterDeals } };
}
