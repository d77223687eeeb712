/**
 * Measurement 2: what a custom function costs. The BUILT artefacts are loaded as their hosts load
 * them — every dist/gas/*.js in one vm global scope over the SpreadsheetApp fake (fakes/gas-vm.ts),
 * and dist/excel-addin/functions.js in a vm whose CustomFunctions records `associate` — and each
 * function is called once over a whole column (vectorised) and once per row. Inputs are made inside the
 * vm's realm, as the host's runtime would hand them over.
 *
 * The time is JavaScript only: a real host adds its own per-call overhead (a recalculation round trip
 * per custom-function call), which only widens the gap in favour of one call per column.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { LOST_STAGE } from '../../shared/methods/types';
import { applyPlan as applyPlanSheets } from '../../gas/apply-plan';
import { buildTemplatePlan } from '../../shared/templates';
import { loadGasProject } from '../../fakes/gas-vm';
import { sheetsWorkbook } from './host-workbooks';
import { seededRandom } from './seeded-random';
import { LANGUAGE_RULE_ID, SCALAR_RULES } from '../../shared/settings/function-rules';
import { timeInterleaved, timeRuns, type Timing } from './stats';
import { STAGE_CODES } from './team-workbook';

type Fn = (...args: unknown[]) => unknown;

/** DK_RULES as the Settings template writes it, with DealKit's defaults. */
const DEFAULT_RULES: unknown[][] = [[LANGUAGE_RULE_ID, 'en', '', 'B5'], ...SCALAR_RULES.map((rule) => [rule.id, rule.defaultValue, '', ''])];

export interface FunctionHost {
  readonly name: 'Apps Script (dist/gas)' | 'Excel (dist/excel-addin/functions.js)';
  readonly fn: (name: string) => Fn;
  /** A copy of plain data made in the host's realm. */
  readonly adopt: <T>(data: T) => T;
  /** SpreadsheetApp calls (reads and writes) logged so far (Apps Script only: each is a service round trip in real Sheets). */
  readonly hostCalls?: () => number;
}

export function loadBuiltExcelFunctions(dist: string): FunctionHost {
  const associated = new Map<string, Fn>();
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
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
    hostCalls: () => globals.SpreadsheetApp.reads().length + globals.SpreadsheetApp.writes().length,
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
  /** SpreadsheetApp calls one custom-function call makes (goal 0: a function reads only its arguments). */
  readonly spreadsheetCallsPerCall?: number;
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
  /** weightedAmounts over the column + funnelByStage over deal records, from shared/scoring, without the catalog's argument handling. */
  readonly scoring: Timing;
  /** tools/bench/bare-loop.ts: the same weighted column and per-stage sums in one pass, with only the checks real input needs. */
  readonly bareLoop: Timing;
  /** tools/bench/bare-loop.ts arithmeticWeightedFunnel: the same arithmetic and nothing else (the goal's yardstick). */
  readonly arithmeticLoop: Timing;
  /** Ratios to the checked bare loop. */
  readonly catalogRatio: number;
  readonly scoringRatio: number;
  /** Ratios to the arithmetic-only loop. */
  readonly catalogRatioToArithmetic: number;
  readonly scoringRatioToArithmetic: number;
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
        const vectorised = timeRuns(
          options.runs(rows, 'vectorised'),
          () => fn(...column),
          () => undefined,
          warmup,
        );
        const perRow = timeRuns(
          options.runs(rows, 'perRow'),
          () => {
            for (const args of cells) fn(...args);
          },
          () => undefined,
          warmup,
        );
        let spreadsheetCallsPerCall: number | undefined;
        if (host.hostCalls) {
          // As a template calls it: the Settings sheet's rules arrive as the last argument, no service is asked.
          const before = host.hostCalls();
          // ladder and overrides omitted, then settings: the last parameter of both WEIGHTED and WINPROB.
          fn(...cells[0], undefined, undefined, host.adopt(DEFAULT_RULES));
          spreadsheetCallsPerCall = host.hostCalls() - before;
        }
        const row = {
          host: host.name,
          fn: name,
          rows,
          vectorised,
          perRow,
          speedup: perRow.medianMs / vectorised.medianMs,
          ...(spreadsheetCallsPerCall === undefined ? {} : { spreadsheetCallsPerCall }),
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

type CoreBundle = typeof import('./core-entry');

/**
 * tools/bench/core-entry.ts bundled by webpack for Node in production mode, as the shipped scripts
 * are bundled: the catalog, the scoring core and the bare loop then run as hosts run code.
 */
export async function loadCoreBundle(root: string): Promise<CoreBundle> {
  const webpack = (await import('webpack')).default;
  const out = mkdtempSync(join(tmpdir(), 'dealkit-bench-core-'));
  await new Promise<void>((resolve, reject) => {
    webpack(
      {
        mode: 'production',
        target: 'node',
        context: root,
        entry: './tools/bench/core-entry.ts',
        output: { path: out, filename: 'core.js', library: { type: 'commonjs2' } },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: join(root, 'tsconfig.json') } } }],
        },
        performance: { hints: false },
      },
      (error, stats) => {
        if (error) return reject(error);
        if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
        resolve();
      },
    );
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(join(out, 'core.js')) as CoreBundle;
}

/** The bare loop must give what the catalog gives, or the ratio compares unlike work. */
function checkSameAnswers(catalogWeighted: unknown, catalogFunnel: unknown, bare: ReturnType<CoreBundle['bareWeightedFunnel']>, stageCount: number): void {
  const column = catalogWeighted as number[][];
  if (column.length !== bare.weighted.length || column.some((row, i) => row[0] !== bare.weighted[i][0])) {
    throw new Error("the bare loop's weighted column differs from WEIGHTED's");
  }
  const funnel = catalogFunnel as [string, number, number, number][];
  // FUNNEL leaves LOST (the last sum) out; every ladder stage must agree exactly.
  for (let at = 0; at < stageCount - 1; at += 1) {
    const [, deals, amount, weighted] = funnel[at];
    if (deals !== bare.deals[at] || amount !== bare.amounts[at] || weighted !== bare.weightedSums[at]) {
      throw new Error(`the bare loop's sums for stage ${at + 1} differ from FUNNEL's`);
    }
  }
}

export function measureCoreRatio(options: FunctionCostOptions, core: CoreBundle): CoreRatio {
  const { amounts, stages } = dealColumns(options.coreRows, 13);
  const table = core.stageTable('MILESTONES');
  const rows = [...table.stages, table.lost];
  const byCode = new Map(rows.map((row, at) => [row.code, { probability: row.probability, at }]));
  const byKey = new Map<string, { probability: number; at: number }>();
  rows.forEach((row, at) => byKey.set(row.code.toLowerCase(), { probability: row.probability, at }));
  rows.forEach((row, at) => {
    for (const label of [row.label.en, row.label['zh-CN']]) if (!byKey.has(label.toLowerCase())) byKey.set(label.toLowerCase(), { probability: row.probability, at });
  });
  const context = core.defaultCallContext('en');
  checkSameAnswers(
    core.invokeFunction('WEIGHTED', [amounts, stages], context),
    core.invokeFunction('FUNNEL', [stages, amounts], context),
    core.bareWeightedFunnel(amounts, stages, byCode, byKey, rows.length),
    rows.length,
  );
  checkSameAnswers(
    core.invokeFunction('WEIGHTED', [amounts, stages], context),
    core.invokeFunction('FUNNEL', [stages, amounts], context),
    core.arithmeticWeightedFunnel(amounts, stages, byCode, rows.length),
    rows.length,
  );
  const timings = timeInterleaved(options.coreRuns, {
    catalog: () => {
      core.invokeFunction('WEIGHTED', [amounts, stages], context);
      core.invokeFunction('FUNNEL', [stages, amounts], context);
    },
    scoring: () => {
      const amountList = new Array<number>(amounts.length);
      const stageList = new Array<string>(amounts.length);
      const deals = new Array<{ stage: string; amount: number }>(amounts.length);
      for (let i = 0; i < amounts.length; i += 1) {
        amountList[i] = amounts[i][0];
        stageList[i] = stages[i][0];
        deals[i] = { stage: stages[i][0], amount: amounts[i][0] };
      }
      return [core.weightedAmounts(table, amountList, stageList), core.funnelByStage(table, deals)];
    },
    bareLoop: () => core.bareWeightedFunnel(amounts, stages, byCode, byKey, rows.length),
    arithmeticLoop: () => core.arithmeticWeightedFunnel(amounts, stages, byCode, rows.length),
  });
  const { catalog, scoring, bareLoop, arithmeticLoop } = timings;
  options.log?.(
    `  ${options.coreRows} rows: catalog ${catalog.medianMs.toFixed(0)} ms, scoring ${scoring.medianMs.toFixed(0)} ms, ` +
      `checked loop ${bareLoop.medianMs.toFixed(0)} ms, arithmetic loop ${arithmeticLoop.medianMs.toFixed(0)} ms`,
  );
  return {
    rows: options.coreRows,
    catalog,
    scoring,
    bareLoop,
    arithmeticLoop,
    catalogRatio: catalog.medianMs / bareLoop.medianMs,
    scoringRatio: scoring.medianMs / bareLoop.medianMs,
    catalogRatioToArithmetic: catalog.medianMs / arithmeticLoop.medianMs,
    scoringRatioToArithmetic: scoring.medianMs / arithmeticLoop.medianMs,
  };
}
