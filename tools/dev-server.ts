/**
 * `npm run dev-server`: serves the Excel add-in over https://localhost:3000 (the origin manifest.xml
 * names) and rebuilds on change. Office needs https; the trusted dev certificate comes from
 * office-addin-dev-certs, which installs its own CA — where that is not possible (no admin rights,
 * CI, containers) we fall back to webpack-dev-server's self-signed certificate: accept it once in
 * the browser (open https://localhost:3000/taskpane.html) before sideloading.
 */
import { join } from 'node:path';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';
import { writeIcons } from './icons';
import { writeSupportPage } from './support-page';

const root = join(__dirname, '..');
const PORT = Number(process.env.PORT ?? 3000);

interface HttpsOptions {
  readonly ca?: string | Buffer;
  readonly key?: string | Buffer;
  readonly cert?: string | Buffer;
}

async function trustedCertificate(): Promise<HttpsOptions | undefined> {
  try {
    const devCerts = (await import('office-addin-dev-certs')) as { getHttpsServerOptions: () => Promise<HttpsOptions> };
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.warn(`Could not install the Office dev certificate (${reason}); using a self-signed certificate instead.`);
    return undefined;
  }
}

async function main(): Promise<void> {
  const excelOut = join(root, 'dist', 'excel-addin');
  const artifacts = await import('./catalog-artifacts');
  artifacts.writeCatalogArtifacts(excelOut);
  writeIcons(join(excelOut, 'assets'));
  writeSupportPage(join(excelOut, 'support.html'));

  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(root, 'webpack.config.js')) as (env: object, argv: object) => webpack.Configuration[];
  const [config] = factory({ only: 'excel-addin' }, { mode: 'development' });
  const certificate = await trustedCertificate();
  const server = new WebpackDevServer(
    {
      host: 'localhost',
      port: PORT,
      server: certificate ? { type: 'https', options: certificate } : { type: 'https' },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: excelOut, watch: false },
      devMiddleware: { writeToDisk: true },
      hot: false,
      liveReload: false,
      client: false,
    },
    webpack(config),
  );
  await server.start();
  console.log(`DealKit for Excel is served at https://localhost:${PORT}/taskpane.html — sideload manifest.xml (npm run sideload:excel).`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
