import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { pipelineFunnelTemplate } from '../../shared/templates';
import { SAMPLE_DEALS } from '../../playground/sample-workbook';
import { SCREENSHOTS, startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, shot, typeInto, waitForStepHeadingFocus, type OpenedPage } from './playground-page';

/**
 * Keeping the playground workbook, in Chromium as a user does it: Undo and Redo buttons take back a
 * typed cell and a template insert; the workbook survives a reload (autosave in IndexedDB); Download
 * .xlsx gives a file that, opened again after a reset, shows the same values on every sheet; and when
 * the browser keeps nothing, or what it kept cannot be read, the page says so and opens the sample.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
const ACCOUNT = `${FUNNEL.columns.account}${FUNNEL.firstRow}`;
const READY = '.dk-root [data-panel="qualify"]';

function openPlayground(): Promise<OpenedPage> {
  return openPlaygroundPage(rig, { waitFor: READY });
}

/** Reloads and waits as openPlaygroundPage does: the pane's first call answered, its heading focused. */
async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector(READY);
  await page.waitForFunction(() => document.querySelector('.dk-root')?.getAttribute('aria-busy') !== 'true');
  await waitForStepHeadingFocus(page);
}

async function isEnabled(page: Page, action: string): Promise<boolean> {
  return !(await page.isDisabled(`[data-action="${action}"]`));
}

/** How many saves autosave has finished; the next change is saved once this grows. */
async function saves(page: Page): Promise<number> {
  return Number((await page.getAttribute('[data-autosave]', 'data-saves')) ?? 0);
}

async function savedAfter(page: Page, before: number): Promise<void> {
  await page.waitForFunction((count) => Number(document.querySelector('[data-autosave="saved"]')?.getAttribute('data-saves') ?? 0) > count, before);
}

async function tabs(page: Page): Promise<string[]> {
  return page.locator('[data-sheet-tab]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-sheet-tab') ?? ''));
}

/** Every sheet as the grid shows it: sheet → cell → text. */
async function gridTexts(page: Page): Promise<Record<string, Record<string, string>>> {
  const shown: Record<string, Record<string, string>> = {};
  for (const name of await tabs(page)) {
    await openSheet(page, name);
    shown[name] = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-cell]')].map((td) => [td.getAttribute('data-cell') ?? '', td.textContent ?? ''])));
  }
  return shown;
}

/**
 * The grid draws only the cells on screen, and a reopened file may give a row another height, so the
 * two pages can draw different cells: every cell drawn on both must read the same, and most must be.
 */
function expectSameWhereBothDrawn(after: Record<string, Record<string, string>>, before: Record<string, Record<string, string>>): void {
  expect(Object.keys(after)).toEqual(Object.keys(before));
  for (const [sheet, cells] of Object.entries(before)) {
    const drawn = after[sheet];
    const shared = Object.keys(cells).filter((a1) => a1 in drawn);
    expect(shared.length).toBeGreaterThan(0.6 * Math.min(Object.keys(cells).length, Object.keys(drawn).length));
    expect(Object.fromEntries(shared.map((a1) => [a1, drawn[a1]]))).toEqual(Object.fromEntries(shared.map((a1) => [a1, cells[a1]])));
  }
}

describe('playground keeps the workbook', () => {
  it('Undo and Redo take back and bring back a typed cell and a template insert', async () => {
    const { page, errors } = await openPlayground();
    expect(await isEnabled(page, 'undo')).toBe(false);
    expect(await isEnabled(page, 'redo')).toBe(false);
    await openSheet(page, 'Pipeline');
    await typeInto(page, ACCOUNT, 'Typed account');
    expect(await cellText(page, ACCOUNT)).toBe('Typed account');
    expect(await isEnabled(page, 'undo')).toBe(true);

    await page.click('[data-action="undo"]');
    await page.waitForFunction((a1) => document.querySelector(`[data-cell="${a1}"]`)?.textContent !== 'Typed account', ACCOUNT);
    expect(await cellText(page, ACCOUNT)).toBe(SAMPLE_DEALS[0].account);
    expect(await isEnabled(page, 'redo')).toBe(true);
    await page.click('[data-action="redo"]');
    await page.waitForFunction((a1) => document.querySelector(`[data-cell="${a1}"]`)?.textContent === 'Typed account', ACCOUNT);
    await shot(page, '40-undo-redo-typed');

    const before = await tabs(page);
    await page.click('[data-panel="templates"]');
    await page.waitForSelector('[data-template="assessment"]');
    await page.click('[data-template="assessment"]');
    await page.click('[data-name="template-method"] [data-value="SIGNATURE"]');
    await page.click('[data-action="insert-template"]');
    await page.waitForSelector('.dk-notice:has-text("Inserted sheet")');
    const inserted = (await page.locator('.pg-tab.is-active').textContent()) ?? '';
    expect(await tabs(page)).toEqual([...before, inserted]);

    await page.click('[data-action="undo"]');
    await page.waitForFunction((count) => document.querySelectorAll('[data-sheet-tab]').length === count, before.length);
    expect(await tabs(page)).toEqual(before);
    expect(await page.locator('.pg-tab.is-active').textContent()).toBe('Pipeline');
    // One more undo takes back the typed cell: the insert was one step.
    await page.click('[data-action="undo"]');
    await page.waitForFunction((a1) => document.querySelector(`[data-cell="${a1}"]`)?.textContent !== 'Typed account', ACCOUNT);
    await page.click('[data-action="redo"]');
    await page.click('[data-action="redo"]');
    await page.waitForFunction((count) => document.querySelectorAll('[data-sheet-tab]').length === count, before.length + 1);
    expect(await tabs(page)).toEqual([...before, inserted]);
    expect(await isEnabled(page, 'redo')).toBe(false);
    await shot(page, '41-undo-redo-template');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a reload keeps the workbook; a downloaded .xlsx opened after a reset shows the same values on every sheet', async () => {
    const { page, errors } = await openPlayground();
    await openSheet(page, 'Pipeline');
    const saved = await saves(page);
    await typeInto(page, ACCOUNT, 'Kept account');
    await savedAfter(page, saved);
    await reload(page);
    await openSheet(page, 'Pipeline');
    expect(await cellText(page, ACCOUNT)).toBe('Kept account');
    // A reload starts a new session: nothing to undo.
    expect(await isEnabled(page, 'undo')).toBe(false);

    const shown = await gridTexts(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="download-xlsx"]')]);
    expect(download.suggestedFilename()).toMatch(/^dealkit-playground-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = join(SCREENSHOTS, '..', 'playground-download.xlsx');
    await download.saveAs(file);
    await page.waitForSelector('[data-notice="info"]:has-text("Downloaded")');

    await page.click('[data-action="reset-sample"]');
    await shot(page, '42-reset-asks');
    await page.click('[data-action="reset-confirm"]');
    await openSheet(page, 'Pipeline');
    expect(await cellText(page, ACCOUNT)).toBe(SAMPLE_DEALS[0].account);

    const beforeOpen = await saves(page);
    await page.setInputFiles('#pg-open-xlsx', file);
    await page.waitForSelector('[data-notice="info"]:has-text("Opened")');
    expectSameWhereBothDrawn(await gridTexts(page), shown);
    await savedAfter(page, beforeOpen);
    await shot(page, '43-opened-xlsx');

    const opened = await gridTexts(page);
    await reload(page);
    expectSameWhereBothDrawn(await gridTexts(page), opened);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a browser that keeps nothing: the page says so, in both languages, and works on the sample', async () => {
    const page = await rig.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }));
    await page.goto(rig.server.url);
    await page.waitForSelector(READY);
    expect(await page.locator('[data-notice="storageUnavailable"]').textContent()).toContain('does not let the page keep the workbook');
    expect(await page.locator('[data-autosave]').count()).toBe(0);
    await page.click('.dk-lang-button[lang="zh-CN"]');
    expect(await page.locator('[data-notice="storageUnavailable"]').textContent()).toContain('此浏览器不允许页面保存工作簿');
    await openSheet(page, 'Pipeline');
    expect(await cellText(page, ACCOUNT)).toBe(SAMPLE_DEALS[0].account);
    await shot(page, '44-no-storage');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a kept workbook that cannot be read: the page says so and opens the sample', async () => {
    const { page, errors } = await openPlayground();
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('dealkit-playground', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('workbook');
          open.onsuccess = () => {
            const transaction = open.result.transaction('workbook', 'readwrite');
            transaction.objectStore('workbook').put({ format: 'dealkit-playground-workbook', version: 99 }, 'current');
            transaction.oncomplete = () => {
              open.result.close();
              resolve();
            };
            transaction.onerror = () => reject(transaction.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await reload(page);
    const notice = (await page.locator('[data-notice="savedUnreadable"]').textContent()) ?? '';
    expect(notice).toContain('could not be read');
    expect(notice).toContain('another version of this page (99)');
    await openSheet(page, 'Pipeline');
    expect(await cellText(page, ACCOUNT)).toBe(SAMPLE_DEALS[0].account);
    await shot(page, '45-kept-unreadable');
    expect(errors).toEqual([]);
    await page.close();
  });
});
