import { assessmentTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, shot } from './playground-page';

/**
 * The playground in Chromium with the pane switched to 简体中文: the pane asks whether the workbook
 * switches too, and once it does, an assessment inserted then computes its verdict in Chinese — not
 * Chinese labels around English verdicts until Settings → 语言 is saved as well.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const TAS_ZH = assessmentTemplate({ method: 'TAS', locale: 'zh-CN' }).layout;
const TAS_EN = assessmentTemplate({ method: 'TAS', locale: 'en' }).layout;

describe('one language for the pane and the workbook (playground in Chromium)', () => {
  it('switch the pane to 简体中文, confirm the workbook too, insert an assessment: its verdict computes in Chinese', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await page.click('.dk-lang-button[lang="zh-CN"]');
    await page.waitForSelector('[data-offer="workbook-language"]');
    expect(await page.locator('[data-offer="workbook-language"] p').textContent()).toBe('本工作簿的表格以English显示结果。是否也将工作簿切换为简体中文？');
    await shot(page, '63-language-offer');
    await page.click('[data-action="switch-workbook-language"]');
    await page.waitForSelector('.dk-notice:has-text("工作簿的表格现以简体中文显示结果")');
    expect(await page.locator('[data-offer="workbook-language"]').count()).toBe(0);

    // The sample's own assessment answers in Chinese now too.
    await openSheet(page, 'Assessment (TAS)');
    expect(await cellText(page, TAS_EN.verdict)).toBe('继续评估');

    await page.click('[data-panel="templates"]');
    await page.waitForSelector('[data-template="assessment"]');
    await page.click('[data-template="assessment"]');
    await page.click('[data-name="template-method"] [data-value="TAS"]');
    await page.click('[data-action="insert-template"]');
    await page.waitForSelector('.dk-notice:has-text("已插入工作表")');
    expect(await page.locator('.pg-tab.is-active').textContent()).toMatch(/机会评估/);
    expect(await cellText(page, TAS_ZH.verdict)).toBe('继续评估');
    await shot(page, '64-language-inserted');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Only the pane: the workbook keeps answering in English', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await page.click('.dk-lang-button[lang="zh-CN"]');
    await page.waitForSelector('[data-offer="workbook-language"]');
    await page.click('[data-action="pane-language-only"]');
    expect(await page.locator('[data-offer="workbook-language"]').count()).toBe(0);
    await openSheet(page, 'Assessment (TAS)');
    expect(await cellText(page, TAS_EN.verdict)).toBe('Qualify further');
    expect(errors).toEqual([]);
    await page.close();
  });
});
