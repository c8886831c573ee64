/**
 * `om-okta explain`: the troubleshooting page's explainer in the terminal. Each error text found
 * since August 2026 is answered with its rule (and its cause, fix and link); an unrelated text
 * exits 1, from the command line and from standard input alike.
 */
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { runCliCaptured as run } from './support/cli.ts';

/** One text per item, as readers paste it, and the rule the first answer names. */
const TEXTS: { text: string; rule: string; says: string }[] = [
  {
    text: 'authenticationConfiguration.publicKeyUrls: publicKeyUrls must include the JWKS URI from discovery. Expected: https://dev-123456.okta.com/oauth2/default/v1/keys but found: [https://dev-123456.okta.com/oauth2/v1/keys]',
    rule: 'OKTA-OMV-001',
    says: 'jwks_uri',
  },
  {
    text: 'ERROR o.o.s.s.AuthenticationCodeFlowHandler - No session found for callback, redirecting to login',
    rule: 'OKTA-REDIR-003',
    says: 'loop',
  },
  { text: 'https://om.example.com/callback?error=login_required&state=abc', rule: 'OKTA-SESS-002', says: '/signin' },
  { text: 'https://om.example.com/callback?error=interaction_required&state=abc', rule: 'OKTA-SESS-002', says: '/signin' },
  { text: 'https://om.example.com/callback?error=consent_required&state=abc', rule: 'OKTA-SESS-002', says: 'consent' },
  { text: `{"code":401,"message":"Invalid JWT token, 'username' claim is not present"}`, rule: 'OKTA-UPG-001', says: 'still open upstream' },
  { text: 'GET /api/v1/users/loggedInUser 400 {"code":400,"message":"Account already exists"}', rule: 'OKTA-CLAIM-002', says: 'principalDomain' },
  { text: 'Users are signed out; AUTHENTICATION_MAX_ACTIVE_SESSIONS_PER_USER is not set', rule: 'OKTA-SESS-003', says: 'least recently used' },
  {
    text: '$ curl -s https://om.example.com/api/v1/system/config/auth\n{"provider":"basic","providerName":"basic"}\n$ curl -s https://om.example.com/api/v1/system/config/auth\n{"provider":"okta","providerName":"okta"}',
    rule: 'OKTA-PERSIST-001',
    says: 'restart every replica',
  },
  { text: 'INFO [2026-09-01] o.o.s.s.SecurityConfigurationManager - Loaded security configuration from database', rule: 'OKTA-PERSIST-001', says: 'OM#26159' },
];

describe('om-okta explain', () => {
  it.each(TEXTS)('answers $rule for: $text', async ({ text, rule, says }) => {
    const { code, stdout, stderr } = await run(['explain', text, '--release', '2.0']);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    const first = stdout.split('\n\n')[0]!;
    expect(first).toMatch(new RegExp(`^[A-Z0-9, -]*${rule}`));
    expect(first).toContain('    Cause: ');
    expect(first).toContain('    Fix: ');
    expect(first).toContain(`    See: http://127.0.0.1:4321/v2.0/troubleshooting/#${rule.toLowerCase()}`);
    expect(stdout).toContain(says);
  });

  it('reads the text from standard input with - (or with no TEXT), log lines and all', async () => {
    const log = ['INFO  [2026-09-01 08:00:00] org.eclipse.jetty.server.Server: Started', TEXTS[1]!.text, 'INFO  done'].join('\n');
    for (const argv of [['explain', '-'], ['explain']]) {
      const { code, stdout } = await run(argv, log);
      expect(code, argv.join(' ')).toBe(EXIT.ok);
      expect(stdout).toMatch(/^OKTA-REDIR-003: /);
    }
  });

  it('takes the words after explain as one text', async () => {
    const { code, stdout } = await run(['explain', 'No', 'session', 'found', 'for', 'callback']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toContain('OKTA-REDIR-003');
  });

  it.each([
    [['explain', 'Everything worked, the dashboard loaded.'], ''],
    [['explain', '-'], 'INFO  [2026-09-01 08:00:00] org.eclipse.jetty.server.Server: Started @5123ms\n'],
  ])('exits 1 when nothing matches: %j', async (argv, stdin) => {
    const { code, stdout, stderr } = await run(argv, stdin);
    expect(code).toBe(EXIT.diagnosticError);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Nothing in this text matches a known failure \(OpenMetadata [0-9.]+\)\. .*\/troubleshooting\/\n$/);
  });

  it('prints JSON: { release, explanations }, an empty list when nothing matches', async () => {
    const hit = await run(['explain', '-', '--format', 'json', '--release', '1.13'], 'Account already exists');
    expect(hit.code).toBe(EXIT.ok);
    const json = JSON.parse(hit.stdout) as { release: string; explanations: { fm: number; ruleIds: string[]; docs: string; match: string }[] };
    expect(json.release).toBe('1.13');
    expect(Object.keys(json.explanations[0]!).sort()).toEqual(['cause', 'docs', 'fix', 'fm', 'match', 'ruleIds', 'title']);
    expect(json.explanations[0]!.ruleIds).toEqual(['OKTA-CLAIM-002']);
    expect(json.explanations[0]!.docs).toBe('http://127.0.0.1:4321/v1.13/troubleshooting/#okta-claim-002');
    const miss = await run(['explain', 'all good', '--format', 'json']);
    expect(miss.code).toBe(EXIT.diagnosticError);
    expect(JSON.parse(miss.stdout).explanations).toEqual([]);
  });

  it('escapes what it quotes from the text, and exits 2 for usage mistakes', async () => {
    const { stdout } = await run(['explain', 'Expired token!\u001b[31m']);
    expect(stdout).not.toContain('\u001b');
    expect((await run(['explain', '-'], '   \n')).code).toBe(EXIT.usage);
    expect((await run(['explain', 'x', '-'])).code).toBe(EXIT.usage);
    expect((await run(['explain', 'x', '--release', '7'])).code).toBe(EXIT.usage);
    expect((await run(['explain', '--help'])).stdout).toMatch(/^Usage: om-okta explain TEXT\|- /);
  });
});
