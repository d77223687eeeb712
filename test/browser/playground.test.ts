import type { Page } from 'playwright-core';
import { parseA1, boxToA1 } from '../../shared/a1';
import { assessmentTemplate, pipelineFunnelTemplate, valuePropositionTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, goToCell, openPlaygroundPage, openSheet, shot, typeInto, waitForCellText, waitForStepHeadingFocus, type OpenedPage } from './playground-page';

/**
 * The playground in a real browser, used as a user would: the Qualify wizard turns the sample
 * assessment's verdict from "Qualify further" to "Pursue", Update a deal moves the funnel summary,
 * user text never runs as HTML, and the UI and inserted sheets switch to Simplified Chinese.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const TAS = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;
const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
const VALUE = valuePropositionTemplate({ locale: 'en' }).layout;

function openPlayground(): Promise<OpenedPage> {
  return openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
}

/** Whether the step's heading gets focus: the app moves it there in an effect after the step has painted. */
function stepHeadingGetsFocus(page: Page): Promise<boolean> {
  return waitForStepHeadingFocus(page).then(
    () => true,
    () => false,
  );
}

async function stepTitle(page: Page): Promise<string> {
  return (await page.locator('.dk-step-title').textContent()) ?? '';
}

async function next(page: Page): Promise<void> {
  const before = await page.locator('.dk-step-title').getAttribute('data-step');
  await page.click('.dk-nav .dk-primary:has-text("Next"), .dk-nav .dk-primary:has-text("下一步")');
  await page.waitForFunction((previous) => document.querySelector('.dk-step-title')?.getAttribute('data-step') !== previous, before);
}

/** The funnel summary as the grid shows it: stage code → deal count. */
async function funnelCounts(page: Page): Promise<Record<string, string>> {
  const top = parseA1(FUNNEL.funnel);
  const counts: Record<string, string> = {};
  for (let i = 0; i < FUNNEL.funnelRows; i += 1) {
    const stage = await cellText(page, boxToA1(top.row + i, top.column, 1, 1));
    counts[stage] = await cellText(page, boxToA1(top.row + i, top.column + 1, 1, 1));
  }
  return counts;
}

describe('playground in Chromium', () => {
  it('runs the Qualify wizard end to end and the verdict cell turns from Qualify further to Pursue', async () => {
    const { page, errors } = await openPlayground();
    await openSheet(page, 'Assessment (TAS)');
    expect(await cellText(page, TAS.verdict)).toBe('Qualify further');
    await shot(page, '01-playground-home');

    await page.click('[data-panel="qualify"]');
    await page.waitForSelector('.dk-criterion');
    // Resumed from the filled sheet: the first key question, with the sheet's answers.
    expect(await stepTitle(page)).toContain('Is there an opportunity?');
    expect(await page.locator('.dk-notice').textContent()).toContain('Assessment (TAS)');
    expect(await stepHeadingGetsFocus(page)).toBe(true);
    await shot(page, '02-qualify-real');

    await next(page);
    expect(await stepTitle(page)).toContain('Can we compete?');
    // Focus moves to the new step's heading, for keyboard and screen-reader users.
    expect(await stepHeadingGetsFocus(page)).toBe(true);
    await shot(page, '03-qualify-compete');

    await next(page);
    expect(await stepTitle(page)).toContain('Can we win?');
    expect(await page.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('qualifyFurther');
    // Criterion 12 by keyboard: focus its checked rating, arrow left to "+" and see it chosen. First the
    // new step's heading takes focus, or it would take it back between the focus and the key.
    await waitForStepHeadingFocus(page);
    const group12 = page.locator('[data-name="ours-11"]');
    await group12.locator('[aria-checked="true"]').focus();
    await page.keyboard.press('Home');
    expect(await group12.locator('[data-value="favourable"]').getAttribute('aria-checked')).toBe('true');
    for (const index of [12, 13, 14]) await page.click(`[data-name="ours-${index}"] [data-value="favourable"]`);
    await page.fill('#dk-note-12', '<script>window.__pwned=2</script>');
    expect(await page.locator('[data-verdict]').first().getAttribute('data-verdict')).toBe('pursue');
    await shot(page, '04-qualify-win');

    await next(page);
    expect(await stepTitle(page)).toContain('worth');
    await shot(page, '05-qualify-worth');
    await next(page);
    expect(await stepTitle(page)).toContain('not in control');
    await shot(page, '06-qualify-control');
    await next(page);
    expect(await stepTitle(page)).toContain('Competitive strategy');
    await page.click('[data-name="strategy-compelling"] [data-value="yes"]');
    await shot(page, '07-qualify-strategy');
    await next(page);
    expect(await page.locator('.dk-result [data-strategy]').getAttribute('data-strategy')).toBe('frontal');
    await shot(page, '08-qualify-result');

    await page.click('[data-action="save-assessment"]');
    await page.waitForSelector('.dk-notice:has-text("Saved to sheet")');
    await waitForCellText(page, TAS.verdict, 'Pursue');
    expect(await cellText(page, TAS.verdict)).toBe('Pursue');
    // The rep's note is on the sheet as the text typed, and it ran nothing.
    expect(await cellText(page, TAS.criteria[12].notes)).toBe('<script>window.__pwned=2</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await shot(page, '09-qualify-saved');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs Update a deal and the funnel summary moves; a claimed stage above the evidence is shown', async () => {
    const { page, errors } = await openPlayground();
    await openSheet(page, 'Pipeline');
    const before = await funnelCounts(page);
    expect(before).toMatchObject({ E25: '1', D30: '0' });

    await page.click('[data-panel="deal"]');
    await page.waitForSelector('[data-deal-id="D-102"]');
    await shot(page, '10-deal-pick');
    await page.click('[data-deal-id="D-102"]');
    await page.selectOption('#dk-stage', 'B75');
    expect(await page.locator('[data-warning="claimed-above-evidence"]').textContent()).toContain('B75');
    await shot(page, '11-deal-stage-claimed-above-evidence');
    await page.selectOption('#dk-stage', 'D30');
    await next(page);
    expect(await stepTitle(page)).toContain('D30');
    await page.locator('.dk-check').nth(3).locator('input').check();
    expect(await page.locator('[data-evidenced]').getAttribute('data-evidenced')).toBe('D30');
    await shot(page, '12-deal-proof');
    await next(page);
    const answers = ['Demo and technical exchange', 'The CTO asked for a design workshop', 'Preparing the workshop', 'Book the solution design review'];
    const fields = page.locator('textarea');
    for (let i = 0; i < 4; i += 1) await fields.nth(i).fill(answers[i]);
    await shot(page, '13-deal-review');
    await next(page);
    await shot(page, '14-deal-confirm');
    // The rep's Next step is about to be replaced: the confirm step says so, old → new.
    expect(await page.locator('[data-next-step="before"]').textContent()).toBe('Technical exchange');
    expect(await page.locator('[data-next-step="after"]').textContent()).toBe('Book the solution design review');
    expect(await page.locator('[data-action="keep-next-step"]').isChecked()).toBe(false);
    await page.click('[data-action="update-deal"]');
    await page.waitForSelector('.dk-notice:has-text("Deal updated")');

    const after = await funnelCounts(page);
    expect(after.E25).toBe('0');
    expect(after.D30).toBe('1');
    await shot(page, '15-deal-updated');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a deal named like an HTML tag renders as text in the grid and the wizard and runs nothing', async () => {
    const { page, errors } = await openPlayground();
    await openSheet(page, 'Pipeline');
    const name = '<img src=x onerror="window.__pwned=1">';
    const cell = `${FUNNEL.columns.opportunity}${FUNNEL.firstRow + 3}`;
    await typeInto(page, cell, name);
    expect(await cellText(page, cell)).toBe(name);

    await page.click('[data-panel="deal"]');
    await page.waitForSelector('[data-deal-id="D-104"]');
    expect(await page.locator('[data-deal-id="D-104"] .dk-menu-title').textContent()).toContain(name);
    await page.click('[data-deal-id="D-104"]');
    expect(await page.locator('.dk-step-title').textContent()).toBe(name);
    await shot(page, '16-deal-named-like-html');
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a threshold edited on the Settings sheet in the grid changes the assessment verdict', async () => {
    const { page, errors } = await openPlayground();
    await openSheet(page, 'Assessment (TAS)');
    expect(await cellText(page, TAS.verdict)).toBe('Qualify further');
    const settingsTab = await page.evaluate(() => {
      const tabs = [...document.querySelectorAll('[data-sheet-tab]')].map((tab) => tab.getAttribute('data-sheet-tab'));
      return tabs.find((name) => name !== null && /settings/i.test(name)) ?? null;
    });
    if (!settingsTab) throw new Error('no Settings tab in the playground');
    await openSheet(page, settingsTab);
    // DK_YES_THRESHOLD: the cell beside its label on the sample's Settings sheet.
    const cell = await page.evaluate(() => {
      const label = [...document.querySelectorAll('[data-cell]')].find((td) => /Yes/.test(td.textContent ?? '') && /threshold|score/i.test(td.textContent ?? ''));
      return label?.nextElementSibling?.getAttribute('data-cell') ?? null;
    });
    if (!cell) throw new Error('no Yes threshold cell on the Settings sheet');
    await typeInto(page, cell, '-0.3');
    await openSheet(page, 'Assessment (TAS)');
    expect(await cellText(page, TAS.verdict)).toBe('Pursue');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('typing a DealKit formula in the grid computes it', async () => {
    const { page } = await openPlayground();
    await openSheet(page, 'Assessment (TAS)');
    await typeInto(page, 'K40', `=QUALIFY(${TAS.ratings})`);
    expect(await cellText(page, 'K40')).toBe('Qualify further');
    await goToCell(page, 'K40');
    // The formula bar follows the selection on the next render: wait for it rather than race it.
    const formula = `=QUALIFY(${TAS.ratings})`;
    await page.waitForFunction((expected) => (document.querySelector('#pg-formula-input') as HTMLInputElement | null)?.value === expected, formula).catch(() => undefined);
    expect(await page.inputValue('#pg-formula-input')).toBe(formula);
    // The grid by keyboard: arrows move the selection, Enter goes to the formula bar.
    await page.focus('.pg-grid-scroll');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    expect(await page.inputValue('.pg-name-box')).toBe('J39');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pg-formula-input');
    await page.close();
  });

  it('switches to Simplified Chinese: the wizard, and a template inserted then, are in Chinese', async () => {
    const { page, errors } = await openPlayground();
    await page.click('.dk-lang-button[lang="zh-CN"]');
    expect(await page.locator('[data-panel="qualify"] .dk-menu-title').textContent()).toBe('评估销售机会');
    expect(await page.locator('.pg-header h1').textContent()).toBe('DealKit 体验区');
    await shot(page, '17-zh-home');
    await page.click('[data-panel="templates"]');
    await page.waitForSelector('[data-template="assessment"]');
    await page.click('[data-template="assessment"]');
    await page.click('[data-name="template-method"] [data-value="SIGNATURE"]');
    await shot(page, '18-zh-insert');
    await page.click('[data-action="insert-template"]');
    await page.waitForSelector('.dk-notice:has-text("已插入工作表")');
    const tab = page.locator('.pg-tab.is-active');
    expect(await tab.textContent()).toMatch(/机会评估/);
    expect(await cellText(page, 'A1')).toMatch(/机会评估/);
    expect(await cellText(page, 'B7')).toBe('关键问题');
    await shot(page, '19-zh-inserted-sheet');

    await page.click('.dk-home');
    await page.click('[data-panel="qualify"]');
    await page.waitForSelector('.dk-criterion');
    expect(await stepTitle(page)).toBe('商机存在吗?');
    await shot(page, '20-zh-qualify');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('builds a value proposition: live statement and figures, saved to a new sheet that computes the same net value', async () => {
    const { page, errors } = await openPlayground();
    await page.click('[data-panel="value"]');
    await page.waitForSelector('[data-step="statement-1"]');
    expect(await page.locator('.dk-live .dk-muted').textContent()).toContain('Still missing');
    const slots = page.locator('.dk-panel input.dk-input');
    const words = ['cut order-to-ship time', 'orders shipped the same day', 'scanning platform'];
    for (let i = 0; i < (await slots.count()); i += 1) await slots.nth(i).fill(words[i] ?? `slot ${i + 1}`);
    expect(await page.locator('.dk-statement').textContent()).toContain('scanning platform');
    await shot(page, '21-value-statement');
    for (let i = 0; i < 6; i += 1) await next(page);
    expect(await page.locator('.dk-step-title').getAttribute('data-step')).toBe('figures');
    await page.fill('[aria-label="Cost Year 0"]', '100000');
    await page.fill('[aria-label="Benefit Year 1"]', '30000');
    await page.fill('[aria-label="Benefit Year 2"]', '50000');
    await page.fill('[aria-label="Benefit Year 3"]', '40000');
    await page.fill('#dk-risks', '5000');
    expect(await page.locator('[data-figure="net-value"]').textContent()).toBe('15,000');
    expect(await page.locator('[data-figure="payback"]').textContent()).toBe('2.63');
    await shot(page, '22-value-figures');
    await next(page);
    await shot(page, '23-value-summary');
    await page.click('[data-action="save-value"]');
    await page.waitForSelector('.dk-notice:has-text("Saved to sheet")');
    expect(await page.locator('.pg-tab.is-active').textContent()).toBe('Value proposition');
    expect(await cellText(page, VALUE.results.netValue)).toBe('15,000');
    expect(await cellText(page, VALUE.statements[0].result)).toContain('scanning platform');
    await shot(page, '24-value-saved');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves the workbook language in Settings and the sheets’ text results follow it', async () => {
    const { page, errors } = await openPlayground();
    await openSheet(page, 'Assessment (TAS)');
    await page.click('[data-panel="settings"]');
    await page.waitForSelector('#dk-setting-locale');
    expect(await page.isDisabled('#dk-setting-ladder')).toBe(true);
    await page.selectOption('#dk-setting-locale', 'zh-CN');
    await page.fill('#dk-setting-currency', 'CNY');
    await shot(page, '25-settings');
    await page.click('.dk-form button[type="submit"]');
    await page.waitForSelector('.dk-notice:has-text("Settings saved")');
    await waitForCellText(page, TAS.verdict, '继续评估');
    await shot(page, '26-settings-saved');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rolls up the team, takes a snapshot and offers the CSV export from the Team panel', async () => {
    const { page, errors } = await openPlayground();
    await page.click('[data-panel="team"]');
    await page.waitForSelector('[data-action="roll-up"]');
    await shot(page, '27-team');
    const tabsBefore = await page.locator('.pg-tab').count();
    await page.click('[data-action="roll-up"]');
    await page.waitForSelector('.dk-notice:has-text("Rolled up 7 deals")');
    expect(await page.locator('.pg-tab').count()).toBe(tabsBefore + 2);
    await page.click('[data-action="take-snapshot"]');
    await page.waitForSelector('.dk-notice:has-text("Snapshot of")');
    await page.click('[data-action="export-csv"]');
    await page.waitForSelector('[data-action="download-csv"]');
    expect(await page.locator('[data-action="download-csv"]').getAttribute('download')).toMatch(/^team-pipeline-salesforce-/);
    await shot(page, '28-team-done');
    expect(errors).toEqual([]);
    await page.close();
  });
});
