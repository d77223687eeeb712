/**
 * Measurement 4: what users download. Each shipped file's bytes as built, minified (terser, comments
 * dropped; the build's own output when it is already minified is minified again only to compare like
 * with like) and gzipped (zlib, level 9) after minifying.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

export interface BundleFile {
  readonly file: string;
  readonly builtBytes: number;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

export interface BundleGroup {
  readonly name: string;
  readonly files: readonly BundleFile[];
  readonly builtBytes: number;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
}

/** How much of a script is text (string literals), which minifying cannot shrink. */
export interface TextShare {
  readonly stringLiteralBytes: number;
  /** Of those, Chinese characters (3 bytes each in UTF-8). */
  readonly cjkBytes: number;
}

export interface BundleSizes {
  readonly groups: readonly BundleGroup[];
  /** String literals in the minified functions script: error messages and the method labels functions return, in both languages. */
  readonly functionsText: TextShare;
  /** The functions script must stay ≤ 60 KB (61,440 bytes) minified: it loads before any formula evaluates. */
  readonly functionsGoalBytes: number;
  readonly functionsMinifiedBytes: number;
  readonly functionsGoalMet: boolean;
  /** When the sizes were taken: `--bundles` measures them again apart from the rest of the run. Absent from older results. */
  readonly measuredAt?: string;
}

export const FUNCTIONS_GOAL_BYTES = 60 * 1024;

/** A lexer-free estimate (quoted runs in minified code), good to a few percent for sizing. */
export function textShare(source: string): TextShare {
  const literals = source.match(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g) ?? [];
  const cjk = source.match(/[\u3000-\u9fff\uff00-\uffef]/g) ?? [];
  return { stringLiteralBytes: literals.reduce((n, l) => n + Buffer.byteLength(l), 0), cjkBytes: cjk.length * 3 };
}

async function minified(path: string): Promise<string> {
  const source = readFileSync(path, 'utf8');
  if (!path.endsWith('.js')) return source;
  const result = await minify(source, { compress: true, mangle: true, format: { comments: false } });
  return result.code ?? source;
}

/** A built file's size minified as this bench measures it. */
export async function minifiedBytes(path: string): Promise<number> {
  return Buffer.byteLength(await minified(path));
}

async function measureFile(dist: string, path: string): Promise<BundleFile> {
  const small = await minified(path);
  return {
    file: join('dist', relative(dist, path)),
    builtBytes: statSync(path).size,
    minifiedBytes: Buffer.byteLength(small),
    gzippedBytes: gzipSync(small, { level: 9 }).length,
  };
}

async function group(dist: string, name: string, paths: readonly string[]): Promise<BundleGroup> {
  const files: BundleFile[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`${relative(dist, path)} is missing: run the build first (npm run bench does)`);
    files.push(await measureFile(dist, path));
  }
  const sum = (pick: (f: BundleFile) => number) => files.reduce((n, f) => n + pick(f), 0);
  return { name, files, builtBytes: sum((f) => f.builtBytes), minifiedBytes: sum((f) => f.minifiedBytes), gzippedBytes: sum((f) => f.gzippedBytes) };
}

/** `dist`: the build's output folder (or a copy of it). */
export async function measureBundles(dist: string): Promise<BundleSizes> {
  const excel = join(dist, 'excel-addin');
  const gas = join(dist, 'gas');
  const functions = await group(dist, 'Excel custom-functions script', [join(excel, 'functions.js')]);
  const taskpane = await group(dist, 'Excel task pane', [join(excel, 'taskpane.js'), join(excel, 'taskpane.html')]);
  const gasFiles = existsSync(gas)
    ? readdirSync(gas)
        .sort()
        .map((f) => join(gas, f))
    : [join(gas, 'Code.js')];
  const appsScript = await group(dist, 'Apps Script project (everything clasp pushes)', gasFiles);
  const functionsMinifiedBytes = functions.minifiedBytes;
  return {
    groups: [functions, taskpane, appsScript],
    functionsText: textShare(await minified(join(excel, 'functions.js'))),
    functionsGoalBytes: FUNCTIONS_GOAL_BYTES,
    functionsMinifiedBytes,
    functionsGoalMet: functionsMinifiedBytes <= FUNCTIONS_GOAL_BYTES,
    measuredAt: new Date().toISOString(),
  };
}
