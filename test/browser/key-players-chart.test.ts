import { seriesColour } from '../../shared/chart-colours';
import { buildTemplate, type KeyPlayersLayout } from '../../shared/templates';
import { decodePng, pixelsOfColour } from '../helpers/png';
import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage, openSheet, shot, typeInto } from './playground-page';

/**
 * The sample workbook's key-player map (deal D-101) in the playground: its position × influence grid
 * is drawn as a scatter chart over the grid, one point per person, and follows the cells.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const LAYOUT = buildTemplate('keyPlayers', { locale: 'en' }).layout as KeyPlayersLayout;

it('draws the key players on a position × influence scatter chart and moves a point when a score changes', async () => {
  const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
  await openSheet(page, 'Key players');
  const figure = page.locator('.pg-chart[data-chart-kind="scatter"]');
  await figure.waitFor();
  expect(await figure.getAttribute('data-chart-anchor')).toBe(LAYOUT.grid.anchor);
  await figure.evaluate((el: HTMLElement) => {
    const scroller = el.closest('.pg-grid-scroll') as HTMLElement;
    scroller.scrollLeft = el.offsetLeft - 60;
    scroller.scrollTop = el.offsetTop - 40;
  });
  const canvas = figure.locator('canvas');
  const before = decodePng(await canvas.screenshot({ animations: 'disabled' }));
  // Four people, each a filled circle in the series colour.
  expect(pixelsOfColour(before, seriesColour(0))).toBeGreaterThan(100);
  await shot(page, '60-key-players-scatter');

  await typeInto(page, `${LAYOUT.columns.influence}${LAYOUT.firstRow}`, '1');
  const after = decodePng(await canvas.screenshot({ animations: 'disabled' }));
  let moved = 0;
  for (let i = 0; i < before.pixels.length; i += 4) if (before.pixels[i] !== after.pixels[i] || before.pixels[i + 1] !== after.pixels[i + 1]) moved += 1;
  expect(moved).toBeGreaterThan(50);
  expect(errors).toEqual([]);
  await page.close();
});
