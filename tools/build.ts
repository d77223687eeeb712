/**
 * `npm run build`: everything a user deploys or downloads.
 *   dist/excel-addin/  manifest, task pane, custom-functions script + functions.json, icons, support page
 *   dist/gas/          exactly what `clasp push` uploads: appsscript.json, Code.js, sidebar.html
 *   dist/playground/   the browser playground (`npm start` builds only this, with --playground)
 *   dist/templates/    every template as .xlsx, in English and Simplified Chinese
 * Generated sources (gas/generated/, docs/functions.md) are written first: webpack bundles them.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import webpack from 'webpack';
import { writeIcons } from './icons';
import { writeSupportPage } from './support-page';

const root = join(__dirname, '..');
const dist = join(root, 'dist');

interface BuildOptions {
  readonly playgroundOnly: boolean;
  readonly mode: 'production' | 'development';
}

function parseOptions(argv: readonly string[]): BuildOptions {
  return {
    playgroundOnly: argv.includes('--playground'),
    mode: argv.includes('--dev') ? 'development' : 'production',
  };
}

async function runWebpack(names: readonly string[], mode: BuildOptions['mode']): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(root, 'webpack.config.js')) as (env: object, argv: object) => webpack.Configuration[];
  const configs = factory({ only: names.join(',') }, { mode });
  await new Promise<void>((resolve, reject) => {
    webpack(configs, (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error('webpack returned no stats'));
      if (stats.hasErrors()) {
        return reject(new Error(stats.toString({ all: false, errors: true, errorDetails: true, moduleTrace: true })));
      }
      resolve();
    });
  });
}

async function generateSources(excelOut: string): Promise<void> {
  const artifacts = await import('./catalog-artifacts');
  artifacts.writeCatalogArtifacts(excelOut);
  const serverFunctions = await import('./server-functions');
  serverFunctions.writeServerFunctions(root);
}

async function writeTemplates(outDir: string): Promise<string[]> {
  const templates = await import('./xlsx-templates');
  return templates.writeTemplateFiles(outDir);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = Date.now();
  if (options.playgroundOnly) {
    rmSync(join(dist, 'playground'), { recursive: true, force: true });
    await runWebpack(['playground'], options.mode);
  } else {
    rmSync(dist, { recursive: true, force: true });
    const excelOut = join(dist, 'excel-addin');
    mkdirSync(excelOut, { recursive: true });
    await generateSources(excelOut);
    writeIcons(join(excelOut, 'assets'));
    writeSupportPage(join(excelOut, 'support.html'));
    await runWebpack(['excel-addin', 'gas', 'gas-sidebar', 'playground'], options.mode);
    await writeTemplates(join(dist, 'templates'));
  }
  const files = listFiles(dist).map((file) => relative(root, file));
  const byFolder = new Map<string, number>();
  for (const file of files) {
    const folder = file.split('/').slice(0, 2).join('/');
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
  }
  console.log(`DealKit built in ${((Date.now() - started) / 1000).toFixed(1)} s:`);
  for (const [folder, count] of byFolder) console.log(`  ${folder}/  (${count} files)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
