import { SAMPLE_DEALS } from '../../playground/sample-workbook';
import { PALETTE } from '../../shared/templates/palette';
import { pipelineFunnelTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage, openSheet, paneShot, shot, typeInto } from './playground-page';

/**
 * A rep types a Deal ID that is already on the sheet: both cells turn red as it is typed, and the
 * Team panel's roll-up lists the second row as set aside, naming the row that holds the id first.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
const c = FUNNEL.columns;

/** The computed background of a grid cell, as "#rrggbb". */
async function background(page: import('playwright-core').Page, a1: string): Promise<string> {
  return page.locator(`[data-cell="${a1}"]`).evaluate((td) => {
    const rgb = getComputedStyle(td).backgroundColor.match(/\d+/g) ?? [];
    return `#${rgb
      .slice(0, 3)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')}`.toUpperCase();
  });
}

describe('a Deal ID typed twice', () => {
  it('is flagged red where it is typed, and the roll-up sets the second row aside with the reason', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { height: 1100, today: '2026-11-25', waitFor: '.dk-root [data-panel="team"]' });
    await openSheet(page, 'Pipeline');
    const first = FUNNEL.firstRow;
    const row = FUNNEL.firstRow + SAMPLE_DEALS.length;
    expect(await page.locator(`[data-cell="${c.id}${first}"]`).getAttribute('data-conditional')).toBeNull();

    await typeInto(page, `${c.id}${row}`, SAMPLE_DEALS[0].id);
    await typeInto(page, `${c.opportunity}${row}`, 'Scanners, second try');
    await typeInto(page, `${c.amount}${row}`, '20000');
    await typeInto(page, `${c.stage}${row}`, 'G20');
    await typeInto(page, `${c.closeDate}${row}`, '2026-12-20');
    for (const a1 of [`${c.id}${first}`, `${c.id}${row}`]) {
      expect(await page.locator(`[data-cell="${a1}"]`).getAttribute('data-conditional')).toBe('');
      expect(await background(page, a1)).toBe(PALETTE.redFill.toUpperCase());
    }
    // An id typed once stays as it was.
    expect(await page.locator(`[data-cell="${c.id}${first + 1}"]`).getAttribute('data-conditional')).toBeNull();
    await shot(page, 'duplicate-id-01-flagged');

    await page.click('[data-panel="team"]');
    await page.click('[data-action="roll-up"]');
    await page.waitForSelector('[data-team-report]');
    expect(await page.locator('.dk-reconciliation').textContent()).toMatch(/^Read 8 rows .* = counted 7 .* \+ set aside 1 /);
    expect(await page.locator('[data-set-aside] tbody td').allTextContents()).toEqual(['Pipeline', String(row), SAMPLE_DEALS[0].id, `deal ID already used on Pipeline row ${first}`]);
    await paneShot(page, 'duplicate-id-02-set-aside');
    expect(errors).toEqual([]);
    await page.close();
  });
});
