import { startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, waitForCellText } from './playground-page';

/**
 * "Adopt the team's stage probabilities" in the playground's Settings panel, over the sample's twelve
 * weekly snapshots: the review shows the ladder's probability beside the team's with the deals behind
 * it and changes nothing; only the confirm button writes the Settings sheet's probability cells.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

describe('the Settings panel’s stage probabilities', () => {
  it('shows the team’s figures, writes nothing on review, and writes them on confirm', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { panel: 'settings', waitFor: '[data-action="review-stage-probabilities"]' });
    await openSheet(page, 'DealKit settings');
    expect(await cellText(page, 'B11')).toBe('10%');

    await page.click('[data-action="review-stage-probabilities"]');
    await page.waitForSelector('[data-stage-probabilities] tr[data-stage="G10"]');
    expect(await page.locator('tr[data-stage="G10"] > *').allTextContents()).toEqual(['G10 Plan & invite', '10%', '75%', '15', '6', '2', '75% (only 8 closed: too few to trust)']);
    expect(await cellText(page, 'B11')).toBe('10%');

    await page.click('[data-action="adopt-stage-probabilities"]');
    await page.waitForSelector('.dk-notice');
    expect(await page.locator('.dk-notice').textContent()).toBe('7 stage probabilities written to the Settings sheet; every formula that reads the stage table recalculates.');
    await waitForCellText(page, 'B11', '75%');
    expect(await cellText(page, 'B16')).toBe('86%');
    expect(await cellText(page, 'B18')).toBe('100%');
    expect(errors).toEqual([]);
  }, 120000);
});
