/**
 * The CLI as readers run it after `npm run build`: one bundled module (scripts/build-cli.ts) that
 * bin/om-okta.js loads. Built here into a temporary folder and run as a child process; it must
 * answer exactly as the sources do (tests/unit/cli*.test.ts test those in process).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.ts';
import { runCliCaptured } from './support/cli.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'om-okta-cli-'));

beforeAll(async () => {
  // The layout of a built clone: bin/om-okta.js beside dist-cli/om-okta.js.
  mkdirSync(join(work, 'bin'));
  copyFileSync(join(ROOT, 'bin/om-okta.js'), join(work, 'bin/om-okta.js'));
  await buildCli(join(work, 'dist-cli/om-okta.js'));
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runBundled(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(work, 'bin/om-okta.js'), ...argv], { cwd: ROOT }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('the bundled CLI answers as the sources do', () => {
  it.each([
    ['render', '--release', '2.0', '--target', 'kubernetes', '--inputs', 'tests/fixtures/inputs/example-authcode.json'],
    ['render', '--release', '0.12', '--target', 'ingestion', '--inputs', 'tests/fixtures/inputs/legacy-implicit.json', '--format', 'json'],
    ['lint', 'tests/fixtures/lint/env/env-002-upstream-docs.env', '--release', '1.12'],
    ['lint', 'tests/fixtures/lint/openmetadata-yaml/lint-003-wrong-type.yaml', '--format', 'json'],
    ['lint', 'tests/fixtures/broken/upstream-docker.env', '--release', '1.12', '--diff', '--inputs', 'tests/fixtures/broken/reader-local-authcode.json'],
    ['render', '--release', '9.9', '--target', 'docker', '--inputs', 'tests/fixtures/inputs/example-implicit.json'],
  ])('%s %s %s %s', async (...argv) => {
    const [bundled, sources] = await Promise.all([runBundled(argv), runCliCaptured(argv)]);
    expect(bundled).toEqual(sources);
    expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(0);
  });
});

describe('npx --no-install om-okta in a clone', () => {
  // npm runs on the machine's Node (20 here), the CLI on the project's Node 24: on a first run npm
  // checks the package's "engines" against its own Node, and printed EBADENGINE twice when they
  // said >=24. The bundle runs on Node 20, so they say >=20.
  it('prints what the CLI prints and no npm warning', async () => {
    // The reader's shell: no node_modules/.bin first on PATH (the test runner's puts this project's
    // Node 24 there), no npm_* settings of the running script, an empty npm cache (a first run).
    const PATH = (process.env['PATH'] ?? '').split(delimiter).filter((dir) => !dir.includes(`node_modules${sep}.bin`)).join(delimiter);
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
    const cache = mkdtempSync(join(tmpdir(), 'om-okta-npm-cache-'));
    const npx = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile('npx', ['--no-install', 'om-okta', '--version'], { cwd: ROOT, env: { ...env, PATH, npm_config_cache: cache } }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    }).finally(() => rmSync(cache, { recursive: true, force: true }));
    expect(npx.stderr).toBe('');
    expect(npx.stdout).toMatch(/^om-okta \d+\.\d+\.\d+\n$/);
    expect(npx.code).toBe(0);
  }, 30_000);
});

describe('a bundle built for a published address', () => {
  it('prints docs links there, whatever the environment it runs in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'om-okta-cli-published-'));
    try {
      const file = join(dir, 'om-okta.js');
      await buildCli(file, { OM_OKTA_SITE: 'https://docs.example.org', OM_OKTA_BASE: '/okta-sso/' });
      const { runCli } = (await import(pathToFileURL(file).href)) as { runCli: typeof import('../../src/cli/index.ts').runCli };
      let out = '';
      const code = await runCli(['render', '--release', '2.0', '--target', 'docker', '--inputs', '-', '--format', 'json'], {
        readInput: async () => JSON.stringify({ oktaDomain: 'https://dev-1-admin.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' }),
        stdout: (text) => void (out += text),
        stderr: () => undefined,
      });
      expect(code).toBe(1);
      const docs = (JSON.parse(out) as { diagnostics: { docs?: string }[] }).diagnostics.map((d) => d.docs);
      expect(docs.length).toBeGreaterThan(0);
      for (const link of docs) expect(link).toMatch(/^https:\/\/docs\.example\.org\/okta-sso\/v2\.0\/troubleshooting\/#okta-/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
