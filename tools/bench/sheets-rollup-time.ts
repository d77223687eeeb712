/**
 * Measurement 5: how long the Google Sheets roll-up of a 20-rep × 500-deal team takes, end to end,
 * through the BUILT Apps Script project: it must finish well inside Apps Script's 6-minute execution limit.
 *
 * Each run seeds a fresh SpreadsheetApp fake with the seeded team (tools/bench/team-workbook.ts, as the
 * round-trip measurement does), loads dist/gas into a fresh vm over it (fakes/gas-vm.ts, as the
 * custom-function measurement does) and calls the sidebar's server function as google.script.run would:
 * `dealkitRollUpTeam(null, 'en')` (what the Team panel calls) and `dealkitTakeSnapshot('en')`, each on
 * its own fresh workbook. Every
 * run starts cold, as each google.script.run call starts a new Apps Script execution.
 *
 * No Google account is reachable from here, so the wall time in real Sheets is an ESTIMATE: the
 * JavaScript time measured in the vm plus the SpreadsheetApp calls counted by the fake times a stated
 * per-call latency range.
 */
import { performance } from 'node:perf_hooks';
import { parseA1 } from '../../shared/a1';
import { join } from 'node:path';
import { FakeRange, FakeSheet, FakeSpreadsheet, type FakeGasGlobals } from '../../fakes/spreadsheet-app';
import { loadGasProject } from '../../fakes/gas-vm';
import { sheetsCalls, sheetsWorkbook } from './host-workbooks';
import { median, round3, type Timing } from './stats';
import { BENCH_AS_OF, teamSheets, type TeamShape } from './team-workbook';

/** Apps Script's limit on one execution (consumer accounts; Workspace accounts get 30 minutes). */
export const EXECUTION_LIMIT_SECONDS = 360;

/**
 * The assumed cost of one SpreadsheetApp call that reads or writes cells (or looks a sheet or name up) in
 * real Sheets, in seconds. Why this range: Apps Script talks to the spreadsheet as a remote service, and
 * Google's own guidance is that such calls are far slower than the script's JavaScript and must be batched;
 * a small read or format call costs in the order of tens of milliseconds, and a setValues of tens of
 * thousands of cells about a second or more. Every call is charged the low end in the low estimate and
 * the high end in the high one, so the high estimate also charges each small format call as much as
 * the largest block write. It is an assumption, not a measurement.
 */
export const SHEETS_CALL_SECONDS = { low: 0.05, high: 1 } as const;

export interface SheetsServerCallTime {
  /** The server function and its arguments, as the sidebar calls it. */
  readonly call: string;
  readonly deals: number;
  /** Wall time of the call in the vm: DealKit's JavaScript plus the fake's in-memory reads and writes. */
  readonly vm: Timing;
  /** Of that, the time spent inside the fake's SpreadsheetApp objects (in real Sheets, Google's servers do that work). */
  readonly insideFake: Timing;
  /** vm − insideFake, run by run: DealKit's own JavaScript (and the JSON copy google.script.run makes). */
  readonly script: Timing;
  /** SpreadsheetApp calls of one run (the same on every run: the fake is deterministic). */
  readonly calls: {
    readonly reads: number;
    readonly writes: number;
    /** Of the writes, setValues / setFormulas / setValue / setFormula. */
    readonly cellWrites: number;
    /** getSheets, getSheetByName, getNamedRanges, getRangeByName, getActiveSheet. */
    readonly lookups: number;
    /** reads + writes + lookups: what the estimate charges. */
    readonly charged: number;
    /** Every method call on a fake range, sheet or spreadsheet (getRange, getLastRow… included), for scale. */
    readonly allObjectCalls: number;
  };
  /** Cells the cell-writing calls covered, and the largest single one. */
  readonly cellsWritten: number;
  readonly largestWriteCells: number;
  /** JS time (vm, median) + charged calls × SHEETS_CALL_SECONDS, in seconds. */
  readonly estimateSeconds: { readonly low: number; readonly high: number };
  /** The average seconds per charged call at which the call would reach the execution limit. */
  readonly breakEvenSecondsPerCall: number;
  readonly withinLimit: { readonly low: boolean; readonly high: boolean };
  /** What the server function answered (its summary), to show the run did the work. */
  readonly answer: unknown;
}

export interface SheetsRollUpTime {
  readonly team: { readonly reps: number; readonly dealsPerRep: number };
  readonly runs: number;
  readonly limitSeconds: number;
  readonly callSeconds: { readonly low: number; readonly high: number };
  /** `dealkitRollUpTeam(null, 'en')`: what the sidebar's Team panel calls, answering with counts and the panel's report. */
  readonly rollUp: SheetsServerCallTime;
  readonly snapshot: SheetsServerCallTime;
}

export interface SheetsRollUpOptions {
  readonly team: TeamShape;
  readonly runs: number;
  readonly dist: string;
  readonly log?: (line: string) => void;
}

const CELL_METHODS = new Set(['setValues', 'setFormulas', 'setValue', 'setFormula']);

/** Cells in "Sheet!B2:D9" or "Sheet!B2" (the fake logs every range call's A1 notation). */
function cellsOfTarget(target: string): number {
  const box = parseA1(target.slice(target.lastIndexOf('!') + 1));
  return box.height * box.width;
}

/**
 * Times every method of the fake's range, sheet and spreadsheet classes while `body` runs (outermost calls
 * only, so a method calling another is neither timed nor counted twice), then puts the methods back.
 */
function timingFakeCalls<T>(spreadsheet: object, body: () => T): { result: T; insideMs: number; calls: number } {
  let insideMs = 0;
  let calls = 0;
  let depth = 0;
  const restore: (() => void)[] = [];
  // The spreadsheet itself too: tools/bench/host-workbooks.ts counts its lookups in methods of its own.
  for (const proto of [FakeRange.prototype, FakeSheet.prototype, FakeSpreadsheet.prototype, spreadsheet] as Record<string, unknown>[]) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (name === 'constructor' || !descriptor || typeof descriptor.value !== 'function') continue;
      const original = descriptor.value as (...args: unknown[]) => unknown;
      proto[name] = function timed(this: unknown, ...args: unknown[]) {
        if (depth > 0) return original.apply(this, args);
        calls += 1;
        depth += 1;
        const started = performance.now();
        try {
          return original.apply(this, args);
        } finally {
          insideMs += performance.now() - started;
          depth -= 1;
        }
      };
      restore.push(() => Object.defineProperty(proto, name, descriptor));
    }
  }
  try {
    return { result: body(), insideMs, calls };
  } finally {
    for (const put of restore) put();
  }
}

/** A fresh workbook holding the team and the built project loaded over it, "today" pinned to the bench's date. */
function freshProject(team: TeamShape, dist: string): { globals: FakeGasGlobals; call: (name: string, ...args: unknown[]) => unknown } {
  const globals = sheetsWorkbook(teamSheets(team));
  // The server asks Utilities for today in the spreadsheet's time zone; the fake has no Utilities, so it
  // is supplied here and every run sees the same "today" as the seeded data (BENCH_AS_OF).
  const project = loadGasProject({ dir: join(dist, 'gas'), globals });
  const asOf = new Date(Date.UTC(1899, 11, 30) + BENCH_AS_OF * 86400000).toISOString().slice(0, 10);
  project.context.Utilities = { formatDate: () => asOf };
  globals.SpreadsheetApp.resetLog();
  return { globals, call: (name, ...args) => project.call(name, ...args) };
}

function timingOf(samples: readonly number[]): Timing {
  return { medianMs: median(samples), runs: samples.length, samplesMs: samples.map(round3) };
}

type ServerFunction = 'dealkitRollUpTeam' | 'dealkitTakeSnapshot';

/** The summary counts of an answer (the Team panel's report view is left out: it is large and says nothing about time). */
function summaryOf(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const { report: _report, ...summary } = value as Record<string, unknown>;
  return summary;
}

function measureCall(name: ServerFunction, args: readonly unknown[], options: SheetsRollUpOptions): SheetsServerCallTime {
  const vmMs: number[] = [];
  const insideMs: number[] = [];
  const scriptMs: number[] = [];
  let counted: SheetsServerCallTime['calls'] | undefined;
  let cellsWritten = 0;
  let largestWriteCells = 0;
  let answer: unknown;
  for (let run = 0; run < options.runs; run += 1) {
    const { globals, call } = freshProject(options.team, options.dist);
    const timed = timingFakeCalls(globals.SpreadsheetApp.spreadsheet, () => {
      const started = performance.now();
      const result = call(name, ...args);
      return { result, ms: performance.now() - started };
    });
    const result = timed.result.result as { ok?: boolean } | undefined;
    if (!result || result.ok !== true) throw new Error(`${name} failed in the benchmark: ${JSON.stringify(result)}`);
    vmMs.push(timed.result.ms);
    insideMs.push(timed.insideMs);
    scriptMs.push(timed.result.ms - timed.insideMs);
    const c = sheetsCalls(globals);
    const these = { ...c, charged: c.reads + c.writes + c.lookups, allObjectCalls: timed.calls };
    if (counted && JSON.stringify(counted) !== JSON.stringify(these)) throw new Error(`${name} made different calls from run to run: the fake should be deterministic`);
    counted = these;
    const cellWrites = globals.SpreadsheetApp.log.filter((entry) => CELL_METHODS.has(entry.method)).map((entry) => cellsOfTarget(entry.target));
    cellsWritten = cellWrites.reduce((a, b) => a + b, 0);
    largestWriteCells = Math.max(0, ...cellWrites);
    answer = summaryOf((result as { value?: unknown }).value);
  }
  if (!counted) throw new Error('no runs');
  const vm = timingOf(vmMs);
  const jsSeconds = vm.medianMs / 1000;
  const low = jsSeconds + counted.charged * SHEETS_CALL_SECONDS.low;
  const high = jsSeconds + counted.charged * SHEETS_CALL_SECONDS.high;
  const deals = options.team.reps * options.team.dealsPerRep;
  options.log?.(
    `  ${name}: vm ${vm.medianMs.toFixed(0)} ms (inside the fake ${median(insideMs).toFixed(0)} ms), ${counted.charged} SpreadsheetApp calls, ` +
      `${cellsWritten} cells written; estimate ${low.toFixed(1)}–${high.toFixed(1)} s against ${EXECUTION_LIMIT_SECONDS} s`,
  );
  return {
    call: `${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`,
    deals,
    vm,
    insideFake: timingOf(insideMs),
    script: timingOf(scriptMs),
    calls: counted,
    cellsWritten,
    largestWriteCells,
    estimateSeconds: { low, high },
    breakEvenSecondsPerCall: (EXECUTION_LIMIT_SECONDS - jsSeconds) / counted.charged,
    withinLimit: { low: low <= EXECUTION_LIMIT_SECONDS, high: high <= EXECUTION_LIMIT_SECONDS },
    answer,
  };
}

export function measureSheetsRollUpTime(options: SheetsRollUpOptions): SheetsRollUpTime {
  return {
    team: { reps: options.team.reps, dealsPerRep: options.team.dealsPerRep },
    runs: options.runs,
    limitSeconds: EXECUTION_LIMIT_SECONDS,
    callSeconds: { ...SHEETS_CALL_SECONDS },
    rollUp: measureCall('dealkitRollUpTeam', [null, 'en'], options),
    snapshot: measureCall('dealkitTakeSnapshot', ['en'], options),
  };
}
