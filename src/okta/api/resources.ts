/**
 * The Okta model (../model.ts) as Management API objects, and the comparison of those objects with
 * what an org holds. Both `apply` (create or update only what differs) and `check` (report each
 * difference) read the differences from here, so the two can never disagree about "the same".
 *
 * Field names are the API's (reference/upstream/okta/management-minimal.yaml):
 * `OpenIdConnectApplication`, `TrustedOriginWrite`, `AuthorizationServerPolicy`,
 * `AuthorizationServerPolicyRuleRequest`, `ApplicationGroupAssignment`, `OAuth2ScopeConsentGrant`.
 */
import type { RsaPublicJwk } from '../../keys/index.ts';
import type { AppRef, OktaAccessPolicy, OktaApp, OktaModel, OktaTrustedOrigin } from '../model.ts';

export type Json = Record<string, unknown>;

/** The service app's public key set (the file the key step wrote). */
export interface PublicJwks {
  keys: readonly RsaPublicJwk[];
}

/** Rule token lifetimes: the okta/okta provider's defaults, which okta.tf leaves as they are. */
export const RULE_TOKEN = { accessTokenLifetimeMinutes: 60, refreshTokenLifetimeMinutes: 0, refreshTokenWindowMinutes: 10080 } as const;
/** The scopes OpenMetadata's sign-in asks Okta for (its UI's auth configuration): a rule must allow them, or any scope (`*`). */
export const SIGN_IN_SCOPES = ['openid', 'profile', 'email'] as const;

export function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const obj = (value: unknown): Json => (isJson(value) ? value : {});
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** `createApplication`'s body for one app of the model. */
export function appBody(app: OktaApp, jwks?: PublicJwks): Json {
  const oauthClient: Json = {
    application_type: app.type,
    grant_types: [...app.grantTypes],
    response_types: [...app.responseTypes],
    ...(app.redirectUris.length > 0 ? { redirect_uris: [...app.redirectUris] } : {}),
    ...(app.postLogoutRedirectUris.length > 0 ? { post_logout_redirect_uris: [...app.postLogoutRedirectUris] } : {}),
    consent_method: app.consentMethod,
    issuer_mode: app.issuerMode,
    ...(app.refreshToken ? { refresh_token: { rotation_type: app.refreshToken.rotation, leeway: app.refreshToken.leewaySeconds } } : {}),
    // `use: "sig"`: a signing key (an RSA key without it would match the encryption key schema too).
    ...(jwks ? { jwks: { keys: jwks.keys.map((k) => ({ kid: k.kid, kty: k.kty, e: k.e, n: k.n, use: 'sig' })) } } : {}),
  };
  return {
    name: 'oidc_client',
    label: app.label,
    signOnMode: 'OPENID_CONNECT',
    credentials: { oauthClient: { token_endpoint_auth_method: app.tokenEndpointAuthMethod, pkce_required: app.pkceRequired } },
    settings: { oauthClient },
  };
}

/** Properties Okta sets itself: left out of a `replaceApplication` body. */
const READ_ONLY = ['id', 'created', 'lastUpdated', 'status', '_links', '_embedded', 'features', 'orn'];

/** `replaceApplication`'s body: what the org holds, with the model's fields put over it (the secret Okta keeps is never sent). */
export function appReplaceBody(existing: Json, app: OktaApp, jwks?: PublicJwks): Json {
  const wanted = appBody(app, jwks);
  const out: Json = Object.fromEntries(Object.entries(existing).filter(([key]) => !READ_ONLY.includes(key)));
  const credentials = obj(existing['credentials']);
  const existingClient = Object.fromEntries(Object.entries(obj(credentials['oauthClient'])).filter(([key]) => key !== 'client_secret'));
  out['label'] = wanted['label'];
  out['name'] = 'oidc_client';
  out['signOnMode'] = 'OPENID_CONNECT';
  out['credentials'] = { ...credentials, oauthClient: { ...existingClient, ...obj(obj(wanted['credentials'])['oauthClient']) } };
  const settings = obj(existing['settings']);
  const existingSettingsClient = obj(settings['oauthClient']);
  const wantedClient = obj(obj(wanted['settings'])['oauthClient']);
  const merged: Json = { ...existingSettingsClient, ...wantedClient };
  // The model lists every URI the app has: an extra one the org holds goes too.
  if (!('redirect_uris' in wantedClient)) delete merged['redirect_uris'];
  if (!('post_logout_redirect_uris' in wantedClient)) delete merged['post_logout_redirect_uris'];
  out['settings'] = { ...settings, oauthClient: merged };
  return out;
}

export function trustedOriginBody(origin: OktaTrustedOrigin): Json {
  return { name: origin.name, origin: origin.origin, scopes: origin.scopes.map((type) => ({ type })) };
}

export function policyBody(policy: OktaAccessPolicy, clientIds: readonly string[]): Json {
  return {
    type: 'OAUTH_AUTHORIZATION_POLICY',
    name: policy.name,
    description: policy.description,
    priority: policy.priority,
    status: 'ACTIVE',
    conditions: { clients: { include: [...clientIds] } },
  };
}

export function ruleBody(policy: OktaAccessPolicy): Json {
  const rule = policy.rule;
  return {
    type: 'RESOURCE_ACCESS',
    name: rule.name,
    priority: rule.priority,
    status: 'ACTIVE',
    conditions: {
      people: { groups: { include: [...rule.groups] } },
      grantTypes: { include: [...rule.grantTypes] },
      scopes: { include: [...rule.scopes] },
    },
    actions: { token: { ...RULE_TOKEN } },
  };
}

/** What a check or an apply found different; `want` and `got` are shown to the reader as they are. */
export type DiffCode =
  | 'app-missing'
  | 'app-type'
  | 'app-grant-types'
  | 'app-response-types'
  | 'app-redirect-uris'
  | 'app-sign-out-uris'
  | 'app-client-auth'
  | 'app-pkce'
  | 'app-consent'
  | 'app-issuer-mode'
  | 'app-refresh-token'
  | 'app-keys'
  | 'app-inactive'
  | 'app-api-scopes'
  | 'origin-missing'
  | 'origin-scopes'
  | 'origin-inactive'
  | 'server-missing'
  | 'server-issuer'
  | 'policy-missing'
  | 'policy-clients'
  | 'policy-inactive'
  | 'rule-missing'
  | 'rule-grants'
  | 'rule-scopes'
  | 'rule-groups'
  | 'rule-inactive'
  | 'assignment-none'
  | 'assignment-group';

export interface Difference {
  code: DiffCode;
  /** The app it concerns, for app differences (the 0.12 service app has its own rule). */
  app?: AppRef;
  /** What is different, in the console's words: `App "OpenMetadata": Sign-in redirect URIs`. */
  subject: string;
  want: string;
  got: string;
  severity: 'error' | 'warning';
}

const shown = (values: readonly string[]): string => (values.length === 0 ? '(none)' : values.map((v) => JSON.stringify(v)).join(', '));
const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((v) => b.includes(v)) && b.every((v) => a.includes(v));

/** The differences between one app of the model and the app an org holds. */
export function appDifferences(app: OktaApp, existing: Json, jwks?: PublicJwks): Difference[] {
  const settings = obj(obj(existing['settings'])['oauthClient']);
  const credentials = obj(obj(existing['credentials'])['oauthClient']);
  const subject = (what: string) => `App "${app.label}": ${what}`;
  const out: Difference[] = [];
  const add = (code: DiffCode, what: string, want: string, got: string, severity: 'error' | 'warning' = 'error') =>
    out.push({ code, app: app.ref, subject: subject(what), want, got, severity });

  const type = settings['application_type'];
  if (type !== app.type) add('app-type', 'application type', app.type, String(type ?? '(none)'));
  const grants = strings(settings['grant_types']);
  if (!sameSet(grants, app.grantTypes)) add('app-grant-types', 'grant types', shown(app.grantTypes), shown(grants));
  const responses = strings(settings['response_types']);
  if (!sameSet(responses, app.responseTypes)) add('app-response-types', 'response types', shown(app.responseTypes), shown(responses));
  const uris = (key: string, code: DiffCode, what: string, want: readonly string[]) => {
    const got = strings(settings[key]);
    if (sameSet(got, want)) return;
    const missing = want.some((u) => !got.includes(u));
    add(code, what, shown(want), shown(got), missing ? 'error' : 'warning');
  };
  uris('redirect_uris', 'app-redirect-uris', 'sign-in redirect URIs', app.redirectUris);
  uris('post_logout_redirect_uris', 'app-sign-out-uris', 'sign-out redirect URIs', app.postLogoutRedirectUris);
  const method = credentials['token_endpoint_auth_method'] ?? 'client_secret_basic';
  if (method !== app.tokenEndpointAuthMethod) add('app-client-auth', 'client authentication (token_endpoint_auth_method)', app.tokenEndpointAuthMethod, String(method));
  // Okta's default is true (ApplicationCredentialsOAuthClient.pkce_required).
  const pkce = credentials['pkce_required'] ?? true;
  if (pkce !== app.pkceRequired) add('app-pkce', 'PKCE required', String(app.pkceRequired), String(pkce));
  const consent = settings['consent_method'] ?? 'TRUSTED';
  if (consent !== app.consentMethod) add('app-consent', 'user consent (consent_method)', app.consentMethod, String(consent));
  const issuerMode = settings['issuer_mode'] ?? 'DYNAMIC';
  if (issuerMode !== app.issuerMode) add('app-issuer-mode', 'issuer (issuer_mode)', app.issuerMode, String(issuerMode));
  if (app.refreshToken) {
    const refresh = obj(settings['refresh_token']);
    if (refresh['rotation_type'] !== app.refreshToken.rotation || (refresh['leeway'] ?? 30) !== app.refreshToken.leewaySeconds) {
      add(
        'app-refresh-token',
        'refresh token behaviour',
        `${app.refreshToken.rotation}, grace period ${app.refreshToken.leewaySeconds} s`,
        refresh['rotation_type'] === undefined ? '(none)' : `${String(refresh['rotation_type'])}, grace period ${String(refresh['leeway'] ?? 30)} s`,
        'warning',
      );
    }
  }
  if (app.publicKeys) {
    const held = obj(settings['jwks']);
    const kids = (Array.isArray(held['keys']) ? held['keys'] : []).map((k) => String(obj(k)['kid'] ?? ''));
    const wanted = jwks ? jwks.keys.map((k) => k.kid) : app.publicKeys.kid ? [app.publicKeys.kid] : [];
    const ok = jwks ? sameSet(kids, wanted) : wanted.every((k) => kids.includes(k)) && kids.length > 0;
    if (!ok) add('app-keys', 'public key set (key ids)', wanted.length > 0 ? shown(wanted) : 'a public key', shown(kids));
  }
  if (existing['status'] === 'INACTIVE') add('app-inactive', 'status', 'ACTIVE', 'INACTIVE');
  return out;
}

export function originDifferences(origin: OktaTrustedOrigin, existing: Json): Difference[] {
  const out: Difference[] = [];
  const subject = `Trusted origin ${origin.origin}`;
  const scopes = (Array.isArray(existing['scopes']) ? existing['scopes'] : []).map((s) => String(obj(s)['type'] ?? ''));
  if (!origin.scopes.every((s) => scopes.includes(s))) out.push({ code: 'origin-scopes', subject: `${subject}: type`, want: shown(origin.scopes), got: shown(scopes), severity: 'error' });
  if (existing['status'] === 'INACTIVE') out.push({ code: 'origin-inactive', subject: `${subject}: status`, want: 'ACTIVE', got: 'INACTIVE', severity: 'error' });
  return out;
}

/** The differences of the policy found by its name, and of its rule (undefined: the rule is missing). */
export function policyDifferences(policy: OktaAccessPolicy, existing: Json, clientIds: readonly string[]): Difference[] {
  const include = strings(obj(obj(existing['conditions'])['clients'])['include']);
  const out: Difference[] = [];
  const subject = `Access policy "${policy.name}"`;
  if (!sameSet(include, clientIds)) out.push({ code: 'policy-clients', subject: `${subject}: assigned to clients`, want: shown(clientIds), got: shown(include), severity: 'error' });
  if (existing['status'] === 'INACTIVE') out.push({ code: 'policy-inactive', subject: `${subject}: status`, want: 'ACTIVE', got: 'INACTIVE', severity: 'error' });
  return out;
}

export function ruleDifferences(policy: OktaAccessPolicy, existing: Json): Difference[] {
  const conditions = obj(existing['conditions']);
  const grants = strings(obj(conditions['grantTypes'])['include']);
  const scopes = strings(obj(conditions['scopes'])['include']);
  const groups = strings(obj(obj(conditions['people'])['groups'])['include']);
  const rule = policy.rule;
  const subject = `Access policy "${policy.name}", rule "${rule.name}"`;
  const out: Difference[] = [];
  if (!sameSet(grants, rule.grantTypes)) out.push({ code: 'rule-grants', subject: `${subject}: grant types`, want: shown(rule.grantTypes), got: shown(grants), severity: 'error' });
  if (!sameSet(scopes, rule.scopes)) out.push({ code: 'rule-scopes', subject: `${subject}: scopes`, want: shown(rule.scopes), got: shown(scopes), severity: 'error' });
  if (!sameSet(groups, rule.groups)) out.push({ code: 'rule-groups', subject: `${subject}: assigned to groups`, want: shown(rule.groups), got: shown(groups), severity: 'error' });
  if (existing['status'] === 'INACTIVE') out.push({ code: 'rule-inactive', subject: `${subject}: status`, want: 'ACTIVE', got: 'INACTIVE', severity: 'error' });
  return out;
}

/** Whether a rule lets the app's sign-in through: its grants, any scope or OpenMetadata's, and anyone (or some group). */
export function ruleAllows(policy: OktaAccessPolicy, existing: Json): boolean {
  if (existing['status'] === 'INACTIVE') return false;
  const conditions = obj(existing['conditions']);
  const grants = strings(obj(conditions['grantTypes'])['include']);
  const scopes = strings(obj(conditions['scopes'])['include']);
  return policy.rule.grantTypes.every((g) => grants.includes(g)) && (scopes.includes('*') || SIGN_IN_SCOPES.every((s) => scopes.includes(s)));
}

export function policyIncludes(existing: Json, clientId: string): boolean {
  const include = strings(obj(obj(existing['conditions'])['clients'])['include']);
  return include.includes(clientId) || include.includes('ALL_CLIENTS');
}

/** The app's client ID (for OIDC apps, Okta's app id is the client ID too). */
export function clientIdOf(existing: Json): string {
  const id = obj(obj(existing['credentials'])['oauthClient'])['client_id'];
  return typeof id === 'string' ? id : String(existing['id'] ?? '');
}

/** Names of the model's resources, in the order apply makes them (for "created", "updated" and "left"). */
export function resourceNames(model: OktaModel): string[] {
  return [
    ...model.apps.map((a) => `app "${a.label}"`),
    ...model.trustedOrigins.map((o) => `trusted origin ${o.origin}`),
    ...(model.authServer?.policies ?? []).flatMap((p) => [`access policy "${p.name}"`, `rule "${p.rule.name}"`]),
    ...model.assignments.map((a) => `assignment of group "${a.group}"`),
    ...model.apps.filter((a) => a.apiScopes).map((a) => `Okta API scopes of "${a.label}"`),
  ];
}
