/**
 * `npm run bench` (after the build): host round trips, custom-function cost, scaling, bundle sizes and the
 * Sheets roll-up's time through the built Apps Script project.
 * Writes bench/results.json and BENCHMARKS.md. Sized to finish in a few minutes on a shared two-core
 * machine; `--quick` runs small sizes only and writes to a temporary folder, to try the script out;
 * `--render` rewrites BENCHMARKS.md from bench/results.json without measuring; `--bundles` measures the
 * bundle sizes alone (seconds, not minutes) and puts them into the last results; `--grid` measures the
 * playground grid's latency in Chromium alone (`npm run bench:grid` builds only the playground first) and
 * writes bench/grid-latency.json, which every rendering of BENCHMARKS.md then includes.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureBundles } from './bench/bundle-sizes';
import { measureGridLatency, type GridLatency } from './bench/grid-latency';
import { loadBuiltAppsScript, loadBuiltExcelFunctions, loadCoreBundle, measureCoreRatio, measureQualify, measureVectorised, type FunctionCostOptions } from './bench/custom-functions';
import { machineInfo } from './bench/machine';
import { renderBenchmarks, type BenchResults } from './bench/report';
import { measureRoundTrips } from './bench/round-trips';
import { measureScaling } from './bench/scaling';
import { measureSheetsRollUpTime } from './bench/sheets-rollup-time';

const root = join(__dirname, '..');

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

/**
 * The shipped artefacts, copied as soon as the bench starts: other builds in the same checkout (the team
 * shares it) empty dist/ while they run, and the figures must all come from one build.
 */
async function copyBuild(): Promise<string> {
  const needed = [join(root, 'dist', 'excel-addin', 'functions.js'), join(root, 'dist', 'excel-addin', 'taskpane.js'), join(root, 'dist', 'gas', 'Code.js')];
  // Another build in this checkout may have emptied dist/ since ours finished: wait for it to write it again.
  for (let waited = 0; !needed.every((file) => existsSync(file)); waited += 2) {
    if (waited >= 180) throw new Error('dist/ is incomplete (another build emptied it and has not finished): run npm run bench again');
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
  const copy = mkdtempSync(join(tmpdir(), 'dealkit-bench-'));
  for (const part of ['excel-addin', 'gas']) cpSync(join(root, 'dist', part), join(copy, part), { recursive: true });
  return copy;
}

const gridFile = join(root, 'bench', 'grid-latency.json');

/** The last grid measurement, if there is one: BENCHMARKS.md shows it beside the other figures. */
function lastGridLatency(): GridLatency | undefined {
  return existsSync(gridFile) ? (JSON.parse(readFileSync(gridFile, 'utf8')) as GridLatency) : undefined;
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) {
    // Rewrites BENCHMARKS.md from the last results, after a change to the report's wording only.
    const results = JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')) as BenchResults;
    writeFileSync(join(root, 'BENCHMARKS.md'), renderBenchmarks(results, lastGridLatency()));
    log('rewrote BENCHMARKS.md from bench/results.json');
    return;
  }
  if (process.argv.includes('--grid')) {
    await measureGridOnly();
    return;
  }
  const dist = await copyBuild();
  try {
    if (process.argv.includes('--bundles')) await measureBundlesOnly(dist);
    else await measureAll(dist);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}

/** The playground grid's latency in Chromium on a 1,000-deal pipeline; the other figures stay as they were. */
async function measureGridOnly(): Promise<void> {
  const playgroundDist = join(root, 'dist', 'playground');
  if (!existsSync(join(playgroundDist, 'playground.js'))) throw new Error('dist/playground is missing: run npm run bench:grid (it builds the playground first)');
  log('grid latency in Chromium, 1,000-deal pipeline');
  const grid = await measureGridLatency({
    playgroundDist,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    deals: 1000,
    runs: 25,
    warmup: 3,
    log,
  });
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(gridFile, `${JSON.stringify(grid, null, 2)}\n`);
  for (const row of grid.series)
    log(`${row.action}: median ${row.medianMs.toFixed(1)} ms, p95 ${row.p95Ms.toFixed(1)} ms (grid's script ${row.scriptMedianMs.toFixed(1)} ms, frame ${row.frameMedianMs.toFixed(1)} ms)`);
  const resultsFile = join(root, 'bench', 'results.json');
  if (existsSync(resultsFile)) writeFileSync(join(root, 'BENCHMARKS.md'), renderBenchmarks(JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults, grid));
  log(`wrote ${gridFile}${existsSync(resultsFile) ? ' and BENCHMARKS.md' : ''}`);
}

/** The bundle sizes of this build in place of the last results' (the other figures do not depend on them). */
async function measureBundlesOnly(dist: string): Promise<void> {
  const resultsFile = join(root, 'bench', 'results.json');
  if (!existsSync(resultsFile)) throw new Error('bench/results.json is missing: run the whole npm run bench once first');
  const previous = JSON.parse(readFileSync(resultsFile, 'utf8')) as BenchResults;
  log('4. bundle sizes');
  const bundles = await measureBundles(dist);
  const results: BenchResults = { ...previous, bundles };
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(root, 'BENCHMARKS.md'), renderBenchmarks(results, lastGridLatency()));
  const goal = `${(bundles.functionsMinifiedBytes / 1024).toFixed(1)} KB minified, goal ≤ ${(bundles.functionsGoalBytes / 1024).toFixed(1)} KB ${bundles.functionsGoalMet ? 'met' : 'not met'}`;
  log(`functions script: ${goal}; wrote ${resultsFile} and BENCHMARKS.md`);
}

async function measureAll(dist: string): Promise<void> {
  const quick = process.argv.includes('--quick');
  const started = Date.now();
  const machine = machineInfo();
  log(`DealKit benchmark on ${machine.cpuModel} (${machine.cores} cores), node ${machine.node}${quick ? ' — quick' : ''}`);

  log('1. host round trips');
  const roundTrips = await measureRoundTrips({
    pipelineSizes: quick
      ? [{ reps: 2, dealsPerRep: 50 }]
      : [
          { reps: 2, dealsPerRep: 50 },
          { reps: 5, dealsPerRep: 200 },
          { reps: 20, dealsPerRep: 500 },
        ],
    mockBaselineUpTo: 1000,
    crossCheckUpTo: 100,
    log,
  });

  log('2. custom-function cost');
  const functionOptions: FunctionCostOptions = {
    sizes: quick ? [1000] : [1000, 10000, 100000],
    // One call per row over 100k rows takes seconds per run: one run there, several everywhere else.
    runs: (rows, way) => (rows >= 100000 ? (way === 'perRow' ? 1 : 3) : rows >= 10000 ? 3 : 5),
    qualifyCalls: quick ? [1000] : [1000, 10000],
    coreRows: quick ? 100000 : 1000000,
    coreRuns: 5,
    log,
  };
  const hosts = [loadBuiltAppsScript(dist), loadBuiltExcelFunctions(dist)];
  const vectorised = measureVectorised(hosts, functionOptions);
  const qualify = measureQualify(hosts, functionOptions);
  const core = measureCoreRatio(functionOptions, await loadCoreBundle(root));

  log('3. scaling');
  const scalingRuns = (deals: number) => (deals >= 100000 ? 3 : deals >= 10000 ? 5 : 7);
  const scaling = measureScaling(root, { sizes: quick ? [1000, 5000] : [1000, 10000, 100000], runs: scalingRuns, warmup: (deals) => (deals >= 100000 ? 0 : 1), log });

  log('4. bundle sizes');
  const bundles = await measureBundles(dist);

  log('5. Sheets roll-up time (built Apps Script project)');
  const rollUpRuns = 3;
  const sheetsRollUpTime = measureSheetsRollUpTime({ team: quick ? { reps: 2, dealsPerRep: 50 } : { reps: 20, dealsPerRep: 500 }, runs: rollUpRuns, dist, log });

  const results: BenchResults = {
    machine,
    durationSeconds: (Date.now() - started) / 1000,
    runCounts: {
      'round trips': 'exact counts, one run (deterministic)',
      'custom functions': '5 runs at 1k rows, 3 at 10k, at 100k 3 for one call and 1 for one call per row; one warm-up run below 100k',
      QUALIFY: '5 runs of 1k calls, 3 of 10k',
      'core vs bare loop': `${functionOptions.coreRuns} runs after one warm-up, the four implementations taking turns within each run`,
      scaling: '7 runs at 1k deals, 5 at 10k (after one warm-up), 3 at 100k (no warm-up: each run takes seconds), each size in its own process',
      'Sheets roll-up time': `${rollUpRuns} runs per server function, each on a fresh workbook with the project loaded afresh (cold, no warm-up)`,
    },
    roundTrips,
    functions: { vectorised, qualify, core },
    scaling,
    bundles,
    sheetsRollUpTime,
  };
  // A quick run must not replace the committed figures: it goes to a temporary folder.
  const outDir = quick ? mkdtempSync(join(tmpdir(), 'dealkit-bench-quick-')) : root;
  mkdirSync(join(outDir, 'bench'), { recursive: true });
  writeFileSync(join(outDir, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(outDir, 'BENCHMARKS.md'), renderBenchmarks(results, lastGridLatency()));
  log(`wrote ${join(outDir, 'bench', 'results.json')} and ${join(outDir, 'BENCHMARKS.md')} in ${Math.round(results.durationSeconds)} s`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
