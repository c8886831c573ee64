/**
 * What lint prints is safe for a terminal and bounded, whatever the file holds: control
 * characters in keys and values come out as visible escapes, a 1 MiB value gives messages of a
 * fixed size at most, nesting deeper than any real file gets its own message (never a stack
 * error), and a line ending in U+2028 is read as the line it is.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { lintFile, MAX_LINT_CHARS, MAX_MESSAGE_CHARS, type LintResult } from '../../src/lint/index.ts';
import { boundMessage, cut, escapeUnsafe, named, show, terminalSafeJson } from '../../src/text/quote.ts';
import { MAX_YAML_DEPTH, yamlDepthOver } from '../../src/lint/values.ts';
import { findRelease } from '../../src/releases/index.ts';
import { runCliCaptured as run } from './support/cli.ts';

/** Any character a terminal acts on or that reorders text; a newline ends a printed line and is allowed. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/;

const TITLE_AND_CLEAR = '\u001b]0;owned\u0007\u001b[2J';

/** Hostile files: control characters in keys and values, of every kind lint reads. */
const HOSTILE: [string, string][] = [
  ['env name and values', `AUTHENTICATION_${TITLE_AND_CLEAR}X=1\nAUTHENTICATION_PROVIDER=ok${TITLE_AND_CLEAR}ta\rmore\u009b31m\nAUTHENTICATION_AUTHORITY=https://x\u2028\u202eevil\nAUTHENTICATION_CLIENT_ID: \u001b[31m0oa\u0085\n`],
  ['openmetadata.yaml keys and values', `authenticationConfiguration:\n  "${TITLE_AND_CLEAR.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a')}": x\n  provider: "ok\\rta\\x9b\\u2028\\u202e"\n  authority: "\\e[2Jhttps://x"\n  publicKeyUrls: ["\\e]0;t\\a", "\\x85"]\n`],
  ['Helm values', `openmetadata:\n  config:\n    authentication:\n      "clientId\\e[2J": x\n      clientType: "\\e]0;t\\aconfidential"\n`],
  ['workflow', `workflowConfig:\n  openMetadataServerConfig:\n    hostPort: "\\e[2Jhttp://x/api"\n    authProvider: openmetadata\n    securityConfig:\n      "jwt\\e]0;t\\aToken": x\n`],
];

function expectBounded(result: LintResult): void {
  for (const d of result.diagnostics) {
    expect(d.message.length, d.message.slice(0, 120)).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(d.message).not.toMatch(RAW_CONTROL);
    if (d.field !== undefined) expect(d.field).not.toMatch(RAW_CONTROL);
    expect(d.message).not.toMatch(/^The file could not be linted \(|Maximum call stack/);
  }
}

describe('quote: one place that makes file text printable', () => {
  it('shows C0, DEL, C1, line separators and bidi controls as visible escapes', () => {
    expect(escapeUnsafe(`a${TITLE_AND_CLEAR}b\r\u007f\u0085\u009b\u2028\u2029\u202e\u2066\ufeffc\u00e9\u4e2d`)).toBe('a\\x1b]0;owned\\x07\\x1b[2Jb\\x0d\\x7f\\x85\\x9b\\u2028\\u2029\\u202e\\u2066\\ufeffc\u00e9\u4e2d');
    expect(show('say "\u001b"\\')).toBe('"say \\"\\x1b\\"\\\\"');
  });

  it('cuts long text with the cut marked, never half a surrogate pair', () => {
    const long = 'a'.repeat(1024 * 1024);
    expect(cut(long)).toBe(`${'a'.repeat(80)}\u2026(1048576 characters)`);
    expect(named(`${'a'.repeat(79)}\u{1f600}tail`)).toBe(`${'a'.repeat(79)}\u2026(85 characters)`);
    expect(show(long)).toBe(`"${'a'.repeat(80)}\u2026(1048576 characters)"`);
    const bounded = boundMessage(`x ${'\u001b'.repeat(5000)}`);
    expect(bounded.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(bounded).toMatch(/\u2026\(20002 characters\)$/);
  });

  it('JSON output keeps its value and loses the raw characters', () => {
    const value = { m: `a${TITLE_AND_CLEAR}\u0085\u2028\u202e` };
    const text = terminalSafeJson(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('lint on a terminal: nothing raw from the file', () => {
  it.each(HOSTILE)('%s: every message and field is escaped, in lintFile and on the CLI (text and JSON)', async (_name, text) => {
    for (const release of [undefined, findRelease('1.12')!, findRelease('0.12')!]) expectBounded(lintFile(text, release ? { release } : {}));
    const plain = await run(['lint', '-'], text);
    expect(plain.code).not.toBe(EXIT.usage);
    expect(`${plain.stdout}${plain.stderr}`).not.toMatch(RAW_CONTROL);
    expect(plain.stdout).toMatch(/\\x1b|\\u001b|\\x0d|\\x9b|\\u2028/);
    const json = await run(['lint', '-', '--format', 'json'], text);
    expect(`${json.stdout}${json.stderr}`).not.toMatch(RAW_CONTROL);
    expect(() => JSON.parse(json.stdout)).not.toThrow();
  });

  it('the key that sets the title and clears the screen is shown, escaped, where the finding names it', async () => {
    const { stdout } = await run(['lint', '-', '--release', '1.12'], HOSTILE[1]![1]);
    expect(stdout).toContain('authenticationConfiguration.\\x1b]0;owned\\x07\\x1b[2J: ');
  });
});

describe('lint messages are bounded', () => {
  const big = 'a'.repeat(MAX_LINT_CHARS - 200);
  const files: [string, string][] = [
    ['env value, list expected', `AUTHENTICATION_PUBLIC_KEYS=${big}\n`],
    ['env value, unbalanced list', `AUTHENTICATION_PUBLIC_KEYS=[${big}\n`],
    ['env value that reads as a map', `AUTHENTICATION_AUTHORITY=${big}: b\n`],
    ['env line in YAML syntax', `AUTHENTICATION_PUBLIC_KEYS: ${big}\n`],
    ['env name', `AUTHENTICATION_${big}=1\n`],
    ['YAML explicit key', `authenticationConfiguration:\n  ? ${big}\n  : x\n`],
    ['custom params', `OIDC_CUSTOM_PARAMS=${big}\n`],
  ];

  it.each(files)('a 1 MiB %s: every message is at most MAX_MESSAGE_CHARS and still ends with what to do', (_name, text) => {
    // One release: guessing would lint the 1 MiB eight times over.
    const result = lintFile(text, { release: findRelease('1.12')! });
    expectBounded(result);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) expect(d.message).toMatch(/[.)!?]$/);
  });
});

describe('nesting deeper than any real file', () => {
  it.each([
    ['flow lists 20,000 deep', `authenticationConfiguration:\n  provider: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`],
    ['flow maps in Helm values', `openmetadata:\n  config:\n    authentication: ${'{a: '.repeat(5_000)}1${'}'.repeat(5_000)}\n`],
    ['block maps 1,000 deep', `authenticationConfiguration:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')}\n`],
    ['sequences 3,000 deep', `authenticationConfiguration:\n  x:\n    ${'- '.repeat(3000)}a\n`],
  ])('%s: its own message, with a line, no stack error', (_name, text) => {
    const result = lintFile(text);
    expectBounded(result);
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ id: 'OKTA-LINT-001', severity: 'error', line: expect.any(Number) });
    expect(result.diagnostics[0]!.message).toMatch(new RegExp(`^The file nests \\d+ levels deep by line \\d+, more than the ${MAX_YAML_DEPTH} om-okta lint reads`));
  });

  it('an env value nested 100,000 deep: a clear finding on its line', () => {
    const result = lintFile(`AUTHENTICATION_AUTHORITY=${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, { release: findRelease('1.12')! });
    expectBounded(result);
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ id: 'OKTA-ENV-001', line: 1, message: expect.stringContaining(`it nests deeper than ${MAX_YAML_DEPTH} levels`) }));
  });

  it('real files are far from the limit; quoted brackets and comments do not count', () => {
    expect(yamlDepthOver('openmetadata:\n  config:\n    authentication:\n      oidcConfiguration:\n        callbackUrl: x\n', 6)).toBeUndefined();
    expect(yamlDepthOver(`a: "${'['.repeat(100)}"\nb: '${'{'.repeat(100)}'\n# ${'['.repeat(100)}\nc: x # ${'{'.repeat(100)}\n`, 3)).toBeUndefined();
    expect(yamlDepthOver('a: [[[[1]]]]\n', 4)).toEqual({ line: 1, depth: 5 });
  });
});

describe('a line ending in U+2028', () => {
  it('is read as the line it is: the YAML-syntax finding names the variable', () => {
    const result = lintFile('AUTHENTICATION_PROVIDER: okta\u2028\nAUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9\n', { release: findRelease('1.12')! });
    expectBounded(result);
    const env002 = result.diagnostics.find((d) => d.id === 'OKTA-ENV-002')!;
    expect(env002.message).toMatch(/^Line 1 uses YAML syntax \(AUTHENTICATION_PROVIDER: \.\.\.\), .* Write it as AUTHENTICATION_PROVIDER=okta\.$/);
    expect(env002.field).toBe('AUTHENTICATION_PROVIDER');
    expect(result.diagnostics.map((d) => d.message).join('\n')).not.toContain('undefined');
  });

  it('so is a lone carriage return inside the line', () => {
    const env002 = lintFile('AUTHENTICATION_PROVIDER: ok\rta\n').diagnostics.find((d) => d.id === 'OKTA-ENV-002')!;
    expect(env002.message).toContain('(AUTHENTICATION_PROVIDER: ...)');
    expect(env002.message).toContain('AUTHENTICATION_PROVIDER=ok\\x0dta');
  });
});
