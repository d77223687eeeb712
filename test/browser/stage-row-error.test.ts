import { SAMPLE_DEALS } from '../../playground/sample-workbook';
import { pipelineFunnelTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, shot, typeInto } from './playground-page';

/**
 * A rep types a stage the ladder does not have into one row of the sample pipeline: that row's
 * computed cells error, every other row keeps its figures, and the funnel still counts the good rows.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;

describe('one bad stage in the pipeline', () => {
  it('errors its own row only; the other rows and the funnel still compute', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { height: 1000, waitFor: '.dk-root' });
    await openSheet(page, 'Pipeline');
    const rows = SAMPLE_DEALS.map((_, i) => FUNNEL.firstRow + i);
    const probability = (row: number) => cellText(page, `${FUNNEL.computed.winProbability}${row}`);
    const weighted = (row: number) => cellText(page, `${FUNNEL.computed.weighted}${row}`);
    // One cell at a time: reading a cell moves the selection to it.
    const before: string[][] = [];
    for (const row of rows) before.push([await probability(row), await weighted(row)]);
    expect(before.flat().every((shown) => shown !== '' && !shown.startsWith('#'))).toBe(true);

    const bad = rows[1];
    await typeInto(page, `${FUNNEL.columns.stage}${bad}`, 'Qualified');
    expect(await probability(bad)).toBe('#VALUE!');
    expect(await weighted(bad)).toBe('#VALUE!');
    for (const [i, row] of rows.entries()) {
      if (row === bad) continue;
      expect([await probability(row), await weighted(row)]).toEqual(before[i]);
    }
    // The funnel is not an error: it counts the good rows.
    expect(await cellText(page, FUNNEL.funnel)).not.toMatch(/^#/);
    await shot(page, 'stage-row-error');
    expect(errors).toEqual([]);
    await page.close();
  });
});
