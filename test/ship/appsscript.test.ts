import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFile, REPO_ROOT } from '../helpers/dist';

const ALLOWED_SCOPES = ['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly'];

describe.each([
  ['the source appsscript.json', join(REPO_ROOT, 'appsscript.json')],
  ['the appsscript.json clasp pushes', 'dist'],
])('%s', (_label, where) => {
  const path = where === 'dist' ? builtFile('gas', 'appsscript.json') : where;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { runtimeVersion?: string; oauthScopes?: string[] };

  it('runs on V8', () => {
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('asks for exactly the current spreadsheet and its UI, nothing more', () => {
    expect([...(manifest.oauthScopes ?? [])].sort()).toEqual(ALLOWED_SCOPES);
  });
});
