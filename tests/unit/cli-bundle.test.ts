/**
 * The CLI as readers run it after `npm run build`: one bundled module (scripts/build-cli.ts) that
 * bin/om-okta.js loads. Built here into a temporary folder and run as a child process; it must
 * answer exactly as the sources do (tests/unit/cli*.test.ts test those in process).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
    ['render', '--release', '9.9', '--target', 'docker', '--inputs', 'tests/fixtures/inputs/example-implicit.json'],
  ])('%s %s %s %s', async (...argv) => {
    const [bundled, sources] = await Promise.all([runBundled(argv), runCliCaptured(argv)]);
    expect(bundled).toEqual(sources);
    expect(bundled.stdout.length + bundled.stderr.length).toBeGreaterThan(0);
  });
});
