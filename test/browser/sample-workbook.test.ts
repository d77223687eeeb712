import { startRig, type BrowserRig } from './playground-server';
import { openPlaygroundPage, paneShot, shot } from './playground-page';

/**
 * The playground's sample as a first-time visitor meets it: a "Start here" card saying what to try,
 * in English and Chinese; the sample deal's 3:1 lead with the counts behind it; and a Team panel whose
 * Pipeline change and Forecast accuracy show results straight away, from the sample's twelve weekly
 * snapshots across 2026-Q3's end.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

describe('the playground’s sample workbook on first open', () => {
  it('shows a Start here card naming the four things to try, in both languages', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { today: '2026-12-06', waitFor: '[data-start-here]' });
    const card = page.locator('[data-start-here]');
    expect(await card.getAttribute('open')).not.toBeNull();
    expect(await card.locator('summary').textContent()).toBe('Start here');
    expect(await card.locator('[data-start-step] strong').allTextContents()).toEqual(['Qualify the sample deal', 'Update a deal', 'Roll up the team', 'Compare two snapshots']);
    await shot(page, 'sample-01-start-here');
    await page.click('.dk-lang-button[lang="zh-CN"]');
    expect(await card.locator('summary').textContent()).toBe('从这里开始');
    expect(await card.locator('[data-start-step] strong').allTextContents()).toEqual(['评估示例商机', '更新商机', '汇总团队', '对比两次快照']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('qualifying the sample deal shows the 3:1 lead with the + counts it compared', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { waitFor: '.dk-root [data-panel="qualify"]' });
    await page.click('[data-panel="qualify"]');
    await page.waitForSelector('.dk-lead');
    // The sample's TAS ratings: 16 of our criteria are +, 4 of the competitor's; 3 × 4 = 12.
    const lead = page.locator('.dk-lead');
    expect(await lead.getAttribute('data-lead')).toBe('yes');
    expect(await lead.locator('[data-lead-counts]').textContent()).toBe('our + ratings 16 against their 4 (3:1 needs 12)');
    expect(await lead.textContent()).toMatch(/^3:1 lead over the competitor: Yes — our \+ ratings 16 against their 4 \(3:1 needs 12\); within “Can we compete\?”: 5 against 0 \(needs 2\)/);
    await page.click('.dk-lang-button[lang="zh-CN"]');
    expect(await lead.locator('[data-lead-counts]').textContent()).toBe('我方 + 评分 16 个，对方 4 个（3:1 需要 12 个）');
    await paneShot(page, 'sample-04-lead-counts');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Pipeline change and Forecast accuracy show results without taking a snapshot first', async () => {
    const { page, errors } = await openPlaygroundPage(rig, { height: 1200, today: '2026-12-06', panel: 'team', waitFor: '[data-action="compare"]' });
    // The two latest of the twelve weekly snapshots are chosen for the comparison.
    await page.waitForFunction(() => (document.querySelector('#dk-later') as HTMLSelectElement | null)?.value === '2026-10-19');
    expect(await page.locator('#dk-earlier option').count()).toBe(12);
    expect(await page.inputValue('#dk-earlier')).toBe('2026-10-12');
    await page.click('[data-action="compare"]');
    await page.waitForSelector('[data-change-table]');
    const lines = await page.locator('[data-change-line]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-change-line')));
    expect(lines).toEqual(expect.arrayContaining(['new', 'advanced', 'slipped', 'won', 'lost']));
    const bridge = page.locator('.dk-change-bridge');
    expect(await bridge.textContent()).toBe('875,000 → 850,000');
    expect(await page.locator('[data-change-line="lost"] td').allTextContents()).toEqual(['1', '-90,000']);
    await paneShot(page, 'sample-02-pipeline-change');

    await page.click('[data-action="forecast-accuracy"]');
    await page.waitForSelector('[data-accuracy-period="2026-Q3"]');
    expect(await page.locator('[data-no-closed-period]').count()).toBe(0);
    // The team's commit 8, 4 and 1 weeks before 2026-09-30 against the 280,000 won in the quarter.
    const team = page.locator('[data-accuracy-period="2026-Q3"] tr.dk-team-total');
    expect(await team.locator('[data-actual]').textContent()).toBe('280,000');
    expect(await team.locator('[data-forecast]').evaluateAll((cells) => cells.map((c) => c.textContent))).toEqual(['55,000', '175,000', '345,000']);
    const reps = await page.locator('[data-accuracy-period="2026-Q3"] tbody tr[data-accuracy-rep]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-accuracy-rep')));
    expect(reps).toEqual(['Chen Jie', 'Li Na', 'Wang Wei', 'Zhang Min', '']);
    await page.locator('[data-accuracy-period="2026-Q3"]').scrollIntoViewIfNeeded();
    await paneShot(page, 'sample-03-forecast-accuracy');
    expect(errors).toEqual([]);
    await page.close();
  });
});
