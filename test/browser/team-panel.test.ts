import { SAMPLE_DEALS, SECOND_REP, SECOND_REP_DEALS } from '../../playground/sample-workbook';
import { money } from '../../shared/pipeline/rollup-plan';
import { pipelineFunnelTemplate } from '../../shared/templates';
import { startRig, type BrowserRig } from './playground-server';
import { cellText, openPlaygroundPage, openSheet, paneShot, shot, typeInto, type OpenedPage } from './playground-page';

/**
 * The Team panel in the playground, used as a manager would: roll up the sample team (two reps' sheets)
 * and see the reconciliation, the reps and the forecast range in the panel and the team totals on the
 * Dashboard sheet; take a snapshot, move a deal, take another a week later, compare and see the change
 * lines add up to the difference; export the CSV; the same in Chinese; cell text stays text.
 */

let rig: BrowserRig;
beforeAll(async () => {
  rig = await startRig();
}, 180000);
afterAll(async () => {
  await rig?.close();
});

const FUNNEL = pipelineFunnelTemplate({ locale: 'en', ladder: 'MILESTONES' }).layout;
const EVERY_DEAL = [...SAMPLE_DEALS, ...SECOND_REP_DEALS];
const TEAM_AMOUNT = EVERY_DEAL.reduce((sum, deal) => sum + deal.amount, 0);

function openTeamPanel(today: string): Promise<OpenedPage> {
  // The workbook's "today" decides the default quarter and each snapshot's date.
  return openPlaygroundPage(rig, { height: 1000, today, panel: 'team', waitFor: '[data-action="roll-up"]' });
}

const amountOf = (shown: string): number => Number(shown.replace(/[^0-9.-]/g, ''));

describe('Team panel in the playground', () => {
  it('rolls up both reps’ sheets: reconciliation, reps and range in the panel, team totals on the Dashboard', async () => {
    const { page, errors } = await openTeamPanel('2026-11-25');
    await paneShot(page, 'team-01-panel');
    // By keyboard: type the period and press Enter.
    await page.fill('#dk-team-period', '2026-Q4');
    await page.press('#dk-team-period', 'Enter');
    await page.waitForSelector('[data-team-report]');

    expect(await page.locator('.dk-reconciliation').textContent()).toBe(
      `Read ${EVERY_DEAL.length} rows (${money(TEAM_AMOUNT)}) = counted ${EVERY_DEAL.length} (${money(TEAM_AMOUNT)}) + set aside 0 (${money(0)})`,
    );
    expect(await page.locator('.dk-reconciliation').getAttribute('data-balanced')).toBe('true');
    const reps = await page.locator('[data-reps] tbody th[scope="row"]').allTextContents();
    expect(reps).toEqual([...new Set(EVERY_DEAL.map((d) => d.owner))].concat('Team'));
    const teamRange = (await page.locator('[data-range] tr.dk-team-total td').allTextContents()).slice(0, 3).map(amountOf);
    expect(teamRange[0]).toBeLessThanOrEqual(teamRange[1]);
    expect(teamRange[1]).toBeLessThanOrEqual(teamRange[2]);
    expect(await page.locator('.dk-notice').textContent()).toContain(`Rolled up ${EVERY_DEAL.length} deals from 2 tables`);
    await paneShot(page, 'team-02-rolled-up');

    // The Dashboard sheet appeared; its team row counts every deal and adds up every amount.
    await openSheet(page, 'Dashboard');
    let teamRow = 0;
    for (let row = 1; row <= 30 && teamRow === 0; row += 1) if ((await cellText(page, `A${row}`)) === 'Team') teamRow = row;
    expect(teamRow).toBeGreaterThan(0);
    expect(amountOf(await cellText(page, `B${teamRow}`))).toBe(EVERY_DEAL.length);
    expect(amountOf(await cellText(page, `C${teamRow}`))).toBe(TEAM_AMOUNT);
    await shot(page, 'team-03-dashboard');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('two snapshots a week apart, a deal moved in between: the change lines add up to the difference of the totals', async () => {
    const { page, errors } = await openTeamPanel('2026-11-02');
    await page.click('[data-action="take-snapshot"]');
    await page.waitForSelector('.dk-notice:has-text("Snapshot of 2026-11-02 taken")');

    // D-103 moves from B75 to A90 and grows by 60,000.
    await openSheet(page, 'Pipeline');
    const row = FUNNEL.firstRow + SAMPLE_DEALS.findIndex((d) => d.id === 'D-103');
    await typeInto(page, `${FUNNEL.columns.stage}${row}`, 'A90');
    await typeInto(page, `${FUNNEL.columns.amount}${row}`, '300000');

    await page.clock.setFixedTime(new Date('2026-11-09T10:00:00'));
    await page.click('[data-action="take-snapshot"]');
    await page.waitForSelector('.dk-notice:has-text("Snapshot of 2026-11-09 taken")');
    expect(await page.inputValue('#dk-earlier')).toBe('2026-11-02');
    expect(await page.inputValue('#dk-later')).toBe('2026-11-09');
    await page.click('[data-action="compare"]');
    await page.waitForSelector('[data-change-table]');

    const bridge = page.locator('.dk-change-bridge');
    const earlier = Number(await bridge.getAttribute('data-earlier-total'));
    const later = Number(await bridge.getAttribute('data-later-total'));
    const lines = page.locator('[data-change-line]');
    let sum = 0;
    for (let i = 0; i < (await lines.count()); i += 1) sum += Number(await lines.nth(i).getAttribute('data-change'));
    expect(later - earlier).toBe(60000);
    expect(earlier + sum).toBe(later);
    expect(await page.locator('[data-sheet-tab="Pipeline change"]').count()).toBe(1);
    await paneShot(page, 'team-04-change');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports HubSpot CSV as a download and as read-only text to copy', async () => {
    const { page, errors } = await openTeamPanel('2026-11-25');
    await page.click('button:has-text("HubSpot")');
    await page.click('[data-action="export-csv"]');
    await page.waitForSelector('[data-action="download-csv"]');
    expect(await page.getAttribute('[data-action="download-csv"]', 'download')).toBe('team-pipeline-hubspot-2026-11-25.csv');
    await page.click('.dk-csv summary');
    const box = page.locator('#dk-csv-text');
    expect(await box.getAttribute('readonly')).not.toBeNull();
    const csv = await box.inputValue();
    expect(csv.trim().split(/\r?\n/)).toHaveLength(EVERY_DEAL.length + 1);
    expect(csv).toContain('Lab data platform');
    await paneShot(page, 'team-05-csv');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in Chinese, with a rep named like an HTML tag: the panel speaks Chinese and shows the name as text', async () => {
    const { page, errors } = await openTeamPanel('2026-11-25');
    const name = '<img src=x onerror="window.__pwned=1">';
    await openSheet(page, `Pipeline ${SECOND_REP}`);
    for (let i = 0; i < SECOND_REP_DEALS.length; i += 1) await typeInto(page, `${FUNNEL.columns.owner}${FUNNEL.firstRow + i}`, name);
    // A row the roll-up must set aside, with its sheet and row named.
    await typeInto(page, `${FUNNEL.columns.amount}${FUNNEL.firstRow + 1}`, 'lots');
    await page.click('.dk-lang-button[lang="zh-CN"]');
    await page.click('[data-action="roll-up"]');
    await page.waitForSelector('[data-team-report]');
    expect(await page.locator('.dk-reconciliation').textContent()).toMatch(new RegExp(`^读取 ${EVERY_DEAL.length} 行`));
    expect(await page.locator('[data-set-aside] tbody td').allTextContents()).toEqual([`Pipeline ${SECOND_REP}`, String(FUNNEL.firstRow + 1), 'D-202', '金额“lots”不是数字']);
    expect(await page.locator('[data-reps] tbody th[scope="row"]').allTextContents()).toContain(name);
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await paneShot(page, 'team-06-chinese');
    expect(errors).toEqual([]);
    await page.close();
  });
});
