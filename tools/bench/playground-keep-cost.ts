/**
 * What keeping the playground workbook costs at team scale: five reps' pipeline sheets of 200 deals
 * (1,000 deals) rolled up, then the time and memory of a typed cell, a deal update and a roll-up with
 * their undo captures, of undo and redo, and of serialising the workbook for autosave.
 * `npx tsx tools/bench/playground-keep-cost.ts` (standalone; not part of `npm run bench`).
 */
import { PlaygroundWorkbook, UNDO_LIMIT } from '../../playground/playground-workbook';
import { buildTemplate, type PipelineFunnelLayout } from '../../shared/templates';
import type { PlanValue } from '../../shared/plan';
import { operationsOver } from '../../shared/workbook/run-operation';
import { STAGE_CODES, BENCH_AS_OF } from './team-workbook';
import { seededRandom } from './seeded-random';

const REPS = 5;
const DEALS_PER_REP = 200;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function time<T>(label: string, fn: () => T, results: Record<string, number>): T {
  const start = process.hrtime.bigint();
  const value = fn();
  results[label] = Math.round(ms(start) * 10) / 10;
  return value;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return Math.round((process.memoryUsage().heapUsed / 1048576) * 10) / 10;
}

function teamWorkbook(): PlaygroundWorkbook {
  const workbook = new PlaygroundWorkbook();
  const random = seededRandom(7);
  for (let r = 1; r <= REPS; r += 1) {
    const build = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
    const layout = build.layout as PipelineFunnelLayout;
    const inserted = workbook.applyPlan({
      ...build.plan,
      sheets: build.plan.sheets.map((sheet) => (sheet.key === build.sheetKey ? { ...sheet, target: { kind: 'new' as const, baseName: `Pipeline Rep ${r}` } } : sheet)),
    });
    const name = inserted.sheetNames[build.sheetKey];
    const column = (id: keyof PipelineFunnelLayout['columns']): string => layout.columns[id] ?? 'A';
    const last = layout.firstRow + DEALS_PER_REP - 1;
    const rows = Array.from({ length: DEALS_PER_REP }, (_, d) => {
      const stage = STAGE_CODES[random.int(0, STAGE_CODES.length - 1)];
      return {
        id: `R${r}-${d + 1}`,
        account: `Account ${random.int(1, 900)}`,
        owner: `Rep ${r}`,
        amount: random.int(1, 500) * 1000,
        stage,
        close: BENCH_AS_OF + random.int(-60, 300),
        entered: BENCH_AS_OF - random.int(0, 120),
        proofs: STAGE_CODES.indexOf(stage) + 1,
      };
    });
    const put = (id: keyof PipelineFunnelLayout['columns'], cells: PlanValue[]) => ({ at: `${column(id)}${layout.firstRow}:${column(id)}${last}`, rows: cells.map((v) => [v]) });
    const firstProof = layout.proofColumns[0].column;
    const lastProof = layout.proofColumns[layout.proofColumns.length - 1].column;
    workbook.applyPlan({
      sheets: [
        {
          key: 'deals',
          target: { kind: 'existing', name },
          values: [
            put(
              'id',
              rows.map((d) => d.id),
            ),
            put(
              'account',
              rows.map((d) => d.account),
            ),
            put(
              'opportunity',
              rows.map((d) => `Opportunity ${d.id}`),
            ),
            put(
              'owner',
              rows.map((d) => d.owner),
            ),
            put(
              'amount',
              rows.map((d) => d.amount),
            ),
            put(
              'currency',
              rows.map(() => 'USD'),
            ),
            put(
              'stage',
              rows.map((d) => d.stage),
            ),
            put(
              'closeDate',
              rows.map((d) => d.close),
            ),
            put(
              'stageEntered',
              rows.map((d) => d.entered),
            ),
            put(
              'method',
              rows.map(() => 'TAS'),
            ),
            { at: `${firstProof}${layout.firstRow}:${lastProof}${last}`, rows: rows.map((d) => layout.proofColumns.map((_, i) => i < d.proofs)) },
          ],
        },
      ],
    });
  }
  return workbook;
}

/** The JSON size of what the undo stack holds: reached into, as only this measurement needs it. */
function undoStackMb(workbook: PlaygroundWorkbook): number {
  const history = (workbook as unknown as { history: { undoable: unknown[] } }).history;
  return Math.round((JSON.stringify(history.undoable).length / 1048576) * 100) / 100;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
}

/** Runs the three steps `runs` times and keeps each one's median time. */
function changeUndoRedo(label: string, runs: number, change: () => void, workbook: PlaygroundWorkbook, results: Record<string, number>): void {
  const times: Record<string, number[]> = { change: [], undo: [], redo: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const [step, run] of [
      ['change', change],
      ['undo', () => workbook.undo()],
      ['redo', () => workbook.redo()],
    ] as const) {
      const start = process.hrtime.bigint();
      run();
      times[step].push(ms(start));
    }
    workbook.undo();
  }
  results[`${label} (ms)`] = median(times.change);
  results[`undo ${label} (ms)`] = median(times.undo);
  results[`redo ${label} (ms)`] = median(times.redo);
}

function main(): void {
  const results: Record<string, number> = {};
  const workbook = time('build 5 × 200 deals (ms)', teamWorkbook, results);
  workbook.loadFresh(workbook.serialize());
  const ops = operationsOver(workbook.host());
  const first = workbook.sheetNames().find((name) => name.startsWith('Pipeline Rep 1')) ?? '';

  const state = time('serialise whole workbook (ms)', () => workbook.serialize(), results);
  time('serialise whole workbook again (ms)', () => workbook.serialize(), results);
  results['serialised size (MB of JSON)'] = Math.round((JSON.stringify(state).length / 1048576) * 100) / 100;
  time('load whole workbook, loadFresh (ms)', () => workbook.loadFresh(state), results);

  const id = workbook.sheetId(first) as number;
  const raw: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = process.hrtime.bigint();
    workbook.hf.setCellContents({ sheet: id, row: 10, col: 1 }, [[`raw ${i}`]]);
    raw.push(ms(start));
  }
  results['typed cell, HyperFormula alone (ms)'] = median(raw);
  let typed = 0;
  changeUndoRedo('typed cell through setCellInput', 5, () => workbook.setCellInput(first, 'B11', `typed ${(typed += 1)}`), workbook, results);

  workbook.activate(first);
  const listed = ops.listDeals('en');
  if (!listed.ok || !listed.value) throw new Error('no pipeline');
  const view = listed.value;
  const deal = view.deals[5];
  const review = { finished: 'a', evidence: 'b', doingNow: 'c', preparingNext: 'd' };
  changeUndoRedo(
    'deal update',
    3,
    () => void ops.updateDeal({ sheetName: view.sheetName, row: deal.row, dealId: deal.id, stage: deal.stage, proofs: deal.proofs, review, stageEntered: '2026-11-25', read: deal }, 'en'),
    workbook,
    results,
  );
  changeUndoRedo('roll-up of 1,000 deals', 2, () => void ops.rollUpTeam(null, 'en'), workbook, results);

  results['heap with the workbook (MB)'] = heapMb();
  workbook.loadFresh(workbook.serialize());
  for (let i = 0; i < UNDO_LIMIT; i += 1) workbook.setCellInput(first, 'B12', `typed ${i}`);
  results[`undo stack after ${UNDO_LIMIT} typed cells (MB of JSON)`] = undoStackMb(workbook);
  workbook.loadFresh(workbook.serialize());
  for (let i = 0; i < UNDO_LIMIT; i += 1)
    void ops.updateDeal({ sheetName: view.sheetName, row: deal.row, dealId: deal.id, stage: deal.stage, proofs: deal.proofs, review, stageEntered: '2026-11-25', read: deal }, 'en');
  results[`undo stack after ${UNDO_LIMIT} deal updates (MB of JSON)`] = undoStackMb(workbook);
  workbook.loadFresh(workbook.serialize());
  for (let i = 0; i < 5; i += 1) void ops.rollUpTeam(null, 'en');
  results['undo stack after 5 roll-ups (MB of JSON)'] = undoStackMb(workbook);
  results['heap with a full undo stack (MB)'] = heapMb();
  console.log(JSON.stringify(results, null, 2));
}

main();
