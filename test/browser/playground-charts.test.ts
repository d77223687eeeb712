import type { Locator, Page } from 'playwright-core';
import { seriesColour } from '../../shared/chart-colours';
import { resolvePlan } from '../../shared/plan-resolve';
import { SAMPLE_DEALS } from '../../playground/sample-workbook';
import { buildTemplate } from '../../shared/templates';
import { decodePng, pixelsOfColour, type DecodedImage } from '../helpers/png';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, shot, typeInto } from './playground-page';

/**
 * The playground draws the charts of the sheet on screen over the grid, each at its anchor cell,
 * and redraws them from the cells when the workbook changes.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

/** The template the sample workbook's pipeline sheet is built from, and its charts as the playground resolves them. */
const PIPELINE = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
const FUNNEL = PIPELINE.layout;
const PLANNED = resolvePlan(PIPELINE.plan, { sheets: [], namedRanges: [] }, 'playground').sheets.flatMap((s) => s.charts);

/** Scrolls the grid so the chart sits whole just inside the row numbers and column letters. */
async function scrollIntoGrid(figure: Locator): Promise<void> {
  await figure.evaluate((el: HTMLElement) => {
    const scroller = el.closest('.pg-grid-scroll') as HTMLElement;
    scroller.scrollLeft = el.offsetLeft - 60;
    scroller.scrollTop = el.offsetTop - 40;
  });
}

async function canvasShot(canvas: Locator): Promise<DecodedImage> {
  return decodePng(await canvas.screenshot({ animations: 'disabled' }));
}

/** A blank canvas of the same size on a white card, as the page would show a chart that drew nothing. */
async function blankCanvasShot(page: Page, width: number, height: number): Promise<DecodedImage> {
  await page.evaluate(
    ({ width, height }) => {
      const card = document.createElement('div');
      card.id = 'blank-card';
      card.style.cssText = 'position:fixed;left:0;top:0;z-index:99;background:#fff';
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.style.display = 'block';
      card.appendChild(canvas);
      document.body.appendChild(card);
    },
    { width, height },
  );
  const image = await canvasShot(page.locator('#blank-card canvas'));
  await page.evaluate(() => document.getElementById('blank-card')?.remove());
  return image;
}

function differingPixels(a: DecodedImage, b: DecodedImage): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let count = 0;
  for (let i = 0; i < a.pixels.length; i += 4) {
    if (Math.abs(a.pixels[i] - b.pixels[i]) + Math.abs(a.pixels[i + 1] - b.pixels[i + 1]) + Math.abs(a.pixels[i + 2] - b.pixels[i + 2]) > 24) count += 1;
  }
  return count;
}

describe('charts in the playground', () => {
  it('draws the pipeline sheet’s funnel and forecast charts at their anchor cells, and redraws them when a deal changes', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await openSheet(page, 'Pipeline');
    expect(PLANNED.map((c) => c.kind)).toEqual(['funnel', 'column']);
    await page.waitForSelector('.pg-chart canvas');
    const figures = page.locator('.pg-chart');
    expect(
      await figures.evaluateAll((els) => els.map((el) => [el.getAttribute('data-chart-kind'), el.getAttribute('data-chart-anchor'), el.querySelector('figcaption')?.textContent])),
    ).toEqual(PLANNED.map((c) => [c.kind, c.anchor.a1, c.title]));

    for (const chart of PLANNED) {
      const figure = page.locator(`.pg-chart[data-chart-anchor="${chart.anchor.a1}"]`);
      await scrollIntoGrid(figure);
      // The chart's top-left corner is its anchor cell's, and it has the planned size.
      const [box, cell] = await Promise.all([figure.boundingBox(), page.locator(`[data-cell="${chart.anchor.a1}"]`).boundingBox()]);
      const offBy = (a: number, b: number) => Math.abs(a - b) <= 1;
      expect([offBy(box!.x, cell!.x), offBy(box!.y, cell!.y), offBy(box!.width, chart.width!), offBy(box!.height, chart.height!)]).toEqual([true, true, true, true]);

      const canvas = figure.locator('canvas');
      const drawn = await canvasShot(canvas);
      const blank = await blankCanvasShot(page, drawn.width, drawn.height);
      expect(differingPixels(drawn, blank)).toBeGreaterThan(drawn.width * drawn.height * 0.03);
      expect(pixelsOfColour(drawn, seriesColour(0))).toBeGreaterThan(200);
    }
    await scrollIntoGrid(page.locator('.pg-chart[data-chart-kind="funnel"]'));
    await shot(page, '40-charts-funnel');

    // D-101 (proposal, C50) drops back to A90: the funnel's bars move.
    const funnelCanvas = page.locator('.pg-chart[data-chart-kind="funnel"] canvas');
    const before = await canvasShot(funnelCanvas);
    const row = FUNNEL.firstRow + SAMPLE_DEALS.findIndex((d) => d.id === 'D-101');
    await typeInto(page, `${FUNNEL.columns.stage}${row}`, 'A90');
    expect(await cellText(page, `${FUNNEL.columns.stage}${row}`)).toBe('A90');
    const after = await canvasShot(funnelCanvas);
    expect(differingPixels(before, after)).toBeGreaterThan(200);
    await shot(page, '41-charts-funnel-after-edit');

    // Another sheet: its own charts (none on the assessment), the pipeline's are gone.
    await openSheet(page, 'Assessment (TAS)');
    expect(await page.locator('.pg-chart').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
