/**
 * Values computed from the inputs, never typed by the reader: issuer, discovery URL, both JWKS
 * URLs and the sign-in redirect URIs. Shapes per Okta authorization server: the org AS's keys at
 * /oauth2/v1/keys (the fix of OM#2773), a custom AS's at {issuer}/v1/keys (the `{ISSUER_URL}/v1/keys`
 * of OpenMetadata's Okta guide).
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { FieldName, Inputs } from './fields.ts';

export interface Derived {
  /** The `authority`: the exact `iss` Okta puts in tokens when the issuer mode is "Okta URL". */
  issuer: string;
  discoveryUrl: string;
  oktaJwksUrl: string;
  /** OpenMetadata's own JWKS, which validates bot and personal access tokens. */
  omJwksUrl: string;
  /** The sign-in redirect URIs the Okta app must list, exactly. */
  redirectUris: string[];
  /** The callback OpenMetadata is configured with. */
  callbackUrl: string;
  /** Origin to add as an Okta Trusted Origin (CORS and redirect). */
  origin: string;
  /** Sign-out redirect URI and base URI for the Okta app. */
  signOutRedirectUri: string;
  isOrgAuthServer: boolean;
}

/**
 * The inputs each derived value is computed from. While one of them holds an error, pages show
 * which to fix instead of the value, and offer nothing to copy: an Okta domain typed with its
 * https:// would otherwise give an issuer of https://https://...
 */
export const DERIVED_FROM: Readonly<Record<keyof Derived, readonly FieldName[]>> = {
  issuer: ['oktaDomain', 'authServer'],
  discoveryUrl: ['oktaDomain', 'authServer'],
  oktaJwksUrl: ['oktaDomain', 'authServer'],
  omJwksUrl: ['omUrl'],
  redirectUris: ['omUrl', 'flow'],
  callbackUrl: ['omUrl'],
  origin: ['omUrl'],
  signOutRedirectUri: ['omUrl'],
  isOrgAuthServer: ['authServer'],
};

/** `https://om.example.com/` and `https://om.example.com` are the same site: drop trailing slashes. */
export function normalizeBaseUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

export function isOrgAuthServer(authServer: string): boolean {
  return authServer === 'org' || authServer === '';
}

export function deriveIssuer(oktaDomain: string, authServer: string): string {
  const base = `https://${oktaDomain}`;
  return isOrgAuthServer(authServer) ? base : `${base}/oauth2/${authServer}`;
}

/** `scheme://host[:port]` of a URL, by text: URL() would lower-case the host and reject placeholders. */
export function originOf(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url.trim())?.[0] ?? url.trim();
}

/** Okta JWKS URL for an issuer: org AS keys live under /oauth2/v1/keys, custom AS under {issuer}/v1/keys. */
export function oktaJwksUrlFor(issuer: string): string {
  const origin = originOf(issuer);
  const path = issuer.slice(origin.length);
  return path === '' || path === '/' ? `${origin}/oauth2/v1/keys` : `${issuer}/v1/keys`;
}

export function derive(inputs: Inputs, release: ReleaseFacts): Derived {
  const omUrl = normalizeBaseUrl(inputs.omUrl);
  const issuer = deriveIssuer(inputs.oktaDomain, inputs.authServer);
  const org = isOrgAuthServer(inputs.authServer);
  const paths = inputs.flow === 'authcode' ? release.redirectPaths.authcode : release.redirectPaths.implicit;
  return {
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    oktaJwksUrl: oktaJwksUrlFor(issuer),
    omJwksUrl: `${omUrl}${release.omJwksPath}`,
    redirectUris: paths.map((path) => `${omUrl}${path}`),
    callbackUrl: `${omUrl}/callback`,
    origin: originOf(omUrl),
    signOutRedirectUri: omUrl,
    isOrgAuthServer: org,
  };
}

/** The derived values pages may show (the `value` tag, the setup panel), with their labels. */
export const SHOWN_DERIVED = [
  { name: 'issuer', label: 'Issuer (authority)' },
  { name: 'discoveryUrl', label: 'Discovery URL' },
  { name: 'oktaJwksUrl', label: 'Okta JWKS URL' },
  { name: 'omJwksUrl', label: 'OpenMetadata JWKS URL' },
  { name: 'redirectUris', label: 'Sign-in redirect URIs' },
  { name: 'callbackUrl', label: 'Callback URL' },
  { name: 'origin', label: 'Trusted origin' },
] as const satisfies readonly { name: keyof Derived; label: string }[];
