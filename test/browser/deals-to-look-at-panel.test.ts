import type { Page } from 'playwright-core';
import { buildTemplate, type ActionPlanLayout } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage, paneShot, typeInto } from './playground-page';

/**
 * The playground's Team panel after a roll-up on 2026-11-25: the manager inserts an action plan for
 * D-102 (Wang Wei's) and lists three actions, two of them overdue and unowned (so Wang Wei's) and one
 * overdue owned by a rep whose name looks like markup. The panel's "Deals to look at" then counts
 * 3 overdue actions (Wang Wei 2, the other rep 1), the sample's one deal whose buying step lags its
 * stage (D-101: step 4 at C50) and one neutral decision maker (D-101's), and says 2 of the 4 reps make
 * 80 % of the weighted pipeline; each line names the Dashboard heading it counts. Then in Chinese.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const PLAN = buildTemplate('actionPlan', { locale: 'en' }).layout as ActionPlanLayout;
const MARKUP_REP = '<b id="injected">Zoe</b>';

async function listActions(page: Page): Promise<void> {
  await page.click('[data-template="actionPlan"]');
  await page.click('[data-action="insert-template"]');
  await page.waitForSelector('.pg-tab.is-active:has-text("Action plan")');
  await typeInto(page, PLAN.dealId, 'D-102');
  const { columns, firstRow } = PLAN.actions;
  const rows: [action: string, owner: string, due: string][] = [
    ['Book the technical exchange', '', '2026-11-20'],
    ['Send the reference list', '', '2026-11-24'],
    ['Call the CFO', MARKUP_REP, '2026-11-01'],
    // Due today: not late yet.
    ['Confirm the budget', '', '2026-11-25'],
  ];
  for (const [i, [action, owner, due]] of rows.entries()) {
    await typeInto(page, `${columns.action}${firstRow + i}`, action);
    if (owner !== '') await typeInto(page, `${columns.owner}${firstRow + i}`, owner);
    await typeInto(page, `${columns.due}${firstRow + i}`, due);
  }
}

const lines = (page: Page): Promise<string[]> =>
  page.locator('[data-deals-to-look-at] li').evaluateAll((items) =>
    items.map((li) =>
      [...li.childNodes]
        .filter((node) => node.nodeName !== 'TABLE')
        .map((node) => node.textContent ?? '')
        .join(' | '),
    ),
  );

const overdueReps = (page: Page): Promise<string[][]> =>
  page.locator('[data-overdue-reps] tbody tr').evaluateAll((rows) => rows.map((row) => [row.querySelector('th')?.textContent ?? '', row.querySelector('td')?.textContent ?? '']));

it('counts the deals to look at after a roll-up and points to each Dashboard list, in both languages', async () => {
  const { page, errors } = await openPlaygroundPage(rig, { height: 1100, today: '2026-11-25', panel: 'templates', waitFor: '[data-template="actionPlan"]' });
  await listActions(page);
  await page.click('.dk-root .dk-home');
  await page.click('.dk-root [data-panel="team"]');
  await page.click('[data-action="roll-up"]');
  await page.waitForSelector('[data-deals-to-look-at]');

  expect(await lines(page)).toEqual([
    'Overdue open actions: 3 | Dashboard sheet, under “Overdue actions”.',
    'Deals whose customer’s buying step is behind their stage: 1 | Open deals with no buying step recorded, not counted as behind: 5 | Dashboard sheet, under “Customer buying step behind the stage”.',
    'Deals whose decision maker is neutral or worse, or not contacted for more than 30 days: 1 | Dashboard sheet, under “Decision maker not won over or not contacted”.',
    '2 of 4 reps make 80 % of the weighted pipeline (open deals at their probability): nothing won in 2026-Q4 yet. | Dashboard sheet, under “Healthy sales team (CES)”.',
  ]);
  expect(await overdueReps(page)).toEqual([
    ['Wang Wei', '2'],
    [MARKUP_REP, '1'],
  ]);
  // A rep's name is text: no element was made from it.
  expect(await page.evaluate(() => document.getElementById('injected'))).toBeNull();
  await page.locator('[data-deals-to-look-at]').scrollIntoViewIfNeeded();
  await paneShot(page, 'deals-to-look-at-en');

  await page.click('.dk-lang-button[lang="zh-CN"]');
  await page.waitForFunction(() => document.querySelector('[data-deals-to-look-at] h4')?.textContent === '需关注的商机');
  // The workbook is English: the Dashboard's headings are quoted as the sheet writes them.
  expect(await lines(page)).toEqual([
    '逾期未完成的行动：3 项 | 见仪表板工作表中的“Overdue actions”。',
    '客户购买步骤落后于销售阶段的商机：1 个 | 未记录购买步骤的进行中商机（不计为落后）：5 个 | 见仪表板工作表中的“Customer buying step behind the stage”。',
    '决策人为中立者或更差，或超过 30 天未接触的商机：1 个 | 见仪表板工作表中的“Decision maker not won over or not contacted”。',
    '4 名销售代表中的 2 名创造了加权商机金额（进行中商机按其概率）的 80%：2026-Q4 尚无赢单。 | 见仪表板工作表中的“Healthy sales team (CES)”。',
  ]);
  expect(await page.locator('[data-overdue-reps] thead th').allTextContents()).toEqual(['销售代表', '已逾期']);
  expect(await overdueReps(page)).toEqual([
    ['Wang Wei', '2'],
    [MARKUP_REP, '1'],
  ]);
  await page.locator('[data-deals-to-look-at]').scrollIntoViewIfNeeded();
  await paneShot(page, 'deals-to-look-at-zh');
  expect(errors).toEqual([]);
  await page.close();
}, 180000);
