import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../playground/static-server';
import { CHROMIUM, ROOT, SCREENSHOTS } from './playground-server';

/**
 * The built Excel task pane (dist/excel-addin/taskpane.html, from the build `npm test` runs first) in
 * Chromium, with Office.js stood in for: it mounts on Office.onReady in Office's language with the
 * Fluent look, and a failing Excel.run shows its message in the banner.
 */

const PANE = join(ROOT, 'dist', 'excel-addin');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  if (!existsSync(join(PANE, 'taskpane.html'))) throw new Error(`${PANE}/taskpane.html is missing: run "npx tsx tools/build.ts" first (npm test does).`);
  server = await startStaticServer(PANE, 0);
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

/** Office, Excel and CustomFunctions as the page sees them once office.js has loaded. */
const FAKE_OFFICE = `
  window.__ready = 0;
  window.Office = {
    onReady(callback) { window.__ready += 1; return Promise.resolve().then(() => callback({ host: 'Excel' })); },
    context: { displayLanguage: 'zh-CN', requirements: { isSetSupported: () => true } },
  };
  window.Excel = { run: async () => { throw new Error('RichApi.Error: The workbook is being edited by another user.'); } };
  window.CustomFunctions = { associate() {}, Error: class extends Error {}, ErrorCode: { invalidValue: '#VALUE!' } };
`;

describe('Excel task pane bundle in Chromium', () => {
  it('mounts on Office.onReady in Office’s language with the Fluent look, and shows Excel’s message when a batch fails', async () => {
    const page = await browser.newPage({ viewport: { width: 340, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // No network here: office.js itself is replaced by the stand-in above.
    await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: '/* office.js stand-in */' }));
    await page.addInitScript(FAKE_OFFICE);
    await page.goto(server.url + 'taskpane.html');
    await page.waitForSelector('.dk-root.skin-office');
    expect(await page.evaluate(() => (window as unknown as { __ready: number }).__ready)).toBeGreaterThan(0);
    expect(await page.locator('[data-panel="qualify"] .dk-menu-title').textContent()).toBe('评估销售机会');
    const look = await page.evaluate(() => {
      const root = document.querySelector('.dk-root') as HTMLElement;
      return { font: getComputedStyle(root).fontFamily, accent: getComputedStyle(root).getPropertyValue('--dk-accent').trim() };
    });
    expect(look.font).toMatch(/^"?Segoe UI/);
    expect(look.accent).toBe('#0078d4');
    await page.screenshot({ path: join(SCREENSHOTS, '40-taskpane-home.png') });

    await page.click('[data-panel="qualify"]');
    await page.waitForSelector('.dk-error-message');
    expect(await page.locator('.dk-error-message').textContent()).toBe('RichApi.Error: The workbook is being edited by another user.');
    await page.screenshot({ path: join(SCREENSHOTS, '41-taskpane-error.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
