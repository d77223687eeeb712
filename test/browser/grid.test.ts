import type { Page } from 'playwright-core';
import { FUNCTION_HELP } from '../../shared/functions/help';
import { pipelineFunnelTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, goToCell, openPlaygroundPage, openSheet, shot, type OpenedPage } from './playground-page';

/**
 * The playground's grid used as a spreadsheet, by keyboard and mouse, on the sample Pipeline sheet:
 * typing over a cell, Enter/Tab/Escape/F2, clearing and pasting ranges, dropdowns and tick boxes from
 * the template, formula autocomplete, the frozen header row, undo. Every check reads what the page shows.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
const FIRST = FUNNEL.firstRow;
const col = FUNNEL.columns;

async function openPipeline(query?: string): Promise<OpenedPage> {
  const opened = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]', query });
  await openSheet(opened.page, 'Pipeline');
  return opened;
}

async function shown(page: Page, a1: string): Promise<string> {
  return (await page.locator(`[data-cell="${a1}"]`).textContent()) ?? '';
}

async function nameBox(page: Page): Promise<string> {
  return page.inputValue('.pg-name-box');
}

/** Whether what is painted at the middle of an element is that element: on screen and not covered. */
async function onScreen(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const element = document.querySelector(wanted);
    if (!element) return false;
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
    return hit !== null && element.contains(hit);
  }, selector);
}

/** The cell's middle, to click or drag from. */
async function centre(page: Page, a1: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(`[data-cell="${a1}"]`).boundingBox();
  if (!box) throw new Error(`${a1} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('the playground grid in Chromium', () => {
  it('replaces a cell by typing on it, the first key included; Enter, Tab and their Shift forms move; Escape cancels', async () => {
    const { page, errors } = await openPipeline();
    const opportunity = `${col.opportunity}${FIRST + 1}`;
    expect(await shown(page, opportunity)).toBe('Patient portal');
    // Typed at once after the click, with no pause: no key may be lost.
    await page.click(`[data-cell="${opportunity}"]`);
    await page.keyboard.type('Claims portal');
    expect(await page.locator('.pg-cell-editor.is-editing').inputValue()).toBe('Claims portal');
    await shot(page, 'grid-01-typing-over-a-cell');
    await page.keyboard.press('Enter');
    expect(await shown(page, opportunity)).toBe('Claims portal');
    expect(await nameBox(page)).toBe(`${col.opportunity}${FIRST + 2}`);

    await page.keyboard.type('Crew planning');
    await page.keyboard.press('Tab');
    expect(await shown(page, `${col.opportunity}${FIRST + 2}`)).toBe('Crew planning');
    expect(await nameBox(page)).toBe(`${col.owner}${FIRST + 2}`);
    await page.keyboard.press('Shift+Tab');
    expect(await nameBox(page)).toBe(`${col.opportunity}${FIRST + 2}`);
    await page.keyboard.press('Shift+Enter');
    expect(await nameBox(page)).toBe(opportunity);

    await page.keyboard.type('Something else');
    await page.keyboard.press('Escape');
    expect(await shown(page, opportunity)).toBe('Claims portal');
    expect(await page.locator('.pg-cell-editor.is-editing').count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await nameBox(page)).toBe(`${col.owner}${FIRST + 2}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('F2 edits in place with the caret at the end; a double click does the same', async () => {
    const { page, errors } = await openPipeline();
    const owner = `${col.owner}${FIRST}`;
    await page.click(`[data-cell="${owner}"]`);
    await page.keyboard.press('F2');
    expect(await page.locator('.pg-cell-editor.is-editing').inputValue()).toBe('Li Na');
    await page.keyboard.type(' (lead)');
    await page.keyboard.press('Enter');
    expect(await shown(page, owner)).toBe('Li Na (lead)');

    const account = `${col.account}${FIRST}`;
    await page.dblclick(`[data-cell="${account}"]`);
    await page.keyboard.type(' Ltd');
    await page.keyboard.press('Enter');
    expect(await shown(page, account)).toBe('Northwind Logistics Ltd');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Delete clears a shift+clicked range, one Ctrl+Z brings all of it back; Backspace clears a range grown by Shift+arrows', async () => {
    const { page, errors } = await openPipeline();
    const topLeft = `${col.account}${FIRST}`;
    const bottomRight = `${col.opportunity}${FIRST + 1}`;
    await page.click(`[data-cell="${topLeft}"]`);
    await page.click(`[data-cell="${bottomRight}"]`, { modifiers: ['Shift'] });
    await page.keyboard.press('Delete');
    for (const a1 of [topLeft, `${col.opportunity}${FIRST}`, `${col.account}${FIRST + 1}`, bottomRight]) expect(await shown(page, a1)).toBe('');
    expect(await shown(page, `${col.owner}${FIRST}`)).toBe('Li Na');
    await shot(page, 'grid-02-range-cleared');
    await page.keyboard.press('ControlOrMeta+z');
    expect(await shown(page, topLeft)).toBe('Northwind Logistics');
    expect(await shown(page, bottomRight)).toBe('Patient portal');

    // Shift+arrows grow the range from the active cell the same way.
    await page.click(`[data-cell="${col.owner}${FIRST}"]`);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Backspace');
    for (const row of [FIRST, FIRST + 1, FIRST + 2]) expect(await shown(page, `${col.owner}${row}`)).toBe('');
    expect(await shown(page, `${col.owner}${FIRST + 3}`)).toBe('Zhang Min');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('undo takes back a typed cell and redo puts it back', async () => {
    const { page, errors } = await openPipeline();
    const amount = `${col.amount}${FIRST}`;
    await page.click(`[data-cell="${amount}"]`);
    await page.keyboard.type('250000');
    await page.keyboard.press('Enter');
    expect(await shown(page, amount)).toBe('250,000');
    await page.keyboard.press('ControlOrMeta+z');
    expect(await shown(page, amount)).toBe('180,000');
    await page.keyboard.press('ControlOrMeta+y');
    expect(await shown(page, amount)).toBe('250,000');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('copies a 2×2 block selected by dragging and pastes it as a block elsewhere', async () => {
    const { page, errors } = await openPipeline();
    const from = await centre(page, `${col.id}${FIRST}`);
    const to = await centre(page, `${col.account}${FIRST + 1}`);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await page.keyboard.press('ControlOrMeta+c');
    await page.click(`[data-cell="${col.id}${FIRST + 10}"]`);
    await page.keyboard.press('ControlOrMeta+v');
    expect(await shown(page, `${col.id}${FIRST + 10}`)).toBe('D-101');
    expect(await shown(page, `${col.account}${FIRST + 10}`)).toBe('Northwind Logistics');
    expect(await shown(page, `${col.id}${FIRST + 11}`)).toBe('D-102');
    expect(await shown(page, `${col.account}${FIRST + 11}`)).toBe('Fabrikam Health');
    // Only the block: the cells beside and below it stay empty.
    expect(await shown(page, `${col.opportunity}${FIRST + 10}`)).toBe('');
    expect(await shown(page, `${col.id}${FIRST + 12}`)).toBe('');
    await shot(page, 'grid-03-block-pasted');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a dropdown cell offers its list on the cell and the value picked is written', async () => {
    const { page, errors } = await openPipeline();
    const currency = `${col.currency}${FIRST}`;
    await page.click(`[data-cell="${currency}"]`);
    await page.click('.pg-dropdown-button');
    const options = page.locator('.pg-picker [role="option"]');
    expect(await options.allTextContents()).toContain('EUR');
    expect(await onScreen(page, '.pg-picker')).toBe(true);
    await shot(page, 'grid-04-dropdown-open');
    await page.click('.pg-picker [data-value="EUR"]');
    expect(await shown(page, currency)).toBe('EUR');
    expect(await page.locator('.pg-picker').count()).toBe(0);

    // The stage list comes from the Settings sheet's stage codes; by keyboard this time.
    const stage = `${col.stage}${FIRST + 1}`;
    await page.click(`[data-cell="${stage}"]`);
    await page.keyboard.press('Alt+ArrowDown');
    expect(await page.locator('.pg-picker [aria-selected="true"]').textContent()).toBe('E25');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await shown(page, stage)).toBe('D30');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a tick box cell shows a box, and clicking it ticks and unticks it', async () => {
    const { page, errors } = await openPipeline();
    // D-104 has proven two stages: its third proof is unticked.
    const proof = `${FUNNEL.proofColumns[2].column}${FIRST + 3}`;
    await goToCell(page, proof);
    const box = page.locator(`[data-cell="${proof}"] [role="checkbox"]`);
    expect(await box.getAttribute('aria-checked')).toBe('false');
    expect(await shown(page, proof)).not.toMatch(/TRUE|FALSE/);
    await box.click();
    expect(await box.getAttribute('aria-checked')).toBe('true');
    expect(await shown(page, proof)).toBe('✓');
    await shot(page, 'grid-05-tick-box');
    await box.click();
    expect(await box.getAttribute('aria-checked')).toBe('false');
    // The keyboard way: Space on the selected tick box.
    await page.keyboard.press(' ');
    expect(await box.getAttribute('aria-checked')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('typing =QU offers QUALIFY with its description; Tab inserts it and shows its argument help', async () => {
    const { page, errors } = await openPipeline();
    await goToCell(page, 'B210');
    await page.keyboard.type('=QU');
    const offered = page.locator('.pg-hints [role="option"]');
    expect(await offered.allTextContents()).toContain('QUALIFY');
    // B210 is the last row on screen: the list opens above it rather than off the bottom.
    expect(await onScreen(page, '.pg-hint[data-function="QUALIFY"]')).toBe(true);
    expect(await page.locator('.pg-hint-description').textContent()).toBe(FUNCTION_HELP.QUALIFY.description.en);
    await shot(page, 'grid-06-autocomplete');
    await page.keyboard.press('Tab');
    expect(await page.locator('.pg-cell-editor.is-editing').inputValue()).toBe('=QUALIFY(');
    expect(await page.locator('.pg-arg-signature strong').textContent()).toBe('ratings');
    expect(await page.locator('.pg-arg-help').textContent()).toBe(FUNCTION_HELP.QUALIFY.params.ratings.en);
    expect(await onScreen(page, '.pg-arg-help')).toBe(true);
    await page.keyboard.type('E6:E9,');
    expect(await page.locator('.pg-arg-signature strong').textContent()).toBe('[method]');
    await page.keyboard.press('Escape');

    // In Chinese the descriptions are the catalog's Chinese ones.
    await page.click('.dk-lang-button[lang="zh-CN"]');
    await goToCell(page, 'B211');
    await page.keyboard.type('=qu');
    expect(await page.locator('.pg-hint-description').textContent()).toBe(FUNCTION_HELP.QUALIFY.description['zh-CN']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the frozen header row stays on screen while the deals scroll under it', async () => {
    const { page, errors } = await openPipeline('?deals=1000');
    const header = `${col.id}${FUNNEL.headerRow}`;
    expect(await shown(page, header)).toBe('Deal ID');
    await page.mouse.move(400, 500);
    await page.mouse.wheel(0, 6000);
    await page.waitForFunction(() => (document.querySelector('.pg-grid-scroll')?.scrollTop ?? 0) > 3000);
    // What is painted at the header's place is still the header, and right under it are deals far down the list.
    const headerBox = await page.locator(`[data-cell="${header}"]`).boundingBox();
    if (!headerBox) throw new Error('the header cell is not drawn');
    const x = headerBox.x + headerBox.width / 2;
    const painted = (y: number) => page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.closest('[data-cell]')?.getAttribute('data-cell') ?? '', [x, y] as const);
    expect(await painted(headerBox.y + headerBox.height / 2)).toBe(header);
    const under = await painted(headerBox.y + headerBox.height + 5);
    expect(Number(/\d+$/.exec(under)?.[0])).toBeGreaterThan(100);
    await shot(page, 'grid-07-frozen-header');
    // The last of the 1,000 deals is reached with Ctrl+Down from the first.
    expect(await cellText(page, `${col.id}${FIRST}`)).toBe('D-101');
    await page.keyboard.press('ControlOrMeta+ArrowDown');
    expect(await nameBox(page)).toBe(`${col.id}${FIRST + 999}`);
    expect(await shown(page, `${col.id}${FIRST + 999}`)).toBe('D-1999');
    expect(errors).toEqual([]);
    await page.close();
  });
});
