/**
 * Checks on OpenMetadata-level settings: resolved from the inputs (checkAll), or read from an
 * existing .env / openmetadata.yaml / values.yaml by src/lint. Each finding's `field` is the
 * setting id. A setting that is absent is not judged (a file may hold any subset); src/lint
 * decides what absence means.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { SettingId } from '../releases/types.ts';
import type { Settings } from '../settings/index.ts';
import { ADMIN_HOST, MAX_AUTH_SERVER_ID_CHARS, OKTA_HOST, authServerFromPath, hostLengthProblem, isHostName, isLoopbackHost, isServerLocalHost, parseUrl, withoutAdmin } from './hosts.ts';
import { checkAdminPrincipals, checkPrincipalDomain } from './principals.ts';
import { checkClientId } from './client-id.ts';
import { checkPlaceholder } from './placeholder.ts';
import { checkSecretShape } from './secret.ts';
import { show, type Finding } from './finding.ts';
import { checksOrgKeysOnSave, orgKeysSaveWarning } from './sso-page.ts';
import { diagnostic, withNamedValue } from './diagnostic.ts';
import type { Diagnostic } from './types.ts';

const DISCOVERY_PATH = '/.well-known/openid-configuration';

/** Text settings checked for doc placeholders (OKTA-TPL-001). */
const TEXT_SETTINGS = [
  'authority',
  'clientId',
  'callbackUrl',
  'principalDomain',
  'oidcClientId',
  'oidcClientSecret',
  'oidcDiscoveryUri',
  'oidcCallbackUrl',
  'oidcServerUrl',
] as const satisfies readonly SettingId[];
const LIST_SETTINGS = ['publicKeyUrls', 'adminPrincipals'] as const satisfies readonly SettingId[];

/** The authority, understood: which kind of Okta authorization server it names. */
interface Authority {
  /** The authority in its correct shape (equal to the setting when URL-001 found nothing). */
  value: string;
  origin: string;
  host: string;
  org: boolean;
}

export function checkSettings(settings: Settings, release: ReleaseFacts): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const add = (field: SettingId, findings: readonly (Finding | undefined)[]): void => {
    for (const f of findings) if (f) diagnostics.push(withNamedValue(diagnostic(f.id, f.severity, field, f.message, release), f.value));
  };
  // Settings from files are untrusted: read them through these, never by type assertion.
  const text = (id: SettingId): string | undefined => {
    const v = settings[id];
    return typeof v === 'string' ? v.trim() : undefined;
  };
  const list = (id: SettingId): string[] | undefined => {
    const v: unknown = settings[id];
    if (typeof v === 'string') return [v];
    if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? x.trim() : String(x)));
    return undefined;
  };
  const flag = (id: SettingId): boolean | undefined => {
    const v: unknown = settings[id];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string') return v.trim().toLowerCase() === 'true';
    return undefined;
  };

  // OKTA-TPL-001 first: a setting holding a placeholder gets no other finding.
  const placeholder = new Set<SettingId>();
  for (const id of TEXT_SETTINGS) {
    const raw = settings[id];
    if (typeof raw !== 'string' || raw === '') continue;
    const f = checkPlaceholder(raw, id, id === 'oidcClientSecret');
    if (f) {
      placeholder.add(id);
      add(id, [f]);
    }
  }
  for (const id of LIST_SETTINGS) {
    for (const entry of list(id) ?? []) {
      const f = checkPlaceholder(entry, `${id} entry`);
      if (f) {
        placeholder.add(id);
        add(id, [f]);
      }
    }
  }
  const given = (id: SettingId): boolean => settings[id] !== undefined && !placeholder.has(id);

  const clientType = text('clientType') ?? stringDefault(release, 'clientType') ?? 'public';
  const confidential = clientType === 'confidential';

  // OKTA-URL-001 on the authority; the other checks use its corrected shape.
  let authority: Authority | undefined;
  const authorityText = text('authority');
  if (given('authority') && authorityText !== undefined) {
    const result = checkAuthority(authorityText);
    authority = result.authority;
    add('authority', result.findings);
    const shapeOk = !result.findings.some((f) => f.severity === 'error');
    if (shapeOk && result.authority?.org && checksOrgKeysOnSave(release)) {
      add('authority', [orgKeysSaveWarning(release, `authority ${show(authorityText)} is the org authorization server`, `${result.authority.value}/v1/keys`)]);
    }
  }
  const providerName = text('providerName');
  if (providerName === '' && release.uiSsoConfig) {
    add('providerName', [{
      id: 'OKTA-OMV-001',
      severity: 'warning',
      message: `providerName is empty: ${release.label} refuses to save SSO settings from Settings > SSO with "Provider name is required" (OM#24404). Set it, for example to Okta.`,
    }]);
  }

  // Key URLs: OKTA-JWKS-001, -002, -003.
  const keys = given('publicKeyUrls') ? list('publicKeyUrls') : undefined;
  if (keys) {
    const omKeys = keys.filter(isOmJwksLike);
    const idpKeys = keys.filter((k) => !isOmJwksLike(k));
    add('publicKeyUrls', checkOktaKeys(idpKeys, authority));
    add('publicKeyUrls', checkKeyHosts(idpKeys));
    add('publicKeyUrls', checkOmKeys(omKeys, release, omOriginGuess(settings)));
  }

  // OKTA-CLIENT-001
  const clientId = text('clientId');
  if (given('clientId') && clientId !== undefined) add('clientId', checkClientId(clientId, 'clientId'));
  const oidcClientId = text('oidcClientId');
  if (confidential && given('oidcClientId') && oidcClientId && clientId !== undefined && oidcClientId !== clientId) {
    add('oidcClientId', [{
      id: 'OKTA-CLIENT-001',
      severity: 'error',
      message: `The OIDC client id ${show(oidcClientId)} differs from clientId ${show(clientId)}. Both must be the Client ID of the same Okta Web Application.`,
    }]);
  }

  // OKTA-CONF-001: the confidential client finds Okta through the discovery URI.
  if (confidential && !placeholder.has('oidcDiscoveryUri')) {
    add('oidcDiscoveryUri', checkDiscovery(text('oidcDiscoveryUri'), authority));
  }

  // OKTA-CONF-002: the confidential client's secret. An absent value may come from a Secret or an env var.
  const secret = settings.oidcClientSecret;
  if (confidential && typeof secret === 'string' && !placeholder.has('oidcClientSecret')) {
    if (secret.trim() === '') {
      add('oidcClientSecret', [{
        id: 'OKTA-CONF-002',
        severity: 'error',
        message: 'The OIDC client secret is empty, but a confidential client needs the client secret of the Okta Web Application ("secret cannot be blank"). Set it, or use clientType public with a Single-Page Application.',
      }]);
    } else {
      add('oidcClientSecret', checkSecretShape(secret, 'The OIDC client secret'));
    }
  }

  // Callbacks: OKTA-TLS-001, OKTA-REDIR-002, OKTA-REDIR-001.
  const callback = given('callbackUrl') ? text('callbackUrl') : undefined;
  const callbackUrl = callback !== undefined ? parseUrl(callback) : undefined;
  if (callback !== undefined) {
    add('callbackUrl', checkCallbackPath('callbackUrl', callback, callbackUrl));
    if (!confidential && callbackUrl?.protocol === 'http:' && !isLoopbackHost(callbackUrl.hostname)) {
      add('callbackUrl', [{
        id: 'OKTA-TLS-001',
        severity: 'error',
        message: `callbackUrl ${show(callback)} is plain http on a host other than localhost. The public client signs in with PKCE, which browsers only allow on https:// pages or on localhost: serve OpenMetadata over https and use https://${callbackUrl.host}/callback.`,
      }]);
    }
  }
  if (confidential) {
    const oidcCallback = given('oidcCallbackUrl') ? text('oidcCallbackUrl') : undefined;
    const oidcCallbackUrl = oidcCallback !== undefined ? parseUrl(oidcCallback) : undefined;
    if (oidcCallback !== undefined) add('oidcCallbackUrl', checkCallbackPath('oidcCallbackUrl', oidcCallback, oidcCallbackUrl));
    const serverText = given('oidcServerUrl') ? text('oidcServerUrl') : undefined;
    const serverUrl = serverText !== undefined ? parseUrl(serverText) : undefined;
    if (serverText !== undefined && !serverUrl) {
      add('oidcServerUrl', [{
        id: 'OKTA-REDIR-001',
        severity: 'error',
        message: `oidcServerUrl ${show(serverText)} is not a URL. Set it to the address users type in the browser to reach OpenMetadata, such as https://openmetadata.example.com.`,
      }]);
    }
    const reference = callbackUrl ? { id: 'callbackUrl', origin: callbackUrl.origin } : oidcCallbackUrl ? { id: 'oidcCallbackUrl', origin: oidcCallbackUrl.origin } : undefined;
    if (reference) {
      const others: [SettingId, string | undefined, URL | undefined][] = [
        ['oidcCallbackUrl', oidcCallback, oidcCallbackUrl],
        ['oidcServerUrl', serverText, serverUrl],
      ];
      for (const [id, value, url] of others) {
        if (id === reference.id || !url || value === undefined || url.origin === reference.origin) continue;
        add(id, [id === 'oidcServerUrl' && release.trustedRedirects
          ? {
              id: 'OKTA-REDIR-004',
              severity: 'error',
              message: `oidcServerUrl ${show(value)} is on ${url.origin}, but ${reference.id} is on ${reference.origin}. ${release.label} sends the browser back to {serverUrl}/auth/callback after sign-in and refuses any other address with "Redirect URI must exactly match a trusted redirect URI": set oidcServerUrl to ${reference.origin}.`,
            }
          : {
              id: 'OKTA-REDIR-001',
              severity: 'error',
              message: `${id} ${show(value)} is on ${url.origin}, but ${reference.id} is on ${reference.origin}. OpenMetadata's server URL and both callbacks must use the one address users type in the browser; use ${reference.origin}${id === 'oidcServerUrl' ? '' : '/callback'}.`,
            }]);
      }
    }
    // 2.0 compares {serverUrl}/auth/callback with the address the UI asks for, {origin}/auth/callback
    // (a server URL on another origin was reported just above).
    const serverOriginReported = diagnostics.some((d) => d.field === 'oidcServerUrl' && d.id === 'OKTA-REDIR-004');
    if (release.trustedRedirects && serverUrl && serverText !== undefined && !serverOriginReported && (serverUrl.pathname !== '/' || serverUrl.search !== '' || serverText.endsWith('/'))) {
      add('oidcServerUrl', [{
        id: 'OKTA-REDIR-004',
        severity: 'error',
        message: `oidcServerUrl ${show(serverText)} is not a bare origin: ${release.label} trusts exactly ${serverText}/auth/callback after sign-in, while the browser asks for ${serverUrl.origin}/auth/callback ("Redirect URI must exactly match a trusted redirect URI"). Set it to ${serverUrl.origin}.`,
      }]);
    }
  }

  // OKTA-UPG-001: 2.0's callback hands the browser OpenMetadata's own token (OM PR #26314), which
  // carries none of the custom Okta claims a mapping may name (OM#32000).
  const mapping = list('jwtPrincipalClaimsMapping')?.filter((m) => m !== '');
  if (confidential && release.callbackToken?.kind === 'openmetadata-jwt' && mapping && mapping.length > 0) {
    add('jwtPrincipalClaimsMapping', [{
      id: 'OKTA-UPG-001',
      severity: 'warning',
      message: `jwtPrincipalClaimsMapping ${show(mapping.join(','))} is read from the token each request carries. In ${release.label}'s auth code flow that is OpenMetadata's own token, not Okta's ID token, and it has no custom Okta claims: requests then fail with "Invalid JWT token, 'username' claim is not present" (OM#32000, open). Remove the mapping and let jwtPrincipalClaims name the user, or stay on 1.13 until a fix ships.`,
    }]);
  }

  // OKTA-DOM-001, OKTA-ADMIN-001
  const domain = text('principalDomain');
  if (given('principalDomain') && domain !== undefined) {
    add('principalDomain', checkPrincipalDomain(domain, flag('enforcePrincipalDomain') ?? false, 'principalDomain'));
  }
  const admins = list('adminPrincipals');
  if (admins && given('adminPrincipals')) add('adminPrincipals', checkAdminPrincipals(admins, 'adminPrincipals'));
  else if (admins && placeholder.has('adminPrincipals')) {
    const rest = admins.filter((a) => !checkPlaceholder(a, ''));
    if (rest.length > 0) add('adminPrincipals', checkAdminPrincipals(rest, 'adminPrincipals'));
  }

  const order = (d: Diagnostic): number => SETTING_ORDER.indexOf(d.field as SettingId);
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order(a.d) - order(b.d) || a.i - b.i)
    .map(({ d }) => d);
}

const SETTING_ORDER: readonly SettingId[] = [
  'provider', 'providerName', 'clientType', 'authority', 'clientId', 'callbackUrl', 'publicKeyUrls',
  'oidcEnabled', 'oidcType', 'oidcClientId', 'oidcClientSecret', 'oidcDiscoveryUri', 'oidcCallbackUrl', 'oidcServerUrl',
  'oidcScope', 'oidcPrompt', 'oidcMaxAge',
  'jwtPrincipalClaims', 'jwtPrincipalClaimsMapping', 'enableSelfSignup', 'authorizerClassName', 'containerRequestFilter',
  'adminPrincipals', 'principalDomain', 'enforcePrincipalDomain', 'enableSecureSocketConnection',
];

function stringDefault(release: ReleaseFacts, id: SettingId): string | undefined {
  const value = release.settings[id]?.default;
  return typeof value === 'string' ? value : undefined;
}

// ---------------------------------------------------------------------------------------------
// OKTA-URL-001 on the authority (FM-07)

/**
 * Classifies the authority (org: no path; custom: /oauth2/{id}) and reports any other shape,
 * suggesting the authority it most likely meant.
 */
export function checkAuthority(value: string): { authority?: Authority; findings: Finding[] } {
  const error = (message: string, authority?: Authority) => ({
    authority,
    findings: [{ id: 'OKTA-URL-001', severity: 'error', message } satisfies Finding],
  });
  const example = 'https://dev-123456.okta.com/oauth2/default (custom authorization server) or https://dev-123456.okta.com (org authorization server)';
  if (value === '') return error(`authority is empty. Set it to your Okta issuer, such as ${example}.`);
  const url = parseUrl(value);
  const tooLong = url && hostLengthProblem(url.hostname);
  if (tooLong) {
    return error(`authority ${show(value)} has ${tooLong}, so no Okta org has it. Set it to your Okta issuer, such as ${example}.`);
  }
  if (!url || !isHostName(url.hostname)) {
    return error(`authority ${show(value)} is not a URL. Set it to your Okta issuer, such as ${example}.`);
  }
  const id = /^\/oauth2\/([^/]*)/.exec(url.pathname)?.[1] ?? '';
  if (id.length > MAX_AUTH_SERVER_ID_CHARS) {
    return error(`authority ${show(value)} names an authorization server id of ${id.length} characters; Okta's are 20 (such as aus1a2b3c4d5e6f7g8h9), and none is longer than ${MAX_AUTH_SERVER_ID_CHARS}. Set it to your Okta issuer, such as ${example}.`);
  }
  const host = withoutAdmin(url.hostname);
  const server = authServerFromPath(url.pathname);
  const org = server === undefined || server === 'org';
  const origin = `https://${host}${url.port && url.port !== '443' ? `:${url.port}` : ''}`;
  const suggested: Authority = { value: org ? origin : `${origin}/oauth2/${server}`, origin, host, org };

  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push('does not use https://');
  if (url.username !== '' || url.password !== '') {
    return error(`authority contains a user name or password. Remove them: ${suggested.value}.`, suggested);
  }
  if (ADMIN_HOST.test(url.hostname)) problems.push('is on the Okta Admin Console host (-admin)');
  const path = url.pathname;
  if (/\/\.well-known\//.test(path)) problems.push('is the discovery URL, not the issuer');
  else if (/\/v1\//.test(path) || /\/v1$/.test(path)) problems.push('is an endpoint (/v1/...), not the issuer');
  else if (path !== '/' && path !== '' && !/^\/oauth2\/[A-Za-z0-9]+\/?$/.test(path)) problems.push(`has the path ${show(path)}, which is not /oauth2/{authorization server id}`);
  if (url.search !== '' || url.hash !== '') problems.push('has a query or fragment');
  if (problems.length === 0 && /\/$/.test(value)) problems.push('ends with a slash (Okta\u2019s issuer has none, and it is compared letter for letter)');
  if (problems.length > 0) {
    return error(`authority ${show(value)} ${problems.join(' and ')}. Use ${suggested.value}.`, suggested);
  }
  const findings: Finding[] = [];
  const typedHost = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]*)/i.exec(value)?.[1] ?? '';
  if (typedHost !== typedHost.toLowerCase()) {
    findings.push({
      id: 'OKTA-URL-001',
      severity: 'warning',
      message: `authority ${show(value)} has capital letters in the host. Okta writes its issuer in lower case and the browser compares it letter for letter: use ${suggested.value}.`,
    });
  }
  return { authority: suggested, findings };
}

// ---------------------------------------------------------------------------------------------
// Key URLs

/** OpenMetadata's own JWKS (any release's spelling, including the docs' `sytem` typo). */
function isOmJwksLike(url: string): boolean {
  const path = parseUrl(url)?.pathname ?? url;
  return /\/api\/v1\/.*jwks/i.test(path) || /\/config\/jwks/i.test(path);
}

/** OKTA-JWKS-001 (FM-02): the Okta key URL must be the authority's own. */
function checkOktaKeys(idpKeys: readonly string[], authority: Authority | undefined): Finding[] {
  if (!authority) return [];
  const expected = authority.org ? `${authority.origin}/oauth2/v1/keys` : `${authority.value}/v1/keys`;
  const kind = authority.org ? 'the org authorization server' : `the authorization server ${authority.value}`;
  const oktaKeys = idpKeys.filter((k) => {
    const u = parseUrl(k);
    return u !== undefined && (u.hostname === authority.host || OKTA_HOST.test(u.hostname));
  });
  // The right URL over http is OKTA-JWKS-002's finding, not a second one here.
  const same = (k: string): boolean => k === expected || k.replace(/^http:/i, 'https:') === expected;
  const listed = idpKeys.some(same);
  const findings: Finding[] = [];
  const wrong = oktaKeys.filter((k) => !same(k));
  if (!listed) {
    if (wrong.length === 0) {
      findings.push({
        id: 'OKTA-JWKS-001',
        severity: 'error',
        message: `publicKeyUrls has no Okta key URL for ${kind}, so OpenMetadata cannot verify Okta sign-ins ("No key found ... with kid"). Add ${expected}.`,
      });
    }
    for (const k of wrong) {
      findings.push({
        id: 'OKTA-JWKS-001',
        severity: 'error',
        message: `publicKeyUrls entry ${show(k)} is not the key URL of ${kind}, which signs the tokens. Replace it with ${expected}.`,
      });
    }
  } else {
    for (const k of wrong) {
      findings.push({
        id: 'OKTA-JWKS-001',
        severity: 'error',
        message: `publicKeyUrls entry ${show(k)} belongs to another Okta authorization server than the authority (${kind}, whose keys are at ${expected}, already listed). Remove it.`,
      });
    }
  }
  return findings;
}

/** OKTA-JWKS-002 (FM-04): the server fetches the Okta keys itself, over https, from Okta. */
function checkKeyHosts(idpKeys: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  for (const k of idpKeys) {
    const u = parseUrl(k);
    if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) {
      findings.push({ id: 'OKTA-JWKS-002', severity: 'error', message: `publicKeyUrls entry ${show(k)} is not an http(s) URL. Each entry is a full URL, such as https://dev-123456.okta.com/oauth2/default/v1/keys.` });
    } else if (isServerLocalHost(u.hostname)) {
      findings.push({ id: 'OKTA-JWKS-002', severity: 'error', message: `publicKeyUrls entry ${show(k)} points to ${u.hostname}, which for the OpenMetadata server is its own container, not Okta. Use the key URL on your Okta domain.` });
    } else if (u.protocol !== 'https:') {
      findings.push({ id: 'OKTA-JWKS-002', severity: 'error', message: `publicKeyUrls entry ${show(k)} uses http://; Okta serves its keys over https only. Use https://${u.host}${u.pathname}.` });
    }
  }
  return findings;
}

/** OKTA-JWKS-003 (FM-05): OpenMetadata's own keys validate bot and personal access tokens. */
function checkOmKeys(omKeys: readonly string[], release: ReleaseFacts, originGuess: string | undefined): Finding[] {
  const path = release.omJwksPath;
  const good = omKeys.filter((k) => {
    const u = parseUrl(k);
    return u !== undefined && (u.protocol === 'http:' || u.protocol === 'https:') && u.pathname === path && u.search === '' && u.hash === '';
  });
  const findings: Finding[] = [];
  for (const k of omKeys) {
    if (good.includes(k)) continue;
    const u = parseUrl(k);
    const fixed = u && (u.protocol === 'http:' || u.protocol === 'https:') ? `${u.origin}${path}` : undefined;
    const use = fixed ? `Use ${fixed}.` : `Use your OpenMetadata URL followed by ${path}.`;
    let why: string;
    if (/sytem/i.test(k)) why = 'misspells system as "sytem" (a typo in some OpenMetadata docs)';
    else if (u?.pathname === '/api/v1/config/jwks' && path !== '/api/v1/config/jwks') why = `has the OpenMetadata 0.x path; ${release.label} serves its keys at ${path}`;
    else if (u?.pathname === '/api/v1/system/config/jwks' && path !== u.pathname) why = `has the 1.x path; ${release.label} serves its keys at ${path}`;
    else why = `is not OpenMetadata's key URL, whose path is ${path}`;
    findings.push({ id: 'OKTA-JWKS-003', severity: 'error', message: `publicKeyUrls entry ${show(k)} ${why}. ${use}` });
  }
  if (good.length === 0 && findings.length === 0) {
    const example = originGuess ? `${originGuess}${path}` : `your OpenMetadata URL followed by ${path}`;
    findings.push({
      id: 'OKTA-JWKS-003',
      severity: 'error',
      message: `publicKeyUrls does not list OpenMetadata's own key URL, so bot, ingestion and personal access tokens are refused. Add ${example} next to the Okta key URL.`,
    });
  }
  return findings;
}

function omOriginGuess(settings: Settings): string | undefined {
  for (const id of ['oidcServerUrl', 'callbackUrl'] as const) {
    const v = settings[id];
    const u = typeof v === 'string' ? parseUrl(v.trim()) : undefined;
    if (u && (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '') return u.origin;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/** OKTA-CONF-001 (FM-10) */
function checkDiscovery(value: string | undefined, authority: Authority | undefined): Finding[] {
  const expected = authority ? `${authority.value}${DISCOVERY_PATH}` : undefined;
  const use = expected ? `Set it to ${expected}` : `Set it to your Okta issuer followed by ${DISCOVERY_PATH}`;
  if (value === undefined || value === '') {
    return [{ id: 'OKTA-CONF-001', severity: 'error', message: `The confidential client has no OIDC discovery URI, so OpenMetadata cannot find Okta ("You must define either the discovery URL ..."). ${use}.` }];
  }
  if (expected !== undefined) {
    if (value === expected) return [];
    return [{ id: 'OKTA-CONF-001', severity: 'error', message: `oidcDiscoveryUri ${show(value)} does not belong to the authority. ${use}.` }];
  }
  const u = parseUrl(value);
  if (!u || u.protocol !== 'https:' || !u.pathname.endsWith(DISCOVERY_PATH) || u.search !== '' || u.hash !== '') {
    return [{ id: 'OKTA-CONF-001', severity: 'error', message: `oidcDiscoveryUri ${show(value)} is not an Okta discovery URL. ${use}.` }];
  }
  return [];
}

/** OKTA-REDIR-002 (FM-15): OpenMetadata handles its login at /callback only. */
function checkCallbackPath(id: SettingId, value: string, url: URL | undefined): Finding[] {
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return [{ id: 'OKTA-REDIR-002', severity: 'error', message: `${id} ${show(value)} is not a URL. Set it to your OpenMetadata URL followed by /callback, such as https://openmetadata.example.com/callback.` }];
  }
  if (url.pathname === '/callback' && url.search === '' && url.hash === '') return [];
  // Two paths readers take for the callback: the UI's page after the server's sign-in, and an API-looking one.
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '/auth/callback' || path === '/api/v1/callback') {
    return [{
      id: 'OKTA-REDIR-002',
      severity: 'error',
      value: `${url.origin}/callback`,
      message: path === '/auth/callback'
        ? `${id} ${show(value)} is /auth/callback, the page of OpenMetadata's UI the server sends the browser to once it has finished the sign-in; Okta must send the browser to the server's /callback first, and the same URL must be a sign-in redirect URI of the Okta app. Use ${url.origin}/callback.`
        : `${id} ${show(value)} is /api/v1/callback, which OpenMetadata does not serve: the sign-in ends on an error page. Use ${url.origin}/callback, and register the same URL as a sign-in redirect URI of the Okta app.`,
    }];
  }
  return [{
    id: 'OKTA-REDIR-002',
    severity: 'error',
    value: `${url.origin}/callback`,
    message: `${id} ${show(value)} does not end in exactly /callback, the route OpenMetadata handles after sign-in (other paths leave the page spinning). Use ${url.origin}/callback.`,
  }];
}
