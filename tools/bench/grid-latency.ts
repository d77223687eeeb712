/**
 * How fast the playground grid answers, in headless Chromium on a 1,000-deal pipeline sheet: from the
 * key or mouse event to the next frame painted with the change on screen (the typed character in the
 * cell, the selection on the clicked cell, the new value after Enter).
 *
 * In the page, a probe notes the event's time stamp, then checks on every animation frame whether the
 * change is in the page; the frame where it first is paints it, and a message posted from that frame's
 * callback runs once the frame is rendered: that moment is "painted". The probe also notes when the
 * grid's own handlers (and the render they cause) are done, so the table tells the grid's work apart
 * from the wait for the next frame.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer } from '../../playground/static-server';
import { machineInfo, type MachineInfo } from './machine';
import { median, round3 } from './stats';

export const GRID_GOALS = { keystrokeMs: 16, clickMs: 50 } as const;

export interface LatencySeries {
  /** What is timed, from which event to which change on screen. */
  readonly action: string;
  /** Which goal applies, if any. */
  readonly goal?: 'keystroke' | 'click';
  readonly runs: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** From the event to the grid's handlers and render done. */
  readonly scriptMedianMs: number;
  /** From the frame's start to its paint: style, layout, paint of what changed. */
  readonly frameMedianMs: number;
  readonly samplesMs: readonly number[];
}

export interface GridLatency {
  readonly machine: MachineInfo;
  readonly browser: string;
  readonly deals: number;
  readonly viewport: { readonly width: number; readonly height: number };
  readonly warmup: number;
  readonly goals: typeof GRID_GOALS;
  readonly series: readonly LatencySeries[];
  readonly durationSeconds: number;
}

export interface GridLatencyOptions {
  /** The built playground (dist/playground); copied first, so a build started meanwhile cannot change it. */
  readonly playgroundDist: string;
  readonly chromiumPath: string;
  readonly deals: number;
  readonly runs: number;
  readonly warmup: number;
  readonly log: (line: string) => void;
}

/** What has to be on the page for the change to count as shown. */
interface ShownWhen {
  readonly selector: string;
  readonly text?: string;
  readonly value?: string;
}

interface Sample {
  readonly total: number;
  readonly script: number;
  readonly frame: number;
}

// Plain script text: the page's content security policy allows no eval, and what tsx compiles would
// carry its own helpers into the page.
const PROBE = `
window.__gridProbe = {
  arm(firstEvent, lastEvent, shown) {
    let started = 0;
    let script = 0;
    const first = (event) => { if (!started) started = event.timeStamp; };
    const last = () => { if (started) script = performance.now() - started; };
    window.addEventListener(firstEvent, first, true);
    window.addEventListener(lastEvent, last, false);
    const met = () => {
      const element = document.querySelector(shown.selector);
      return !!element && (shown.text === undefined || element.textContent === shown.text) && (shown.value === undefined || element.value === shown.value);
    };
    window.__gridPending = new Promise((resolve) => {
      const frame = () => {
        if (!started || !met()) { requestAnimationFrame(frame); return; }
        const frameStart = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const painted = performance.now();
          window.removeEventListener(firstEvent, first, true);
          window.removeEventListener(lastEvent, last, false);
          resolve({ total: painted - started, script: script || frameStart - started, frame: painted - frameStart });
        };
        channel.port2.postMessage(0);
      };
      requestAnimationFrame(frame);
    });
  },
};
`;

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function series(action: string, goal: LatencySeries['goal'], samples: readonly Sample[]): LatencySeries {
  const totals = samples.map((s) => s.total);
  return {
    action,
    ...(goal ? { goal } : {}),
    runs: samples.length,
    medianMs: round3(median(totals)),
    p95Ms: round3(percentile(totals, 95)),
    minMs: round3(Math.min(...totals)),
    maxMs: round3(Math.max(...totals)),
    scriptMedianMs: round3(median(samples.map((s) => s.script))),
    frameMedianMs: round3(median(samples.map((s) => s.frame))),
    samplesMs: totals.map(round3),
  };
}

/** Times one user action: arms the probe, acts, waits for the change to be painted. */
async function timed(page: Page, firstEvent: string, lastEvent: string, shown: ShownWhen, act: () => Promise<void>): Promise<Sample> {
  await page.evaluate(`window.__gridProbe.arm(${JSON.stringify(firstEvent)}, ${JSON.stringify(lastEvent)}, ${JSON.stringify(shown)})`);
  await act();
  return (await page.evaluate('window.__gridPending')) as Sample;
}

/** Runs an action `warmup` times untimed, then `runs` times timed. */
async function measure(runs: number, warmup: number, once: (i: number) => Promise<Sample>): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (let i = 0; i < warmup + runs; i += 1) {
    const sample = await once(i);
    if (i >= warmup) samples.push(sample);
    // Let the page settle (HyperFormula's work, the browser's own tasks) between runs.
    await new Promise((resolve) => setTimeout(resolve, 60));
  }
  return samples;
}

async function goTo(page: Page, a1: string): Promise<void> {
  await page.fill('.pg-name-box', a1);
  await page.press('.pg-name-box', 'Enter');
  await page.waitForSelector(`[data-active-cell="${a1}"]`);
  await page.waitForSelector(`[data-cell="${a1}"]`);
}

/** Cells fully on screen and not under anything, to click. */
async function clickableCells(page: Page): Promise<{ a1: string; x: number; y: number }[]> {
  return (await page.evaluate(`(() => {
    const out = [];
    for (const cell of document.querySelectorAll('.pg-grid-body [data-cell]')) {
      const box = cell.getBoundingClientRect();
      const x = box.left + box.width / 2, y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      if (hit && cell.contains(hit) && box.width > 20) out.push({ a1: cell.getAttribute('data-cell'), x, y });
    }
    return out;
  })()`)) as { a1: string; x: number; y: number }[];
}

export async function measureGridLatency(options: GridLatencyOptions): Promise<GridLatency> {
  const started = Date.now();
  const machine = machineInfo();
  const copy = mkdtempSync(join(tmpdir(), 'dealkit-grid-bench-'));
  cpSync(options.playgroundDist, copy, { recursive: true });
  const server = await startStaticServer(copy, 0);
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: options.chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const viewport = { width: 1440, height: 900 };
    const page = await browser.newPage({ viewport });
    await page.addInitScript(PROBE);
    await page.goto(`${server.url}?deals=${options.deals}`);
    await page.waitForSelector('[data-sheet-tab="Pipeline"]', { timeout: 120000 });
    await page.click('[data-sheet-tab="Pipeline"]');
    await page.waitForSelector('.pg-grid-scroll[data-sheet="Pipeline"]');
    const { runs, warmup, log } = options;
    const all: LatencySeries[] = [];

    log(`   keystroke on a selected cell (row 500 of ${options.deals} deals)`);
    await goTo(page, 'B500');
    const editor = '.pg-cell-editor.is-editing';
    const firstKeys = await measure(runs, warmup, async () => {
      const sample = await timed(page, 'keydown', 'input', { selector: editor, value: 'x' }, () => page.keyboard.press('x'));
      await page.keyboard.press('Escape');
      await page.waitForSelector(editor, { state: 'detached' });
      return sample;
    });
    all.push(series('Keystroke on a selected cell: keydown → the character painted in the cell', 'keystroke', firstKeys));

    log('   keystrokes while typing');
    await page.keyboard.press('a');
    let typed = 'a';
    const nextKeys = await measure(runs, warmup, async () => {
      typed += 'b';
      return timed(page, 'keydown', 'input', { selector: editor, value: typed }, () => page.keyboard.press('b'));
    });
    all.push(series('Each further keystroke while typing: keydown → the character painted', 'keystroke', nextKeys));
    await page.keyboard.press('Escape');

    log('   arrow keys');
    const arrows = await measure(runs, warmup, async (i) => {
      const key = i % 2 === 0 ? 'ArrowDown' : 'ArrowUp';
      const target = i % 2 === 0 ? 'B501' : 'B500';
      return timed(page, 'keydown', 'keydown', { selector: `[data-active-cell="${target}"]` }, () => page.keyboard.press(key));
    });
    all.push(series('Arrow key: keydown → the selection painted on the next cell', 'keystroke', arrows));

    log('   clicks');
    const cells = (await clickableCells(page)).filter((cell) => cell.a1 !== 'B500');
    if (cells.length < 4) throw new Error(`only ${cells.length} cells to click on screen`);
    const clicks = await measure(runs, warmup, async (i) => {
      const cell = cells[(i * 7) % cells.length];
      const current = await page.getAttribute('.pg-active', 'data-active-cell');
      const target = cell.a1 === current ? cells[(i * 7 + 1) % cells.length] : cell;
      return timed(page, 'mousedown', 'mousedown', { selector: `[data-active-cell="${target.a1}"]` }, () => page.mouse.click(target.x, target.y));
    });
    all.push(series('Click on a cell: mousedown → the selection painted on it', 'click', clicks));

    log('   jumps to the last deal and back to the header');
    await goTo(page, 'A6');
    const last = `A${5 + options.deals}`;
    const jumps = await measure(runs, warmup, async (i) => {
      const down = i % 2 === 0;
      // Ctrl+Up runs up the filled column to the frozen header row; the body then shows its first deal again.
      const target = down ? last : 'A5';
      const drawn = down ? last : 'A6';
      return timed(page, 'keydown', 'keydown', { selector: `[data-active-cell="${target}"]` }, async () => {
        await page.keyboard.press(down ? 'Control+ArrowDown' : 'Control+ArrowUp');
        await page.waitForSelector(`[data-cell="${drawn}"]`);
      });
    });
    all.push(series('Ctrl+Down / Ctrl+Up between the header and the last deal: keydown → a new screen of rows painted', undefined, jumps));

    log('   Enter after typing a text (no formula reads the cell)');
    await goTo(page, 'B300');
    const textCommits = await measure(runs, warmup, async (i) => {
      const value = `Account ${i}`;
      await page.keyboard.type(value);
      return timed(page, 'keydown', 'keydown', { selector: `[data-cell="B${300 + i}"]`, text: value }, () => page.keyboard.press('Enter'));
    });
    all.push(series('Enter after typing a text: keydown → the value painted in its cell', undefined, textCommits));

    log("   Enter after typing a stage (the table's DealKit columns recompute)");
    await goTo(page, 'G20');
    const stageCommits = await measure(runs, warmup, async (i) => {
      const value = i % 2 === 0 ? 'B75' : 'C50';
      await page.keyboard.type(value);
      return timed(page, 'keydown', 'keydown', { selector: `[data-cell="G${20 + i}"]`, text: value }, () => page.keyboard.press('Enter'));
    });
    all.push(series("Enter after typing a stage: keydown → the value painted, the table's WINPROB, WEIGHTED, FORECAST_CATEGORY, STALLED, FUNNEL recomputed", undefined, stageCommits));

    return {
      machine,
      browser: `Chromium ${browser.version()} (headless, software rendering)`,
      deals: options.deals,
      viewport,
      warmup,
      goals: GRID_GOALS,
      series: all,
      durationSeconds: (Date.now() - started) / 1000,
    };
  } finally {
    await browser?.close();
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  }
}
