import { describe, expect, it } from 'vitest';
import { EXAMPLE_INPUTS, type Inputs } from '../../src/inputs/fields.ts';
import { findRelease, releases } from '../../src/releases/index.ts';
import type { ReleaseFacts } from '../../src/releases/facts.ts';
import {
  RULES,
  RULE_IDS,
  checkAll,
  checkInputs,
  checkSettings,
  docsFor,
  hasErrors,
  isRuleId,
  type Diagnostic,
  type RuleId,
  type RuleStage,
  type Severity,
} from '../../src/rules/index.ts';
import { resolveSettings, type Settings } from '../../src/settings/index.ts';
import { checkReaderValues, type ReaderValues } from '../../src/rules/check-reader-values.ts';
import { checkSignInRequest } from '../../src/rules/sign-in-request.ts';
import { FAILURE_MODES } from '../../src/rules/failure-modes.ts';

const release = findRelease('1.12')!;
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const SECRET = 'Zq9-SECRET-VALUE-xY7_kP2mN4bV6cX8zL0aS3dF5g';
const AUTHCODE: Inputs = { ...EXAMPLE_INPUTS, flow: 'authcode', clientSecret: SECRET };
const REMOTE = { omUrl: 'https://om.example.com' };

type Raw = Record<string, unknown>;
interface Case {
  name: string;
  raw: Raw;
  id: RuleId;
  /** The release to check against, when not 1.12. */
  on?: string;
  severity?: Severity;
  field?: string;
  /** Text the message must contain (the bad value or the suggested one). */
  says?: string;
}

const input = (overrides: Raw): Raw => ({ ...EXAMPLE_INPUTS, ...REMOTE, ...overrides });
const authcode = (overrides: Raw): Raw => ({ ...AUTHCODE, ...REMOTE, ...overrides });

const describeCase = (d: Diagnostic[]): string => d.map((x) => `${x.severity} ${x.id} ${x.field}: ${x.message}`).join('\n');

// -------------------------------------------------------------------------------------------
// Inputs

const INPUT_FAILING: Case[] = [
  // OKTA-INPUT-001
  { name: 'oktaDomain is a number', raw: { oktaDomain: 5, clientId: '0oa1b2c3d4e5f6g7h8i9' }, id: 'OKTA-INPUT-001', severity: 'error', field: 'oktaDomain' },
  { name: 'clientId missing', raw: { oktaDomain: 'dev-1.okta.com' }, id: 'OKTA-INPUT-001', severity: 'error', field: 'clientId' },
  { name: 'unknown flow', raw: input({ flow: 'pkce' }), id: 'OKTA-INPUT-001', severity: 'error', field: 'flow', says: 'implicit, authcode' },
  { name: 'admin list of numbers', raw: input({ adminPrincipals: [1, 2] }), id: 'OKTA-INPUT-001', severity: 'error', field: 'adminPrincipals' },
  { name: 'enforce is text', raw: input({ enforcePrincipalDomain: 'yes' }), id: 'OKTA-INPUT-001', severity: 'error', field: 'enforcePrincipalDomain' },
  { name: 'unknown key', raw: input({ oktaDomian: 'dev-1.okta.com' }), id: 'OKTA-INPUT-001', severity: 'warning', field: undefined, says: 'oktaDomian' },
  // OKTA-TPL-001 (FM-06)
  { name: 'braces in oktaDomain', raw: input({ oktaDomain: '{your domain}' }), id: 'OKTA-TPL-001', severity: 'error', field: 'oktaDomain' },
  { name: 'ISSUER_URL in oktaDomain', raw: input({ oktaDomain: 'ISSUER_URL' }), id: 'OKTA-TPL-001', severity: 'error', field: 'oktaDomain' },
  { name: 'xxxxxx in oktaDomain', raw: input({ oktaDomain: 'dev-xxxxxx.okta.com' }), id: 'OKTA-TPL-001', severity: 'error', field: 'oktaDomain' },
  { name: 'Client ID placeholder', raw: input({ clientId: '{Client ID}' }), id: 'OKTA-TPL-001', severity: 'error', field: 'clientId' },
  { name: 'angle brackets in omUrl', raw: input({ omUrl: '<OPENMETADATA_URL>' }), id: 'OKTA-TPL-001', severity: 'error', field: 'omUrl' },
  { name: 'scheme twice in omUrl', raw: input({ omUrl: 'http://https://om.example.com' }), id: 'OKTA-TPL-001', severity: 'error', field: 'omUrl' },
  { name: 'placeholder authServer', raw: input({ authServer: '{AUTH_SERVER}' }), id: 'OKTA-TPL-001', severity: 'error', field: 'authServer' },
  { name: 'placeholder principal domain', raw: input({ principalDomain: '{your domain}' }), id: 'OKTA-TPL-001', severity: 'error', field: 'principalDomain' },
  { name: 'placeholder admin', raw: input({ adminPrincipals: ['{ADMIN_USERNAME}'] }), id: 'OKTA-TPL-001', severity: 'error', field: 'adminPrincipals' },
  { name: 'placeholder secret', raw: authcode({ clientSecret: '{Client Secret}' }), id: 'OKTA-TPL-001', severity: 'error', field: 'clientSecret' },
  // OM-URL-001
  { name: 'empty omUrl', raw: input({ omUrl: '' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl' },
  { name: 'omUrl without scheme', raw: input({ omUrl: 'om.example.com' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl', says: 'https://om.example.com' },
  { name: 'omUrl ftp', raw: input({ omUrl: 'ftp://om.example.com' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl' },
  { name: 'omUrl with path', raw: input({ omUrl: 'https://om.example.com/openmetadata' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl', says: 'https://om.example.com.' },
  { name: 'omUrl with query', raw: input({ omUrl: 'https://om.example.com/?a=1' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl' },
  { name: 'omUrl with fragment', raw: input({ omUrl: 'https://om.example.com#top' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl' },
  { name: 'omUrl with credentials', raw: input({ omUrl: 'https://user:hunter2@om.example.com' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl' },
  { name: 'omUrl without host', raw: input({ omUrl: 'http://' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl' },
  // OKTA-URL-001 (FM-07)
  { name: 'pasted issuer URL', raw: input({ oktaDomain: 'https://dev-1.okta.com/oauth2/default' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'Enter only the host: dev-1.okta.com' },
  { name: 'pasted custom issuer suggests authServer', raw: input({ oktaDomain: 'https://dev-1.okta.com/oauth2/aus9x8y7', authServer: 'default' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'Authorization server (authServer) to aus9x8y7' },
  { name: 'pasted org keys URL suggests org', raw: input({ oktaDomain: 'dev-1.okta.com/oauth2/v1/keys' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'to org' },
  { name: 'scheme only', raw: input({ oktaDomain: 'https://dev-1.okta.com' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'dev-1.okta.com' },
  { name: 'trailing slash', raw: input({ oktaDomain: 'dev-1.okta.com/' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'trailing slash' },
  { name: 'port', raw: input({ oktaDomain: 'dev-1.okta.com:443' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'port' },
  { name: 'admin console host', raw: input({ oktaDomain: 'dev-1-admin.okta.com' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'dev-1.okta.com' },
  { name: 'admin console host (preview)', raw: input({ oktaDomain: 'acme-admin.oktapreview.com' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'acme.oktapreview.com' },
  { name: 'admin console host (emea)', raw: input({ oktaDomain: 'acme-admin.okta-emea.com' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'acme.okta-emea.com' },
  { name: 'okta.com itself', raw: input({ oktaDomain: 'okta.com' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain' },
  { name: 'empty domain', raw: input({ oktaDomain: '' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain' },
  { name: 'space in domain', raw: input({ oktaDomain: 'dev 1.okta.com' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain' },
  // What the URL parser rewrites, or a host DNS cannot hold, is refused on omUrl (not on the URLs derived from it).
  { name: 'omUrl with a backslash', raw: input({ omUrl: 'https://om.example.com\\' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl', says: 'read by browsers as https://om.example.com' },
  { name: 'omUrl with $ in the host', raw: input({ omUrl: 'https://om$HOME.example.com' }), id: 'OM-URL-001', severity: 'error', field: 'omUrl', says: 'cannot hold' },
  // Host names do not depend on case: written in lower case, with a note (nothing on the derived URLs).
  { name: 'capitals in domain', raw: input({ oktaDomain: 'Dev-1.Okta.com' }), id: 'OKTA-URL-001', severity: 'info', field: 'oktaDomain', says: 'dev-1.okta.com' },
  { name: 'domain that is an IP address', raw: input({ oktaDomain: '10.0.0.1' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'IP address' },
  { name: 'domain ending in a hex number', raw: input({ oktaDomain: 'dev-1.okta.0x1f' }), id: 'OKTA-URL-001', severity: 'error', field: 'oktaDomain', says: 'IP address' },
  { name: 'custom domain', raw: input({ oktaDomain: 'login.example.com' }), id: 'OKTA-URL-001', severity: 'info', field: 'oktaDomain', says: 'custom domain' },
  { name: 'authServer as path', raw: input({ authServer: 'oauth2/default' }), id: 'OKTA-URL-001', severity: 'error', field: 'authServer', says: 'default' },
  { name: 'authServer as URL', raw: input({ authServer: 'https://dev-1.okta.com/oauth2/aus1b2c3' }), id: 'OKTA-URL-001', severity: 'error', field: 'authServer', says: 'aus1b2c3' },
  { name: 'authServer with hyphen', raw: input({ authServer: 'aus-1' }), id: 'OKTA-URL-001', severity: 'error', field: 'authServer' },
  { name: 'authServer wrong case', raw: input({ authServer: 'Default' }), id: 'OKTA-URL-001', severity: 'error', field: 'authServer', says: 'Enter default' },
  // OKTA-CLIENT-001 (FM-25)
  { name: 'empty client id', raw: input({ clientId: '' }), id: 'OKTA-CLIENT-001', severity: 'error', field: 'clientId' },
  { name: 'punctuation in client id', raw: input({ clientId: '0oa1b2c3d4e5f6g7h8i9!' }), id: 'OKTA-CLIENT-001', severity: 'error', field: 'clientId', says: '"!"' },
  { name: 'space in client id', raw: input({ clientId: '0oa1b2c3 d4e5f6g7h8i9' }), id: 'OKTA-CLIENT-001', severity: 'error', field: 'clientId' },
  { name: 'short client id', raw: input({ clientId: '0oa123' }), id: 'OKTA-CLIENT-001', severity: 'warning', field: 'clientId', says: '6 characters' },
  { name: 'client id not 0oa', raw: input({ clientId: 'abc1b2c3d4e5f6g7h8i9j0' }), id: 'OKTA-CLIENT-001', severity: 'warning', field: 'clientId', says: '0oa' },
  // OKTA-APP-001 (FM-11/12)
  { name: 'implicit with a secret', raw: input({ clientSecret: SECRET }), id: 'OKTA-APP-001', severity: 'error', field: 'clientSecret', says: 'authcode' },
  // OKTA-CONF-002 (FM-13)
  { name: 'inlined secret left empty', raw: authcode({ clientSecret: undefined, inlineSecret: true }), id: 'OKTA-CONF-002', severity: 'error', field: 'clientSecret' },
  { name: 'inlined secret left blank', raw: authcode({ clientSecret: '   ', inlineSecret: true }), id: 'OKTA-CONF-002', severity: 'error', field: 'clientSecret' },
  { name: 'secret with leading space', raw: authcode({ clientSecret: ` ${SECRET}` }), id: 'OKTA-CONF-002', severity: 'error', field: 'clientSecret' },
  { name: 'secret with trailing newline', raw: authcode({ clientSecret: `${SECRET}\n` }), id: 'OKTA-CONF-002', severity: 'error', field: 'clientSecret' },
  { name: 'secret in double quotes', raw: authcode({ clientSecret: `"${SECRET}"` }), id: 'OKTA-CONF-002', severity: 'error', field: 'clientSecret' },
  { name: 'secret in single quotes', raw: authcode({ clientSecret: `'${SECRET}'` }), id: 'OKTA-CONF-002', severity: 'error', field: 'clientSecret' },
  { name: 'secret in smart quotes', raw: authcode({ clientSecret: `\u201c${SECRET}\u201d` }), id: 'OKTA-CONF-002', severity: 'error', field: 'clientSecret' },
  // OKTA-TLS-001 (FM-17)
  { name: 'implicit over http remote', raw: input({ omUrl: 'http://om.example.com' }), id: 'OKTA-TLS-001', severity: 'error', field: 'omUrl' },
  { name: 'implicit over http on an IP', raw: input({ omUrl: 'http://10.0.0.5:8585' }), id: 'OKTA-TLS-001', severity: 'error', field: 'omUrl' },
  // OKTA-DOM-001 (FM-26)
  { name: 'domain is an email', raw: input({ principalDomain: 'jane@example.com' }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain', says: 'example.com' },
  { name: 'domain is a URL', raw: input({ principalDomain: 'https://example.com' }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain' },
  { name: 'two domains', raw: input({ principalDomain: 'a.com, b.com' }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain', says: 'allowedDomains' },
  { name: 'domain with space', raw: input({ principalDomain: 'a.com b.com' }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain' },
  { name: 'no dot', raw: input({ principalDomain: 'example' }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain' },
  { name: 'capitals', raw: input({ principalDomain: 'Example.COM' }), id: 'OKTA-DOM-001', severity: 'warning', field: 'principalDomain', says: 'example.com' },
  { name: 'enforced and empty', raw: input({ principalDomain: '', enforcePrincipalDomain: true }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain' },
  { name: 'empty, not enforced', raw: input({ principalDomain: '' }), id: 'OKTA-DOM-001', severity: 'warning', field: 'principalDomain' },
  { name: 'enforced default domain', raw: input({ principalDomain: 'open-metadata.org', enforcePrincipalDomain: true }), id: 'OKTA-DOM-001', severity: 'warning', field: 'principalDomain' },
  // OKTA-ADMIN-001 (FM-27)
  { name: 'no admins', raw: input({ adminPrincipals: [] }), id: 'OKTA-ADMIN-001', severity: 'error', field: 'adminPrincipals' },
  { name: 'no admins (blank text)', raw: input({ adminPrincipals: ' , ' }), id: 'OKTA-ADMIN-001', severity: 'error', field: 'adminPrincipals' },
  { name: 'admin is an email', raw: input({ adminPrincipals: ['jane.doe@example.com'] }), id: 'OKTA-ADMIN-001', severity: 'error', field: 'adminPrincipals', says: ': jane.doe.' },
  { name: 'admin name:password', raw: input({ adminPrincipals: 'admin1:password1' }), id: 'OKTA-ADMIN-001', severity: 'error', field: 'adminPrincipals', says: 'admin1' },
  { name: 'admin with a space', raw: input({ adminPrincipals: ['jane doe'] }), id: 'OKTA-ADMIN-001', severity: 'error', field: 'adminPrincipals' },
  { name: 'duplicate admins', raw: input({ adminPrincipals: 'jane, bob, jane' }), id: 'OKTA-ADMIN-001', severity: 'warning', field: 'adminPrincipals', says: 'jane' },
  { name: 'duplicate admins by case', raw: input({ adminPrincipals: ['jane', 'Jane'] }), id: 'OKTA-ADMIN-001', severity: 'warning', field: 'adminPrincipals' },
  // OKTA-OMV-001 (FM-03)
  // The save-time key URL check of 1.10.0-1.10.6 (OM#24334), fixed in 1.10.7.
  { name: 'org server on 1.10', on: '1.10', raw: input({ authServer: 'org' }), id: 'OKTA-OMV-001', severity: 'warning', field: 'authServer', says: 'fixed in 1.10.7' },
  // OKTA-REDIR-002 (FM-15)
  { name: 'localhost', raw: input({ omUrl: 'http://localhost:8585' }), id: 'OKTA-REDIR-002', severity: 'info', field: 'omUrl', says: 'local trial' },
  { name: '127.0.0.1', raw: input({ omUrl: 'http://127.0.0.1:8585' }), id: 'OKTA-REDIR-002', severity: 'info', field: 'omUrl' },
];

/** Inputs that must not raise `id` on `field` (any severity). */
const INPUT_PASSING: Case[] = [
  { name: 'example inputs', raw: { ...EXAMPLE_INPUTS }, id: 'OKTA-INPUT-001' },
  { name: 'minimal inputs (defaults filled)', raw: { oktaDomain: 'dev-1.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' }, id: 'OKTA-INPUT-001' },
  { name: 'adminPrincipals as text', raw: input({ adminPrincipals: 'jane\nbob' }), id: 'OKTA-INPUT-001' },
  { name: '$schema key is not unknown', raw: input({ $schema: './inputs.schema.json' }), id: 'OKTA-INPUT-001' },
  { name: 'clean values', raw: input({}), id: 'OKTA-TPL-001' },
  { name: 'org server on 1.12: the save-time key URL check was fixed in 1.10.7', raw: input({ authServer: 'org' }), id: 'OKTA-OMV-001', field: 'authServer' },
  { name: 'secret may hold braces', raw: authcode({ clientSecret: 'ab{cd}ef<gh>ij-0123456789abcdef' }), id: 'OKTA-TPL-001', field: 'clientSecret' },
  { name: 'https omUrl', raw: input({ omUrl: 'https://om.example.com' }), id: 'OM-URL-001' },
  { name: 'omUrl with trailing slash', raw: input({ omUrl: 'https://om.example.com/' }), id: 'OM-URL-001' },
  { name: 'omUrl with port', raw: input({ omUrl: 'https://om.example.com:8443' }), id: 'OM-URL-001' },
  { name: 'localhost omUrl', raw: input({ omUrl: 'http://localhost:8585' }), id: 'OM-URL-001' },
  { name: 'org domain', raw: input({ oktaDomain: 'dev-123456.okta.com' }), id: 'OKTA-URL-001' },
  { name: 'fd host (OM#25412)', raw: input({ oktaDomain: 'fd123abc.okta.com' }), id: 'OKTA-URL-001' },
  { name: 'fd host with hyphen (OM#25412)', raw: input({ oktaDomain: 'fdxyz-corp.okta.com' }), id: 'OKTA-URL-001' },
  { name: 'preview domain', raw: input({ oktaDomain: 'acme.oktapreview.com' }), id: 'OKTA-URL-001' },
  { name: 'emea domain', raw: input({ oktaDomain: 'acme.okta-emea.com' }), id: 'OKTA-URL-001' },
  { name: 'authServer org', raw: input({ authServer: 'org' }), id: 'OKTA-URL-001' },
  { name: 'authServer id', raw: input({ authServer: 'aus1a2b3c4d5e6f7g8h9' }), id: 'OKTA-URL-001' },
  { name: 'okta client id', raw: input({ clientId: '0oa1b2c3d4e5f6g7h8i9' }), id: 'OKTA-CLIENT-001' },
  { name: 'longer okta client id', raw: input({ clientId: '0oaABCDEFGHIJKLMNOPQ5d7' }), id: 'OKTA-CLIENT-001' },
  { name: 'implicit without secret', raw: input({}), id: 'OKTA-APP-001' },
  { name: 'implicit with empty secret', raw: input({ clientSecret: '' }), id: 'OKTA-APP-001' },
  { name: 'authcode with secret', raw: authcode({}), id: 'OKTA-APP-001' },
  { name: 'authcode with clean secret', raw: authcode({}), id: 'OKTA-CONF-002' },
  { name: 'implicit needs no secret', raw: input({}), id: 'OKTA-CONF-002' },
  { name: 'authcode reads the secret from the environment unless inlined', raw: authcode({ clientSecret: undefined }), id: 'OKTA-CONF-002' },
  { name: 'implicit over https', raw: input({ omUrl: 'https://om.example.com' }), id: 'OKTA-TLS-001' },
  { name: 'implicit over http on localhost', raw: input({ omUrl: 'http://localhost:8585' }), id: 'OKTA-TLS-001' },
  { name: 'implicit over http on 127.0.0.1', raw: input({ omUrl: 'http://127.0.0.1:8585' }), id: 'OKTA-TLS-001' },
  { name: 'implicit over http on [::1]', raw: input({ omUrl: 'http://[::1]:8585' }), id: 'OKTA-TLS-001' },
  { name: 'authcode over http remote', raw: authcode({ omUrl: 'http://om.example.com' }), id: 'OKTA-TLS-001' },
  { name: 'plain domain', raw: input({ principalDomain: 'example.com' }), id: 'OKTA-DOM-001' },
  { name: 'deep domain', raw: input({ principalDomain: 'corp.example-1.co.uk', enforcePrincipalDomain: true }), id: 'OKTA-DOM-001' },
  { name: 'one admin', raw: input({ adminPrincipals: ['admin'] }), id: 'OKTA-ADMIN-001' },
  { name: 'several admins', raw: input({ adminPrincipals: 'jane.doe, john_smith, x-y' }), id: 'OKTA-ADMIN-001' },
  { name: 'default server', raw: input({ authServer: 'default' }), id: 'OKTA-OMV-001' },
  { name: 'remote host', raw: input({ omUrl: 'https://om.example.com' }), id: 'OKTA-REDIR-002' },
];

describe('checkInputs', () => {
  it.each(INPUT_FAILING)('$id $severity on $field: $name', ({ raw, id, severity, field, says, on }) => {
    const release = findRelease(on ?? '1.12')!;
    const { diagnostics } = checkInputs(raw, release);
    const hit = diagnostics.find((d) => d.id === id && d.severity === severity && d.field === field);
    expect(hit, describeCase(diagnostics)).toBeDefined();
    if (says) expect(hit!.message).toContain(says);
    expect(hit!.docs).toBe(docsFor(id, release));
  });

  it.each(INPUT_PASSING)('no $id on $field: $name', ({ raw, id, field }) => {
    const { diagnostics } = checkInputs(raw, release);
    const hits = diagnostics.filter((d) => d.id === id && (field === undefined || d.field === field));
    expect(hits, describeCase(hits)).toEqual([]);
  });

  it('returns the parsed inputs with defaults filled, even when rules find errors', () => {
    const { inputs, diagnostics } = checkInputs({ oktaDomain: 'https://dev-1.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' }, release);
    expect(hasErrors(diagnostics)).toBe(true);
    expect(inputs?.omUrl).toBe('http://localhost:8585');
    expect(inputs?.adminPrincipals).toEqual(['admin']);
  });

  it('gives a field with a placeholder no other finding', () => {
    const { diagnostics } = checkInputs(input({ oktaDomain: 'https://{your domain}/oauth2/default' }), release);
    expect(diagnostics.filter((d) => d.field === 'oktaDomain').map((d) => d.id)).toEqual(['OKTA-TPL-001']);
  });

  it('names the user name in an email admin entry, and never the password of name:password', () => {
    const { diagnostics } = checkInputs(input({ adminPrincipals: ['jane@example.com', 'admin1:p4ssw0rd!'] }), release);
    const messages = diagnostics.filter((d) => d.id === 'OKTA-ADMIN-001').map((d) => d.message);
    expect(messages.join('\n')).toContain('jane');
    expect(messages.join('\n')).not.toContain('p4ssw0rd');
  });

  it('does not repeat a password typed into the OpenMetadata URL', () => {
    const { diagnostics } = checkInputs(input({ omUrl: 'https://user:hunter2@om.example.com' }), release);
    expect(diagnostics.map((d) => d.message).join('\n')).not.toContain('hunter2');
  });
});

// -------------------------------------------------------------------------------------------
// Settings

const PUBLIC = resolveSettings({ ...EXAMPLE_INPUTS, ...REMOTE }, release);
const ORG = resolveSettings({ ...EXAMPLE_INPUTS, ...REMOTE, authServer: 'org' }, release);
const CONFIDENTIAL = resolveSettings({ ...AUTHCODE, ...REMOTE }, release);

const ISSUER = 'https://dev-123456.okta.com/oauth2/default';
const OKTA_KEYS = `${ISSUER}/v1/keys`;
const ORG_KEYS = 'https://dev-123456.okta.com/oauth2/v1/keys';
const OM_KEYS = 'https://om.example.com/api/v1/system/config/jwks';

interface SettingsCase {
  name: string;
  settings: Settings;
  id: RuleId;
  /** The release to check against, when not 1.12. */
  on?: string;
  severity?: Severity;
  field?: string;
  says?: string;
  /** The reader's own values the settings are also compared with (lint --inputs, the panel). */
  reader?: ReaderValues;
}
/** What lint reports on settings: their own checks, and with the reader's values, the comparison. */
const settingsFindings = (c: Pick<SettingsCase, 'settings' | 'reader'>, release: ReleaseFacts): Diagnostic[] => [
  ...checkSettings(c.settings, release),
  ...checkSignInRequest(c.settings, release),
  ...(c.reader ? checkReaderValues(c.settings, release, c.reader) : []),
];
const YOURS: ReaderValues = { omUrl: 'https://om.example.com', principalDomain: 'example.com', enforcePrincipalDomain: false, adminPrincipals: ['jane'] };
const pub = (overrides: Settings): Settings => ({ ...PUBLIC, ...overrides });
const conf = (overrides: Settings): Settings => ({ ...CONFIDENTIAL, ...overrides });
const org = (overrides: Settings): Settings => ({ ...ORG, ...overrides });

const SETTINGS_FAILING: SettingsCase[] = [
  // OKTA-SCOPE-001 (FM-21: what the server asks Okta for)
  { name: 'scope with commas', settings: conf({ oidcScope: 'openid,email,profile' }), id: 'OKTA-SCOPE-001', severity: 'error', field: 'oidcScope', says: 'Use "openid email profile"' },
  { name: 'scope without openid', settings: conf({ oidcScope: 'email profile' }), id: 'OKTA-SCOPE-001', severity: 'error', field: 'oidcScope', says: 'Use "openid email profile"' },
  { name: 'scope without email', settings: conf({ oidcScope: 'openid profile' }), id: 'OKTA-SCOPE-001', severity: 'warning', field: 'oidcScope', says: 'email claim' },
  { name: 'offline_access on 1.13 (OM#30304)', on: '1.13', settings: conf({ oidcScope: 'openid email profile offline_access' }), id: 'OKTA-SCOPE-001', severity: 'error', field: 'oidcScope', says: 'OM#30304' },
  { name: 'offline_access on 1.12', settings: conf({ oidcScope: 'openid email profile offline_access' }), id: 'OKTA-SCOPE-001', severity: 'warning', field: 'oidcScope', says: 'Refresh Token grant' },
  // OKTA-REDIR-002: the two wrong callbacks readers register
  { name: 'callback at /auth/callback', settings: conf({ oidcCallbackUrl: 'https://om.example.com/auth/callback' }), id: 'OKTA-REDIR-002', severity: 'error', field: 'oidcCallbackUrl', says: "the page of OpenMetadata's UI" },
  { name: 'callback at /api/v1/callback', settings: pub({ callbackUrl: 'https://om.example.com/api/v1/callback' }), id: 'OKTA-REDIR-002', severity: 'error', field: 'callbackUrl', says: 'does not serve' },
  // OKTA-SESS-002 (prompt and max_age)
  { name: 'prompt login', settings: conf({ oidcPrompt: 'login' }), id: 'OKTA-SESS-002', severity: 'warning', field: 'oidcPrompt', says: 'password at every sign-in' },
  { name: 'prompt login consent', settings: conf({ oidcPrompt: 'login consent' }), id: 'OKTA-SESS-002', severity: 'warning', field: 'oidcPrompt' },
  { name: 'prompt none', settings: conf({ oidcPrompt: 'none' }), id: 'OKTA-SESS-002', severity: 'error', field: 'oidcPrompt', says: 'login_required' },
  { name: 'prompt none with consent', settings: conf({ oidcPrompt: 'none consent' }), id: 'OKTA-SESS-002', severity: 'error', field: 'oidcPrompt', says: 'forbids' },
  { name: 'unknown prompt', settings: conf({ oidcPrompt: 'always' }), id: 'OKTA-SESS-002', severity: 'error', field: 'oidcPrompt', says: '"always"' },
  { name: 'max_age of five minutes', settings: conf({ oidcMaxAge: '300' }), id: 'OKTA-SESS-002', severity: 'warning', field: 'oidcMaxAge', says: '300 seconds' },
  { name: 'max_age not a number', settings: conf({ oidcMaxAge: '1h' }), id: 'OKTA-SESS-002', severity: 'error', field: 'oidcMaxAge' },
  // Compared with the reader's values: callbacks at internal addresses, another domain, missing admins
  { name: "callback at the chart's in-cluster default while users browse a public URL", settings: conf({ oidcCallbackUrl: 'http://openmetadata:8585/callback' }), reader: YOURS, id: 'OKTA-REDIR-002', severity: 'error', field: 'oidcCallbackUrl', says: 'Use https://om.example.com/callback' },
  { name: 'callback at localhost while users browse a public URL', settings: pub({ callbackUrl: 'http://localhost:8585/callback' }), reader: YOURS, id: 'OKTA-REDIR-002', severity: 'error', field: 'callbackUrl', says: 'cannot reach' },
  { name: 'callback on another public host', settings: pub({ callbackUrl: 'https://old.example.com/callback' }), reader: YOURS, id: 'OKTA-REDIR-002', severity: 'error', field: 'callbackUrl', says: 'Use https://om.example.com/callback' },
  { name: 'serverUrl at localhost on 1.13, both at localhost', on: '1.13', settings: conf({ callbackUrl: 'http://localhost:8585/callback', oidcCallbackUrl: 'http://localhost:8585/callback', oidcServerUrl: 'http://localhost:8585' }), reader: YOURS, id: 'OKTA-REDIR-001', severity: 'error', field: 'oidcServerUrl', says: 'Use https://om.example.com.' },
  { name: 'serverUrl at localhost on 2.0, both at localhost', on: '2.0', settings: conf({ callbackUrl: 'http://localhost:8585/callback', oidcCallbackUrl: 'http://localhost:8585/callback', oidcServerUrl: 'http://localhost:8585' }), reader: YOURS, id: 'OKTA-REDIR-004', severity: 'error', field: 'oidcServerUrl' },
  { name: 'principal domain of another team', settings: pub({ principalDomain: 'other.org' }), reader: YOURS, id: 'OKTA-DOM-002', severity: 'warning', field: 'principalDomain', says: 'Set it to example.com' },
  { name: 'domain enforced while the reader lets every domain in', settings: pub({ enforcePrincipalDomain: true }), reader: YOURS, id: 'OKTA-DOM-002', severity: 'warning', field: 'enforcePrincipalDomain' },
  { name: 'an admin the reader named is missing', settings: pub({ adminPrincipals: ['admin'] }), reader: YOURS, id: 'OKTA-ADMIN-002', severity: 'warning', field: 'adminPrincipals', says: 'List "admin", "jane"' },
  // OKTA-REDIR-004 (2.0: the post-sign-in address must be {serverUrl}/auth/callback)
  { name: 'serverUrl left at localhost behind an ingress, 2.0', on: '2.0', settings: conf({ oidcServerUrl: 'http://localhost:8585' }), id: 'OKTA-REDIR-004', severity: 'error', field: 'oidcServerUrl', says: 'Redirect URI must exactly match a trusted redirect URI' },
  { name: "serverUrl at the chart's in-cluster default, 2.0", on: '2.0', settings: conf({ oidcServerUrl: 'http://openmetadata:8585' }), id: 'OKTA-REDIR-004', severity: 'error', field: 'oidcServerUrl', says: 'set oidcServerUrl to https://om.example.com' },
  { name: 'serverUrl with a trailing slash, 2.0', on: '2.0', settings: conf({ oidcServerUrl: 'https://om.example.com/' }), id: 'OKTA-REDIR-004', severity: 'error', field: 'oidcServerUrl', says: 'Set it to https://om.example.com.' },
  // OKTA-UPG-001 (2.0: OpenMetadata's own token after the callback, OM#32000)
  { name: 'custom claim mapping in the auth code flow, 2.0', on: '2.0', settings: conf({ jwtPrincipalClaimsMapping: ['username:suffixed_name', 'email:email'] }), id: 'OKTA-UPG-001', severity: 'warning', field: 'jwtPrincipalClaimsMapping', says: "'username' claim is not present" },
  // OKTA-TPL-001
  { name: 'placeholder authority', settings: pub({ authority: '{ISSUER_URL}' }), id: 'OKTA-TPL-001', severity: 'error', field: 'authority' },
  { name: 'scheme twice in discovery', settings: conf({ oidcDiscoveryUri: `http://${ISSUER}/.well-known/openid-configuration` }), id: 'OKTA-TPL-001', severity: 'error', field: 'oidcDiscoveryUri' },
  { name: 'placeholder key URL', settings: pub({ publicKeyUrls: ['{ISSUER_URL}/v1/keys', OM_KEYS] }), id: 'OKTA-TPL-001', severity: 'error', field: 'publicKeyUrls' },
  { name: 'placeholder secret', settings: conf({ oidcClientSecret: '{Client Secret}' }), id: 'OKTA-TPL-001', severity: 'error', field: 'oidcClientSecret' },
  // OKTA-URL-001
  { name: 'authority with trailing slash', settings: pub({ authority: `${ISSUER}/` }), id: 'OKTA-URL-001', severity: 'error', field: 'authority', says: `Use ${ISSUER}.` },
  { name: 'authority is the discovery URL', settings: pub({ authority: `${ISSUER}/.well-known/openid-configuration` }), id: 'OKTA-URL-001', severity: 'error', field: 'authority', says: `Use ${ISSUER}.` },
  { name: 'authority is the keys URL', settings: pub({ authority: OKTA_KEYS }), id: 'OKTA-URL-001', severity: 'error', field: 'authority', says: `Use ${ISSUER}.` },
  { name: 'authority over http', settings: pub({ authority: 'http://dev-123456.okta.com/oauth2/default' }), id: 'OKTA-URL-001', severity: 'error', field: 'authority' },
  { name: 'authority on the admin host', settings: pub({ authority: 'https://dev-123456-admin.okta.com/oauth2/default' }), id: 'OKTA-URL-001', severity: 'error', field: 'authority', says: ISSUER },
  { name: 'authority without scheme', settings: pub({ authority: 'dev-123456.okta.com' }), id: 'OKTA-URL-001', severity: 'error', field: 'authority' },
  { name: 'authority with another path', settings: pub({ authority: 'https://dev-123456.okta.com/oauth2' }), id: 'OKTA-URL-001', severity: 'error', field: 'authority' },
  { name: 'empty authority', settings: pub({ authority: '' }), id: 'OKTA-URL-001', severity: 'error', field: 'authority' },
  { name: 'authority host in capitals', settings: pub({ authority: 'https://DEV-123456.okta.com/oauth2/default' }), id: 'OKTA-URL-001', severity: 'warning', field: 'authority' },
  // OKTA-JWKS-001 (FM-02)
  { name: 'custom authority with org keys', settings: pub({ publicKeyUrls: [ORG_KEYS, OM_KEYS] }), id: 'OKTA-JWKS-001', severity: 'error', field: 'publicKeyUrls', says: `Replace it with ${OKTA_KEYS}` },
  { name: 'org authority with default keys (OM#2773)', settings: org({ publicKeyUrls: [OKTA_KEYS, OM_KEYS] }), id: 'OKTA-JWKS-001', severity: 'error', field: 'publicKeyUrls', says: ORG_KEYS },
  { name: 'org authority with {authority}/v1/keys (OM#24334)', settings: org({ publicKeyUrls: ['https://dev-123456.okta.com/v1/keys', OM_KEYS] }), id: 'OKTA-JWKS-001', severity: 'error', field: 'publicKeyUrls', says: ORG_KEYS },
  { name: 'no Okta keys', settings: pub({ publicKeyUrls: [OM_KEYS] }), id: 'OKTA-JWKS-001', severity: 'error', field: 'publicKeyUrls', says: `Add ${OKTA_KEYS}` },
  { name: 'extra keys of another server', settings: pub({ publicKeyUrls: [OKTA_KEYS, 'https://dev-123456.okta.com/oauth2/aus1/v1/keys', OM_KEYS] }), id: 'OKTA-JWKS-001', severity: 'error', field: 'publicKeyUrls', says: 'Remove it' },
  // OKTA-JWKS-002 (FM-04)
  { name: 'Okta keys over http', settings: pub({ publicKeyUrls: ['http://dev-123456.okta.com/oauth2/default/v1/keys', OM_KEYS] }), id: 'OKTA-JWKS-002', severity: 'error', field: 'publicKeyUrls', says: OKTA_KEYS },
  { name: 'keys of the org server over http', settings: org({ publicKeyUrls: ['http://dev-123456.okta.com/oauth2/v1/keys', OM_KEYS] }), id: 'OKTA-JWKS-002', severity: 'error', field: 'publicKeyUrls', says: ORG_KEYS },
  { name: 'keys on localhost', settings: pub({ publicKeyUrls: ['https://localhost/oauth2/default/v1/keys', OKTA_KEYS, OM_KEYS] }), id: 'OKTA-JWKS-002', severity: 'error', field: 'publicKeyUrls' },
  { name: 'keys on host.docker.internal', settings: pub({ publicKeyUrls: ['https://host.docker.internal/oauth2/default/v1/keys', OKTA_KEYS, OM_KEYS] }), id: 'OKTA-JWKS-002', severity: 'error', field: 'publicKeyUrls' },
  { name: 'keys on 127.0.0.1', settings: pub({ publicKeyUrls: ['http://127.0.0.1:8080/keys', OKTA_KEYS, OM_KEYS] }), id: 'OKTA-JWKS-002', severity: 'error', field: 'publicKeyUrls' },
  { name: 'key entry not a URL', settings: pub({ publicKeyUrls: ['dev-123456.okta.com/oauth2/default/v1/keys', OKTA_KEYS, OM_KEYS] }), id: 'OKTA-JWKS-002', severity: 'error', field: 'publicKeyUrls' },
  // OKTA-JWKS-003 (FM-05)
  { name: 'no OpenMetadata keys', settings: pub({ publicKeyUrls: [OKTA_KEYS] }), id: 'OKTA-JWKS-003', severity: 'error', field: 'publicKeyUrls', says: 'https://om.example.com/api/v1/system/config/jwks' },
  { name: 'sytem typo', settings: pub({ publicKeyUrls: [OKTA_KEYS, 'https://om.example.com/api/v1/sytem/config/jwks'] }), id: 'OKTA-JWKS-003', severity: 'error', field: 'publicKeyUrls', says: 'sytem' },
  { name: '0.x path on 1.12', settings: pub({ publicKeyUrls: [OKTA_KEYS, 'http://localhost:8585/api/v1/config/jwks'] }), id: 'OKTA-JWKS-003', severity: 'error', field: 'publicKeyUrls', says: 'http://localhost:8585/api/v1/system/config/jwks' },
  { name: 'OpenMetadata keys with trailing slash', settings: pub({ publicKeyUrls: [OKTA_KEYS, `${OM_KEYS}/`] }), id: 'OKTA-JWKS-003', severity: 'error', field: 'publicKeyUrls', says: OM_KEYS },
  { name: 'empty key list', settings: pub({ publicKeyUrls: [] }), id: 'OKTA-JWKS-003', severity: 'error', field: 'publicKeyUrls' },
  // OKTA-CONF-001 (FM-10)
  { name: 'confidential without discovery', settings: conf({ oidcDiscoveryUri: '' }), id: 'OKTA-CONF-001', severity: 'error', field: 'oidcDiscoveryUri', says: `${ISSUER}/.well-known/openid-configuration` },
  { name: 'confidential, discovery unset', settings: conf({ oidcDiscoveryUri: undefined }), id: 'OKTA-CONF-001', severity: 'error', field: 'oidcDiscoveryUri' },
  { name: 'discovery of another server', settings: conf({ oidcDiscoveryUri: 'https://dev-123456.okta.com/.well-known/openid-configuration' }), id: 'OKTA-CONF-001', severity: 'error', field: 'oidcDiscoveryUri', says: ISSUER },
  { name: 'discovery with double slash', settings: conf({ oidcDiscoveryUri: `${ISSUER}//.well-known/openid-configuration` }), id: 'OKTA-CONF-001', severity: 'error', field: 'oidcDiscoveryUri' },
  // OKTA-CONF-002 (FM-13)
  { name: 'confidential with empty secret', settings: conf({ oidcClientSecret: '' }), id: 'OKTA-CONF-002', severity: 'error', field: 'oidcClientSecret' },
  { name: 'confidential with quoted secret', settings: conf({ oidcClientSecret: `'${SECRET}'` }), id: 'OKTA-CONF-002', severity: 'error', field: 'oidcClientSecret' },
  // OKTA-TLS-001 (FM-17)
  { name: 'public over http remote', settings: pub({ callbackUrl: 'http://om.example.com/callback' }), id: 'OKTA-TLS-001', severity: 'error', field: 'callbackUrl' },
  { name: 'default clientType is public', settings: pub({ clientType: undefined, callbackUrl: 'http://om.example.com/callback' }), id: 'OKTA-TLS-001', severity: 'error', field: 'callbackUrl' },
  // OKTA-REDIR-002 (FM-15)
  { name: 'old /signin callback', settings: pub({ callbackUrl: 'https://om.example.com/signin' }), id: 'OKTA-REDIR-002', severity: 'error', field: 'callbackUrl', says: 'https://om.example.com/callback' },
  { name: 'callback with trailing slash', settings: pub({ callbackUrl: 'https://om.example.com/callback/' }), id: 'OKTA-REDIR-002', severity: 'error', field: 'callbackUrl' },
  { name: 'silent-callback as callback', settings: pub({ callbackUrl: 'https://om.example.com/silent-callback' }), id: 'OKTA-REDIR-002', severity: 'error', field: 'callbackUrl' },
  { name: 'callback not a URL', settings: pub({ callbackUrl: '/callback' }), id: 'OKTA-REDIR-002', severity: 'error', field: 'callbackUrl' },
  { name: 'OIDC callback path', settings: conf({ oidcCallbackUrl: 'https://om.example.com/signin' }), id: 'OKTA-REDIR-002', severity: 'error', field: 'oidcCallbackUrl' },
  // OKTA-REDIR-001 (FM-16)
  { name: 'server URL left at the chart default', settings: conf({ oidcServerUrl: 'http://openmetadata:8585' }), id: 'OKTA-REDIR-001', severity: 'error', field: 'oidcServerUrl', says: 'https://om.example.com' },
  { name: 'OIDC callback on another origin', settings: conf({ oidcCallbackUrl: 'http://localhost:8585/callback' }), id: 'OKTA-REDIR-001', severity: 'error', field: 'oidcCallbackUrl', says: 'https://om.example.com/callback' },
  { name: 'server URL not a URL', settings: conf({ oidcServerUrl: 'openmetadata:8585' }), id: 'OKTA-REDIR-001', severity: 'error', field: 'oidcServerUrl' },
  // OKTA-CLIENT-001
  { name: 'client id with punctuation', settings: pub({ clientId: '0oa1b2c3d4e5f6g7h8i9"' }), id: 'OKTA-CLIENT-001', severity: 'error', field: 'clientId' },
  { name: 'OIDC client id differs', settings: conf({ oidcClientId: '0oaDIFFERENTa1b2c3d4e5' }), id: 'OKTA-CLIENT-001', severity: 'error', field: 'oidcClientId' },
  // OKTA-DOM-001, OKTA-ADMIN-001
  { name: 'principal domain is an email', settings: pub({ principalDomain: 'a@example.com' }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain' },
  { name: 'enforced, empty domain', settings: pub({ principalDomain: '', enforcePrincipalDomain: true }), id: 'OKTA-DOM-001', severity: 'error', field: 'principalDomain' },
  { name: 'helm initialAdmins [""] (helm-charts#316)', settings: pub({ adminPrincipals: [''] }), id: 'OKTA-ADMIN-001', severity: 'error', field: 'adminPrincipals' },
  { name: 'admin is an email', settings: pub({ adminPrincipals: ['jane@example.com'] }), id: 'OKTA-ADMIN-001', severity: 'error', field: 'adminPrincipals', says: 'jane' },
  // OKTA-OMV-001
  { name: 'org authority on 1.10', on: '1.10', settings: ORG, id: 'OKTA-OMV-001', severity: 'warning', field: 'authority', says: 'fixed in 1.10.7' },
  { name: 'org authority, written as the discovery URL, on 1.12', settings: org({ authority: 'https://dev-123456.okta.com/.well-known/openid-configuration' }), id: 'OKTA-URL-001', severity: 'error', field: 'authority', says: 'Use https://dev-123456.okta.com.' },
  { name: 'empty providerName on 1.12', settings: pub({ providerName: '' }), id: 'OKTA-OMV-001', severity: 'warning', field: 'providerName' },
];

const SETTINGS_PASSING: SettingsCase[] = [
  { name: 'the default scope', settings: conf({ oidcScope: 'openid email profile' }), id: 'OKTA-SCOPE-001' },
  { name: 'offline_access in the implicit flow (the server does not send the scope)', settings: pub({ oidcScope: 'openid offline_access' }), id: 'OKTA-SCOPE-001' },
  { name: "OpenMetadata's default prompt and max_age", settings: conf({ oidcPrompt: 'consent', oidcMaxAge: '0' }), id: 'OKTA-SESS-002' },
  { name: 'max_age of a working day', settings: conf({ oidcMaxAge: '28800' }), id: 'OKTA-SESS-002' },
  { name: "the reader's own settings", settings: conf({ principalDomain: 'example.com', adminPrincipals: ['jane', 'admin'] }), reader: YOURS, id: 'OKTA-DOM-002' },
  { name: 'an extra admin beside the reader\'s', settings: pub({ adminPrincipals: ['jane', 'ops'] }), reader: YOURS, id: 'OKTA-ADMIN-002' },
  { name: 'localhost callbacks when the reader browses localhost', settings: conf({ callbackUrl: 'http://localhost:8585/callback', oidcCallbackUrl: 'http://localhost:8585/callback', oidcServerUrl: 'http://localhost:8585' }), reader: { omUrl: 'http://localhost:8585' }, id: 'OKTA-REDIR-002' },
  { name: 'callbacks on the public URL', settings: CONFIDENTIAL, reader: YOURS, id: 'OKTA-REDIR-001' },
  { name: 'serverUrl at the public origin, 2.0', on: '2.0', settings: CONFIDENTIAL, id: 'OKTA-REDIR-004' },
  { name: 'serverUrl left at localhost on 1.13 (no trusted-redirect check; OKTA-REDIR-001 says it)', on: '1.13', settings: conf({ oidcServerUrl: 'http://localhost:8585' }), id: 'OKTA-REDIR-004' },
  { name: 'claim mapping on 1.13 (Okta ID token after the callback)', on: '1.13', settings: conf({ jwtPrincipalClaimsMapping: ['username:suffixed_name', 'email:email'] }), id: 'OKTA-UPG-001' },
  { name: 'claim mapping in the implicit flow, 2.0 (the browser keeps Okta\'s token)', on: '2.0', settings: pub({ jwtPrincipalClaimsMapping: ['username:suffixed_name', 'email:email'] }), id: 'OKTA-UPG-001' },
  { name: 'empty claim mapping, 2.0', on: '2.0', settings: conf({ jwtPrincipalClaimsMapping: [] }), id: 'OKTA-UPG-001' },
  { name: 'resolved public settings', settings: PUBLIC, id: 'OKTA-TPL-001' },
  { name: 'custom authority', settings: pub({}), id: 'OKTA-URL-001' },
  { name: 'org authority', settings: ORG, id: 'OKTA-URL-001' },
  { name: 'custom server id', settings: pub({ authority: 'https://dev-123456.okta.com/oauth2/aus1b2c3', publicKeyUrls: ['https://dev-123456.okta.com/oauth2/aus1b2c3/v1/keys', OM_KEYS] }), id: 'OKTA-URL-001' },
  { name: 'fd host (OM#25412)', settings: pub({ authority: 'https://fd123.okta.com/oauth2/default', publicKeyUrls: ['https://fd123.okta.com/oauth2/default/v1/keys', OM_KEYS] }), id: 'OKTA-URL-001' },
  { name: 'custom keys', settings: pub({}), id: 'OKTA-JWKS-001' },
  { name: 'org keys', settings: ORG, id: 'OKTA-JWKS-001' },
  { name: 'keys listed in another order', settings: pub({ publicKeyUrls: [OM_KEYS, OKTA_KEYS] }), id: 'OKTA-JWKS-001' },
  { name: 'right keys over http are OKTA-JWKS-002 only', settings: pub({ publicKeyUrls: ['http://dev-123456.okta.com/oauth2/default/v1/keys', OM_KEYS] }), id: 'OKTA-JWKS-001' },
  { name: 'keys not given (not judged)', settings: pub({ publicKeyUrls: undefined }), id: 'OKTA-JWKS-001' },
  { name: 'https Okta keys', settings: pub({}), id: 'OKTA-JWKS-002' },
  { name: 'OpenMetadata keys on localhost are fine', settings: pub({ publicKeyUrls: [OKTA_KEYS, 'http://localhost:8585/api/v1/system/config/jwks'] }), id: 'OKTA-JWKS-002' },
  { name: 'OpenMetadata keys', settings: pub({}), id: 'OKTA-JWKS-003' },
  { name: 'OpenMetadata keys by service name', settings: pub({ publicKeyUrls: [OKTA_KEYS, 'http://openmetadata:8585/api/v1/system/config/jwks'] }), id: 'OKTA-JWKS-003' },
  { name: 'resolved confidential settings', settings: CONFIDENTIAL, id: 'OKTA-CONF-001' },
  { name: 'public client needs no discovery', settings: pub({ oidcDiscoveryUri: undefined }), id: 'OKTA-CONF-001' },
  { name: 'confidential with secret', settings: CONFIDENTIAL, id: 'OKTA-CONF-002' },
  { name: 'confidential, secret from a Secret (not given)', settings: conf({ oidcClientSecret: undefined }), id: 'OKTA-CONF-002' },
  { name: 'public with empty secret', settings: pub({ oidcClientSecret: '' }), id: 'OKTA-CONF-002' },
  { name: 'public over https', settings: PUBLIC, id: 'OKTA-TLS-001' },
  { name: 'public over http on localhost', settings: pub({ callbackUrl: 'http://localhost:8585/callback' }), id: 'OKTA-TLS-001' },
  { name: 'confidential over http remote', settings: conf({ callbackUrl: 'http://om.example.com/callback', oidcCallbackUrl: 'http://om.example.com/callback', oidcServerUrl: 'http://om.example.com' }), id: 'OKTA-TLS-001' },
  { name: '/callback', settings: PUBLIC, id: 'OKTA-REDIR-002' },
  { name: 'confidential /callback', settings: CONFIDENTIAL, id: 'OKTA-REDIR-002' },
  { name: 'same origin everywhere', settings: CONFIDENTIAL, id: 'OKTA-REDIR-001' },
  { name: 'server URL with trailing slash', settings: conf({ oidcServerUrl: 'https://om.example.com/' }), id: 'OKTA-REDIR-001' },
  { name: 'public client ignores OIDC URLs', settings: pub({ oidcServerUrl: 'http://openmetadata:8585' }), id: 'OKTA-REDIR-001' },
  { name: 'same client ids', settings: CONFIDENTIAL, id: 'OKTA-CLIENT-001' },
  { name: 'domain', settings: PUBLIC, id: 'OKTA-DOM-001' },
  { name: 'admins', settings: PUBLIC, id: 'OKTA-ADMIN-001' },
  { name: 'custom authority on 1.12', settings: PUBLIC, id: 'OKTA-OMV-001' },
];

describe('checkSettings', () => {
  it.each(SETTINGS_FAILING)('$id $severity on $field: $name', ({ settings, reader, id, severity, field, says, on }) => {
    const release = findRelease(on ?? '1.12')!;
    const diagnostics = settingsFindings({ settings, reader }, release);
    const hit = diagnostics.find((d) => d.id === id && d.severity === severity && d.field === field);
    expect(hit, describeCase(diagnostics)).toBeDefined();
    if (says) expect(hit!.message).toContain(says);
    expect(hit!.docs).toBe(docsFor(id, release));
  });

  it.each(SETTINGS_PASSING)('no $id: $name', ({ settings, reader, id, field, on }) => {
    const diagnostics = settingsFindings({ settings, reader }, findRelease(on ?? '1.12')!);
    const hits = diagnostics.filter((d) => d.id === id && (field === undefined || d.field === field));
    expect(hits, describeCase(hits)).toEqual([]);
  });

  it('finds nothing in the settings resolved from good inputs', () => {
    expect(checkSettings(PUBLIC, release)).toEqual([]);
    expect(checkSettings(CONFIDENTIAL, release)).toEqual([]);
    expect(checkSettings(ORG, release)).toEqual([]);
    // Only the patches with the save-time key URL check (1.10.0-1.10.6) warn about the org server.
    expect(checkSettings(ORG, findRelease('1.10')!).map((d) => d.id)).toEqual(['OKTA-OMV-001']);
  });

  it('2.0: one OKTA-REDIR-004 on a server URL that is both on another origin and ends in a slash', () => {
    const found = checkSettings(conf({ oidcServerUrl: 'http://localhost:8585/' }), findRelease('2.0')!).filter((d) => d.field === 'oidcServerUrl');
    expect(found.map((d) => d.id)).toEqual(['OKTA-REDIR-004']);
  });

  it('judges nothing it was not given', () => {
    expect(checkSettings({}, release)).toEqual([]);
  });

  it('never throws on values of the wrong type (files are untrusted)', () => {
    const junk = {
      authority: 7,
      publicKeyUrls: 'https://dev-1.okta.com/oauth2/default/v1/keys',
      adminPrincipals: [null, 5, 'admin'],
      principalDomain: ['x'],
      clientType: 'confidential',
      oidcClientSecret: { secretRef: 'x' },
      callbackUrl: 42,
      enforcePrincipalDomain: 'true',
    } as unknown as Settings;
    expect(() => checkSettings(junk, release)).not.toThrow();
    expect(checkSettings(junk, release).length).toBeGreaterThan(0);
  });
});

// -------------------------------------------------------------------------------------------
// checkAll

describe('checkAll', () => {
  it('finds no error in the example inputs', () => {
    const { inputs, diagnostics } = checkAll(EXAMPLE_INPUTS, release);
    expect(inputs).toBeDefined();
    expect(hasErrors(diagnostics), describeCase(diagnostics)).toBe(false);
  });

  it('finds no error in the example inputs with the auth code flow and a secret', () => {
    const { diagnostics } = checkAll(AUTHCODE, release);
    expect(hasErrors(diagnostics), describeCase(diagnostics)).toBe(false);
  });

  it('finds no error with the secret written into the snippets (inlineSecret)', () => {
    const { diagnostics } = checkAll({ ...AUTHCODE, inlineSecret: true }, release);
    expect(hasErrors(diagnostics), describeCase(diagnostics)).toBe(false);
  });

  it('finds nothing at all in a remote https setup', () => {
    expect(checkAll(input({}), release).diagnostics).toEqual([]);
    expect(checkAll(authcode({}), release).diagnostics).toEqual([]);
  });

  it('reports a finding once, on the input, when the resolved settings show it too', () => {
    const { diagnostics } = checkAll(input({ principalDomain: 'Example.com', adminPrincipals: ['jane@example.com'], authServer: 'org', omUrl: 'http://om.example.com' }), findRelease('1.10')!);
    const count = (id: RuleId) => diagnostics.filter((d) => d.id === id).length;
    expect(count('OKTA-DOM-001')).toBe(1);
    expect(count('OKTA-ADMIN-001')).toBe(1);
    expect(count('OKTA-OMV-001')).toBe(1);
    expect(count('OKTA-TLS-001')).toBe(1);
    expect(diagnostics.find((d) => d.id === 'OKTA-TLS-001')?.field).toBe('omUrl');
  });

  it('does not cascade a bad Okta domain into the derived settings', () => {
    const { diagnostics } = checkAll(input({ oktaDomain: 'https://dev-1.okta.com/oauth2/default' }), release);
    expect(diagnostics.map((d) => `${d.id} ${d.field}`)).toEqual(['OKTA-URL-001 oktaDomain']);
  });

  it('does not cascade a missing secret into the derived settings', () => {
    const { diagnostics } = checkAll(authcode({ clientSecret: '', inlineSecret: true }), release);
    expect(diagnostics.map((d) => `${d.id} ${d.field}`)).toEqual(['OKTA-CONF-002 clientSecret']);
  });

  it('stops after the schema when the inputs do not parse', () => {
    const { inputs, diagnostics } = checkAll({ oktaDomain: 5 }, release);
    expect(inputs).toBeUndefined();
    expect(diagnostics.every((d) => d.id === 'OKTA-INPUT-001')).toBe(true);
  });
});

// -------------------------------------------------------------------------------------------
// Secrets, junk, the table

describe('secrets', () => {
  const secretCases: Raw[] = [
    input({ clientSecret: SECRET }),
    authcode({}),
    authcode({ clientSecret: ` ${SECRET} ` }),
    authcode({ clientSecret: `"${SECRET}"` }),
    authcode({ clientSecret: `${SECRET}\r\n` }),
    authcode({ clientSecret: `{${SECRET}}` }),
    authcode({ clientSecret: `Client Secret ${SECRET}` }),
    authcode({ clientSecret: SECRET, omUrl: 'ftp://x' }),
    authcode({ inlineSecret: true }),
    authcode({ inlineSecret: true, clientSecret: `'${SECRET}'` }),
    authcode({ inlineSecret: true, clientSecret: `${SECRET} ` }),
    input({ inlineSecret: true, clientSecret: SECRET }),
    { ...AUTHCODE, clientSecret: 12345 },
    { ...AUTHCODE, flow: 'pkce' },
  ];
  it.each(secretCases.map((raw, i) => ({ i, raw })))('never puts the client secret in a message (case $i)', ({ raw }) => {
    const { diagnostics } = checkAll(raw, release);
    const text = JSON.stringify(diagnostics);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(SECRET.slice(0, 12));
    expect(text).not.toContain('12345');
  });

  it('never puts the OIDC client secret of a settings file in a message', () => {
    for (const secret of [SECRET, ` ${SECRET}`, `'${SECRET}'`, `{${SECRET}}`, `<Client Secret>${SECRET}`]) {
      const text = JSON.stringify(checkSettings(conf({ oidcClientSecret: secret }), release));
      expect(text).not.toContain(SECRET.slice(0, 12));
    }
  });
});

describe('junk input', () => {
  const hostile = new Proxy({}, {
    get() {
      throw new Error('boom');
    },
    ownKeys() {
      throw new Error('boom');
    },
  });
  const withGetter = Object.defineProperty({}, 'oktaDomain', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
  const huge = 'a'.repeat(1_000_000);
  const junk: { name: string; raw: unknown }[] = [
    { name: 'null', raw: null },
    { name: 'undefined', raw: undefined },
    { name: 'array', raw: [] },
    { name: 'number', raw: 42 },
    { name: 'string', raw: 'dev-1.okta.com' },
    { name: 'boolean', raw: true },
    { name: 'wrong type field', raw: { oktaDomain: 5 } },
    { name: 'nested objects', raw: { oktaDomain: { a: 1 }, clientId: [1], flow: null, adminPrincipals: { x: 1 } } },
    { name: 'huge strings', raw: { oktaDomain: huge, clientId: huge, omUrl: `https://${huge}`, principalDomain: huge, adminPrincipals: huge, authServer: huge } },
    { name: 'huge list', raw: { oktaDomain: 'dev-1.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9', adminPrincipals: Array.from({ length: 10_000 }, (_, i) => `user${i % 5000}`) } },
    { name: 'control characters', raw: { oktaDomain: 'dev-1.okta.com\u0000\u202e', clientId: '0oa\u0007', omUrl: 'https://om\n.example.com' } },
    { name: 'throwing proxy', raw: hostile },
    { name: 'throwing getter', raw: withGetter },
    { name: 'bigint and symbol', raw: { oktaDomain: 10n, clientId: Symbol('x') } },
  ];
  it.each(junk)('reports diagnostics and never throws: $name', ({ raw }) => {
    let result: ReturnType<typeof checkAll> | undefined;
    expect(() => {
      result = checkAll(raw, release);
    }).not.toThrow();
    expect(result!.diagnostics.length).toBeGreaterThan(0);
    for (const d of result!.diagnostics) {
      expect(isRuleId(d.id)).toBe(true);
      expect(d.message.length).toBeLessThan(1000);
    }
  });

  it('rejects a non-object with OKTA-INPUT-001 and no field', () => {
    for (const raw of [null, [], 42]) {
      const { inputs, diagnostics } = checkInputs(raw, release);
      expect(inputs).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ id: 'OKTA-INPUT-001', severity: 'error' })]);
      expect(diagnostics[0]!.field).toBeUndefined();
    }
  });
});

describe('rules table', () => {
  it('holds every id emitted, at no more than its severity, in the right stage, with its docs link', () => {
    const byStage: [RuleStage, Diagnostic[]][] = [
      ['input', [...INPUT_FAILING, ...INPUT_PASSING].flatMap((c) => checkInputs(c.raw, release).diagnostics)],
      ['settings', [...SETTINGS_FAILING, ...SETTINGS_PASSING].flatMap((c) => settingsFindings(c, release))],
    ];
    for (const [stage, emitted] of byStage) {
      expect(emitted.length).toBeGreaterThan(50);
      for (const d of emitted) {
        expect(isRuleId(d.id), d.id).toBe(true);
        const rule = RULES[d.id as RuleId];
        expect(RANK[d.severity], `${d.id} ${d.severity}`).toBeLessThanOrEqual(RANK[rule.severity]);
        expect(rule.stage, `${d.id} emitted at stage ${stage}`).toContain(stage);
        expect(d.docs).toBe(docsFor(d.id as RuleId, release));
      }
    }
  });

  it('has a failing case for every input and settings rule', () => {
    const tested = new Set<string>([...INPUT_FAILING, ...SETTINGS_FAILING].map((c) => c.id));
    // File rules are tested in lint.test.ts, probe rules in runbook.test.ts.
    const here = RULE_IDS.filter((id) => RULES[id].stage.some((stage) => stage === 'input' || stage === 'settings'));
    const untested = here.filter((id) => !tested.has(id));
    // The 0.12-only rules have their failing cases in legacy.test.ts.
    expect(untested.sort()).toEqual(['OKTA-LEGACY-001', 'OKTA-OMV-002']);
  });

  it.each(RULE_IDS)('%s has a title, FM numbers, stages and a troubleshooting link', (id) => {
    const rule = RULES[id];
    expect(rule.title.length).toBeGreaterThan(10);
    expect(rule.stage.length).toBeGreaterThan(0);
    for (const fm of rule.fm) expect(fm).toBeGreaterThanOrEqual(1);
    // FM-01 to FM-40 are the catalogue's; those found later are numbered after it (src/rules/failure-modes.ts).
    for (const fm of rule.fm) expect(fm).toBeLessThanOrEqual(Math.max(...Object.keys(FAILURE_MODES).map(Number)));
    const docs = docsFor(id, release);
    expect(docs).toBe(`/${release.contentDir}/troubleshooting/#${id.toLowerCase()}`);
    expect(docs).toMatch(/^\/v1\.12\/troubleshooting\/#[a-z0-9-]+$/);
  });

  it('uses ids that name a failure mode, except the input and file shape rules and the checker\'s notes on how it read a file', () => {
    // The catalogue numbers failures of a working setup; a key given twice or a value of the wrong type is the file's own shape. A pasted text that is not a token is the same.
    const notFailures = new Set(['OKTA-INPUT-001', 'OKTA-LINT-002', 'OKTA-LINT-003', 'OKTA-LINT-004', 'OKTA-LINT-005', 'OKTA-TOKEN-002']);
    for (const id of RULE_IDS) {
      if (notFailures.has(id)) continue;
      expect(RULES[id].fm.length, id).toBeGreaterThan(0);
    }
  });
});

describe('an Okta domain problem is reported on oktaDomain, not on the settings derived from it', () => {
  it.each(['ACME.okta.com', 'DEV-123456.OKTA.COM', '10.0.0.1', 'dev-1.okta.0x1f', '192.168.0.300'])('%s', (domain) => {
    for (const release of releases) {
      for (const flow of ['implicit', 'authcode'] as const) {
        const raw = (oktaDomain: string) => input({ oktaDomain, flow, clientSecret: flow === 'authcode' ? 'a'.repeat(40) : undefined });
        const { diagnostics, inputs } = checkAll(raw(domain), release);
        // What the same inputs give with a good domain (a 0.12 service app left empty, a flow 0.12 lacks) is not the domain's doing.
        const baseline = new Set(checkAll(raw('dev-123456.okta.com'), release).diagnostics.map((d) => `${d.id} ${d.field}`));
        const elsewhere = diagnostics.filter((d) => d.field !== 'oktaDomain' && !baseline.has(`${d.id} ${d.field}`));
        expect(elsewhere, `${release.id} ${flow}`).toEqual([]);
        if (domain === domain.toLowerCase()) expect(diagnostics.some((d) => d.field === 'oktaDomain' && d.severity === 'error')).toBe(true);
        else expect(inputs?.oktaDomain).toBe(domain.toLowerCase());
      }
    }
  });
});
