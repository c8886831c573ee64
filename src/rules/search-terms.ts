/**
 * Words readers search with that a rule's own section may not use (its title says "does not
 * match", the reader types "issuer mismatch"). The build gives them, with the rule's id, to the
 * site search as attributes of the section's heading (markdoc.config.mjs), so the rule's own entry
 * is what search finds first. Not shown on the page; only the search index reads them.
 */
import type { RuleId } from './table.ts';

/**
 * Each term sits between these two marks in the index, so that the search dialog can take the
 * terms out of the excerpts it shows (withoutSearchTerms): they rank the section, the reader reads
 * its text. One pair per term, with spaces, so that an excerpt (a dozen words) never falls inside
 * a term list without a mark to cut at, and the marks never stick to the words they enclose.
 */
const OPEN = '\u27E6';
const CLOSE = '\u27E7';

/** The heading attribute's value for a rule: its id in the forms readers type, and its search words, each marked. */
export function searchTermsAttribute(rule: RuleId): string {
  const terms = [rule, rule.replace(/^OKTA-/, ''), ...(SEARCH_TERMS[rule]?.split(', ') ?? [])];
  return terms.map((term) => `${OPEN} ${term} ${CLOSE}`).join(' ');
}

/**
 * An excerpt (Pagefind's HTML, with <mark> around matches) without the marked terms, including a
 * list cut by the excerpt's start or end; highlights left unbalanced by a cut go too.
 */
export function withoutSearchTerms(excerpt: string): string {
  let text = excerpt.replace(new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}`, 'g'), '');
  text = text.replace(new RegExp(`^[^${OPEN}]*${CLOSE}`), '').replace(new RegExp(`${OPEN}[^${CLOSE}]*$`), '');
  const opens = (text.match(/<mark>/g) ?? []).length;
  const closes = (text.match(/<\/mark>/g) ?? []).length;
  if (opens !== closes) text = text.replace(/<\/?mark>/g, '');
  return text.replace(/\s{2,}/g, ' ').trim();
}

export const SEARCH_TERMS: Partial<Record<RuleId, string>> = {
  'OKTA-ISS-001': 'issuer mismatch, wrong issuer, issuer not matching, AuthSdkError issuer',
  'OKTA-CLIENT-001': 'client id mismatch, audience mismatch, wrong client id, wrong audience',
  'OKTA-APP-001': 'app type mismatch, SPA or web app, single-page application, web application, invalid_client',
  'OKTA-CONF-002': 'client secret missing, empty secret, invalid secret, PKCE required',
  'OKTA-REDIR-001': "redirect mismatch, redirect uri mismatch, redirect_uri mismatch, the 'redirect_uri' parameter must be a Login redirect URI, wrong callback",
  'OKTA-REDIR-002': 'redirect uri not registered, callback url, localhost callback',
  'OKTA-REDIR-003': 'redirect uri mismatch, callback mismatch, no session found for callback, login loop, redirect loop, keeps returning to login',
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
  'OKTA-SESS-002': 'prompt login, max_age, password every time, login_required, interaction_required, consent_required, back to signin, re-login, promptType',
  'OKTA-CLAIM-001': 'username claim missing, email claim missing, claims not present, 401 after login',
  'OKTA-CLAIM-002': 'account already exists, loggedInUser 400, user exists with another email, duplicate user',
  'OKTA-OMV-001': 'SSO page refuses to save, save validation failed, publicKeyUrls must include the JWKS URI from discovery',
  'OKTA-PERSIST-001': 'settings ignored, config not applied, env vars ignored, UI saved settings win, database settings, replicas, login page flips, provider basic',
  'OKTA-SESS-003': 'signed out, logged out randomly, session limit, too many sessions, maxActiveSessionsPerUser',
  'OKTA-RENEW-001': 'session expired, logged out, silent renew fails, refresh token',
  'OKTA-CLOCK-001': 'clock skew, issued in the future, token expired',
  'OKTA-TLS-002': 'http https mixed, proxy, TLS termination, mixed content',
  'OKTA-BOT-001': 'bot token invalid, ingestion token expired, bot token does not match',
  'OKTA-TOKEN-004': 'kid not found, no key found, unknown key id, signing key missing',
  'OKTA-TOKEN-005': 'invalid signature, public key mismatch, token verification failed',
  'OKTA-TOKEN-006': 'audience mismatch, wrong aud, api://default, token for another app',
  'OKTA-TOKEN-007': 'which user, username claim, email claim, decode token, jwt claims',
};

/** What the search dialog reads of a Pagefind result. */
export interface SearchResultView {
  url: string;
  excerpt: string;
  sub_results?: { url: string; excerpt: string; locations: readonly number[] }[];
}

/**
 * A result as the dialog shows it: excerpts without the marked terms, and the page's sections
 * most matched first (Pagefind's UI keeps the three best but shows them in page order, so an early
 * section that matches one word stood above the rule that matches them all). The page's own
 * entry, when first, stays first.
 */
export function searchResultForDisplay<T extends SearchResultView>(result: T): T {
  const subs = result.sub_results?.map((sub) => ({ ...sub, excerpt: withoutSearchTerms(sub.excerpt) }));
  if (!subs) return { ...result, excerpt: withoutSearchTerms(result.excerpt) };
  const root = subs[0]?.url === result.url ? [subs[0]] : [];
  const sections = subs.slice(root.length).sort((a, b) => b.locations.length - a.locations.length);
  return { ...result, excerpt: withoutSearchTerms(result.excerpt), sub_results: [...root, ...sections] };
}
