/**
 * What the reader's Okta org must hold for their release, flow and authorization server: one typed
 * description, computed from the inputs like the settings model. Its views: the Admin Console cards
 * (./console-steps.ts), the Terraform file (src/targets/okta-terraform.ts) and, later, the
 * Management API requests. A value shown in two of them is taken from here.
 *
 * Names follow Okta's API and the okta/okta Terraform provider (reference/upstream/okta-provider/).
 */
import { derive, type Inputs } from '../inputs/index.ts';
import { KEY_FILES } from '../keys/kid.ts';
import type { ReleaseFacts } from '../releases/facts.ts';

export type AppType = 'browser' | 'web' | 'service';
export type GrantType = 'authorization_code' | 'refresh_token' | 'implicit' | 'client_credentials';
export type ResponseType = 'code' | 'token' | 'id_token';
export type TokenEndpointAuthMethod = 'none' | 'client_secret_basic' | 'private_key_jwt';
/** How an app, policy or origin is referred to across the views (the Terraform resource name). */
export type AppRef = 'openmetadata' | 'ingestion';

export interface OktaApp {
  ref: AppRef;
  label: string;
  /** browser: Single-Page Application; web: Web Application; service: API Services (0.12 ingestion). */
  type: AppType;
  grantTypes: readonly GrantType[];
  responseTypes: readonly ResponseType[];
  redirectUris: readonly string[];
  postLogoutRedirectUris: readonly string[];
  /** `none` for the public client (Okta then requires PKCE), a secret for the web app, a key for the service app. */
  tokenEndpointAuthMethod: TokenEndpointAuthMethod;
  pkceRequired: boolean;
  /** TRUSTED: no consent screen (a silent renewal cannot show one). */
  consentMethod: 'TRUSTED';
  /** The ID token issuer: the Okta URL, never Dynamic. */
  issuerMode: 'ORG_URL';
  /** Present when refresh_token is a grant: rotate after every use, with the console's grace period. */
  refreshToken?: { rotation: 'ROTATE'; leewaySeconds: number };
  /** The public key set a private_key_jwt client signs with: the file the key step wrote (never the private key). */
  publicKeys?: { file: string; kid?: string };
  /** Okta API scopes granted to the app (0.12 service app), on the org's own issuer. */
  apiScopes?: { issuer: string; scopes: readonly string[] };
  /** The client ID the reader entered, when the app already exists (the cards show it; Terraform reads it back). */
  clientId: string;
}

export interface OktaTrustedOrigin {
  name: string;
  origin: string;
  scopes: readonly ('CORS' | 'REDIRECT')[];
}

export interface OktaPolicyRule {
  name: string;
  priority: number;
  grantTypes: readonly GrantType[];
  /** `*`: any scopes. */
  scopes: readonly string[];
  /** `EVERYONE`: any user assigned the app. */
  groups: readonly string[];
}

export interface OktaAccessPolicy {
  ref: AppRef;
  name: string;
  description: string;
  priority: number;
  /** The apps the policy is assigned to. */
  clients: readonly AppRef[];
  rule: OktaPolicyRule;
}

/** A custom authorization server (the org server has no settings, policies or scopes of its own). */
export interface OktaAuthServer {
  /** The id in the issuer (`default` or `aus...`). */
  id: string;
  /** The name it is found by: `default`, or the name the console card gives a new server. */
  name: string;
  /** What its discovery document must say: the issuer mode "Okta URL" gives exactly this. */
  issuer: string;
  issuerMode: 'ORG_URL';
  defaultScope: { name: string; displayName: string };
  policies: readonly OktaAccessPolicy[];
}

export interface OktaAssignment {
  app: AppRef;
  /** The group's name: Everyone unless the reader names another. */
  group: string;
  /** People who must be in it: the admins, as they sign in. */
  mustInclude: readonly string[];
}

export interface OktaModel {
  apps: readonly OktaApp[];
  trustedOrigins: readonly OktaTrustedOrigin[];
  /** null for the org authorization server. */
  authServer: OktaAuthServer | null;
  /** OpenMetadata reads no groups claim: none is configured. */
  groupsClaim: null;
  assignments: readonly OktaAssignment[];
}

export const APP_LABEL = 'OpenMetadata';
export const SERVICE_APP_LABEL = 'OpenMetadata ingestion';
/** The group assigned when the reader names none (Okta's built-in group). */
export const DEFAULT_GROUP = 'Everyone';
/** Okta's default refresh token grace period, in seconds (the console's "Grace period for token rotation"). */
export const REFRESH_LEEWAY_SECONDS = 30;
/** Okta API scopes the 0.12 service application is granted (OpenMetadata 0.12 Okta guide). */
export const SERVICE_API_SCOPES = ['okta.users.read', 'okta.users.manage', 'okta.clients.read'] as const;

/** The sign-in app: a Single-Page Application (public) or a Web Application (confidential). */
function signInApp(inputs: Inputs, redirectUris: readonly string[], signOut: string): OktaApp {
  const spa = inputs.flow === 'implicit';
  return {
    ref: 'openmetadata',
    label: APP_LABEL,
    type: spa ? 'browser' : 'web',
    grantTypes: spa ? ['authorization_code', 'refresh_token', 'implicit'] : ['authorization_code', 'refresh_token'],
    responseTypes: spa ? ['code', 'id_token', 'token'] : ['code'],
    redirectUris,
    postLogoutRedirectUris: [signOut],
    tokenEndpointAuthMethod: spa ? 'none' : 'client_secret_basic',
    // The SPA: Okta requires PKCE with `none`. The web app: OpenMetadata sends no PKCE challenge (disablePkce).
    pkceRequired: spa,
    consentMethod: 'TRUSTED',
    issuerMode: 'ORG_URL',
    refreshToken: { rotation: 'ROTATE', leewaySeconds: REFRESH_LEEWAY_SECONDS },
    clientId: inputs.clientId,
  };
}

/** The 0.12 service application: client credentials, signed with the key pair's private key. */
function serviceApp(inputs: Inputs): OktaApp {
  return {
    ref: 'ingestion',
    label: SERVICE_APP_LABEL,
    type: 'service',
    grantTypes: ['client_credentials'],
    responseTypes: ['token'],
    redirectUris: [],
    postLogoutRedirectUris: [],
    tokenEndpointAuthMethod: 'private_key_jwt',
    pkceRequired: false,
    consentMethod: 'TRUSTED',
    issuerMode: 'ORG_URL',
    publicKeys: { file: KEY_FILES.publicJwks, ...(inputs.serviceKid ? { kid: inputs.serviceKid } : {}) },
    apiScopes: { issuer: `https://${inputs.oktaDomain}`, scopes: SERVICE_API_SCOPES },
    clientId: inputs.serviceClientId ?? '',
  };
}

export function oktaModel(inputs: Inputs, release: ReleaseFacts): OktaModel {
  const d = derive(inputs, release);
  const spa = inputs.flow === 'implicit';
  const legacy = release.ingestion.kind === 'okta-service-app';
  const apps = [signInApp(inputs, d.redirectUris, d.signOutRedirectUri), ...(legacy ? [serviceApp(inputs)] : [])];
  const policies: OktaAccessPolicy[] = [
    {
      ref: 'openmetadata',
      name: APP_LABEL,
      description: 'OpenMetadata single sign-on',
      priority: 1,
      clients: ['openmetadata'],
      rule: { name: 'OpenMetadata sign-in', priority: 1, grantTypes: spa ? ['authorization_code', 'implicit'] : ['authorization_code'], scopes: ['*'], groups: ['EVERYONE'] },
    },
    ...(legacy
      ? [
          {
            ref: 'ingestion' as const,
            name: SERVICE_APP_LABEL,
            description: 'OpenMetadata ingestion (client credentials)',
            priority: 2,
            clients: ['ingestion' as const],
            rule: { name: 'OpenMetadata ingestion', priority: 1, grantTypes: ['client_credentials' as const], scopes: ['*'], groups: ['EVERYONE'] },
          },
        ]
      : []),
  ];
  return {
    apps,
    // The browser calls Okta from OpenMetadata's pages only in the public flow (CORS); Redirect for sign-out.
    trustedOrigins: spa ? [{ name: APP_LABEL, origin: d.origin, scopes: ['CORS', 'REDIRECT'] }] : [],
    authServer: d.isOrgAuthServer
      ? null
      : {
          id: inputs.authServer,
          name: inputs.authServer === 'default' ? 'default' : APP_LABEL,
          issuer: d.issuer,
          issuerMode: 'ORG_URL',
          defaultScope: { name: 'openmetadata', displayName: 'OpenMetadata' },
          policies,
        },
    groupsClaim: null,
    assignments: [{ app: 'openmetadata', group: DEFAULT_GROUP, mustInclude: inputs.adminPrincipals.map((name) => `${name}@${inputs.principalDomain}`) }],
  };
}

/** The console's words for the grant types of an app (General Settings > Grant type). */
export function consoleGrantLabels(app: OktaApp): string[] {
  return app.grantTypes.flatMap((grant) => {
    switch (grant) {
      case 'authorization_code':
        return ['Authorization Code'];
      case 'refresh_token':
        return ['Refresh Token'];
      case 'client_credentials':
        return ['Client Credentials'];
      case 'implicit':
        return [
          ...(app.responseTypes.includes('id_token') ? ['Implicit (hybrid): Allow ID Token with implicit grant type'] : []),
          ...(app.responseTypes.includes('token') ? ['Implicit (hybrid): Allow Access Token with implicit grant type'] : []),
        ];
    }
  });
}

/** The console's words for an access policy rule's grant types. */
export function consoleRuleGrantLabels(rule: OktaPolicyRule): string[] {
  const labels: Record<GrantType, string> = { authorization_code: 'Authorization Code', implicit: 'Implicit (hybrid)', client_credentials: 'Client Credentials', refresh_token: 'Refresh Token' };
  return rule.grantTypes.map((g) => labels[g]);
}

export const CONSOLE_APP_TYPE: Record<AppType, string> = { browser: 'Single-Page Application', web: 'Web Application', service: 'API Services' };
