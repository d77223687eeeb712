import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtFile, REPO_ROOT } from '../helpers/dist';

describe('npm run deploy:gas', () => {
  it('pushes exactly the manifest, the server script and the sidebar (clasp status, offline)', () => {
    const project = mkdtempSync(join(tmpdir(), 'dealkit-clasp-'));
    try {
      cpSync(builtFile('gas'), join(project, 'dist', 'gas'), { recursive: true });
      writeFileSync(join(project, '.clasp.json'), JSON.stringify({ scriptId: 'offline-check', rootDir: 'dist/gas' }));
      const clasp = join(REPO_ROOT, 'node_modules', '.bin', 'clasp');
      const status = JSON.parse(execFileSync(clasp, ['status', '--json'], { cwd: project, encoding: 'utf8', timeout: 60000 })) as {
        filesToPush: string[];
      };
      expect(status.filesToPush.sort()).toEqual(['dist/gas/Code.js', 'dist/gas/appsscript.json', 'dist/gas/sidebar.html']);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
