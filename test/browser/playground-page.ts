/**
 * What the playground browser tests do to a page, written once: open it (page errors and dialogs
 * collected), switch sheets, go to a cell through the name box (the grid draws only the cells on
 * screen), read and type cells through the formula bar, take screenshots.
 *
 * The page does some things after it has painted: the panel's backend answers in a later task, a step
 * heading takes focus in an effect, the formula bar takes the selected cell's content in an effect.
 * Each helper waits for those by a condition or by the order the browser runs tasks in, never by a
 * delay, so a slow machine only makes a test slower.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, type BrowserRig } from './playground-server';

export interface OpenedPage {
  readonly page: Page;
  /** Uncaught page errors and any dialog the page opened: a test expects none. */
  readonly errors: string[];
}

export interface OpenOptions {
  readonly height?: number;
  /** The workbook's "today" (ISO date): fixes the page clock. */
  readonly today?: string;
  /** A panel of the task pane to open once the page is up. */
  readonly panel?: string;
  /** What to wait for before handing the page over. */
  readonly waitFor: string;
  /** False opens the sample without its twelve weekly snapshots, for tests that build a history from nothing. */
  readonly sampleHistory?: boolean;
  /** Added to the page's address, e.g. "?deals=1000". */
  readonly query?: string;
}

export async function openPlaygroundPage(rig: BrowserRig, options: OpenOptions): Promise<OpenedPage> {
  const page = await rig.browser.newPage({ viewport: { width: 1440, height: options.height ?? 900 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  if (options.today) await page.clock.setFixedTime(new Date(`${options.today}T10:00:00`));
  const query = [...(options.sampleHistory === false ? ['history=none'] : []), ...(options.query ? [options.query.replace(/^\?/, '')] : [])];
  await page.goto(query.length > 0 ? `${rig.server.url}?${query.join('&')}` : rig.server.url);
  if (options.panel) await page.click(`.dk-root [data-panel="${options.panel}"]`);
  await page.waitForSelector(options.waitFor);
  // Handed over settled: the panel's first call answered (a busy panel ignores Enter) and its heading
  // has taken focus (it would take it from a field the test types in next).
  await page.waitForFunction(() => document.querySelector('.dk-root')?.getAttribute('aria-busy') !== 'true');
  await waitForStepHeadingFocus(page);
  return { page, errors };
}

/** Waits until the current step's heading has focus, where the app moves it after each step change. */
export async function waitForStepHeadingFocus(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.classList.contains('dk-step-title') === true);
}

/**
 * Preact runs effects in a task it queues after the next frame. A frame and then a task queued behind
 * it come after that task (animation-frame callbacks and equal-delay timers run in the order they were
 * queued), so effects queued before this call have run when it returns.
 */
async function afterQueuedEffects(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** A screenshot of the task pane alone. */
export async function paneShot(page: Page, name: string): Promise<void> {
  await page.locator('.pg-pane').screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Selects a cell as a user can anywhere on a sheet: its address typed in the name box, then Enter. */
export async function goToCell(page: Page, a1: string): Promise<void> {
  await page.fill('.pg-name-box', a1);
  await page.press('.pg-name-box', 'Enter');
  await page.waitForSelector(`[data-cell="${a1}"]`);
}

/** What a cell shows, scrolled into view first. */
export async function cellText(page: Page, a1: string): Promise<string> {
  await goToCell(page, a1);
  return (await page.locator(`[data-cell="${a1}"]`).textContent()) ?? '';
}

/** Waits until a cell shows a text (scrolled into view first). */
export async function waitForCellText(page: Page, a1: string, expected: string): Promise<void> {
  await goToCell(page, a1);
  await page.waitForFunction(([cell, text]) => document.querySelector(`[data-cell="${cell}"]`)?.textContent === text, [a1, expected] as const);
}

export async function openSheet(page: Page, name: string): Promise<void> {
  await page.click(`[data-sheet-tab="${name}"]`);
  await page.waitForSelector(`.pg-grid-scroll[data-sheet="${name}"]`);
}

/** Types into a cell through the formula bar: select it, type in the bar, Enter. */
export async function typeInto(page: Page, a1: string, input: string): Promise<void> {
  await goToCell(page, a1);
  // The bar takes the selected cell's content in an effect; typing before it ran would be replaced by it.
  await afterQueuedEffects(page);
  await page.fill('#pg-formula-input', input);
  await page.press('#pg-formula-input', 'Enter');
}
