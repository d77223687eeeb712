/** BENCHMARKS.md from the results: the machine, the date, and one table per measurement. */
import type { BundleSizes } from './bundle-sizes';
import type { CoreRatio, QualifyRow, VectorisedRow } from './custom-functions';
import type { GridLatency } from './grid-latency';
import { gridKeyFigure, gridSection } from './grid-report';
import type { MachineInfo } from './machine';
import type { RoundTripRow } from './round-trips';
import type { ScalingSeries } from './scaling';
import type { SheetsRollUpTime } from './sheets-rollup-time';
import { describeGrowth } from './stats';

export interface BenchResults {
  readonly machine: MachineInfo;
  readonly durationSeconds: number;
  /** How many timed runs each median is taken over, in words, as the tables state it. */
  readonly runCounts: Readonly<Record<string, string>>;
  readonly roundTrips: readonly RoundTripRow[];
  readonly functions: {
    readonly vectorised: readonly VectorisedRow[];
    readonly qualify: readonly QualifyRow[];
    readonly core: CoreRatio;
  };
  readonly scaling: readonly ScalingSeries[];
  readonly bundles: BundleSizes;
  /** Absent from results written before it was measured. */
  readonly sheetsRollUpTime?: SheetsRollUpTime;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const ms = (n: number): string => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int(n));
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const yes = (ok: boolean): string => (ok ? 'met' : '**not met**');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function roundTripSection(r: BenchResults): string {
  const rows = r.roundTrips.map((row) => [
    row.operation,
    int(row.cells),
    int(row.blocks),
    `${row.excel.syncs}`,
    `${int(row.excel.naiveSyncs)}${row.excel.naiveOn === 'counting stand-in' ? ' †' : ''}`,
    `${row.sheets.writes} (${row.sheets.cellWrites} cell)`,
    `${row.sheets.reads} + ${row.sheets.lookups}`,
    `${int(row.sheets.naive.writes)} (${int(row.sheets.naive.cellWrites)} cell)`,
    `Excel ${yes(row.meetsGoal.excel)}, Sheets ${yes(row.meetsGoal.sheets)}`,
  ]);
  const checked = r.roundTrips.filter((row) => row.excel.naiveSyncsOnMock !== undefined);
  const agree = checked.every((row) => row.excel.naiveSyncsOnMock === row.excel.naiveSyncs);
  const allMet = r.roundTrips.every((row) => row.meetsGoal.excel && row.meetsGoal.sheets);
  return [
    '## 1. Host round trips per operation',
    '',
    '**Goal: at most 2 `context.sync()` calls per operation in Excel — 3 when the operation writes charts, which get a batch of their own so a chart Excel refuses cannot fail the cells (`excelSyncBudget` in `excel-addin/apply-plan.ts`) — and one cell-writing call per block (a rectangle of values or formulas) in both hosts, at every size.** ' +
      `Result: ${allMet ? 'met by every operation measured' : 'not met by every operation (see the last column)'}.`,
    '',
    'Excel: `context.sync()` calls on the office-addin-mock workbook (`fakes/excel-mock.ts`), through the shipped shells: ' +
      '`excel-addin/taskpane/excel-backend.ts` and `excel-addin/run-operation.ts` (every operation through the one Excel runner). ' +
      'Sheets: SpreadsheetApp calls logged by the fake (`fakes/spreadsheet-app.ts`) through the shared runner `shared/workbook/run-operation.ts` over ' +
      '`gas/server-operation.ts` (the Apps Script reads and applier); "cell" counts `setValues`/`setFormulas`/`setValue`/`setFormula`, the rest are formats, dropdowns, ' +
      'protection and the like (one call per plan item). Reads are range reads (`getValues`, `getValue`…) + spreadsheet lookups (`getSheets`, `getSheetByName`, `getNamedRanges`, `getRangeByName`, `getActiveSheet`).',
    '',
    'Baseline: `tools/bench/naive-*-applier.ts`, the same write plan applied the way an add-in without batching does it: one call (and in Excel one sync) ' +
      'per cell for values, formulas, formats, styles, dropdowns and unlocked inputs; one per object for sheets, names, rules, charts; in Excel one sync per ' +
      'question when reading (sheet list, names, each sheet, each setting).',
    '',
    'Counts are exact and deterministic (the same on every run), so each is measured once.',
    '',
    table(['Operation', 'Cells', 'Blocks', 'Excel syncs', 'Excel baseline syncs', 'Sheets writes', 'Sheets reads + lookups', 'Sheets baseline writes', 'Goal'], rows),
    '',
    `† At large team sizes the Excel baseline runs on a counting stand-in of the request context (\`tools/bench/counting-context.ts\`), because office-addin-mock ` +
      `builds a full proxy per range and would take minutes. At ${checked.map((row) => row.operation).join(' and ') || 'the smallest size'} it ran on both: ` +
      `the counts ${agree ? 'agree exactly' : 'DIFFER'} (${checked.map((row) => `${int(row.excel.naiveSyncs)} vs ${int(row.excel.naiveSyncsOnMock as number)}`).join(', ')}).`,
  ].join('\n');
}

function functionSection(r: BenchResults): string {
  const vec = r.functions.vectorised.map((row) => [
    row.host,
    row.fn,
    int(row.rows),
    ms(row.vectorised.medianMs),
    ms(row.perRow.medianMs),
    `${((row.perRow.medianMs * 1000) / row.rows).toFixed(1)} µs`,
    `${row.speedup.toFixed(1)}×`,
    `${row.vectorised.runs} / ${row.perRow.runs}`,
  ]);
  const qualify = r.functions.qualify.map((row) => [row.host, int(row.calls), ms(row.timing.medianMs), int(row.callsPerSecond), `${row.timing.runs}`]);
  const core = r.functions.core;
  return [
    '## 2. Custom-function cost',
    '',
    'The BUILT artefacts, loaded as the hosts load them: every `dist/gas/*.js` in one Node `vm` global scope over the SpreadsheetApp fake, and ' +
      '`dist/excel-addin/functions.js` in a `vm` whose `CustomFunctions.associate` records the handlers. "One call" passes the whole column; ' +
      '"one per row" calls the function once per row with 1×1 ranges. JavaScript time only: a real host adds a recalculation round trip per call on top, ' +
      'which widens the gap further.',
    '',
    table(['Host', 'Function', 'Rows', 'One call (ms)', 'One call per row (ms)', 'Per row, per-row calls', 'Vectorised speed-up', 'Runs (one call / per row)'], vec),
    '',
    (() => {
      const rows = r.functions.vectorised.filter((row) => row.spreadsheetCallsPerCall !== undefined);
      if (rows.length === 0) return '';
      const most = Math.max(...rows.map((row) => row.spreadsheetCallsPerCall ?? 0));
      return (
        `**Apps Script calls per custom-function call: ${most}** (goal 0, ${yes(most === 0)}), counted by the SpreadsheetApp fake (reads and writes) on a workbook ` +
        "with a Settings sheet, each function called as the templates call it, with the Settings sheet's `DK_RULES` as its last argument. A custom function " +
        'reads only its arguments, so the hosts recalculate it when one changes and it pays no service round trip.\n'
      );
    })(),
    'The Excel script runs in a `vm` with no `Excel` global: a custom function never calls `Excel.run` (the tests give it an `Excel` that fails on any use).\n',
    '`QUALIFY` takes one assessment (20 TAS ratings) per call and returns one verdict, so it has no vectorised form: measured as calls per second.',
    '',
    table(['Host', 'Assessments (calls)', 'Time (ms)', 'Calls per second', 'Runs'], qualify),
    '',
    `**Core vs a bare loop, ${int(core.rows)} rows** (goal ≤ 2×): \`WEIGHTED\` + \`FUNNEL\` over the same two columns, median of ${core.catalog.runs} runs each, the four taking turns within each run.`,
    '',
    'All four run from one webpack production bundle of `tools/bench/core-entry.ts`, built for Node at the start of this step, as the shipped scripts are bundled ' +
      '(run from TypeScript through tsx, every call across a module boundary would go through a CommonJS getter that no host runs).',
    '',
    'Two yardsticks, both in `tools/bench/bare-loop.ts`, and the bench checks before timing that each gives exactly the weighted column and the per-stage deals, ' +
      "amounts and weighted amounts of `WEIGHTED` and `FUNNEL`: the **arithmetic loop** is the goal's yardstick as stated — the same arithmetic over the same arrays and nothing else " +
      "(a Map lookup of the stage's exact text, amount × probability, sums per stage); the **checked loop** adds the least real input needs (a finite-number test per amount, " +
      'a trimmed, lower-cased lookup by code or label when the exact text misses). Both do less than the catalog must: no check that ranges are rectangular, no text amounts, ' +
      'no blank rows, and one loop for what a spreadsheet runs as two formulas.',
    '',
    table(
      ['Implementation', 'Time (ms)', 'Ratio to arithmetic loop', 'Goal ≤ 2×', 'Ratio to checked loop'],
      [
        [
          'catalog: `invokeFunction` WEIGHTED + FUNNEL (what every host runs)',
          ms(core.catalog.medianMs),
          `${core.catalogRatioToArithmetic.toFixed(1)}×`,
          yes(core.catalogRatioToArithmetic <= 2),
          `${core.catalogRatio.toFixed(1)}×`,
        ],
        [
          'scoring core: `weightedAmounts` over the column + `funnelByStage` over deal records (building the records included)',
          ms(core.scoring.medianMs),
          `${core.scoringRatioToArithmetic.toFixed(1)}×`,
          yes(core.scoringRatioToArithmetic <= 2),
          `${core.scoringRatio.toFixed(1)}×`,
        ],
        ['checked loop', ms(core.bareLoop.medianMs), `${(core.bareLoop.medianMs / core.arithmeticLoop.medianMs).toFixed(1)}×`, '—', '1.0×'],
        ['arithmetic loop', ms(core.arithmeticLoop.medianMs), '1.0×', '—', '—'],
      ],
    ),
    '',
    'Where the catalog spends more, as its implementation (`shared/functions/invoke.ts`, `shared/functions/entries/pipeline.ts`) reads: the invoker checks every cell of both columns ' +
      'before each function runs, `FUNNEL` walks the columns a second time, and `WEIGHTED` checks its result column once more before handing it back. Building the result column ' +
      '(a one-cell array per row) is in every row of the table and dominates the loops, so garbage collection makes these timings vary from run to run on a shared machine (see `samplesMs` in results.json).',
  ].join('\n');
}

function scalingSection(r: BenchResults): string {
  const parts = [
    '## 3. Scaling',
    '',
    'Each size runs in its own child process (`tools/bench/scaling-child.ts`); peak memory is that process\'s `process.resourceUsage().maxRSS` (Node and the generated input included), "before" is the resident set with the input built. Growth is the slope of log(time) over log(deals): 1 is linear.',
    '',
  ];
  for (const series of r.scaling) {
    const steps = series.samples.slice(1).map((s, i) => {
      const prev = series.samples[i];
      return `×${(s.medianMs / prev.medianMs).toFixed(1)} time for ×${(s.deals / prev.deals).toFixed(0)} deals (${int(prev.deals)} → ${int(s.deals)})`;
    });
    parts.push(`**${series.label}** — growth exponent ${series.exponent.toFixed(2)} over all sizes: ${describeGrowth(series.exponent)}; step by step ${steps.join(', ')}.`, '');
    if (series.kind === 'rollup' && series.exponent > 1.15) {
      parts.push(
        'The seeded teams keep 500 deals per rep, so the number of reps grows with the deals: any step that walks every deal once per rep ' +
          '(per-rep figures and forecasts in the dashboard) costs reps × deals, which shows here as growth faster than linear.',
        '',
      );
    }
    parts.push(
      table(
        ['Deals', 'Median (ms)', 'Per deal (µs)', 'RSS before (MB)', 'Peak RSS (MB)', 'Runs'],
        series.samples.map((s) => [int(s.deals), ms(s.medianMs), ((s.medianMs * 1000) / s.deals).toFixed(1), String(s.rssBeforeMb), String(s.peakRssMb), String(s.runs)]),
      ),
      '',
    );
  }
  return parts.join('\n');
}

function bundleSection(r: BenchResults): string {
  const rows = r.bundles.groups.flatMap((g) => [
    ...g.files.map((f) => [g.name, f.file, kb(f.builtBytes), kb(f.minifiedBytes), kb(f.gzippedBytes)]),
    ...(g.files.length > 1 ? [[g.name, '**total**', kb(g.builtBytes), kb(g.minifiedBytes), kb(g.gzippedBytes)]] : []),
  ]);
  const measured =
    r.bundles.measuredAt && r.bundles.measuredAt !== r.machine.date ? ` Measured ${r.bundles.measuredAt} (\`npm run bench -- --bundles\`), apart from the rest of this run.` : '';
  return [
    '## 4. Bundle sizes',
    '',
    `As built by \`npm run build\`, minified with terser (comments dropped; the Apps Script file ships unminified on purpose so its \`@customfunction\` JSDoc survives) and gzipped (zlib level 9) after minifying.${measured}`,
    '',
    table(['Bundle', 'File', 'Built', 'Minified', 'Gzipped'], rows),
    '',
    `**Goal: functions script ≤ ${kb(r.bundles.functionsGoalBytes)} minified (it loads on every workbook open):** ${r.bundles.functionsGoalMet ? 'met' : '**not met**'} (${kb(r.bundles.functionsMinifiedBytes)}). ` +
      `String literals make up about ${kb(r.bundles.functionsText.stringLiteralBytes)} of it ` +
      `(${Math.round((100 * r.bundles.functionsText.stringLiteralBytes) / r.bundles.functionsMinifiedBytes)} %; Chinese text alone ${kb(r.bundles.functionsText.cjkBytes)}), which minifying cannot shrink: ` +
      'error messages and the method labels the functions return or match (criteria, stages, roles, strategies, value statements), in both languages. ' +
      "Help texts, guidance and descriptions only sheets and panels show are outside the functions' imports.",
  ].join('\n');
}

const seconds = (n: number): string => (n < 10 ? n.toFixed(1) : int(n));

function sheetsRollUpSection(t: SheetsRollUpTime): string {
  const calls = [t.rollUp, t.snapshot];
  const size = `${t.team.reps} reps × ${int(t.team.dealsPerRep)} deals`;
  const timeRows = calls.map((c) => [`\`${c.call}\``, ms(c.vm.medianMs), ms(c.script.medianMs), ms(c.insideFake.medianMs), c.vm.samplesMs.map((v) => ms(v)).join(', ')]);
  const callRows = calls.map((c) => [
    `\`${c.call}\``,
    `${c.calls.reads}`,
    `${c.calls.writes} (${c.calls.cellWrites} cell)`,
    `${c.calls.lookups}`,
    `**${c.calls.charged}**`,
    int(c.cellsWritten),
    int(c.largestWriteCells),
    `${c.calls.allObjectCalls}`,
  ]);
  const estimateRows = calls.map((c) => [
    `\`${c.call}\``,
    `${(c.vm.medianMs / 1000).toFixed(1)} s + ${c.calls.charged} × ${t.callSeconds.low}–${t.callSeconds.high} s`,
    `**${seconds(c.estimateSeconds.low)}–${seconds(c.estimateSeconds.high)} s**`,
    `${Math.round((100 * c.estimateSeconds.high) / t.limitSeconds)} %`,
    `${c.breakEvenSecondsPerCall.toFixed(2)} s`,
    c.withinLimit.high ? 'within, even at the high end' : c.withinLimit.low ? '**over at the high end**' : '**over**',
  ]);
  const r = t.rollUp;
  return [
    `## 5. Sheets roll-up time, ${size} (estimate)`,
    '',
    `**Goal: the Google Sheets roll-up of ${size} finishes well inside Apps Script's ${t.limitSeconds / 60}-minute execution limit.** ` +
      `Result: **estimated** ${seconds(r.estimateSeconds.low)}–${seconds(r.estimateSeconds.high)} s for \`dealkitRollUpTeam\` ` +
      `(${r.withinLimit.high ? 'inside the limit at both ends of the assumed range' : 'NOT inside the limit at the high end of the assumed range'}). ` +
      'This is an estimate, not a measurement in Google Sheets: no Google account is reachable from the benchmark machine.',
    '',
    `How: the BUILT project (\`dist/gas\`, the bench's copy) is loaded into a Node \`vm\` over the SpreadsheetApp fake (\`fakes/gas-vm.ts\`), ` +
      `the fake seeded with the same ${size} team as table 1 (\`tools/bench/team-workbook.ts\`), and the sidebar's server function is called as ` +
      '`google.script.run` calls it (arguments and answer copied through JSON). Each run gets a fresh workbook and a freshly loaded project, so every run ' +
      `starts cold, as each \`google.script.run\` call starts a new execution; median of ${t.runs} runs. "Today" is pinned to the seeded data's date. ` +
      "`dealkitRollUpTeam` is what the sidebar's Team panel calls: it answers with the panel's report as well as the counts.",
    '',
    `**JavaScript time in the vm** (ms). "Inside the fake" is the time spent in the fake's range, sheet and spreadsheet methods — in real Sheets ` +
      "Google's servers do that work, and the per-call latency below stands for it; the rest is DealKit's own JavaScript.",
    '',
    table(['Server function', 'vm total, median', "DealKit's JavaScript", 'Inside the fake', 'Each run, vm total (ms)'], timeRows),
    '',
    "**SpreadsheetApp calls of one run** (exact, the same on every run), from the fake's log; lookups are the spreadsheet-level `getSheets`, " +
      '`getSheetByName`, `getNamedRanges`, `getRangeByName`, `getActiveSheet` calls (counted by `tools/bench/host-workbooks.ts`). "Charged" is what the estimate ' +
      'charges: reads + writes + lookups. Calls that fetch or put no cell data (`getRange`, `getLastRow`, `getName`…) are in the last column only, uncharged. ' +
      '"Cells written" counts every cell of the rectangles the cell-writing calls cover, blank ones included (table 1 counts the non-blank cells of the plan).',
    '',
    table(['Server function', 'Reads', 'Writes', 'Lookups', 'Charged', 'Cells written', 'Largest single write (cells)', 'All calls on fake objects'], callRows),
    '',
    `**Estimated wall time in real Sheets = vm total + charged calls × ${t.callSeconds.low}–${t.callSeconds.high} s per call.** ` +
      `The assumption: each SpreadsheetApp call is a round trip to Google's spreadsheet service, which Google's Apps Script guidance calls considerably slower than ` +
      `the script's own JavaScript (hence its rule to batch reads and writes). ${t.callSeconds.low} s is the low end for a small read, format or lookup; ` +
      `${t.callSeconds.high} s the high end, for a setValues of tens of thousands of cells. The high estimate charges every call ${t.callSeconds.high} s, although ` +
      `most of them are small format, dropdown and protection calls. The one setValues of ${int(r.largestWriteCells)} cells in the roll-up may take longer than ` +
      `${t.callSeconds.high} s on its own. "Break-even" is the average time per charged call at which the call would reach ${t.limitSeconds} s.`,
    '',
    table(['Server function', 'vm total + calls × latency', 'Estimate', 'High end, share of the limit', 'Break-even per call', `Against ${t.limitSeconds} s`], estimateRows),
    '',
    `At the high end the roll-up leaves ${int(t.limitSeconds - r.estimateSeconds.high)} s of the limit unspent: that largest write could take that much longer than the ${t.callSeconds.high} s charged for it before the limit is reached. ` +
      `The figures cover this team size only. As teams grow, the writes stay at one call per block and the reads grow by one \`getValues\` per rep's sheet ` +
      '(table 1), while the cells written and the JavaScript time grow with the deals (table 3).',
  ].join('\n');
}

function keyFigures(r: BenchResults): string {
  const lines: string[] = [];
  const maxSyncs = Math.max(...r.roundTrips.map((row) => row.excel.syncs));
  const allMet = r.roundTrips.every((row) => row.meetsGoal.excel && row.meetsGoal.sheets);
  lines.push(
    `- Round trips: every operation measured takes at most ${maxSyncs} \`context.sync()\` calls in Excel and one cell-writing call per block in both hosts — goal ${allMet ? 'met' : '**not met** by some (table 1)'}.`,
  );
  const rollups = r.roundTrips.filter((row) => row.operation.startsWith('roll up team'));
  const largest = rollups[rollups.length - 1];
  if (largest) {
    lines.push(
      `- ${largest.operation.replace('roll up team, ', 'Roll-up of ')}: Excel ${largest.excel.syncs} syncs vs ${int(largest.excel.naiveSyncs)} for the per-cell baseline; ` +
        `Sheets ${largest.sheets.cellWrites} cell-writing calls (${largest.sheets.writes} calls in all) vs ${int(largest.sheets.naive.writes)}.`,
    );
  }
  const biggest = Math.max(...r.functions.vectorised.map((row) => row.rows));
  const atBiggest = r.functions.vectorised.filter((row) => row.rows === biggest);
  if (atBiggest.length) {
    const speedups = atBiggest.map((row) => row.speedup);
    lines.push(
      `- Custom functions over ${int(biggest)} rows: one vectorised call is ${Math.min(...speedups).toFixed(1)}–${Math.max(...speedups).toFixed(1)}× faster than one call per row in JavaScript alone, before each host's per-call recalculation cost.`,
    );
  }
  const core = r.functions.core;
  lines.push(
    `- WEIGHTED + FUNNEL over ${int(core.rows)} rows, against a loop doing the same arithmetic: ${core.catalogRatioToArithmetic.toFixed(1)}× through the catalog, ` +
      `${core.scoringRatioToArithmetic.toFixed(1)}× through the scoring core — goal ≤ 2× ${core.catalogRatioToArithmetic <= 2 ? 'met' : '**not met**'} through the catalog, ` +
      `${core.scoringRatioToArithmetic <= 2 ? 'met' : '**not met**'} by the scoring core (against a loop that also checks its input: ${core.catalogRatio.toFixed(1)}× and ${core.scoringRatio.toFixed(1)}×).`,
  );
  for (const series of r.scaling) {
    const top = series.samples[series.samples.length - 1];
    const before = series.samples[series.samples.length - 2];
    const lastStep = before ? ` (×${(top.medianMs / before.medianMs).toFixed(1)} time from ${int(before.deals)} to ${int(top.deals)} deals)` : '';
    lines.push(
      `- ${series.kind === 'rollup' ? 'Roll-up' : 'Snapshot diff'}: ${describeGrowth(series.exponent)} (exponent ${series.exponent.toFixed(2)}); ` +
        `${int(top.deals)} deals in ${ms(top.medianMs)} ms${lastStep}, peak ${top.peakRssMb} MB.`,
    );
  }
  const sheetsTime = r.sheetsRollUpTime;
  if (sheetsTime) {
    const c = sheetsTime.rollUp;
    lines.push(
      `- Sheets roll-up of ${sheetsTime.team.reps} reps × ${int(sheetsTime.team.dealsPerRep)} deals through the built Apps Script project: ` +
        `${ms(c.vm.medianMs)} ms of JavaScript in the vm, ${c.calls.charged} SpreadsheetApp calls, ${int(c.cellsWritten)} cells written; ` +
        `**estimated** ${seconds(c.estimateSeconds.low)}–${seconds(c.estimateSeconds.high)} s in real Sheets at ${sheetsTime.callSeconds.low}–${sheetsTime.callSeconds.high} s per call ` +
        `against the ${sheetsTime.limitSeconds / 60}-minute limit — ${c.withinLimit.high ? 'inside it at both ends' : c.withinLimit.low ? '**over it at the high end**' : '**over it**'} ` +
        `(it would take ${c.breakEvenSecondsPerCall.toFixed(2)} s per call to reach it; section 5).`,
    );
  }
  lines.push(`- Functions script: ${kb(r.bundles.functionsMinifiedBytes)} minified — goal ≤ ${kb(r.bundles.functionsGoalBytes)} ${r.bundles.functionsGoalMet ? 'met' : '**not met**'}.`);
  return ['## Key figures', '', ...lines].join('\n');
}

/** The whole report; the grid's section comes from its own measurement (`npm run bench:grid`) when there is one. */
export function renderBenchmarks(r: BenchResults, grid?: GridLatency): string {
  const m = r.machine;
  return [
    '# DealKit benchmarks',
    '',
    'Written by `npm run bench` (`tools/bench.ts`); the raw figures are in `bench/results.json`. Timings are medians; no test asserts a timing.',
    '',
    `- Date: ${m.date}`,
    `- Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB memory, ${m.platform}; one-minute load average ${m.loadAverage} at the start (the machine is shared)`,
    `- Node ${m.node}`,
    `- Runs per median: ${Object.entries(r.runCounts)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; ')}`,
    `- Whole benchmark: ${Math.round(r.durationSeconds)} s`,
    '- Workbooks are generated with a seeded generator (`tools/bench/team-workbook.ts`, mulberry32): the same data on every run.',
    '',
    keyFigures(r),
    ...(grid ? [gridKeyFigure(grid)] : []),
    '',
    roundTripSection(r),
    '',
    functionSection(r),
    '',
    scalingSection(r),
    bundleSection(r),
    '',
    ...(r.sheetsRollUpTime ? [sheetsRollUpSection(r.sheetsRollUpTime), ''] : []),
    ...(grid ? [gridSection(grid)] : []),
  ].join('\n');
}
