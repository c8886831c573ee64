/**
 * Words readers search with that a rule's own section may not use (its title says "does not
 * match", the reader types "issuer mismatch"). The build gives them, with the rule's id, to the
 * site search as attributes of the section's heading (markdoc.config.mjs), so the rule's own entry
 * is what search finds first. Not shown on the page; only the search index reads them.
 */
import type { RuleId } from './table.ts';

export const SEARCH_TERMS: Partial<Record<RuleId, string>> = {
  'OKTA-ISS-001': 'issuer mismatch, wrong issuer, issuer not matching, AuthSdkError issuer',
  'OKTA-CLIENT-001': 'client id mismatch, audience mismatch, wrong client id, wrong audience',
  'OKTA-APP-001': 'app type mismatch, SPA or web app, single-page application, web application, invalid_client',
  'OKTA-CONF-002': 'client secret missing, empty secret, invalid secret, PKCE required',
  'OKTA-REDIR-001': 'redirect mismatch, redirect uri mismatch, wrong callback',
  'OKTA-REDIR-002': 'redirect uri not registered, callback url, localhost callback',
  'OKTA-REDIR-003': 'redirect uri mismatch, callback mismatch, no session found for callback',
  'OKTA-JWKS-001': 'wrong keys url, jwks mismatch, no key found, kid not found',
  'OKTA-JWKS-002': 'cannot fetch keys, jwks unreachable, public key url',
  'OKTA-CORS-001': 'CORS error, trusted origin missing, blocked by CORS policy',
  'OKTA-ASSIGN-001': 'user not assigned, not assigned to the client application, access denied',
  'OKTA-AS-001': 'authorization server not found, custom authorization server missing',
  'OKTA-AS-002': 'access policy, policy evaluation failed, no matching rule',
  'OKTA-SCOPE-001': 'invalid scope, scope not allowed, offline_access',
  'OKTA-DOM-001': 'principal domain mismatch, email domain, email does not match the principal domain',
  'OKTA-ADMIN-001': 'no admin, admin missing, initial admins',
  'OKTA-DOM-002': 'principal domain differs, wrong domain in file, copied config',
  'OKTA-ADMIN-002': 'admin not in list, admins differ, initialAdmins missing user',
  'OKTA-SESS-002': 'prompt login, max_age, password every time, login_required, re-login, promptType',
  'OKTA-CLAIM-001': 'username claim missing, email claim missing, claims not present, 401 after login',
  'OKTA-CLAIM-002': 'account already exists, user exists with another email, duplicate user',
  'OKTA-PERSIST-001': 'settings ignored, config not applied, UI saved settings win, database settings',
  'OKTA-RENEW-001': 'session expired, logged out, silent renew fails, refresh token',
  'OKTA-CLOCK-001': 'clock skew, issued in the future, token expired',
  'OKTA-TLS-002': 'http https mixed, proxy, TLS termination, mixed content',
  'OKTA-BOT-001': 'bot token invalid, ingestion token expired, bot token does not match',
  'OKTA-TOKEN-004': 'kid not found, no key found, unknown key id, signing key missing',
  'OKTA-TOKEN-005': 'invalid signature, public key mismatch, token verification failed',
  'OKTA-TOKEN-006': 'audience mismatch, wrong aud, api://default, token for another app',
  'OKTA-TOKEN-007': 'which user, username claim, email claim, decode token, jwt claims',
};
