/**
 * `npm start [-- --port N]` (or PORT=N npm start): builds the site and serves dist/ on
 * http://127.0.0.1:N (4321 by default), with the build's base path (OM_OKTA_BASE) in front.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { siteAddress } from '../src/site.ts';
import { assertPortFree, portOption } from './port.ts';

const HOST = '127.0.0.1';
const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

function run(args: string[]): void {
  const result = spawnSync(process.execPath, [ASTRO, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

try {
  const port = portOption(process.argv.slice(2), process.env) ?? 4321;
  const { base } = siteAddress(process.env);
  await assertPortFree(HOST, port, 'Stop it, or choose another port: npm start -- --port 4400 (or PORT=4400 npm start).');
  run(['build']);
  console.log(`\nServing the guide at http://${HOST}:${port}${base}`);
  run(['preview', '--host', HOST, '--port', String(port)]);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
