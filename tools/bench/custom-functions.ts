/**
 * Measurement 2: what a custom function costs. The BUILT artefacts are loaded as their hosts load
 * them — every dist/gas/*.js in one vm global scope over the SpreadsheetApp fake (test/fakes/gas-vm.ts),
 * and dist/excel-addin/functions.js in a vm whose CustomFunctions records `associate` — and each
 * function is called once over a whole column (vectorised) and once per row. Inputs are made inside the
 * vm's realm, as the host's runtime would hand them over.
 *
 * The time is JavaScript only: a real host adds its own per-call overhead (a recalculation round trip
 * per custom-function call), which only widens the gap in favour of one call per column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { defaultCallContext, invokeFunction } from '../../shared/functions/invoke';
import { funnelByStage, weightedAmount } from '../../shared/scoring/pipeline';
import { stageTable } from '../../shared/scoring/stage-table';
import { LOST_STAGE } from '../../shared/methods/types';
import { applyPlan as applyPlanSheets } from '../../gas/apply-plan';
import { buildTemplatePlan } from '../../shared/templates';
import { loadGasProject } from '../../test/fakes/gas-vm';
import { sheetsWorkbook } from './host-workbooks';
import { seededRandom } from './seeded-random';
import { timeInterleaved, timeRuns, type Timing } from './stats';
import { STAGE_CODES } from './team-workbook';

type Fn = (...args: unknown[]) => unknown;

export interface FunctionHost {
  readonly name: 'Apps Script (dist/gas)' | 'Excel (dist/excel-addin/functions.js)';
  readonly fn: (name: string) => Fn;
  /** A copy of plain data made in the host's realm. */
  readonly adopt: <T>(data: T) => T;
  /** SpreadsheetApp reads logged so far (Apps Script only: each is a service round trip in real Sheets). */
  readonly hostReads?: () => number;
}

export function loadBuiltExcelFunctions(dist: string): FunctionHost {
  const associated = new Map<string, Fn>();
  class CustomFunctionsError extends Error {
    constructor(readonly code: string, message?: string) {
      super(message);
    }
  }
  const sandbox: Record<string, unknown> = {
    console,
    CustomFunctions: {
      associate(id: string | Record<string, Fn>, fn?: Fn) {
        if (typeof id === 'string' && fn) associated.set(id, fn);
        else if (typeof id === 'object') for (const [key, value] of Object.entries(id)) associated.set(key, value);
      },
      Error: CustomFunctionsError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', invalidNumber: '#NUM!' },
    },
  };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  const context = vm.createContext(sandbox);
  vm.runInContext(readFileSync(join(dist, 'excel-addin', 'functions.js'), 'utf8'), context, { filename: 'functions.js' });
  const parse = vm.runInContext('JSON.parse', context) as (text: string) => unknown;
  return {
    name: 'Excel (dist/excel-addin/functions.js)',
    fn: (name) => {
      const found = associated.get(name) ?? associated.get(name.toUpperCase());
      if (!found) throw new Error(`functions.js did not associate ${name} (it associated ${[...associated.keys()].join(', ')})`);
      return found;
    },
    adopt: (data) => parse(JSON.stringify(data)) as typeof data,
  };
}

/** The built Apps Script project over a spreadsheet that has DealKit's Settings sheet, as a team workbook does. */
export function loadBuiltAppsScript(dist: string): FunctionHost {
  const globals = sheetsWorkbook();
  applyPlanSheets(globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet, buildTemplatePlan('settings', { locale: 'en' }));
  globals.SpreadsheetApp.resetLog();
  const project = loadGasProject({ dir: join(dist, 'gas'), globals });
  const parse = vm.runInContext('JSON.parse', project.context) as (text: string) => unknown;
  return {
    name: 'Apps Script (dist/gas)',
    fn: (name) => {
      const found = project.context[name] as Fn | undefined;
      if (typeof found !== 'function') throw new Error(`the Apps Script project has no global ${name}`);
      return found;
    },
    adopt: (data) => parse(JSON.stringify(data)) as typeof data,
    hostReads: () => globals.SpreadsheetApp.reads().length,
  };
}

function dealColumns(rows: number, seed = 5): { amounts: number[][]; stages: string[][] } {
  const random = seededRandom(seed);
  const codes = [...STAGE_CODES, LOST_STAGE];
  const amounts: number[][] = [];
  const stages: string[][] = [];
  for (let i = 0; i < rows; i += 1) {
    amounts.push([random.int(1, 500) * 1000]);
    stages.push([random.pick(codes)]);
  }
  return { amounts, stages };
}

export interface VectorisedRow {
  readonly host: FunctionHost['name'];
  readonly fn: 'WEIGHTED' | 'WINPROB';
  readonly rows: number;
  readonly vectorised: Timing;
  readonly perRow: Timing;
  /** perRow ÷ vectorised. */
  readonly speedup: number;
  /** Apps Script only: SpreadsheetApp reads the function makes per call (one per call, whatever the rows). */
  readonly spreadsheetReadsPerCall?: number;
}

export interface QualifyRow {
  readonly host: FunctionHost['name'];
  /** Assessments scored, one call each (QUALIFY takes one assessment of 20 TAS ratings per call). */
  readonly calls: number;
  readonly timing: Timing;
  readonly callsPerSecond: number;
}

export interface CoreRatio {
  readonly rows: number;
  /** invokeFunction('WEIGHTED') + invokeFunction('FUNNEL'): the catalog path every host runs (argument coercion included). */
  readonly catalog: Timing;
  /** weightedAmount per row + funnelByStage from shared/scoring, without the catalog's argument handling. */
  readonly scoring: Timing;
  /** A bare loop over the same arrays: probability lookup, amount × probability, sums per stage. */
  readonly bareLoop: Timing;
  readonly catalogRatio: number;
  readonly scoringRatio: number;
}

export interface FunctionCostOptions {
  readonly sizes: readonly number[];
  /** Timed runs per size and way of calling; one warm-up run comes on top below 100k rows. */
  readonly runs: (rows: number, way: 'vectorised' | 'perRow') => number;
  readonly qualifyCalls: readonly number[];
  readonly coreRows: number;
  readonly coreRuns: number;
  readonly log?: (line: string) => void;
}

export function measureVectorised(hosts: readonly FunctionHost[], options: FunctionCostOptions): VectorisedRow[] {
  const out: VectorisedRow[] = [];
  for (const host of hosts) {
    for (const name of ['WEIGHTED', 'WINPROB'] as const) {
      const fn = host.fn(name);
      for (const rows of options.sizes) {
        const data = dealColumns(rows);
        const column = host.adopt(name === 'WEIGHTED' ? [data.amounts, data.stages] : [data.stages]);
        const cells = host.adopt(data.stages.map((stage, i) => (name === 'WEIGHTED' ? [[data.amounts[i]], [stage]] : [[stage]])));
        const warmup = rows >= 100000 ? 0 : 1;
        const vectorised = timeRuns(options.runs(rows, 'vectorised'), () => fn(...column), () => undefined, warmup);
        const perRow = timeRuns(
          options.runs(rows, 'perRow'),
          () => {
            for (const args of cells) fn(...args);
          },
          () => undefined,
          warmup,
        );
        let spreadsheetReadsPerCall: number | undefined;
        if (host.hostReads) {
          const before = host.hostReads();
          fn(...cells[0]);
          spreadsheetReadsPerCall = host.hostReads() - before;
        }
        const row = {
          host: host.name,
          fn: name,
          rows,
          vectorised,
          perRow,
          speedup: perRow.medianMs / vectorised.medianMs,
          ...(spreadsheetReadsPerCall === undefined ? {} : { spreadsheetReadsPerCall }),
        };
        options.log?.(`  ${host.name} ${name} ${rows} rows: one call ${vectorised.medianMs.toFixed(1)} ms, one per row ${perRow.medianMs.toFixed(1)} ms`);
        out.push(row);
      }
    }
  }
  return out;
}

export function measureQualify(hosts: readonly FunctionHost[], options: FunctionCostOptions): QualifyRow[] {
  const out: QualifyRow[] = [];
  const random = seededRandom(9);
  for (const host of hosts) {
    const fn = host.fn('QUALIFY');
    for (const calls of options.qualifyCalls) {
      const assessments = host.adopt(Array.from({ length: calls }, () => Array.from({ length: 20 }, () => [random.pick(['+', '+', '?', '-'])])));
      const timing = timeRuns(
        options.runs(calls, 'perRow'),
        () => {
          for (const ratings of assessments) fn(ratings);
        },
        () => undefined,
      );
      out.push({ host: host.name, calls, timing, callsPerSecond: calls / (timing.medianMs / 1000) });
      options.log?.(`  ${host.name} QUALIFY ×${calls}: ${timing.medianMs.toFixed(1)} ms`);
    }
  }
  return out;
}

/** The bare loop: what WEIGHTED and FUNNEL compute, with nothing else. */
function bareWeightedFunnel(amounts: readonly (readonly number[])[], stages: readonly (readonly string[])[], probability: ReadonlyMap<string, number>, index: ReadonlyMap<string, number>, stageCount: number): unknown {
  const weighted: number[][] = new Array(amounts.length);
  const deals = new Array<number>(stageCount).fill(0);
  const sums = new Array<number>(stageCount).fill(0);
  const weightedSums = new Array<number>(stageCount).fill(0);
  for (let i = 0; i < amounts.length; i += 1) {
    const stage = stages[i][0];
    const amount = amounts[i][0];
    const w = amount * (probability.get(stage) as number);
    weighted[i] = [w];
    const at = index.get(stage) as number;
    deals[at] += 1;
    sums[at] += amount;
    weightedSums[at] += w;
  }
  return [weighted, deals, sums, weightedSums];
}

export function measureCoreRatio(options: FunctionCostOptions): CoreRatio {
  const { amounts, stages } = dealColumns(options.coreRows, 13);
  const table = stageTable('MILESTONES');
  const rows = [...table.stages, table.lost];
  const probability = new Map(rows.map((row) => [row.code, row.probability]));
  const index = new Map(rows.map((row, i) => [row.code, i]));
  const context = defaultCallContext('en');
  const timings = timeInterleaved(options.coreRuns, {
    catalog: () => {
      invokeFunction('WEIGHTED', [amounts, stages], context);
      invokeFunction('FUNNEL', [stages, amounts], context);
    },
    scoring: () => {
      const deals = new Array<{ stage: string; amount: number }>(amounts.length);
      const weighted = new Array<number[]>(amounts.length);
      for (let i = 0; i < amounts.length; i += 1) {
        weighted[i] = [weightedAmount(amounts[i][0], table, stages[i][0])];
        deals[i] = { stage: stages[i][0], amount: amounts[i][0] };
      }
      return [weighted, funnelByStage(table, deals)];
    },
    bareLoop: () => bareWeightedFunnel(amounts, stages, probability, index, rows.length),
  });
  const { catalog, scoring, bareLoop } = timings;
  options.log?.(`  ${options.coreRows} rows: catalog ${catalog.medianMs.toFixed(0)} ms, scoring ${scoring.medianMs.toFixed(0)} ms, bare loop ${bareLoop.medianMs.toFixed(0)} ms`);
  return {
    rows: options.coreRows,
    catalog,
    scoring,
    bareLoop,
    catalogRatio: catalog.medianMs / bareLoop.medianMs,
    scoringRatio: scoring.medianMs / bareLoop.medianMs,
  };
}
