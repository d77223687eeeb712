import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { listFilesRecursively, REPO_ROOT } from '../helpers/dist';

/**
 * tools/ and test/ both run against the host fakes, so the fakes live beside them in fakes/. The
 * layers only point one way: tests may use tools and fakes, tools may use fakes, fakes use neither.
 * A tool that reached into test/ (or a fake into test/ or tools/) would tie the benchmark and the
 * probe to test code, and a change to a test file could quietly change what they measure.
 */
const FORBIDDEN: Record<string, readonly string[]> = {
  tools: ['test'],
  fakes: ['test', 'tools'],
};

const compilerOptions = (() => {
  const configPath = join(REPO_ROOT, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, REPO_ROOT).options;
})();

/** Top folder of the repository a file is in, or undefined outside the repository. */
function topFolder(file: string): string | undefined {
  const path = relative(REPO_ROOT, file);
  return path.startsWith('..') ? undefined : path.split(sep)[0];
}

/** Every module a file names: static imports and re-exports, `import()`, `import type` and `require()`. */
function importedFiles(file: string): string[] {
  const { importedFiles: imports } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return imports.flatMap(({ fileName }) => {
    const resolved = ts.resolveModuleName(fileName, file, compilerOptions, ts.sys).resolvedModule;
    if (resolved) return resolved.isExternalLibraryImport ? [] : [resolved.resolvedFileName];
    return fileName.startsWith('.') ? [resolve(dirname(file), fileName)] : [];
  });
}

function sourceFiles(folder: string): string[] {
  return listFilesRecursively(join(REPO_ROOT, folder)).filter((file) => /\.(ts|tsx|js|mjs|cjs)$/.test(file));
}

function crossings(folder: string): string[] {
  return sourceFiles(folder).flatMap((file) =>
    importedFiles(file)
      .filter((target) => FORBIDDEN[folder].includes(topFolder(target) ?? ''))
      .map((target) => `${relative(REPO_ROOT, file)} -> ${relative(REPO_ROOT, target)}`),
  );
}

describe('folder layering', () => {
  it('sees the imports of the folders it checks', () => {
    const fakesReached = sourceFiles('tools')
      .flatMap((file) => importedFiles(file))
      .filter((target) => topFolder(target) === 'fakes');
    expect(fakesReached.length).toBeGreaterThan(0);
  });

  it('keeps tools/ from importing anything under test/', () => {
    expect(crossings('tools')).toEqual([]);
  });

  it('keeps fakes/ from importing anything under test/ or tools/', () => {
    expect(crossings('fakes')).toEqual([]);
  });
});
