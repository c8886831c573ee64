/** `om-okta lint --fix / --diff / --inputs`, run in process (src/cli/index.ts runCli). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { fixFile } from '../../src/lint/fix/index.ts';
import { findRelease } from '../../src/releases/index.ts';
import { FIXTURES_DIR } from '../fixtures/cases.ts';
import { runCliCaptured as run } from './support/cli.ts';

const broken = (name: string) => join(FIXTURES_DIR, 'broken', name);
const DOCKER = broken('upstream-docker.env');
const READER = broken('reader-local-authcode.json');
const work = mkdtempSync(join(tmpdir(), 'om-okta-fix-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('om-okta lint --fix', () => {
  it('prints the corrected file on stdout and exits 0 when no error is left', async () => {
    const { code, stdout, stderr } = await run(['lint', DOCKER, '--release', '1.12', '--fix', '--inputs', READER]);
    const expected = fixFile(readFileSync(DOCKER, 'utf8'), { release: findRelease('1.12')!, filename: DOCKER, inputs: JSON.parse(readFileSync(READER, 'utf8')) });
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe(expected.fixed);
    expect(stderr).toBe(`${DOCKER}: ${expected.changes.length} change(s); 0 error(s), 0 warning(s) left (env, OpenMetadata 1.12)\n`);
  });

  it('exits 1 when findings remain, and lists them on stderr', async () => {
    const { code, stdout, stderr } = await run(['lint', DOCKER, '--release', '1.12', '--fix']);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toContain('AUTHENTICATION_AUTHORITY={ISSUER_URL}');
    expect(stdout).toContain('AUTHENTICATION_CLIENT_TYPE=confidential\n');
    expect(stderr).toMatch(new RegExp(`^${DOCKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8: error OKTA-TPL-001: `, 'm'));
    expect(stderr).toMatch(/change\(s\); [1-9]\d* error\(s\)/);
  });

  it('--diff prints a unified diff that patch applies to the file', async () => {
    const { code, stdout } = await run(['lint', DOCKER, '--release', '1.12', '--diff', '--inputs', READER]);
    expect(code).toBe(EXIT.ok);
    expect(stdout.startsWith(`--- ${DOCKER}\n+++ ${DOCKER}\n@@ -`)).toBe(true);
    const fixed = (await run(['lint', DOCKER, '--release', '1.12', '--fix', '--inputs', READER])).stdout;
    const dir = mkdtempSync(join(work, 'diff-'));
    writeFileSync(join(dir, 'docker.env'), readFileSync(DOCKER, 'utf8'));
    writeFileSync(join(dir, 'fix.diff'), stdout);
    execFileSync('/usr/bin/patch', ['--quiet', '--batch', 'docker.env', 'fix.diff'], { cwd: dir, stdio: 'pipe' });
    expect(readFileSync(join(dir, 'docker.env'), 'utf8')).toBe(fixed);
  });

  it('--diff of a file with nothing to fix is empty', async () => {
    const golden = join(FIXTURES_DIR, 'golden', '1.9', 'docker', 'example-authcode', 'openmetadata-okta.env');
    const { code, stdout } = await run(['lint', golden, '--release', '1.9', '--diff']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe('');
  });

  it('--fix --format json prints { release, kind, fixed, changes, diagnostics }', async () => {
    const { code, stdout } = await run(['lint', broken('helm-enabled-missing.yaml'), '--release', '1.13', '--fix', '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(['changes', 'diagnostics', 'fixed', 'kind', 'release']);
    expect(json.release).toBe('1.13');
    expect(json.kind).toBe('helm-values');
    expect(json.changes).toEqual([{ line: 24, field: 'openmetadata.config.authentication.oidcConfiguration.enabled', after: 'true' }]);
    expect(json.fixed).toContain('        serverUrl: https://openmetadata.example.com\n        enabled: true\n');
  });

  it('reads the file from standard input', async () => {
    const { code, stdout } = await run(['lint', '-', '--release', '1.12', '--fix', '--inputs', READER], 'AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_AUTHORITY={ISSUER_URL}\n');
    expect(code).toBe(EXIT.ok);
    expect(stdout.split('\n').slice(0, 2)).toEqual(['AUTHENTICATION_PROVIDER=okta', 'AUTHENTICATION_AUTHORITY=https://example.okta.com/oauth2/default']);
  });

  it('without --fix, the findings it can correct say what to write, with the values of --inputs', async () => {
    const { stdout } = await run(['lint', DOCKER, '--release', '1.12', '--inputs', READER]);
    expect(stdout).toContain(`${DOCKER}:8: error OKTA-TPL-001: AUTHENTICATION_AUTHORITY "{ISSUER_URL}" contains the placeholder text "ISSUER_URL", left from the documentation. Set \`AUTHENTICATION_AUTHORITY=https://example.okta.com/oauth2/default\`.`);
  });

  it('usage errors exit 2', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '[1, 2]');
    const notJson = join(work, 'not.json');
    writeFileSync(notJson, '{ oops');
    for (const argv of [
      ['lint', DOCKER, '--diff', '--format', 'json'],
      ['lint', DOCKER, '--fix', '--inputs', bad],
      ['lint', DOCKER, '--fix', '--inputs', notJson],
      ['lint', DOCKER, '--fix', '--inputs', join(work, 'missing.json')],
      ['lint', '-', '--fix', '--inputs', '-'],
      ['lint', DOCKER, '--fixx'],
    ]) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(EXIT.usage);
      expect(stderr, argv.join(' ')).toMatch(/^om-okta: /);
    }
  });

  it('--help names the options', async () => {
    const { stdout } = await run(['lint', '--help']);
    for (const option of ['--fix', '--diff', '--inputs FILE', '--release R']) expect(stdout).toContain(option);
  });
});
