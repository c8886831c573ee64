/**
 * Checks on the reader's inputs (the form, the JSON inputs file, the share link). Each finding's
 * `field` is the input field name, so the form can show it next to that input.
 */
import { FIELD_NAMES, FIELDS, parseInputs, type FieldName, type Inputs } from '../inputs/fields.ts';
import { isOrgAuthServer } from '../inputs/derived.ts';
import { isValidKid } from '../keys/kid.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { ADMIN_HOST, MAX_AUTH_SERVER_ID_CHARS, OKTA_APEX, OKTA_HOST, authServerFromPath, hostLengthProblem, isHostName, isLoopbackHost, parseUrl, withoutAdmin } from './hosts.ts';
import { checkAdminPrincipals, checkPrincipalDomain } from './principals.ts';
import { checkClientId } from './client-id.ts';
import { checkPlaceholder, placeholderIn } from './placeholder.ts';
import { checkSecretShape, checkSecretSubstitution } from './secret.ts';
import { show, type Finding } from './finding.ts';
import { checksOrgKeysOnSave, orgKeysSaveWarning } from './sso-page.ts';
import { diagnostic } from './diagnostic.ts';
import type { Diagnostic } from './types.ts';

export interface InputsCheck {
  /** The parsed inputs (defaults filled) when parseInputs accepted them, even if rules found errors. */
  inputs?: Inputs;
  diagnostics: Diagnostic[];
}

/** Inputs that are text, checked for placeholders; adminPrincipals is checked entry by entry. */
const TEXT_FIELDS = ['omUrl', 'oktaDomain', 'authServer', 'clientId', 'clientSecret', 'principalDomain'] as const;

const label = (field: FieldName): string => FIELDS[field].label;

/** Never throws, whatever `raw` is. */
export function checkInputs(raw: unknown, release: ReleaseFacts): InputsCheck {
  try {
    return checkInputsUnsafe(raw, release);
  } catch {
    // A hostile object (a throwing getter, a Proxy) is reported, not thrown.
    return {
      diagnostics: [diagnostic('OKTA-INPUT-001', 'error', undefined, 'The inputs could not be read. Provide a plain JSON object with the fields ' + FIELD_NAMES.join(', ') + '.', release)],
    };
  }
}

function checkInputsUnsafe(raw: unknown, release: ReleaseFacts): InputsCheck {
  const diagnostics: Diagnostic[] = [];
  const add = (field: FieldName | undefined, findings: readonly (Finding | undefined)[]): void => {
    for (const f of findings) if (f) diagnostics.push(diagnostic(f.id, f.severity, field, f.message, release));
  };

  const parsed = parseInputs(raw);
  if (!parsed.success) {
    // parseInputs reports one issue per field: one finding each.
    for (const issue of parsed.issues) add(issue.field, [{ id: 'OKTA-INPUT-001', severity: 'error', message: issue.message }]);
    add(undefined, unknownKeys(raw));
    return { diagnostics: sortByField(diagnostics) };
  }

  const inputs = parsed.data;
  add(undefined, unknownKeys(raw));

  // OKTA-TPL-001 first: a field holding a placeholder gets no other finding.
  const placeholder = new Set<FieldName>();
  for (const field of TEXT_FIELDS) {
    const value = inputs[field];
    if (value === undefined || value === '') continue;
    const f = checkPlaceholder(value, label(field), FIELDS[field].secret);
    if (f) {
      placeholder.add(field);
      add(field, [f]);
    }
  }
  for (const entry of inputs.adminPrincipals) {
    const f = checkPlaceholder(entry, `${label('adminPrincipals')} entry`);
    if (f) {
      placeholder.add('adminPrincipals');
      add('adminPrincipals', [f]);
    }
  }
  const clean = (field: FieldName): boolean => !placeholder.has(field);

  let omUrl: URL | undefined;
  if (clean('omUrl')) {
    const result = checkOmUrl(inputs.omUrl);
    omUrl = result.url;
    add('omUrl', result.findings);
  }
  if (omUrl) {
    const loopback = isLoopbackHost(omUrl.hostname);
    if (inputs.flow === 'implicit' && omUrl.protocol === 'http:' && !loopback) {
      add('omUrl', [{
        id: 'OKTA-TLS-001',
        severity: 'error',
        message: `${label('omUrl')} ${show(inputs.omUrl)} is plain http on a host other than localhost. The implicit flow signs in with PKCE, which browsers only allow on https:// pages or on localhost: serve OpenMetadata over https and enter https://${omUrl.host}.`,
      }]);
    }
    if (loopback) {
      add('omUrl', [{
        id: 'OKTA-REDIR-002',
        severity: 'info',
        message: `${label('omUrl')} points to ${omUrl.hostname}: fine for a local trial, but users on other machines need the real host name of OpenMetadata here, and the Okta app must list redirect URIs on that host.`,
      }]);
    }
  }

  if (clean('oktaDomain')) {
    const typed = isRecord(raw) && typeof raw['oktaDomain'] === 'string' ? raw['oktaDomain'].trim() : inputs.oktaDomain;
    add('oktaDomain', checkOktaDomain(typed, inputs.authServer));
  }

  let authServerOk = false;
  if (clean('authServer')) {
    const findings = checkAuthServer(inputs.authServer);
    authServerOk = findings.length === 0;
    add('authServer', findings);
  }
  if (authServerOk && isOrgAuthServer(inputs.authServer) && checksOrgKeysOnSave(release)) {
    add('authServer', [orgKeysSaveWarning(release, 'The org authorization server', '{authority}/v1/keys')]);
  }

  if (clean('clientId')) add('clientId', checkClientId(inputs.clientId, label('clientId')));

  const secret = inputs.clientSecret ?? '';
  if (inputs.flow === 'implicit') {
    if (secret.trim() !== '') {
      add('clientSecret', [{
        id: 'OKTA-APP-001',
        severity: 'error',
        message: `A client secret is set, but the implicit flow uses an Okta Single-Page Application, which has no client secret (Okta refuses the sign-in). Either clear the client secret, or switch Flow to authcode and use an Okta Web Application.`,
      }]);
    }
  } else if (secret.trim() === '') {
    // Without inlineSecret the files read the secret from the environment or a Kubernetes
    // Secret, so the reader never has to type it here.
    if (inputs.inlineSecret) {
      add('clientSecret', [{
        id: 'OKTA-CONF-002',
        severity: 'error',
        message: `You asked for the client secret in the snippets, but it is empty. Enter the client secret of the Okta Web Application (General tab, Client Credentials), or turn "Put the client secret in the snippets" off to read it from the environment.`,
      }]);
    }
  } else if (clean('clientSecret')) {
    const shape = checkSecretShape(secret, label('clientSecret'));
    add('clientSecret', shape.length > 0 ? shape : checkSecretSubstitution(secret, label('clientSecret')));
  }

  if (clean('principalDomain')) {
    add('principalDomain', checkPrincipalDomain(inputs.principalDomain, inputs.enforcePrincipalDomain, label('principalDomain')));
  }
  const admins = inputs.adminPrincipals.filter((entry) => !placeholderIn(entry));
  if (admins.length > 0 || !placeholder.has('adminPrincipals')) {
    add('adminPrincipals', checkAdminPrincipals(admins, label('adminPrincipals')));
  }

  if (!release.confidentialClient && inputs.flow === 'authcode') {
    add('flow', [{
      id: 'OKTA-OMV-002',
      severity: 'error',
      message: `${release.label} has no confidential client: the auth code flow with an Okta Web Application and a client secret came with OpenMetadata 1.x. Set Flow to implicit and use an Okta Single-Page Application.`,
    }]);
  }
  if (release.ingestion.kind === 'okta-service-app') {
    for (const [field, findings] of checkServiceApp(inputs, authServerOk)) add(field, findings);
  }

  return { inputs, diagnostics: sortByField(diagnostics) };
}

// ---------------------------------------------------------------------------------------------
// OKTA-LEGACY-001 (FM-32, FM-40): the Okta service application that 0.12 ingestion signs in with

/** Characters of an email address at most (RFC 5321, section 4.5.3.1.3: a path of 256 with its angle brackets). */
const MAX_EMAIL_CHARS = 254;
const EMAIL = /^[^@\s]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

function checkServiceApp(inputs: Inputs, authServerOk: boolean): [FieldName, Finding[]][] {
  const out: [FieldName, Finding[]][] = [];
  const error = (message: string): Finding[] => [{ id: 'OKTA-LEGACY-001', severity: 'error', message }];

  const clientId = inputs.serviceClientId ?? '';
  const what = `${label('serviceClientId')} (serviceClientId)`;
  const placeholderId = clientId === '' ? undefined : checkPlaceholder(clientId, label('serviceClientId'));
  if (clientId === '') {
    out.push(['serviceClientId', error(`${what} is missing. Create the Okta service application (see the service application page) and enter its Client ID: ingestion signs in to Okta with it, not with the Single-Page Application.`)]);
  } else if (placeholderId) {
    out.push(['serviceClientId', [placeholderId]]);
  } else if (clientId === inputs.clientId) {
    out.push(['serviceClientId', error(`${what} is the Client ID of the Single-Page Application that users sign in with. Ingestion needs the Client ID of the service application (private_key_jwt); with the SPA's, Okta refuses the token request and ingestion fails with "Could not fetch the access token please validate the orgURL & clientId".`)]);
  } else {
    out.push(['serviceClientId', checkClientId(clientId, label('serviceClientId'))]);
  }

  const email = inputs.serviceEmail ?? '';
  const emailWhat = `${label('serviceEmail')} (serviceEmail)`;
  const placeholderEmail = email === '' ? undefined : checkPlaceholder(email, label('serviceEmail'));
  if (email === '') {
    out.push(['serviceEmail', error(`${emailWhat} is missing. Enter the email of the ingestion bot the service application acts as, such as ingestion-bot@example.com; the 0.12 ingestion config requires it.`)]);
  } else if (placeholderEmail) {
    out.push(['serviceEmail', [placeholderEmail]]);
  } else if (email.length > MAX_EMAIL_CHARS) {
    out.push(['serviceEmail', error(`${emailWhat} ${show(email)} is ${email.length} characters long, and an email address holds at most ${MAX_EMAIL_CHARS}. Enter one address, such as ingestion-bot@example.com.`)]);
  } else if (!EMAIL.test(email) || hostLengthProblem(email.slice(email.lastIndexOf('@') + 1))) {
    out.push(['serviceEmail', error(`${emailWhat} ${show(email)} is not an email address. Enter one address, such as ingestion-bot@example.com.`)]);
  }

  const kid = inputs.serviceKid ?? '';
  if (kid !== '' && !isValidKid(kid)) {
    out.push(['serviceKid', error(`${label('serviceKid')} (serviceKid) ${show(kid)} has other characters than letters, digits, dots, dashes and underscores, or is longer than 64. Enter a simple id, or leave it empty and let the key generator pick one.`)]);
  }

  if (authServerOk && isOrgAuthServer(inputs.authServer)) {
    out.push(['authServer', [{
      id: 'OKTA-LEGACY-001',
      severity: 'warning',
      message: 'With the org authorization server, the service application\'s access token is meant for Okta\'s own APIs: OpenMetadata cannot check its signature, and Okta issues it only for Okta API scopes. Ingestion through the service application needs a custom authorization server (such as default) with a default scope and an access policy rule that allows Client Credentials.',
    }]]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(raw: unknown): Finding[] {
  if (!isRecord(raw)) return [];
  const known = new Set<string>(FIELD_NAMES);
  const unknown = Object.keys(raw).filter((k) => !known.has(k) && !k.startsWith('$'));
  if (unknown.length === 0) return [];
  const names = unknown.slice(0, 5).map((value) => show(value)).join(', ') + (unknown.length > 5 ? `, and ${unknown.length - 5} more` : '');
  return [{
    id: 'OKTA-INPUT-001',
    severity: 'warning',
    message: `Unknown input ${names} is ignored. Check the spelling; the inputs are ${FIELD_NAMES.join(', ')}.`,
  }];
}

function sortByField(diagnostics: Diagnostic[]): Diagnostic[] {
  const order = (d: Diagnostic): number => (d.field === undefined ? -1 : (FIELD_NAMES as readonly string[]).indexOf(d.field));
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => order(a.d) - order(b.d) || a.i - b.i)
    .map(({ d }) => d);
}

// ---------------------------------------------------------------------------------------------
// OM-URL-001

function checkOmUrl(value: string): { url?: URL; findings: Finding[] } {
  const what = label('omUrl');
  const error = (message: string) => ({ findings: [{ id: 'OM-URL-001', severity: 'error', message } satisfies Finding] });
  const example = 'for example https://openmetadata.example.com or http://localhost:8585';
  if (value === '') return error(`${what} is empty. Enter the address users type in the browser to reach OpenMetadata, ${example}.`);
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    const guess = parseUrl(`https://${value.split(/[/?#]/)[0] ?? ''}`);
    let hint = '';
    if (guess && (isHostName(guess.hostname) || isLoopbackHost(guess.hostname))) {
      hint = `: ${isLoopbackHost(guess.hostname) ? 'http' : 'https'}://${guess.host}`;
    }
    return error(`${what} ${show(value)} has no http:// or https://. Enter the full address${hint}.`);
  }
  const url = parseUrl(value);
  if (!url || url.hostname === '') return error(`${what} ${show(value)} is not a valid URL. Enter the address users type in the browser, ${example}.`);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return error(`${what} ${show(value)} must start with http:// or https://, ${example}.`);
  }
  if (url.username !== '' || url.password !== '') {
    // Do not repeat the value: it holds a password.
    return error(`${what} contains a user name or password. Remove them and enter only ${url.protocol}//${url.host}.`);
  }
  const extras: string[] = [];
  if (url.pathname !== '/' && url.pathname !== '') extras.push(`the path ${show(url.pathname)}`);
  if (url.search !== '' || value.includes('?')) extras.push('a query (?...)');
  if (url.hash !== '' || value.includes('#')) extras.push('a fragment (#...)');
  if (extras.length > 0) {
    return error(`${what} ${show(value)} has ${extras.join(' and ')}. Enter only the scheme, host and port: ${url.origin}.`);
  }
  // Browsers take a `$`, `!` or `*` in a host; DNS does not, and the `metadata` CLI would expand a
  // `$NAME` in the ingestion workflow's hostPort. Underscores stay: container networks use them.
  if (!/^(?:[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?)*|\[[0-9a-f:.]+\])$/i.test(url.hostname)) {
    return error(`${what} ${show(value)} has characters a host name cannot hold. Enter the address users type in the browser, ${example}.`);
  }
  // The URL parser takes any length; DNS does not, and the files and pages would carry the host.
  const tooLong = url.hostname.startsWith('[') ? undefined : hostLengthProblem(url.hostname);
  if (tooLong) {
    return error(`${what} ${show(value)} has ${tooLong}. Enter the address users type in the browser, ${example}.`);
  }
  // The URL parser rewrites some text on the way (a backslash becomes a slash, tabs and line
  // breaks vanish, a default port is dropped): the files would hold the text as typed.
  if (value.replace(/\/$/, '').toLowerCase() !== url.origin.toLowerCase()) {
    return error(`${what} ${show(value)} is read by browsers as ${url.origin}. Enter ${url.origin}.`);
  }
  return { url, findings: [] };
}

// ---------------------------------------------------------------------------------------------
// OKTA-URL-001: Okta domain and authorization server

function checkOktaDomain(value: string, authServer: string): Finding[] {
  const what = label('oktaDomain');
  const error = (message: string): Finding[] => [{ id: 'OKTA-URL-001', severity: 'error', message }];
  if (value === '') {
    return error(`${what} is empty. Enter the host name of your Okta org, such as dev-123456.okta.com (shown in the Okta Admin Console under your user name).`);
  }

  // Take the host out of whatever was pasted: scheme, credentials, path, port.
  let rest = value;
  const hadScheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(rest);
  if (hadScheme) rest = rest.slice(hadScheme[0].length);
  const cut = rest.search(/[/?#]/);
  const hostPort = cut === -1 ? rest : rest.slice(0, cut);
  const path = cut === -1 ? '' : rest.slice(cut).replace(/[?#].*$/s, '');
  const afterAt = hostPort.slice(hostPort.lastIndexOf('@') + 1);
  const portMatch = /:(\d*)$/.exec(afterAt);
  const host = portMatch ? afterAt.slice(0, portMatch.index) : afterAt;

  const tooLong = hostLengthProblem(host);
  if (tooLong) {
    return error(`${what} ${show(value)} has ${tooLong}, so no Okta org has it. Enter only the host of your Okta org, such as dev-123456.okta.com.`);
  }
  if (!isHostName(host)) {
    return error(`${what} ${show(value)} is not a host name. Enter only the host of your Okta org, such as dev-123456.okta.com.`);
  }
  const suggestion = withoutAdmin(host);

  const extras: string[] = [];
  if (hadScheme) extras.push(`a scheme (${hadScheme[0]})`);
  if (hostPort !== afterAt) extras.push('a user name');
  if (portMatch) extras.push('a port');
  if (path === '/') extras.push('a trailing slash');
  else if (path !== '') extras.push(`the path ${show(path)}`);
  if (extras.length > 0) {
    const server = authServerFromPath(path);
    const serverHint = server && server !== authServer
      ? `, and set Authorization server (authServer) to ${server}`
      : '';
    return error(`${what} ${show(value)} has ${extras.join(' and ')}. Enter only the host: ${suggestion}${serverHint}.`);
  }
  if (ADMIN_HOST.test(host)) {
    return error(`${what} ${show(value)} is the Okta Admin Console host, which sign-in cannot use. Enter the org host without -admin: ${suggestion}.`);
  }
  if (OKTA_APEX.test(host)) {
    return error(`${what} ${show(value)} is Okta itself, not your org. Enter your org's host, such as dev-123456.okta.com.`);
  }
  // The URL parser reads a host whose last label is a number (decimal, octal or 0x hex) as an
  // IPv4 address, and Okta orgs are only reached by name.
  if (/^(?:0x[0-9a-f]*|[0-9]+)$/i.test(host.slice(host.lastIndexOf('.') + 1))) {
    return error(`${what} ${show(value)} ends in a number, so browsers and OpenMetadata read it as an IP address. Okta orgs are reached by host name: enter one such as dev-123456.okta.com.`);
  }
  const findings: Finding[] = [];
  if (host !== host.toLowerCase()) {
    findings.push({
      id: 'OKTA-URL-001',
      severity: 'info',
      message: `${what} ${show(value)} has capital letters. Host names do not depend on case, but Okta writes its issuer in lower case and OpenMetadata compares it letter for letter, so the files use ${host.toLowerCase()}.`,
    });
  }
  if (!OKTA_HOST.test(host)) {
    findings.push({
      id: 'OKTA-URL-001',
      severity: 'info',
      message: `${what} ${show(value)} is not an okta.com, oktapreview.com or okta-emea.com host. That is fine if it is your Okta custom domain; then use it everywhere (the issuer in Okta must use the same host).`,
    });
  }
  return findings;
}

function checkAuthServer(value: string): Finding[] {
  const what = label('authServer');
  const error = (message: string): Finding[] => [{ id: 'OKTA-URL-001', severity: 'error', message }];
  if (value === '' || value === 'org' || value === 'default') return [];
  const lower = value.toLowerCase();
  if (lower === 'org' || lower === 'default') {
    return error(`${what} ${show(value)}: authorization server ids are case-sensitive. Enter ${lower}.`);
  }
  if (value.includes('/')) {
    const url = parseUrl(value) ?? parseUrl(`https://x.invalid${value.startsWith('/') ? '' : '/'}${value}`);
    const path = url?.pathname ?? '';
    const server = authServerFromPath(path) ?? (url && /^\/?$/.test(path) && value.includes('://') ? 'org' : undefined);
    if (server) return error(`${what} ${show(value)} is a URL or path. Enter only the authorization server: ${server}.`);
  }
  if (value.length > MAX_AUTH_SERVER_ID_CHARS) {
    return error(`${what} ${show(value)} is ${value.length} characters long; Okta's authorization server ids are 20 characters (such as aus1a2b3c4d5e6f7g8h9), and none is longer than ${MAX_AUTH_SERVER_ID_CHARS}. Enter org, default, or the id of a custom authorization server (Security > API > Authorization Servers).`);
  }
  if (/^[A-Za-z0-9]+$/.test(value)) return [];
  return error(`${what} ${show(value)} is not an authorization server. Enter org (the built-in org server), default, or the id of a custom authorization server (Security > API > Authorization Servers, letters and digits only, such as aus1a2b3c4d5e6f7g8h9).`);
}
