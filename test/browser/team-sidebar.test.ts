import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../playground/static-server';
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { serialFromParts } from '../../shared/pipeline/dates';
import { teamReportOf } from '../../shared/workbook/team-report';
import { heldScriptRun, releaseCall, scriptCalls, waitForPendingCall } from './held-script-run';
import { CHROMIUM, ROOT, SCREENSHOTS } from './playground-server';

/**
 * The built Sheets sidebar opened from the menu's "Team pipeline" item, with google.script.run standing
 * in for the server: an Apps Script call is one request, so while the roll-up runs the sidebar says
 * what that request does; when the answer comes the line goes and the report is shown, cell text as text.
 */

const SIDEBAR = join(ROOT, 'dist', 'gas', 'sidebar.html');
let browser: Browser;
let server: StaticServer;

const HEADER = ['Deal ID', 'Opportunity', 'Owner', 'Amount', 'Stage', 'Close date', 'Next step'];
const DEC = (day: number): number => serialFromParts(2026, 12, day);
/** What dealkitRollUpTeam answers for a two-rep workbook, one of whose rows is set aside. */
const ANSWER = (() => {
  const { summary, view } = rollUpTeamOperation({
    sheets: [
      { name: 'Ana <b>', values: [HEADER, ['A-1', 'Scanners', 'Ana', 100000, 'C50', DEC(10), 'Demo'], ['A-2', 'Portal', 'Ana', 'lots', 'G20', DEC(12), 'Call']] },
      { name: 'Bo', values: [HEADER, ['B-1', 'Rostering', '<i>Bo</i>', 200000, 'B75', DEC(20), 'Read-out']] },
    ],
    named: {},
    asOf: DEC(1),
  });
  return { ok: true, value: { deals: summary.deals, setAside: summary.setAside, amount: summary.amount, tables: summary.tables, report: teamReportOf(view) } };
})();

beforeAll(async () => {
  if (!existsSync(SIDEBAR)) throw new Error(`${SIDEBAR} is missing: run "npx tsx tools/build.ts" first (npm test does).`);
  const dir = mkdtempSync(join(tmpdir(), 'dealkit-team-sidebar-'));
  // As gas/main.ts serves it for the menu's Team item: the file, then the start-panel script.
  writeFileSync(join(dir, 'index.html'), `${readFileSync(SIDEBAR, 'utf8')}<script>window.DEALKIT_START_PANEL="team";</script>`);
  server = await startStaticServer(dir, 0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** google.script.run for the Team panel: every call waits until the test releases it. */
const SCRIPT_RUN = heldScriptRun({
  dealkitListSnapshotDates: { result: { ok: true, value: ['2026-11-02', '2026-11-09'] } },
  dealkitRollUpTeam: { result: ANSWER },
});

describe('Team panel in the built Sheets sidebar', () => {
  it('shows what the one request does while the roll-up runs, then the report with cell text as text', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(SCRIPT_RUN);
    await page.goto(server.url);
    await page.waitForSelector('.dk-root.skin-google [data-action="roll-up"]');
    await waitForPendingCall(page, 'dealkitListSnapshotDates');
    await releaseCall(page, 'dealkitListSnapshotDates');
    await page.waitForFunction(() => (document.querySelector('#dk-later') as HTMLSelectElement | null)?.value === '2026-11-09');

    await page.fill('#dk-team-period', '2026-Q4');
    await page.click('[data-action="roll-up"]');
    // The roll-up is asked for and held unanswered: what the sidebar shows now is what it shows while it runs.
    await waitForPendingCall(page, 'dealkitRollUpTeam');
    await page.waitForSelector('.dk-progress-step');
    expect(await page.locator('.dk-progress-step').textContent()).toMatch(/^Rolling up: reading every sheet, working out the figures and writing .* in one request/);
    expect(await page.evaluate(() => document.querySelector('.dk-root')?.getAttribute('aria-busy'))).toBe('true');
    expect(await page.locator('[data-action="roll-up"]').isDisabled()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'team-sidebar-01-rolling-up.png') });

    await releaseCall(page, 'dealkitRollUpTeam');
    await page.waitForSelector('[data-team-report]');
    expect(await page.locator('.dk-progress-step').count()).toBe(0);
    expect(await scriptCalls(page)).toEqual([
      ['dealkitListSnapshotDates', ['en']],
      ['dealkitRollUpTeam', ['2026-Q4', 'en']],
    ]);
    expect(await page.locator('[data-set-aside] tbody td').first().textContent()).toBe('Ana <b>');
    expect(await page.locator('[data-reps] tbody th[scope="row"]').allTextContents()).toEqual(['Ana', '<i>Bo</i>', 'Team']);
    expect(await page.evaluate(() => document.querySelectorAll('.dk-team-report b, .dk-team-report i').length)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'team-sidebar-02-report.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
