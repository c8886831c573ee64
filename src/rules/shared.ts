/**
 * Checks and helpers used by both stages (inputs and settings). A check returns findings without
 * a field; the stage adds the field it looked at (an input name or a setting id).
 */
import type { RuleId } from './table.ts';
import type { Severity } from './types.ts';

export interface Finding {
  id: RuleId;
  severity: Severity;
  message: string;
}

const MAX_SHOWN = 60;

/** A value quoted for a message: JSON-escaped (no raw control characters) and cut to a readable length. */
export function show(value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}\u2026` : value;
  return JSON.stringify(cut);
}

export function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Hosts a browser treats as a secure context over plain http (URL.hostname spelling). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
export const isLoopbackHost = (hostname: string): boolean => LOOPBACK_HOSTS.has(hostname.toLowerCase());

/** Hosts that, seen from inside the OpenMetadata container, are not Okta. */
const SERVER_LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', 'host.docker.internal', '0.0.0.0']);
export const isServerLocalHost = (hostname: string): boolean => SERVER_LOCAL_HOSTS.has(hostname.toLowerCase());

/** Okta's own domains (section 0.1 of the failure catalogue); anything else is a custom domain. */
export const OKTA_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:okta|oktapreview|okta-emea)\.com$/i;
export const OKTA_APEX = /^(?:okta|oktapreview|okta-emea)\.com$/i;
/** The Admin console host: `{org}-admin.okta.com` (FM-07). */
export const ADMIN_HOST = /^(.+)-admin\.((?:okta|oktapreview|okta-emea)\.com)$/i;
/** A DNS host name: dot-separated labels of letters, digits and inner hyphens, at least two labels. */
export const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** `dev-1-admin.okta.com` -> `dev-1.okta.com`; other hosts unchanged (lower-cased). */
export function withoutAdmin(host: string): string {
  const m = ADMIN_HOST.exec(host);
  return (m ? `${m[1]}.${m[2]}` : host).toLowerCase();
}

/**
 * The authorization server a path points at: `/oauth2/default/...` -> `default`,
 * `/oauth2/v1/...` (the org server's endpoints) -> `org`, anything else -> undefined.
 */
export function authServerFromPath(path: string): string | undefined {
  const m = /^\/oauth2\/([A-Za-z0-9]+)(?:\/|$)/.exec(path);
  if (!m) return undefined;
  return m[1] === 'v1' ? 'org' : m[1];
}

// ---------------------------------------------------------------------------------------------
// OKTA-TPL-001: placeholders copied from the docs (FM-06)

const PLACEHOLDER_WORDS = ['ISSUER_URL', 'your domain', 'Client ID', 'Client Secret'];

/**
 * What in `value` looks like a placeholder, in words, or undefined. Secrets are held to a looser
 * test (a secret may contain braces or angle brackets): only the doc's words, or a value wrapped
 * whole in {...} or <...>, count; and the description never quotes the secret.
 */
export function placeholderIn(value: string, secret = false): string | undefined {
  const lower = value.toLowerCase();
  for (const word of PLACEHOLDER_WORDS) {
    if (lower.includes(word.toLowerCase())) return `the placeholder text "${word}"`;
  }
  if (secret) {
    return /^\s*(?:\{[^]*\}|<[^]*>)\s*$/.test(value) ? 'a placeholder in braces or angle brackets' : undefined;
  }
  const braced = /\{[^{}]{0,40}\}|<[^<>]{0,40}>/.exec(value);
  if (braced) return `the placeholder ${show(braced[0])}`;
  const bracket = /[{}<>]/.exec(value);
  if (bracket) return `the character ${show(bracket[0])}`;
  if (value.split('://').length > 2) return 'the scheme "://" twice (as in http://https://...)';
  if (/x{6,}/i.test(value)) return 'the placeholder "xxxxxx"';
  return undefined;
}

export function checkPlaceholder(value: string, what: string, secret = false): Finding | undefined {
  const found = placeholderIn(value, secret);
  if (!found) return undefined;
  const subject = secret ? what : `${what} ${show(value)}`;
  return {
    id: 'OKTA-TPL-001',
    severity: 'error',
    message: `${subject} contains ${found}, left from the documentation. Replace the placeholder with your value.`,
  };
}

// ---------------------------------------------------------------------------------------------
// OKTA-CLIENT-001 (FM-25)

export function checkClientId(value: string, what: string): Finding[] {
  if (value === '') {
    return [{
      id: 'OKTA-CLIENT-001',
      severity: 'error',
      message: `${what} is empty. Copy the Client ID from the Okta app (General tab, Client Credentials).`,
    }];
  }
  const bad = /[^0-9A-Za-z]/.exec(value);
  if (bad) {
    const char = /\s/.test(bad[0]) ? 'a space or line break' : `the character ${show(bad[0])}`;
    return [{
      id: 'OKTA-CLIENT-001',
      severity: 'error',
      message: `${what} ${show(value)} contains ${char}; Okta client IDs are letters and digits only. Copy the Client ID again from the Okta app (General tab, Client Credentials).`,
    }];
  }
  const doubts: string[] = [];
  if (value.length < 20) doubts.push(`is ${value.length} characters long`);
  if (!value.startsWith('0oa')) doubts.push('does not start with 0oa');
  if (doubts.length === 0) return [];
  return [{
    id: 'OKTA-CLIENT-001',
    severity: 'warning',
    message: `${what} ${show(value)} ${doubts.join(' and ')}; Okta client IDs are usually 20 characters starting with 0oa. Check that you copied the Client ID of the OpenMetadata app, not another value.`,
  }];
}

// ---------------------------------------------------------------------------------------------
// OKTA-CONF-002 (FM-13): the shape of a secret. Messages never include the secret.

const QUOTES = /^["'`\u2018\u2019\u201c\u201d]|["'`\u2018\u2019\u201c\u201d]$/;

export function checkSecretShape(value: string, what: string): Finding[] {
  const problems: string[] = [];
  if (value !== value.trim()) problems.push('starts or ends with a space or line break');
  else if (/[\r\n]/.test(value)) problems.push('contains a line break');
  if (QUOTES.test(value.trim())) problems.push('starts or ends with a quote character');
  if (value.includes('\0')) problems.push('contains a NUL character');
  if (problems.length === 0) return [];
  return [{
    id: 'OKTA-CONF-002',
    severity: 'error',
    message: `${what} ${problems.join(' and ')}, which would become part of the secret and make Okta reject it. Paste only the secret itself, without quotes or spaces.`,
  }];
}

/**
 * A typed secret holding `${`: Dropwizard's substitution runs over the whole configuration text,
 * values pasted in included, so the server would send Okta another secret. Inputs only: in a
 * configuration file, `${OIDC_CLIENT_SECRET}` is how the secret is meant to be read.
 */
export function checkSecretSubstitution(value: string, what: string): Finding[] {
  if (!value.includes('${')) return [];
  return [{
    id: 'OKTA-CONF-002',
    severity: 'error',
    message: `${what} contains \${, which OpenMetadata replaces with an environment variable when it reads its configuration, so the server would send Okta another secret. Okta's generated secrets never contain it: paste the secret again, or generate a new one in Okta.`,
  }];
}

// ---------------------------------------------------------------------------------------------
// OKTA-DOM-001 (FM-26)

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const DEFAULT_PRINCIPAL_DOMAIN = 'open-metadata.org';

export function checkPrincipalDomain(value: string, enforce: boolean, what: string): Finding[] {
  const v = value.trim();
  const error = (message: string): Finding[] => [{ id: 'OKTA-DOM-001', severity: 'error', message }];
  if (v === '') {
    return enforce
      ? error(`${what} is empty while only users of the principal domain may log in, so nobody could. Enter your users' email domain (example.com for jane@example.com).`)
      : [{
        id: 'OKTA-DOM-001',
        severity: 'warning',
        message: `${what} is empty. OpenMetadata builds user emails as name@domain with it: enter your users' email domain (example.com for jane@example.com).`,
      }];
  }
  if (v.includes('@')) {
    const after = v.slice(v.lastIndexOf('@') + 1).toLowerCase();
    const hint = DOMAIN.test(after) ? `: ${after}` : '';
    return error(`${what} ${show(v)} contains @. Enter only the domain, the part after the @${hint}.`);
  }
  if (v.includes('://')) {
    const host = parseUrl(v)?.hostname.toLowerCase();
    const hint = host && DOMAIN.test(host) ? `: ${host}` : '';
    return error(`${what} ${show(v)} is a URL. Enter only the email domain, without scheme or path${hint}.`);
  }
  if (/[,;\s]/.test(v)) {
    return error(`${what} ${show(v)} holds more than one value. Enter one domain; OpenMetadata takes further domains in allowedDomains.`);
  }
  const lower = v.toLowerCase();
  if (!DOMAIN.test(lower)) {
    return error(`${what} ${show(v)} is not a domain name. Enter your users' email domain, such as example.com.`);
  }
  const findings: Finding[] = [];
  if (lower !== v) {
    findings.push({
      id: 'OKTA-DOM-001',
      severity: 'warning',
      message: `${what} ${show(v)} has capital letters; OpenMetadata compares domains as written in some releases. Enter it in lower case: ${lower}.`,
    });
  }
  if (enforce && lower === DEFAULT_PRINCIPAL_DOMAIN) {
    findings.push({
      id: 'OKTA-DOM-001',
      severity: 'warning',
      message: `${what} is still OpenMetadata's default, ${DEFAULT_PRINCIPAL_DOMAIN}, and only users of that domain may log in. Enter your users' email domain.`,
    });
  }
  return findings;
}

// ---------------------------------------------------------------------------------------------
// OKTA-ADMIN-001 (FM-27)

const USER_NAME = /^[A-Za-z0-9._-]+$/;

export function checkAdminPrincipals(list: readonly string[], what: string): Finding[] {
  const error = (message: string): Finding => ({ id: 'OKTA-ADMIN-001', severity: 'error', message });
  if (list.length === 0) {
    return [error(`${what} is empty, so nobody would be an OpenMetadata admin. Add at least one user name: the part of the admin's email before the @ (jane for jane@example.com).`)];
  }
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const raw of list) {
    const entry = raw.trim();
    if (entry === '') {
      findings.push(error(`${what} has an empty entry. Remove it, or put the admin's user name there.`));
      continue;
    }
    if (entry.includes('@')) {
      const local = entry.slice(0, entry.indexOf('@'));
      findings.push(
        USER_NAME.test(local)
          ? error(`${what}: ${show(entry)} is an email address. Enter the user name, the part before the @: ${local}.`)
          : error(`${what}: ${show(entry)} is an email address. Enter only the user name, the part before the @.`),
      );
      continue;
    }
    if (entry.includes(':')) {
      // Looks like name:password (OM#15518). Never repeat what follows the colon.
      const name = entry.slice(0, entry.indexOf(':'));
      const hint = USER_NAME.test(name) ? `: ${name}` : '';
      findings.push(error(`${what}: an entry looks like name:password. Admin principals are user names only, without a password${hint}.`));
      continue;
    }
    if (!USER_NAME.test(entry)) {
      findings.push(error(`${what}: ${show(entry)} is not a user name. Use letters, digits, dots, hyphens and underscores only (the part of the email before the @), one name per entry.`));
      continue;
    }
    const key = entry.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({
        id: 'OKTA-ADMIN-001',
        severity: 'warning',
        message: `${what}: ${show(entry)} is listed more than once${first === entry ? '' : ` (also as ${show(first)})`}. Keep one.`,
      });
    } else {
      seen.set(key, entry);
    }
  }
  return findings;
}
