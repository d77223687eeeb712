import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../playground/static-server';
import { heldScriptRun, releaseCall, scriptCalls, waitForPendingCall } from './held-script-run';
import { CHROMIUM, ROOT, SCREENSHOTS } from './playground-server';

/**
 * The built Google Sheets sidebar (dist/gas/sidebar.html, made by the build `npm test` runs first) in
 * Chromium, with google.script.run standing in for the Apps Script server: the menu's start panel is
 * honoured, the busy state shows while a call runs, and a failed call shows the server's message.
 */

const SIDEBAR = join(ROOT, 'dist', 'gas', 'sidebar.html');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(SIDEBAR)) throw new Error(`${SIDEBAR} is missing: run "npx tsx tools/build.ts" first (npm test does).`);
  const dir = mkdtempSync(join(tmpdir(), 'dealkit-sidebar-'));
  // As gas/main.ts serves it: the file, then the start-panel script HtmlOutput.append() adds after it.
  writeFileSync(join(dir, 'index.html'), `${readFileSync(SIDEBAR, 'utf8')}<script>window.DEALKIT_START_PANEL="deal";</script>`);
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

/** listDeals fails as Apps Script reports it; every call waits until the test releases it. */
const SCRIPT_RUN = heldScriptRun({
  dealkitListTemplates: { result: { ok: true, value: [] } },
  dealkitListDeals: { failure: 'Exception: You do not have permission to access the requested document.' },
});

describe('Sheets sidebar bundle in Chromium', () => {
  it('opens on the menu’s panel, shows the busy state during the call and the server’s message when it fails', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 640 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(SCRIPT_RUN);
    await page.goto(server.url);
    await page.waitForSelector('.dk-root.skin-google');
    // The deal list is asked for and held unanswered: the sidebar is busy for as long as the test looks.
    await waitForPendingCall(page, 'dealkitListDeals');
    await page.waitForSelector('.dk-busy-line');
    expect(await page.evaluate(() => document.querySelector('.dk-root')?.getAttribute('aria-busy'))).toBe('true');
    await page.screenshot({ path: join(SCREENSHOTS, '30-sidebar-busy.png') });
    await releaseCall(page, 'dealkitListDeals');
    await page.waitForSelector('.dk-error-message');
    expect(await page.locator('.dk-error-message').textContent()).toBe('Exception: You do not have permission to access the requested document.');
    expect((await scriptCalls(page)).map(([name]) => name)).toEqual(['dealkitListDeals']);
    expect(await page.locator('.dk-busy-line').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, '31-sidebar-error.png') });
    // Google's add-on look: Roboto / Arial and Google blue.
    const look = await page.evaluate(() => {
      const root = document.querySelector('.dk-root') as HTMLElement;
      return { font: getComputedStyle(root).fontFamily, accent: getComputedStyle(root).getPropertyValue('--dk-accent').trim() };
    });
    expect(look.font).toMatch(/^Roboto/);
    expect(look.accent).toBe('#1a73e8');
    expect(errors).toEqual([]);
    await page.close();
  });
});
