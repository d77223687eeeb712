/**
 * `npm start`: serves the built playground (dist/playground) on 127.0.0.1 and prints its address.
 * PORT sets the port (default 8080); a taken port moves on to the next free one.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './static-server';

async function main(): Promise<void> {
  const root = join(__dirname, '..', 'dist', 'playground');
  if (!existsSync(join(root, 'index.html'))) {
    console.error(`No playground build in ${root}: run "npx tsx tools/build.ts --playground" first (npm start does).`);
    process.exit(1);
  }
  const requested = Number(process.env.PORT ?? 8080);
  const port = Number.isInteger(requested) && requested >= 0 && requested < 65536 ? requested : 8080;
  const served = await startStaticServer(root, port);
  console.log(`DealKit playground: ${served.url}`);
  if (served.port !== port && port !== 0) console.log(`(port ${port} was taken)`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void served.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
