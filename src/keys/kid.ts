/**
 * Key ids we write: letters, digits, dots, dashes and underscores, 1 to 64 characters. Safe in
 * JSON, in a shell word and in the generated scripts' checks without quoting. A module of its own:
 * the rules check a typed key id, and the renderers name the key files, in the browser without
 * loading the key generator (./index.ts).
 */
export const KID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function isValidKid(kid: string): boolean {
  return KID_PATTERN.test(kid);
}

/** The files the key step writes and the generated scripts read. */
export const KEY_FILES = {
  /** The public key set, sent to Okta as the service app's `jwks`. */
  publicJwks: 'okta-service-app.public.jwks.json',
  /** The private JWK, kept by whoever runs ingestion; never sent to Okta. */
  privateJwk: 'okta-service-app.private.jwk.json',
} as const;
