import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../src/cli/index.ts';
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

  it('--target okta writes okta.tf for every release, 0.12 with the service application', async () => {
    for (const release of ['2.0', '1.8', '0.12']) {
      const inputs = release === '0.12' ? `${FIXTURES_DIR}inputs/legacy-implicit.json` : example;
      const { code, stdout } = await run(['render', '--release', release, '--target', 'okta', '--inputs', inputs, '--format', 'json']);
      expect(code).toBe(EXIT.ok);
      const json = JSON.parse(stdout);
      expect(json.files.map((f: { filename: string; language: string }) => [f.filename, f.language])).toEqual([['okta.tf', 'hcl']]);
      expect(json.files[0].text.includes('resource "okta_app_oauth" "ingestion"')).toBe(release === '0.12');
    }
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
    [['render', '--bogus'], /unknown option --bogus\./],
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

describe('om-okta behaves like the command-line tools its readers know', () => {
  it('--help, COMMAND --help, help COMMAND and --version answer on stdout, exit 0', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stderr: '', stdout: expect.stringContaining('om-okta COMMAND --help') });
    for (const command of ['render', 'lint', 'verify', 'token', 'explain', 'keys']) {
      const own = await run([command, '--help']);
      expect(own, command).toMatchObject({ code: 0, stderr: '', stdout: expect.stringMatching(new RegExp(`^Usage: om-okta ${command} `)) });
      expect((await run(['help', command])).stdout).toBe(own.stdout);
    }
    expect((await run(['render', '--help'])).stdout).toContain('--out DIR');
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `om-okta ${version.version}\n`, stderr: '' });
  });

  it.each([
    [['rendr', '--help'], 'unknown command "rendr". Did you mean render?'],
    [['render', '--relase', '1.12'], 'unknown option --relase. Did you mean --release?'],
    [['render', '--target', 'kubernets', '--inputs', example], '--target must be one of docker, bare-metal, kubernetes, ingestion, okta, ui, not "kubernets". Did you mean kubernetes?'],
    [['render', '--release', '1.112', '--target', 'docker', '--inputs', example], 'Did you mean 1.12?'],
    [['lint', 'x.env', '--fromat', 'json'], 'Did you mean --format?'],
  ])('suggests what was meant: %j', async (argv, said) => {
    const { code, stderr, stdout } = await run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(said);
    // The help that follows is the command's own when the command is known.
    if (argv[0] !== 'rendr') expect(stderr).toContain(`Usage: om-okta ${argv[0]} `);
  });

  it('docs links are absolute, against the site or --docs-base', async () => {
    const broken = await run(['render', '--target', 'docker', '--inputs', '-'], JSON.stringify({ oktaDomain: 'dev-1-admin.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' }));
    expect(broken.stderr).toMatch(/\(http:\/\/127\.0\.0\.1:4321\/v[0-9.]+\/troubleshooting\/#okta-url-001\)/);
    const own = await run(['render', '--target', 'docker', '--inputs', '-', '--docs-base', 'https://docs.example.com/okta/'], JSON.stringify({ oktaDomain: 'dev-1-admin.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' }));
    expect(own.stderr).toMatch(/\(https:\/\/docs\.example\.com\/okta\/v[0-9.]+\/troubleshooting\/#okta-url-001\)/);
    expect((await run(['render', '--target', 'docker', '--inputs', example, '--docs-base', 'ftp://x'])).code).toBe(2);
  });
});

describe('render --out DIR', () => {
  const dir = mkdtempSync(join(tmpdir(), 'om-okta-out-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const io = (stdin = '') => ({
    readInput: (path: string) => (path === '-' ? Promise.resolve(stdin) : readFile(path, 'utf8')),
    writeFile: async (path: string, text: string) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    },
    fileExists: async (path: string) => existsSync(path),
  });
  const capture = async (argv: string[], stdin = '') => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(argv, { ...io(stdin), stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, stdout, stderr };
  };

  it('writes every file into DIR, and refuses to replace them without --force', async () => {
    const out = join(dir, 'k8s');
    const first = await capture(['render', '--release', '2.0', '--target', 'kubernetes', '--inputs', example, '--out', out]);
    expect(first.code).toBe(0);
    const golden = join(FIXTURES_DIR, 'golden/2.0/kubernetes/example-implicit');
    for (const name of readdirSync(golden)) {
      expect(readFileSync(join(out, name), 'utf8'), name).toBe(readFileSync(join(golden, name), 'utf8'));
      expect(first.stdout).toContain(`wrote ${out}/${name}\n`);
    }
    writeFileSync(join(out, 'values-okta.yaml'), 'mine\n');
    const again = await capture(['render', '--release', '2.0', '--target', 'kubernetes', '--inputs', example, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists?: nothing was written/);
    expect(readFileSync(join(out, 'values-okta.yaml'), 'utf8')).toBe('mine\n');
    const forced = await capture(['render', '--release', '2.0', '--target', 'kubernetes', '--inputs', example, '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'values-okta.yaml'), 'utf8')).toBe(readFileSync(join(golden, 'values-okta.yaml'), 'utf8'));
  });

  it('writes nothing when a check fails', async () => {
    const out = join(dir, 'failed');
    const result = await capture(['render', '--target', 'docker', '--inputs', '-', '--out', out], JSON.stringify({ oktaDomain: '', clientId: '' }));
    expect(result.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('--force alone is a usage error', async () => {
    expect((await capture(['render', '--target', 'docker', '--inputs', example, '--force'])).code).toBe(2);
  });
});

describe('om-okta suggests what was meant', () => {
  it.each([
    [['lnt', 'file.env'], /unknown command "lnt"\. Did you mean lint\?/],
    [['key'], /unknown command "key"\. Did you mean keys\?/],
    [['render', '--release', '2', '--target', 'docker', '--inputs', example], /unknown release "2"; choose one of 2\.0, .*\. Did you mean 2\.0\?/],
    [['lint', '-', '--release', '1.12.3'], /unknown release "1\.12\.3";.* Did you mean 1\.12\?/],
    [['render', '--target', 'swarm', '--inputs', example], /--target must be one of docker, bare-metal, kubernetes, ingestion, okta, ui, not "swarm"\./],
    [['render', '--target', 'dockr', '--inputs', example], /not "dockr"\. Did you mean docker\?/],
    [['render', '--inputs', example, '--target'], /--target needs a value: one of docker, bare-metal, kubernetes, ingestion, okta, ui\n/],
  ])('%j', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(message);
  });

  it('suggests nothing for a release a bare major cannot choose (1 is 1.8 to 1.13)', async () => {
    const { stderr } = await run(['render', '--release', '1', '--target', 'docker', '--inputs', example]);
    expect(stderr).toMatch(/unknown release "1"; choose one of [^\n]*\.\n/);
    expect(stderr).not.toMatch(/Did you mean/);
  });
});
