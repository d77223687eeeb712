import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage, openSheet, shot } from './playground-page';

/**
 * The Qualify wizard's Result step in Chromium when strategy questions are left unanswered: it names
 * the question the path needs next instead of recommending a strategy built on blanks.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

describe('Result step with unanswered strategy questions (playground in Chromium)', () => {
  it('a new PPVVC assessment shows what is missing, not Disengage', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await openSheet(page, 'Pipeline');
    await page.click('[data-panel="qualify"]');
    await page.click('[data-method="PPVVC"]');
    while ((await page.locator('[data-action="save-assessment"]').count()) === 0) {
      const before = await page.locator('.dk-step-title').getAttribute('data-step');
      await page.click('.dk-nav button:has-text("Next")');
      await page.waitForFunction((previous) => document.querySelector('.dk-step-title')?.getAttribute('data-step') !== previous, before);
    }
    expect(await page.locator('.dk-result [data-strategy]').getAttribute('data-strategy')).toBe('unanswered');
    expect(await page.locator('.dk-result [data-strategy]').textContent()).toBe('Not decided yet');
    expect(await page.locator('[data-warning="strategy-unanswered"]').textContent()).toBe('Answer this first: Does the customer have a compelling reason to act, or can we create one?');
    expect(await page.locator('.dk-result').textContent()).not.toContain('Disengage');
    await shot(page, '65-strategy-unanswered');
    expect(errors).toEqual([]);
    await page.close();
  });
});
