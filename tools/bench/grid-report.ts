/** The playground grid's section of BENCHMARKS.md, from bench/grid-latency.json. */
import type { GridLatency, LatencySeries } from './grid-latency';

const ms = (n: number): string => (n < 10 ? n.toFixed(1) : n < 100 ? n.toFixed(1) : Math.round(n).toLocaleString('en-US'));

function goalOf(grid: GridLatency, row: LatencySeries): number | undefined {
  return row.goal === 'keystroke' ? grid.goals.keystrokeMs : row.goal === 'click' ? grid.goals.clickMs : undefined;
}

const over = (value: number, goal: number): string => `${ms(value - goal)} ms (${Math.round(((value - goal) / goal) * 100)} %) over`;

/** Met or not at the median, by how much it misses, and whether the slowest runs (p95) miss it too. */
function verdict(grid: GridLatency, row: LatencySeries): string {
  const goal = goalOf(grid, row);
  if (goal === undefined) return '—';
  const atMedian = row.medianMs <= goal ? 'met at the median' : `**not met**: the median is ${over(row.medianMs, goal)}`;
  const atP95 = row.p95Ms <= goal ? 'p95 too' : `p95 ${over(row.p95Ms, goal)}`;
  return `≤ ${goal} ms: ${atMedian}; ${atP95}`;
}

export function gridKeyFigure(grid: GridLatency): string {
  const parts = grid.series.filter((row) => row.goal).map((row) => `${row.action.split(':')[0].toLowerCase()} ${ms(row.medianMs)} ms (${verdict(grid, row)})`);
  return `- Playground grid on a ${grid.deals.toLocaleString('en-US')}-deal pipeline in Chromium, input to painted change (medians): ${parts.join('; ')} (section 6).`;
}

export function gridSection(grid: GridLatency): string {
  const table = [
    '| Action | Median | p95 | Min–max | Grid’s script (median) | Frame: style, layout, paint (median) | Goal |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...grid.series.map(
      (row) =>
        `| ${row.action} | ${ms(row.medianMs)} ms | ${ms(row.p95Ms)} ms | ${ms(row.minMs)}–${ms(row.maxMs)} ms | ${ms(row.scriptMedianMs)} ms | ${ms(row.frameMedianMs)} ms | ${verdict(grid, row)} |`,
    ),
  ].join('\n');
  const m = grid.machine;
  return [
    `## 6. Playground grid latency, ${grid.deals.toLocaleString('en-US')}-deal pipeline`,
    '',
    `**Goal: a keystroke painted within ${grid.goals.keystrokeMs} ms (one frame), a click within ${grid.goals.clickMs} ms.** Written by \`npm run bench:grid\` (\`tools/bench/grid-latency.ts\`); raw figures in \`bench/grid-latency.json\`.`,
    '',
    `The built playground opened at \`?deals=${grid.deals}\` (the Pipeline sheet holds ${grid.deals.toLocaleString('en-US')} made-up deals, \`playground/large-pipeline.ts\`) in ${grid.browser}, ${grid.viewport.width}×${grid.viewport.height}, ` +
      `driven through playwright-core. ${grid.series[0]?.runs ?? 0} timed runs per row after ${grid.warmup} untimed. Measured ${m.date} on ${m.cpuModel}, ${m.cores} cores, one-minute load average ${m.loadAverage} at the start (the machine is shared).`,
    '',
    'Each time runs from the event’s time stamp (keydown or mousedown) to the end of the first frame that shows the change (a probe checks the page on every animation frame; a message posted from that frame runs once it is rendered). ' +
      'It therefore includes the wait for the next frame, up to 16.7 ms at 60 Hz, which no code in the page can shorten: the “grid’s script” column is the event to the grid’s handlers and render done, the “frame” column the style, layout and paint of that frame. ' +
      'The script of the Enter rows includes HyperFormula writing the cell and recomputing the workbook; the keystroke, arrow and click rows write nothing to it.',
    '',
    table,
    '',
  ].join('\n');
}
