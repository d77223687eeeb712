import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileFor, startStaticServer } from '../../playground/static-server';

function fetchStatus(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, type: String(response.headers['content-type'] ?? ''), body }));
    }).on('error', reject);
  });
}

describe('playground static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'dealkit-static-'));
  const site = join(root, 'site');
  mkdirSync(site);
  writeFileSync(join(site, 'index.html'), '<!doctype html><p>hi</p>');
  writeFileSync(join(root, 'secret.txt'), 'not for the browser');

  it('serves files under its root and nothing outside it', () => {
    expect(fileFor(site, '/')).toBe(join(site, 'index.html'));
    expect(fileFor(site, '/index.html?x=1')).toBe(join(site, 'index.html'));
    expect(fileFor(site, '/../secret.txt')).toBeNull();
    expect(fileFor(site, '/%2e%2e/secret.txt')).toBeNull();
    expect(fileFor(site, '/%E0%A4%A')).toBeNull();
    expect(fileFor(site, '/missing.js')).toBeNull();
  });

  it('listens on 127.0.0.1 and moves to the next port when the asked one is taken', async () => {
    const first = await startStaticServer(site, 0);
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetchStatus(first.url);
      expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect((await fetchStatus(`${first.url}..%2fsecret.txt`)).status).toBe(404);
      const second = await startStaticServer(site, first.port);
      try {
        expect(second.port).toBe(first.port + 1);
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
    }
  });
});
