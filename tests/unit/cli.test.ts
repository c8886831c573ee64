import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli.ts';
import { FIXTURES_DIR } from '../fixtures/cases.ts';
import { runCliCaptured } from './support/cli.ts';

const run = runCliCaptured;

const example = `${FIXTURES_DIR}inputs/example-implicit.json`;

describe('om-okta render', () => {
  it('prints every file with a header in text format, exit 0', async () => {
    const { code, stdout, stderr } = await run(['render', '--release', '1.12', '--target', 'docker', '--inputs', example]);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toMatch(/^==> openmetadata-okta.env <==\n# Okta SSO for OpenMetadata 1.12/);
    expect(stdout).toContain('==> start-openmetadata.sh <==\n');
    expect(stderr).not.toMatch(/^error/m);
  });

  it('prints the JSON contract', async () => {
    const { code, stdout } = await run(['render', '--release', '1.12', '--target', 'kubernetes', '--inputs', example, '--format', 'json']);
    expect(code).toBe(EXIT.ok);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(['diagnostics', 'files', 'release', 'target']);
    expect(json.release).toBe('1.12');
    expect(json.target).toBe('kubernetes');
    expect(json.files.map((f: { filename: string }) => f.filename)).toEqual(['values-okta.yaml', 'helm-install.sh']);
    for (const f of json.files) expect(Object.keys(f).sort()).toEqual(['filename', 'language', 'text']);
  });

  it('reads inputs from standard input with -', async () => {
    const stdin = await readFile(example, 'utf8');
    const { code, stdout } = await run(['render', '--release', '1.12', '--target', 'ingestion', '--inputs', '-'], stdin);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('authProvider: openmetadata');
  });

  it('exits 1 with diagnostics and no files when an input is an error', async () => {
    const stdin = JSON.stringify({ oktaDomain: 'https://dev-1-admin.okta.com/', clientId: '0oa1b2c3d4e5f6g7h8i9' });
    const { code, stdout, stderr } = await run(['render', '--target', 'docker', '--inputs', '-', '--format', 'json'], stdin);
    expect(code).toBe(EXIT.diagnosticError);
    const json = JSON.parse(stdout);
    expect(json.files).toEqual([]);
    expect(json.diagnostics.some((d: { severity: string; field: string }) => d.severity === 'error' && d.field === 'oktaDomain')).toBe(true);
    expect(stderr).toBe('');
  });

  it.each([
    [['render', '--release', '9.9', '--target', 'docker', '--inputs', example], /unknown release "9.9"/],
    [['render', '--release', '1.12', '--target', 'swarm', '--inputs', example], /--target must be one of/],
    [['render', '--release', '1.12', '--target', 'docker'], /--inputs FILE/],
    [['render', '--target', 'docker', '--inputs', example, '--format', 'xml'], /--format must be text or json/],
    [['render', '--bogus'], /Unknown option/],
    [['frobnicate'], /unknown command/],
    [[], /no command given/],
  ])('usage errors exit 2: %j', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage:');
  });

  it('an unreadable file and a non-JSON file exit 2 with the reason', async () => {
    const missing = await run(['render', '--target', 'docker', '--inputs', '/nonexistent/inputs.json']);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.stderr).toMatch(/cannot read \/nonexistent\/inputs.json/);
    const junk = await run(['render', '--target', 'docker', '--inputs', '-'], 'oktaDomain: x');
    expect(junk.code).toBe(EXIT.usage);
    expect(junk.stderr).toMatch(/standard input is not valid JSON/);
  });
});
