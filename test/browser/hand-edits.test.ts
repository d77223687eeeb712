import type { Page } from 'playwright-core';
import { assessmentTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, shot, typeInto } from './playground-page';

/**
 * The playground in Chromium, as the rep reported it: Save the Qualify wizard, change ratings in the
 * grid so the verdict becomes Pursue, press Save to sheet again in the pane that stayed open. The
 * hand edits stay: a wizard with nothing unsaved has already taken them; one with unsaved answers
 * said the sheet changed, and its save lists the cells (as read, on the sheet, in the wizard).
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const TAS = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
const WIN_RATINGS = [11, 12, 13, 14].map((index) => TAS.criteria[index].rating);

async function stepKey(page: Page): Promise<string | null> {
  return page.locator('.dk-step-title').getAttribute('data-step');
}

async function move(page: Page, label: 'Next' | 'Back'): Promise<void> {
  const before = await stepKey(page);
  await page.click(`.dk-nav button:has-text("${label}")`);
  await page.waitForFunction((previous) => document.querySelector('.dk-step-title')?.getAttribute('data-step') !== previous, before);
}

/** The sample assessment in the Qualify wizard, on its Result step, saved once. */
async function savedOnResult(page: Page): Promise<void> {
  await openSheet(page, 'Assessment (TAS)');
  await page.click('[data-panel="qualify"]');
  await page.waitForSelector('.dk-criterion');
  while ((await page.locator('[data-action="save-assessment"]').count()) === 0) await move(page, 'Next');
  await page.click('[data-action="save-assessment"]');
  await page.waitForSelector('.dk-notice:has-text("Saved to sheet")');
  expect(await cellText(page, TAS.verdict)).toBe('Qualify further');
}

async function paneVerdict(page: Page): Promise<string | null> {
  return page.locator('.dk-live [data-verdict]').getAttribute('data-verdict');
}

describe('Save again after editing the grid (playground in Chromium)', () => {
  it('a saved wizard takes the grid’s ratings, and saving again keeps the verdict Pursue', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await savedOnResult(page);
    for (const a1 of WIN_RATINGS) await typeInto(page, a1, '+');
    expect(await cellText(page, TAS.verdict)).toBe('Pursue');
    // The pane read the sheet again after the edits: its own verdict follows the grid.
    await page.waitForFunction(() => document.querySelector('.dk-live [data-verdict]')?.getAttribute('data-verdict') === 'pursue');
    expect(await page.locator('[data-notice="sheet-changed"]').count()).toBe(0);
    await shot(page, '60-hand-edits-taken');

    await page.click('[data-action="save-assessment"]');
    await page.waitForSelector('.dk-notice:has-text("Saved to sheet")');
    expect(await page.locator('[data-warning="save-conflict"]').count()).toBe(0);
    for (const a1 of WIN_RATINGS) expect(await cellText(page, a1)).toBe('+');
    expect(await cellText(page, TAS.verdict)).toBe('Pursue');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a wizard with unsaved answers says the sheet changed, and its save asks before touching the hand edits', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await savedOnResult(page);
    await move(page, 'Back');
    expect(await stepKey(page)).toBe('strategy');
    await page.click('[data-name="strategy-compelling"] [data-value="no"]');

    for (const a1 of WIN_RATINGS) await typeInto(page, a1, '+');
    expect(await cellText(page, TAS.verdict)).toBe('Pursue');
    await page.waitForSelector('[data-notice="sheet-changed"]');
    expect(await page.locator('[data-notice="sheet-changed"]').textContent()).toContain('The sheet changed');
    // The rep's unsaved answer is still there.
    expect(await page.locator('[data-name="strategy-compelling"] [data-value="no"]').getAttribute('aria-checked')).toBe('true');
    await shot(page, '61-hand-edits-notice');

    await move(page, 'Next');
    await page.click('[data-action="save-assessment"]');
    await page.waitForSelector('[data-warning="save-conflict"]');
    for (const a1 of WIN_RATINGS) {
      expect(await page.locator(`[data-conflict="Assessment (TAS)!${a1}"]`).textContent()).toBe(`Assessment (TAS)!${a1}: was “?”, now “+”, yours “?”`);
    }
    expect(await cellText(page, TAS.verdict)).toBe('Pursue');
    await shot(page, '62-hand-edits-asked');

    await page.click('[data-action="keep-sheet-values"]');
    await page.waitForFunction(() => document.querySelector('[data-warning="save-conflict"]') === null);
    // The warning closes as the save starts; the pane's verdict follows once the save has read the sheet back.
    await page.waitForSelector('.dk-live [data-verdict="pursue"]', { timeout: 10000 }).catch(() => undefined);
    expect(await paneVerdict(page)).toBe('pursue');
    expect(await cellText(page, TAS.verdict)).toBe('Pursue');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Reload in the notice drops the unsaved answers for the sheet’s', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await savedOnResult(page);
    await move(page, 'Back');
    await page.click('[data-name="strategy-compelling"] [data-value="no"]');
    await typeInto(page, WIN_RATINGS[0], '+');
    await page.waitForSelector('[data-notice="sheet-changed"]');
    await page.click('[data-action="reload-from-sheet"]');
    await page.waitForFunction(() => document.querySelector('[data-notice="sheet-changed"]') === null);
    expect(await stepKey(page)).toBe('strategy');
    // The sample sheet answers Yes there.
    expect(await page.locator('[data-name="strategy-compelling"] [data-value="yes"]').getAttribute('aria-checked')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });
});
