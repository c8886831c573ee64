/**
 * Host names and URLs as the rules read them: loopback hosts, Okta's domains, the Admin Console
 * host, authorization server paths, and the lengths DNS and Okta allow.
 */

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
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/**
 * DNS (RFC 1035, section 2.3.4; RFC 1123, section 2.1): a host name is at most 253 characters as
 * written (255 octets on the wire, with the length bytes), and each label, the part between two
 * dots, at most 63. No resolver finds a longer name, so no Okta org or OpenMetadata server has one.
 */
export const MAX_HOST_CHARS = 253;
export const MAX_LABEL_CHARS = 63;

/**
 * What makes `host` longer than DNS allows, in words that follow "has" (`a host name of 300
 * characters, and DNS allows at most 253`), or undefined. Checked before the HOST_NAME pattern,
 * which has no reason to walk thousands of characters.
 */
export function hostLengthProblem(host: string): string | undefined {
  if (host.length > MAX_HOST_CHARS) return `a host name of ${host.length} characters, and DNS allows at most ${MAX_HOST_CHARS}`;
  const label = host.split('.').find((part) => part.length > MAX_LABEL_CHARS);
  if (label !== undefined) return `a part between dots of ${label.length} characters, and DNS allows at most ${MAX_LABEL_CHARS} in each`;
  return undefined;
}

/** A DNS host name (HOST_NAME) of a length DNS allows. */
export function isHostName(host: string): boolean {
  return hostLengthProblem(host) === undefined && HOST_NAME.test(host);
}

/**
 * Characters of an authorization server id at most. Okta's ids are 20 characters (`aus` and 17
 * letters and digits) and the built-in one is `default`; Okta documents no longer form, and 100
 * (the most its Management API takes for a client_id) leaves room for one while refusing text that
 * no id is.
 */
export const MAX_AUTH_SERVER_ID_CHARS = 100;

/** `dev-1-admin.okta.com` -> `dev-1.okta.com`; other hosts unchanged (lower-cased). */
export function withoutAdmin(host: string): string {
  const m = ADMIN_HOST.exec(host);
  return (m ? `${m[1]}.${m[2]}` : host).toLowerCase();
}

/** An id longer than any Okta has is not one: the rules then report the path as it is. */
const SERVER_PATH = new RegExp(`^/oauth2/([A-Za-z0-9]{1,${MAX_AUTH_SERVER_ID_CHARS}})(?:/|$)`);

/**
 * The authorization server a path points at: `/oauth2/default/...` -> `default`,
 * `/oauth2/v1/...` (the org server's endpoints) -> `org`, anything else -> undefined.
 */
export function authServerFromPath(path: string): string | undefined {
  const m = SERVER_PATH.exec(path);
  if (!m) return undefined;
  return m[1] === 'v1' ? 'org' : m[1];
}
