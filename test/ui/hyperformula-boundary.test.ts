import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** HyperFormula (GPL v3) is the playground's engine only: no add-in source may import it. */
const ROOT = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'generated' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('HyperFormula stays in the playground', () => {
  it('no file under shared/, excel-addin/ or gas/ imports it', () => {
    const offenders = ['shared', 'excel-addin', 'gas']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => /from\s+['"]hyperformula['"]|require\(\s*['"]hyperformula['"]\s*\)|import\(\s*['"]hyperformula['"]\s*\)/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });

  it('the playground does import it, under the GPL v3 key', () => {
    const workbook = readFileSync(join(ROOT, 'playground', 'playground-workbook.ts'), 'utf8');
    expect(workbook).toMatch(/from 'hyperformula'/);
    expect(workbook).toMatch(/licenseKey: 'gpl-v3'/);
  });
});
