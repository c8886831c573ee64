/**
 * `npm run test:base-path`: the guide as a team publishes it under a path. Builds the site and the
 * CLI bundle with OM_OKTA_SITE=https://docs.example.org and OM_OKTA_BASE=/okta-sso/ into
 * .tmp/base-path/, checks every link of that build (scripts/check-links.ts, which fails a link
 * that leaves the base), then runs tests/e2e/base-path.spec.ts on it, served under /okta-sso/.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = fileURLToPath(new URL('../.tmp/base-path/', import.meta.url));
const env = { ...process.env, OM_OKTA_SITE: 'https://docs.example.org', OM_OKTA_BASE: '/okta-sso/', E2E_DIST: `${OUT}dist` };

function step(what: string, command: string, args: string[]): void {
  console.log(`\n> ${what}`);
  const result = spawnSync(command, args, { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`test:base-path: ${what} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

rmSync(OUT, { recursive: true, force: true });
step(`astro build for ${env.OM_OKTA_SITE}${env.OM_OKTA_BASE}`, bin('astro'), ['build', '--outDir', env.E2E_DIST]);
step('the CLI bundle for the same address', process.execPath, ['scripts/build-cli.ts', `${OUT}om-okta.js`]);
step('links of that build', process.execPath, ['scripts/check-links.ts', env.E2E_DIST]);
step('browser smoke test under the base path', bin('playwright'), ['test']);
