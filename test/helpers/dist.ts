import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const DIST = join(REPO_ROOT, 'dist');

/** Path inside dist/, failing with a clear message when the build has not run (npm test builds first). */
export function builtFile(...parts: string[]): string {
  const path = join(DIST, ...parts);
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run build\` first (npm test does it for you).`);
  }
  return path;
}

export function listFilesRecursively(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFilesRecursively(path) : [path];
  });
}
