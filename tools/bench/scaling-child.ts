/**
 * One size of the scaling benchmark, in its own process so its peak memory is its own:
 *   node --expose-gc --import tsx tools/bench/scaling-child.ts <rollup|diff> <deals> <runs> [warm-up runs, default 1]
 * Prints one JSON line: the timings, the resident set before the operation (input already built) and the
 * process's peak resident set (process.resourceUsage().maxRSS).
 */
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { diffSnapshots } from '../../shared/scoring/snapshot-diff';
import { timeRuns } from './stats';
import { BENCH_AS_OF, snapshotPair, STAGE_CODES, teamSheets } from './team-workbook';

export type ScalingKind = 'rollup' | 'diff';

export interface ScalingSample {
  readonly kind: ScalingKind;
  readonly deals: number;
  readonly medianMs: number;
  readonly runs: number;
  readonly warmupRuns: number;
  readonly samplesMs: readonly number[];
  /** Resident memory with the input built, before the first run (MB). */
  readonly rssBeforeMb: number;
  /** Peak resident memory of the whole process (MB). */
  readonly peakRssMb: number;
}

const DEALS_PER_REP = 500;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function main(): void {
  const [kind, dealsText, runsText, warmupText] = process.argv.slice(2);
  const deals = Number(dealsText);
  const runs = Number(runsText);
  if ((kind !== 'rollup' && kind !== 'diff') || !(deals > 0) || !(runs > 0)) throw new Error('usage: scaling-child.ts <rollup|diff> <deals> <runs>');
  let body: () => unknown;
  if (kind === 'rollup') {
    const reps = Math.max(1, Math.round(deals / DEALS_PER_REP));
    const sheets = teamSheets({ reps, dealsPerRep: Math.round(deals / reps) });
    body = () => rollUpTeamOperation({ sheets, named: {}, asOf: BENCH_AS_OF });
  } else {
    const { earlier, later } = snapshotPair(deals);
    body = () => diffSnapshots(earlier, later, { stageCodes: STAGE_CODES });
  }
  gc();
  const rssBefore = process.memoryUsage().rss;
  const timing = timeRuns(runs, body, () => gc(), warmupText === undefined ? 1 : Number(warmupText));
  const sample: ScalingSample = {
    kind,
    deals,
    medianMs: timing.medianMs,
    runs,
    warmupRuns: warmupText === undefined ? 1 : Number(warmupText),
    samplesMs: timing.samplesMs,
    rssBeforeMb: Math.round((rssBefore / 1048576) * 10) / 10,
    peakRssMb: Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main();
