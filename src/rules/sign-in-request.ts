/**
 * What the confidential flow's server asks Okta for on each sign-in: the scope (OKTA-SCOPE-001)
 * and the prompt and max_age parameters (OKTA-SESS-002). OpenMetadata's
 * AuthenticationCodeFlowHandler sets the scope on its OIDC client when not blank and adds
 * `prompt` and `max_age` to the authorization request whenever they are not empty (OM main
 * snapshot 0152299f, handleLogin). The public client's scopes are fixed in the UI, so these apply to
 * the auth code flow only.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { SettingId } from '../releases/types.ts';
import type { Settings } from '../settings/index.ts';
import { show, type Finding } from './finding.ts';
import { diagnostic } from './diagnostic.ts';
import type { Diagnostic } from './types.ts';

/**
 * The scope, prompt and max_age a file sets for the auth code flow. Only files set them (the
 * panel's settings never hold them), so lint runs this beside checkSettings and the browser's live
 * engine does not carry it.
 */
export function checkSignInRequest(settings: Settings, release: ReleaseFacts): Diagnostic[] {
  const clientType = settings.clientType ?? release.settings.clientType?.default;
  if (typeof clientType !== 'string' || clientType.trim() !== 'confidential') return [];
  const out: Diagnostic[] = [];
  const run = (id: SettingId, check: (value: string) => Finding[]) => {
    const value: unknown = settings[id];
    if (typeof value !== 'string' || value.trim() === '') return;
    for (const f of check(value.trim())) out.push(diagnostic(f.id, f.severity, id, f.message, release));
  };
  run('oidcScope', (v) => checkScope(v, release));
  run('oidcPrompt', (v) => checkPrompt(v));
  run('oidcMaxAge', (v) => checkMaxAge(v));
  return out;
}

/** #30304: the release whose users were locked out by `offline_access` in the SSO scope. */
const OFFLINE_ACCESS_LOCKOUT_LINE = 113;

/** OKTA-SCOPE-001 on `oidcConfiguration.scope`: space-separated, with openid and email. */
export function checkScope(value: string, release: ReleaseFacts, field = 'scope'): Finding[] {
  const text = value.trim();
  if (text === '') return [];
  if (/[,;"']/.test(text)) {
    const words = text.split(/[\s,;"']+/).filter((w) => w !== '');
    return [{
      id: 'OKTA-SCOPE-001',
      severity: 'error',
      message: `${field} ${show(value)} is not a space-separated list: Okta reads ${show(text)} as one unknown scope and refuses the sign-in with invalid_scope. Use ${show(words.join(' '))}.`,
    }];
  }
  const scopes = text.split(/\s+/);
  const findings: Finding[] = [];
  if (!scopes.includes('openid')) {
    findings.push({
      id: 'OKTA-SCOPE-001',
      severity: 'error',
      message: `${field} ${show(value)} has no openid: without it Okta returns no ID token and OpenMetadata cannot sign anyone in. Use ${show(['openid', ...scopes].join(' '))}.`,
    });
  }
  if (!scopes.includes('email')) {
    findings.push({
      id: 'OKTA-SCOPE-001',
      severity: 'warning',
      message: `${field} ${show(value)} has no email: Okta then leaves the email claim out of the token, and OpenMetadata names users by it (jwtPrincipalClaims). Add email, as in OpenMetadata's default "openid email profile".`,
    });
  }
  if (scopes.includes('offline_access')) {
    const lockout = release.order >= OFFLINE_ACCESS_LOCKOUT_LINE && release.order < 200;
    findings.push({
      id: 'OKTA-SCOPE-001',
      severity: lockout ? 'error' : 'warning',
      message: lockout
        ? `${field} ${show(value)} asks for offline_access: on ${release.label} users could no longer sign in once it was added to the Okta scope, and it could not be removed from Settings > SSO again (OM#30304, reported on 1.13.1). Remove offline_access from the scope.`
        : `${field} ${show(value)} asks for offline_access: Okta refuses it unless the app allows the Refresh Token grant (and, on a custom authorization server, a rule allows the scope), and with it users had to log out twice (OM#21181). Remove it unless you need Okta's refresh token.`,
    });
  }
  return findings;
}

/** Values of `prompt` OpenID Connect defines (Core 1.0 section 3.1.2.1). */
const PROMPT_VALUES = new Set(['none', 'login', 'consent', 'select_account']);
/** Below this, max_age makes readers sign in to Okta again within a working session (seconds). */
const SHORT_MAX_AGE = 15 * 60;

/** OKTA-SESS-002 on `prompt` (Helm `promptType`) and `maxAge`. */
export function checkPrompt(value: string, field = 'prompt'): Finding[] {
  const text = value.trim();
  if (text === '') return [];
  const words = text.split(/\s+/);
  const unknown = words.filter((w) => !PROMPT_VALUES.has(w));
  if (unknown.length > 0) {
    return [{
      id: 'OKTA-SESS-002',
      severity: 'error',
      message: `${field} ${show(value)} has ${unknown.map((w) => show(w)).join(', ')}, which OpenID Connect does not define as a prompt (none, login, consent, select_account), so the sign-in request is not valid. Use consent, OpenMetadata's default.`,
    }];
  }
  if (words.includes('none')) {
    return [{
      id: 'OKTA-SESS-002',
      severity: 'error',
      message: words.length > 1
        ? `${field} ${show(value)} combines none with other values, which OpenID Connect forbids (the server must answer invalid_request). Use consent, OpenMetadata's default.`
        : `${field} ${show(value)} tells Okta never to show a sign-in page: anyone without an Okta session already open gets login_required instead of a login form. Use consent, OpenMetadata's default.`,
    }];
  }
  if (words.includes('login')) {
    return [{
      id: 'OKTA-SESS-002',
      severity: 'warning',
      message: `${field} ${show(value)} makes Okta ask for the password at every sign-in to OpenMetadata, even when the user is already signed in to Okta. If that is not a policy you want, use consent, OpenMetadata's default.`,
    }];
  }
  return [];
}

export function checkMaxAge(value: string, field = 'maxAge'): Finding[] {
  const text = value.trim();
  if (text === '') return [];
  if (!/^\d+$/.test(text)) {
    return [{
      id: 'OKTA-SESS-002',
      severity: 'error',
      message: `${field} ${show(value)} is not a whole number of seconds, which OpenID Connect requires of max_age, so the sign-in request is not valid. Use 0, OpenMetadata's default.`,
    }];
  }
  const seconds = Number(text);
  // 0 is OpenMetadata's default, sent as max_age=0; how Okta treats it is not documented, so it is not judged.
  if (seconds > 0 && seconds < SHORT_MAX_AGE) {
    return [{
      id: 'OKTA-SESS-002',
      severity: 'warning',
      message: `${field} ${show(value)} asks Okta to make users sign in again when their Okta sign-in is more than ${seconds} seconds old, so every new OpenMetadata session after that asks for the password. Use 0, OpenMetadata's default, unless that is a policy you want.`,
    }];
  }
  return [];
}
