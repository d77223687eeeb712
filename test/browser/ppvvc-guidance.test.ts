import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage, openSheet, shot } from './playground-page';

/**
 * The Qualify wizard's PPVVC Pain step in Chromium: the deal basics and the three root needs are on
 * the page, read as text, above the criteria the rep rates.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

describe('PPVVC guidance on the Pain step (playground in Chromium)', () => {
  it('lists the five deal basics and the three root needs, then none on the next step', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await openSheet(page, 'Pipeline');
    await page.click('[data-panel="qualify"]');
    await page.click('[data-method="PPVVC"]');
    await page.waitForSelector('[data-guidance="dealBasics"]');
    expect(await page.locator('[data-guidance="dealBasics"] [data-guidance-item]').allTextContents()).toEqual([
      'Decision chain — Who signs off, in what order, up to the final decision',
      'Participation chain — Everyone who takes part in or affects the purchase',
      'Budget — The amount available and where it comes from',
      'Competitors — Who else is bidding, including doing nothing',
      'Timeline — The key dates from now to signing and delivery',
    ]);
    expect(await page.locator('[data-guidance="rootNeeds"] [data-guidance-item]').allTextContents()).toEqual(['Make money', 'Save money', 'Manage risk']);
    await shot(page, '66-ppvvc-guidance');
    const before = await page.locator('.dk-step-title').getAttribute('data-step');
    await page.click('.dk-nav button:has-text("Next")');
    await page.waitForFunction((previous) => document.querySelector('.dk-step-title')?.getAttribute('data-step') !== previous, before);
    expect(await page.locator('[data-guidance="dealBasics"]').count()).toBe(0);
    expect(await page.locator('[data-guidance="sections"] [data-guidance-item]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
