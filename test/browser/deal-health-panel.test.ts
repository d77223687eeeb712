import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage } from './playground-page';

/**
 * The playground's Team panel after a roll-up of the sample team: the deal-health flags counted from the
 * sample's assessments (D-101 in Best case but Qualify further; D-203 in Commit and not in control), in
 * English and in Chinese.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

it('shows how many deals each deal-health flag catches, in both languages', async () => {
  const { page, errors } = await openPlaygroundPage(rig, { height: 1000, today: '2026-11-25', panel: 'team', waitFor: '[data-action="roll-up"]' });
  await page.click('[data-action="roll-up"]');
  await page.waitForSelector('[data-deal-flags]');
  const counts = async (): Promise<string[][]> =>
    page.locator('[data-deal-flags] tbody tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '']));
  expect(await counts()).toEqual([
    ['Commit or Best case, but the verdict is Qualify further', '1'],
    ['Commit or Best case, but the verdict is Walk away', '0'],
    ['Not in control', '1'],
    ['Single-threaded (in contact with fewer than two people)', '0'],
    ['No decision maker on the key-player map', '0'],
    ['No assessment', '5'],
  ]);
  await page.click('.dk-lang-button[lang="zh-CN"]');
  await page.waitForFunction(() => document.querySelector('[data-deal-health] h4')?.textContent === '商机健康度');
  expect((await counts()).map(([label]) => label)).toEqual([
    '承诺或最佳情况，但评估结论为“继续评估”',
    '承诺或最佳情况，但评估结论为“退出”',
    '失控',
    '单线联系（接触的人少于两位）',
    '关键人物图中没有决策人',
    '无评估',
  ]);
  expect(errors).toEqual([]);
}, 120000);
