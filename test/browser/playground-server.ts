/**
 * The built playground served from node:http on 127.0.0.1 and a headless Debian Chromium, for the
 * browser tests. The build comes from the project's own build script (npm test runs it first); a
 * missing build is made here so the file can also run on its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../playground/static-server';

export const ROOT = join(__dirname, '..', '..');
export const PLAYGROUND_DIST = join(ROOT, 'dist', 'playground');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensurePlaygroundBuild(): void {
  if (existsSync(join(PLAYGROUND_DIST, 'index.html')) && existsSync(join(PLAYGROUND_DIST, 'playground.js'))) return;
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'tools', 'build.ts'), '--playground'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}

export interface BrowserRig {
  readonly browser: Browser;
  readonly server: StaticServer;
  close(): Promise<void>;
}

export async function startRig(): Promise<BrowserRig> {
  ensurePlaygroundBuild();
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await startStaticServer(PLAYGROUND_DIST, 0);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
