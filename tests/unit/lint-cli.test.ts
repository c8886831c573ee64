import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { latestRelease } from '../../src/releases/index.ts';
import { FIXTURES_DIR } from '../fixtures/cases.ts';
import { runCliCaptured } from './support/cli.ts';

const run = runCliCaptured;

const golden = (release: string, target: string, file: string) => join(FIXTURES_DIR, 'golden', release, target, 'example-authcode', file);
const broken = (name: string) => join(FIXTURES_DIR, 'lint', name);
const GCC_LINE = /^(.+?)(?::(\d+))?: (error|warning|info) ([A-Z]+-[A-Z]+-\d{3}): (.+) \((http:\/\/127\.0\.0\.1:4321\/v[0-9.]+\/troubleshooting\/#[a-z0-9-]+)\)$/;

describe('om-okta lint', () => {
  it('a golden file: exit 0, only the guess note on stdout, a summary on stderr', async () => {
    const path = golden('1.12', 'kubernetes', 'values-okta.yaml');
    const { code, stdout, stderr } = await run(['lint', path]);
    expect(code).toBe(EXIT.ok);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(GCC_LINE);
    expect(lines[0]).toContain(`${path}: info OKTA-LINT-004: No release given: linted for ${latestRelease.label}`);
    expect(stderr).toBe(`${path}: 0 error(s), 0 warning(s) (helm-values, ${latestRelease.label})\n`);
  });

  it('with --release: nothing at all to say about a good file', async () => {
    const { code, stdout } = await run(['lint', golden('1.9', 'docker', 'openmetadata-okta.env'), '--release', '1.9']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe('');
  });

  it('prints FILE:LINE: severity ID: message (docs), one line per finding, and exits 1 on an error', async () => {
    const path = broken('env/env-002-upstream-docs.env');
    const { code, stdout, stderr } = await run(['lint', path, '--release', '1.11']);
    expect(code).toBe(EXIT.diagnosticError);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      const m = GCC_LINE.exec(line);
      expect(m, line).not.toBeNull();
      expect(m![1]).toBe(path);
      expect(m![6]).toMatch(/^http:\/\/127\.0\.0\.1:4321\/v1\.11\//);
    }
    expect(stdout).toContain(`${path}:23: warning OKTA-ENV-002: Line 23 uses YAML syntax (OIDC_DISCOVERY_URI: ...)`);
    expect(stdout).toContain(`${path}:19: warning OKTA-ENV-002:`);
    expect(stdout).toContain('(http://127.0.0.1:4321/v1.11/troubleshooting/#okta-tpl-001)');
    expect(stderr).toMatch(/: 7 error\(s\), 3 warning\(s\) \(env, OpenMetadata 1\.11\)\n$/);
  });

  it('warnings alone exit 0', async () => {
    const { code, stdout } = await run(['lint', '-', '--release', '1.8'], 'AUTHENTICATION_PROVIDER=okta\nAUTHENTICATION_ENABLE_AUTO_REDIRECT=true\n');
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^<stdin>:2: warning OKTA-KEY-001: /);
  });

  it('--format json prints { release, kind, diagnostics } with lines and fields', async () => {
    const { code, stdout } = await run(['lint', broken('helm-values/helm-001-enabled-missing.yaml'), '--format', 'json']);
    expect(code).toBe(EXIT.diagnosticError);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(['diagnostics', 'kind', 'release']);
    expect(json).toMatchObject({ release: latestRelease.id, kind: 'helm-values' });
    const helm = json.diagnostics.find((d: { id: string }) => d.id === 'OKTA-HELM-001');
    expect(helm).toEqual({
      id: 'OKTA-HELM-001',
      severity: 'error',
      field: 'openmetadata.config.authentication.oidcConfiguration.enabled',
      line: 16,
      message: expect.stringContaining('enabled: true'),
      docs: `http://127.0.0.1:4321/${latestRelease.contentDir}/troubleshooting/#okta-helm-001`,
    });
    for (const d of json.diagnostics) {
      for (const k of Object.keys(d)) expect(['id', 'severity', 'field', 'message', 'docs', 'line']).toContain(k);
    }
  });

  it('reads standard input with -, and takes the release from --release', async () => {
    const stdin = 'authenticationConfiguration:\n  provider: okta\n  enableAutoRedirect: true\n';
    const { code, stdout } = await run(['lint', '-', '--release', '1.10', '--format', 'json'], stdin);
    expect(code).toBe(EXIT.diagnosticError);
    const json = JSON.parse(stdout);
    expect(json.release).toBe('1.10');
    expect(json.kind).toBe('openmetadata-yaml');
    expect(json.diagnostics).toContainEqual(expect.objectContaining({ id: 'OKTA-KEY-001', severity: 'error', line: 3, field: 'authenticationConfiguration.enableAutoRedirect' }));
  });

  it('an unknown kind of file is an error finding, exit 1', async () => {
    const { code, stdout } = await run(['lint', broken('unknown/docker-compose.yml')]);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toMatch(/docker-compose\.yml: error OKTA-LINT-001: This is not a file om-okta lint reads/);
  });

  it.each([
    [['lint'], /lint needs a FILE/],
    [['lint', 'a.env', 'b.env'], /unexpected argument "b.env"/],
    [['lint', 'a.env', '--release', '9.9'], /unknown release "9.9"/],
    [['lint', 'a.env', '--format', 'xml'], /--format must be text or json/],
    [['lint', 'a.env', '--target', 'docker'], /unknown option --target\./],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const { code, stderr, stdout } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage:');
    expect(stdout).toBe('');
  });

  it('unreadable input exits 2 with the reason: a missing file, more than 1 MB, binary', async () => {
    const missing = await run(['lint', '/nonexistent/openmetadata.env']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/openmetadata.env/);
    const big = await run(['lint', '-'], 'A=1\n'.repeat(400_000));
    expect(big.code).toBe(EXIT.usage);
    expect(big.stderr).toMatch(/<stdin>: The file is 1\.5 MB; om-okta lint reads files of up to 1 MB/);
    const binary = await run(['lint', '-'], '\u0000\u0001ELF');
    expect(binary.code).toBe(EXIT.usage);
    expect(binary.stderr).toMatch(/binary/);
    expect(binary.stdout).toBe('');
  });
});
