import type { Page } from 'playwright-core';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, paneShot, shot } from './playground-page';

/**
 * An action from a gap, end to end in the playground in Chromium: on the Qualify wizard's result step
 * the rep adds the first gap as an action for deal D-101, due in three days; the deal has no action
 * list, so an Actions sheet is created and says "due in 3 days" beside it. A roll-up counts it as open,
 * not overdue. Four days later it is overdue: the sheet's ACTIONS_DUE says so, and the next roll-up's
 * Dashboard counts it against D-101's rep, Li Na, the owner the pipeline gives the deal.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

/** Where the created Actions sheet puts its first action: title, Deal ID, a blank row, the block's title and hint, the header. */
const FIRST = 7;

async function stepKey(page: Page): Promise<string | null> {
  return page.locator('.dk-step-title').getAttribute('data-step');
}

async function toResultStep(page: Page): Promise<void> {
  while ((await page.locator('[data-action="save-assessment"]').count()) === 0) {
    const before = await stepKey(page);
    await page.click('.dk-nav button:has-text("Next")');
    await page.waitForFunction((previous) => document.querySelector('.dk-step-title')?.getAttribute('data-step') !== previous, before);
  }
}

/** The Dashboard's overdue-actions row of a rep: [open, overdue], read from the sheet's cells. */
async function overdueRow(page: Page, rep: string): Promise<[string, string]> {
  await openSheet(page, 'Dashboard');
  let title = 0;
  for (let row = 40; row <= 200 && title === 0; row += 1) if ((await cellText(page, `A${row}`)) === 'Overdue actions') title = row;
  expect(title).toBeGreaterThan(0);
  for (let row = title + 3; row <= title + 12; row += 1) {
    if ((await cellText(page, `A${row}`)) === rep) return [await cellText(page, `B${row}`), await cellText(page, `C${row}`)];
  }
  throw new Error(`no row for ${rep} under Overdue actions`);
}

async function rollUp(page: Page): Promise<void> {
  if ((await page.locator('[data-action="roll-up"]').count()) === 0) {
    await page.click('.dk-root .dk-home');
    await page.click('.dk-root [data-panel="team"]');
    await page.waitForSelector('[data-action="roll-up"]');
  }
  await page.click('[data-action="roll-up"]');
  await page.waitForSelector('.dk-notice:has-text("Rolled up")');
}

describe('an action added from a gap (playground in Chromium)', () => {
  it('lands on the deal’s new action list and, once overdue, on the Dashboard after a roll-up', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { today: '2026-11-25', panel: 'qualify', waitFor: '.dk-criterion', height: 1100 });
    await toResultStep(page);
    const firstGap = page.locator('.dk-gaps li[data-gap]').first();
    const gapLabel = ((await firstGap.textContent()) ?? '').replace('Add as action', '').trim();
    expect(gapLabel).not.toBe('');

    await page.fill('#dk-action-deal', 'D-101');
    expect(await page.inputValue('#dk-action-due')).toBe('2026-12-02');
    await page.fill('#dk-action-due', '2026-11-28');
    await firstGap.locator('[data-action="add-action"]').click();
    await page.waitForSelector('.dk-notice:has-text("Deal D-101 had no action list: created sheet")');
    expect(await firstGap.locator('[data-action="add-action"]').getAttribute('data-added')).toBe('yes');
    await paneShot(page, 'actions-01-gap-added');

    await openSheet(page, 'Actions');
    expect(await cellText(page, `A${FIRST}`)).toBe('D-101');
    expect(await cellText(page, `B${FIRST}`)).toBe(`Close the gap: ${gapLabel}`);
    expect(await cellText(page, `C${FIRST}`)).toBe('Li Na');
    expect(await cellText(page, `D${FIRST}`)).toBe('2026-11-28');
    expect(await cellText(page, `E${FIRST}`)).toBe('open');
    expect(await cellText(page, `F${FIRST}`)).toMatch(/^Gap \d+: /);
    expect(await cellText(page, `G${FIRST}`)).toBe('due in 3 days');
    await shot(page, 'actions-02-list');

    await rollUp(page);
    expect(await overdueRow(page, 'Li Na')).toEqual(['1', '0']);

    // Four days on, the action is past due.
    await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
    await rollUp(page);
    expect(await overdueRow(page, 'Li Na')).toEqual(['1', '1']);
    await shot(page, 'actions-03-dashboard');
    await openSheet(page, 'Actions');
    expect(await cellText(page, `G${FIRST}`)).toBe('overdue 3 days');
    expect(errors).toEqual([]);
    await page.close();
  }, 180000);
});
