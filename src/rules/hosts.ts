/** Host names and URLs as the rules read them: loopback hosts, Okta's domains, the Admin Console host, authorization server paths. */

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
