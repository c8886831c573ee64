/**
 * The Okta-related config surface shared by OpenMetadata 1.8 to 1.12: the Helm chart's auth block
 * is the same at every tag of these lines but for `sessionExpiry` (from chart 1.8.2; the last chart
 * of each line is in reference/upstream/helm/), and the server's env names did not change (each
 * setting's source below).
 */
import type { ReleaseProfile, SettingId, SettingSpec } from './types.ts';

const YAML = 'OM conf/openmetadata.yaml (main snapshots 47a9323b, 0d30e855; not read at a tag)';
/** The one full 1.12 source tree read: a user's copy whose pom.xml says 1.12.6, not an upstream tag. */
export const OM_1126 = 'OM 1.12.6 source as copied in meiyang1990/OpenMetadata@4f8f8ca4 (pom.xml 1.12.6; not an upstream tag)';
const COMPOSE = 'OM docker-compose-quickstart at eca84768 (1.8.8) and 781d1f48 (1.9.0)';
const chart = (line: string) => `HC@openmetadata-${line}:charts/openmetadata/values.yaml, templates/secrets.yaml`;

/** Settings that appeared inside the 1.x lines, and the first patch that reads them. */
export interface LineAdditions {
  sessionExpirySince?: string;
  forceSecureSessionCookieSince?: string;
  enableAutoRedirectSince?: string;
}

export function settings1x(chartTag: string, additions: LineAdditions): Partial<Record<SettingId, SettingSpec>> {
  const helm = chart(chartTag);
  const optional: Partial<Record<SettingId, SettingSpec>> = {};
  if (additions.sessionExpirySince) {
    optional.oidcSessionExpiry = { env: 'OIDC_SESSION_EXPIRY', yaml: 'authenticationConfiguration.oidcConfiguration.sessionExpiry', helm: 'openmetadata.config.authentication.oidcConfiguration.sessionExpiry', default: '604800', since: additions.sessionExpirySince, source: `${YAML}; ${helm}; HC "Prepare 1.8.2 release (#354)" (absent in chart 1.8.0, 1.8.1, 1.8.3)` };
  }
  if (additions.forceSecureSessionCookieSince) {
    optional.forceSecureSessionCookie = { env: 'FORCE_SECURE_SESSION_COOKIE', yaml: 'authenticationConfiguration.forceSecureSessionCookie', default: false, since: additions.forceSecureSessionCookieSince, source: 'OM PR #24152 (2025-11-04); release notes 1.10.13/1.10.14 (first patch not pinned); not mapped by the chart' };
  }
  if (additions.enableAutoRedirectSince) {
    optional.enableAutoRedirect = { env: 'AUTHENTICATION_ENABLE_AUTO_REDIRECT', yaml: 'authenticationConfiguration.enableAutoRedirect', default: false, since: additions.enableAutoRedirectSince, source: 'OM release notes 1.11.5; PR #24872; not mapped by the chart' };
  }
  return {
    ...optional,
    provider: { env: 'AUTHENTICATION_PROVIDER', yaml: 'authenticationConfiguration.provider', helm: 'openmetadata.config.authentication.provider', default: 'basic', source: `${YAML}; ${helm}` },
    providerName: { env: 'CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME', yaml: 'authenticationConfiguration.providerName', default: '', source: `${YAML}; not mapped by the chart` },
    clientType: { env: 'AUTHENTICATION_CLIENT_TYPE', yaml: 'authenticationConfiguration.clientType', helm: 'openmetadata.config.authentication.clientType', default: 'public', source: `${YAML}; ${helm}` },
    authority: { env: 'AUTHENTICATION_AUTHORITY', yaml: 'authenticationConfiguration.authority', helm: 'openmetadata.config.authentication.authority', default: 'https://accounts.google.com', source: `${YAML}; ${helm}` },
    clientId: { env: 'AUTHENTICATION_CLIENT_ID', yaml: 'authenticationConfiguration.clientId', helm: 'openmetadata.config.authentication.clientId', default: '', source: `${YAML}; ${helm}` },
    callbackUrl: { env: 'AUTHENTICATION_CALLBACK_URL', yaml: 'authenticationConfiguration.callbackUrl', helm: 'openmetadata.config.authentication.callbackUrl', default: '', source: `${YAML}; ${helm}` },
    publicKeyUrls: { env: 'AUTHENTICATION_PUBLIC_KEYS', yaml: 'authenticationConfiguration.publicKeyUrls', helm: 'openmetadata.config.authentication.publicKeys', default: ['http://localhost:8585/api/v1/system/config/jwks'], source: `${YAML}; ${helm} (Helm names it publicKeys)` },
    jwtPrincipalClaims: { env: 'AUTHENTICATION_JWT_PRINCIPAL_CLAIMS', yaml: 'authenticationConfiguration.jwtPrincipalClaims', helm: 'openmetadata.config.authentication.jwtPrincipalClaims', default: ['email', 'preferred_username', 'sub'], source: `${YAML}; ${helm}` },
    jwtPrincipalClaimsMapping: { env: 'AUTHENTICATION_JWT_PRINCIPAL_CLAIMS_MAPPING', yaml: 'authenticationConfiguration.jwtPrincipalClaimsMapping', helm: 'openmetadata.config.authentication.jwtPrincipalClaimsMapping', default: [], source: `${YAML}; ${helm} (the chart renders it only when the list is not empty)` },
    enableSelfSignup: { env: 'AUTHENTICATION_ENABLE_SELF_SIGNUP', yaml: 'authenticationConfiguration.enableSelfSignup', helm: 'openmetadata.config.authentication.enableSelfSignup', default: true, source: `${YAML}; ${helm}` },
    authorizerClassName: { env: 'AUTHORIZER_CLASS_NAME', yaml: 'authorizerConfiguration.className', helm: 'openmetadata.config.authorizer.className', default: 'org.openmetadata.service.security.DefaultAuthorizer', source: `${YAML}; ${helm}` },
    containerRequestFilter: { env: 'AUTHORIZER_REQUEST_FILTER', yaml: 'authorizerConfiguration.containerRequestFilter', helm: 'openmetadata.config.authorizer.containerRequestFilter', default: 'org.openmetadata.service.security.JwtFilter', source: `${YAML}; ${helm}` },
    adminPrincipals: { env: 'AUTHORIZER_ADMIN_PRINCIPALS', yaml: 'authorizerConfiguration.adminPrincipals', helm: 'openmetadata.config.authorizer.initialAdmins', default: ['admin'], source: `${YAML}; ${helm} (Helm names it initialAdmins)` },
    principalDomain: { env: 'AUTHORIZER_PRINCIPAL_DOMAIN', yaml: 'authorizerConfiguration.principalDomain', helm: 'openmetadata.config.authorizer.principalDomain', default: 'open-metadata.org', source: `${YAML}; ${helm}` },
    enforcePrincipalDomain: { env: 'AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN', yaml: 'authorizerConfiguration.enforcePrincipalDomain', helm: 'openmetadata.config.authorizer.enforcePrincipalDomain', default: false, source: `${YAML}; ${helm}` },
    enableSecureSocketConnection: { env: 'AUTHORIZER_ENABLE_SECURE_SOCKET', yaml: 'authorizerConfiguration.enableSecureSocketConnection', helm: 'openmetadata.config.authorizer.enableSecureSocketConnection', default: false, source: `${YAML}; ${helm}` },
    // The chart renders no OIDC_* variable at all unless this is true (FM-36, helm-charts#462).
    oidcEnabled: { helm: 'openmetadata.config.authentication.oidcConfiguration.enabled', default: false, source: `${helm}; templates/_helpers.tpl` },
    oidcType: { env: 'OIDC_TYPE', yaml: 'authenticationConfiguration.oidcConfiguration.type', helm: 'openmetadata.config.authentication.oidcConfiguration.oidcType', default: '', source: `${YAML}; ${COMPOSE}; ${helm} (Helm names it oidcType)` },
    oidcClientId: { env: 'OIDC_CLIENT_ID', yaml: 'authenticationConfiguration.oidcConfiguration.id', helm: 'openmetadata.config.authentication.oidcConfiguration.clientId', helmSecretRef: { secretRef: 'oidc-secrets', secretKey: 'openmetadata-oidc-client-id' }, default: '', source: `${YAML}; ${COMPOSE}; ${helm} (a secretKeyRef)` },
    oidcClientSecret: { env: 'OIDC_CLIENT_SECRET', yaml: 'authenticationConfiguration.oidcConfiguration.secret', helm: 'openmetadata.config.authentication.oidcConfiguration.clientSecret', helmSecretRef: { secretRef: 'oidc-secrets', secretKey: 'openmetadata-oidc-client-secret' }, default: '', source: `${YAML}; ${COMPOSE}; ${helm} (a secretKeyRef)` },
    oidcDiscoveryUri: { env: 'OIDC_DISCOVERY_URI', yaml: 'authenticationConfiguration.oidcConfiguration.discoveryUri', helm: 'openmetadata.config.authentication.oidcConfiguration.discoveryUri', default: '', source: `${YAML}; ${COMPOSE}; ${helm}` },
    oidcCallbackUrl: { env: 'OIDC_CALLBACK', yaml: 'authenticationConfiguration.oidcConfiguration.callbackUrl', helm: 'openmetadata.config.authentication.oidcConfiguration.callbackUrl', default: 'http://localhost:8585/callback', source: `${YAML}; ${COMPOSE}; ${helm} (chart default http://openmetadata:8585/callback)` },
    // The scope the server's OIDC client asks Okta for (only the confidential flow: the public client's scopes are fixed in the UI).
    oidcScope: { env: 'OIDC_SCOPE', yaml: 'authenticationConfiguration.oidcConfiguration.scope', helm: 'openmetadata.config.authentication.oidcConfiguration.scope', default: 'openid email profile', source: `${YAML}; ${helm}; openmetadata-spec oidcClientConfig.json (default "openid email profile"); AuthenticationCodeFlowHandler.buildOidcClient sets it when not blank (OM main snapshot 0152299f)` },
    // Sent on every confidential login, each only when not empty (AuthenticationCodeFlowHandler since OM PR #20721).
    oidcPrompt: { env: 'OIDC_PROMPT_TYPE', yaml: 'authenticationConfiguration.oidcConfiguration.prompt', helm: 'openmetadata.config.authentication.oidcConfiguration.promptType', default: 'consent', source: `${OM_1126}: conf/openmetadata.yaml line 349; ${YAML}; ${helm} (Helm names it promptType)` },
    oidcMaxAge: { env: 'OIDC_MAX_AGE', yaml: 'authenticationConfiguration.oidcConfiguration.maxAge', helm: 'openmetadata.config.authentication.oidcConfiguration.maxAge', default: '0', source: `${OM_1126}: conf/openmetadata.yaml line 348; ${YAML}; ${helm}` },
    oidcServerUrl: { env: 'OIDC_SERVER_URL', yaml: 'authenticationConfiguration.oidcConfiguration.serverUrl', helm: 'openmetadata.config.authentication.oidcConfiguration.serverUrl', default: 'http://localhost:8585', source: `${YAML}; ${COMPOSE}; ${helm} (chart default http://openmetadata:8585)` },
  };
}

/** What every 1.x profile shares; each release file adds its own id, chart and notes. */
export const base1x = {
  omJwksPath: '/api/v1/system/config/jwks',
  confidentialClient: true,
  redirectPaths: {
    // The SPA sends authenticationConfiguration.callbackUrl (okta-auth-js redirectUri); the docs add
    // /silent-callback, which the generic OIDC client uses for its silent renew.
    implicit: ['/callback', '/silent-callback'],
    // The server sends oidcConfiguration.callbackUrl, served by its /callback servlet, as
    // redirect_uri, and uses it again for the code exchange. /auth/callback is the UI's route the
    // server sends the browser to afterwards: it never reaches Okta (OM#26311 reads it otherwise).
    authcode: ['/callback'],
    source: `${OM_1126}: OpenMetadataApplication.java maps AuthCallbackServlet to /callback only; AuthenticationCodeFlowHandler.handleLogin sends client.getCallbackUrl() (= oidcConfiguration.callbackUrl) as redirect_uri; /auth/callback is ROUTES.AUTH_CALLBACK of the UI (GenericAuthenticator passes it as the login redirectUri, PR #17913). Same in main-branch snapshots e7bfbe72 and 0152299f. Implicit: OM docs okta/implicit-flow; OktaAuthProvider redirectUri from callbackUrl`,
  },
  helmRepo: { name: 'open-metadata', url: 'https://helm.open-metadata.org/', chart: 'open-metadata/openmetadata' },
  // values.yaml sets fullnameOverride "openmetadata", so the Service is openmetadata:8585.
  helmServiceUrl: 'http://openmetadata:8585',
  callbackToken: {
    kind: 'okta-id-token',
    source: `${OM_1126}: AuthenticationCodeFlowHandler.sendRedirectWithToken passes the IdP id_token to the UI; same in main snapshots e7bfbe72, 0152299f; OM PR #32961 dates the change to 2.0.0`,
  },
  ingestion: {
    kind: 'bot-jwt',
    source: 'OM generated schema docs v1.6.x and v1.8.x: openMetadataConnection.securityConfig accepts only openMetadataJWTClientConfig (jwtToken)',
  },
} satisfies Partial<ReleaseProfile>;

/**
 * The database-stored security configuration (1.10+): the ops script's subcommands for it in a
 * release (src/runbook/security-config.ts writes the command lines).
 */
export const SECURITY_CONFIG_OPS = {
  removeOnly: {
    commands: ['remove-security-config'],
    source: 'DOM v1.10.x and v1.11.x how-to-configure-sso-in-ui.mdx; snippets/*/deployment/sso-troubleshooting.mdx',
  },
  getUpdateRemove: {
    commands: ['get-security-config', 'update-security-config', 'remove-security-config'],
    source: `${OM_1126}: OpenMetadataOperations.java (get-security-config -o, update-security-config -f, remove-security-config --force); the first release with get/update is not pinned (present in 1.12.6)`,
  },
} as const;

/**
 * OpenMetadata's Settings > SSO form for Okta (src/targets/ui.ts): read in the UI code at main-branch
 * commits, not at a release tag (the stored copy of the repository holds these files at those commits
 * only, and none could be matched to a tag).
 */
const UI = 'openmetadata-ui/src/main/resources/ui/src';
export const UI_FORM = {
  /** The form's fields, labels and order. */
  fields: `OM@034aaa0d:${UI}/constants/SSO.constant.ts (OKTA_OAUTH_UI_SCHEMA, COMMON_FIELD_TITLES, AUTHORIZER_FIELD_TITLES: the labels and hidden fields) and OM@011c3768:${UI}/components/SettingsSso/SSOConfigurationForm/SSOConfigurationForm.tsx (public clients hide oidcConfiguration; confidential clients hide the root Client ID and Callback URL; the form is the authentication and authorizer JSON schemas, drawn by RJSF in their property order, reference/upstream/openmetadata-spec/); both main-branch commits of the 2.0.10 era (the form has Test Login), not a release tag: the labels and order of earlier releases could not be read at their tags`,
  /** The files src/targets/ui.ts writes: what the ops script and the API take. */
  files: `SecurityConfiguration {authenticationConfiguration, authorizerConfiguration}: OM@95c0883b:openmetadata-service/src/main/java/org/openmetadata/service/util/OpenMetadataOperations.java (get-security-config writes it as YAML, update-security-config -f reads the same YAML, then asks to restart); the form saves it with PUT /api/v1/system/security/config (applySecurityConfiguration in OM@011c3768:${UI}/components/SettingsSso/SSOConfigurationForm/SSOConfigurationForm.tsx, PATCH for an edit); validated against reference/upstream/openmetadata-spec/`,
  /** When the form appeared. */
  since: 'DOM v1.10.x how-to-configure-sso-in-ui.mdx (Settings > SSO, from 1.10.0); the form component of 1.10 itself could not be read at a 1.10 tag',
  testLogin: {
    since: '2.0.10',
    source: `GitHub release 2.0.10-release (2026-11-24, commit 0dab945): OM#38197, #38301. Stages and save gate: OM@1d258ded:${UI}/components/SettingsSso/SsoTestLogin/SsoTestLogin.utils.ts (requiresTestLogin, SAFE_EDIT_PATHS, STAGE_LABEL_KEYS); stage messages: OM@31fc91cd:openmetadata-service/src/main/java/org/openmetadata/service/security/auth/TestLoginService.java and TestLoginOidcHandler.java (main, later than 2.0.10: it adds a TokenRefreshed stage the 2.0.10 list does not have); not read at the 2.0.10-release tag`,
  },
} as const;

/** Release notes the pages and rules show, shared by the lines they apply to. */
export const NOTES = {
  sessionExpiry: {
    id: 'session-expiry',
    text: '`oidcConfiguration.sessionExpiry` (OIDC_SESSION_EXPIRY, default 604800 seconds = 7 days) exists from 1.8.2; releases 1.8.0 and 1.8.1 do not read it.',
    source: 'HC@openmetadata-1.8.2 "Prepare 1.8.2 release (#354)" (absent in chart 1.8.0, 1.8.1, 1.8.3)',
  },
  uiSsoOverrides: {
    id: 'ui-sso-overrides',
    text: 'SSO can be configured from Settings > SSO. Once saved there, the stored configuration wins over env vars, openmetadata.yaml and Helm values until it is removed with `./bootstrap/openmetadata-ops.sh remove-security-config --force` and the server is restarted.',
    source: 'DOM v1.10.x how-to-configure-sso-in-ui.mdx; OM#31786, #26241 (FM-38)',
  },
  uiSaveOrgKeys: {
    id: 'ui-save-org-keys',
    text: 'In 1.10.0 to 1.10.6, saving SSO settings in the UI demands a public key URL equal to `{authority}/v1/keys`; with the org authorization server that URL does not exist, so the save is refused. 1.10.7 fixed the check; on earlier patches deliver the configuration by env, YAML or Helm instead.',
    source: 'OM#24334 (reported on 1.10.6); fixed by OM PR #24326, listed in the 1.10.7 release notes (docs-om snippets/releases/1.10.7.mdx); OktaAuthValidator.validatePublicKeyUrls at 1.12.6 accepts /oauth2/v1/keys (FM-03)',
  },
  forceSecureCookie: {
    id: 'force-secure-session-cookie',
    text: '`forceSecureSessionCookie` (FORCE_SECURE_SESSION_COOKIE) appears in late 1.10 patches (the release notes of 1.10.13 and 1.10.14 fix its default); the chart does not map it (use extraEnvs).',
    source: 'OM PR #24152; release notes 1.10.13, 1.10.14',
  },
  autoRedirect: {
    id: 'auto-redirect',
    text: '`enableAutoRedirect` (AUTHENTICATION_ENABLE_AUTO_REDIRECT) exists from 1.11.5; the Helm chart does not map it (use extraEnvs).',
    source: 'OM release notes 1.11.5, PR #24872',
  },
  omTokenAfterCallback: {
    id: 'openmetadata-token-after-callback',
    text: "In the auth code flow, 2.0 no longer hands Okta's ID token to the browser: the server signs in the user and hands the browser a token of its own (OM PR #26314). A `jwtPrincipalClaimsMapping` that names a custom Okta claim then fails on every request with `Invalid JWT token, 'username' claim is not present` (OM#32000); `useRolesFromProvider` roles are applied at sign-in (OM#32960).",
    source: 'OM PR #26314; OM#32000 (open, no merged fix found); OM#32960, fixed by OM PR #32961',
  },
  trustedRedirect: {
    id: 'trusted-redirect-uri',
    text: '2.0 checks where the browser is sent after sign-in: `oidcConfiguration.serverUrl` (OIDC_SERVER_URL) followed by `/auth/callback` must be exactly the address users browse, or the login stops with `Redirect URI must exactly match a trusted redirect URI`. A server URL left at `http://localhost:8585` or the chart\'s `http://openmetadata:8585` behind an ingress is the usual cause; `additionalTrustedRedirectUris` (AUTHENTICATION_ADDITIONAL_TRUSTED_REDIRECT_URIS) adds other exact addresses.',
    source: 'SecurityUtil.validateRedirectUri (2.0-era main snapshot); OM PR #30287; OM PR #33764 (trusting the request origin: open)',
  },
  sessions: {
    id: 'sessions-2-0',
    text: '2.0 keeps sign-in sessions in its database: `sessionExpiry` (AUTHENTICATION_SESSION_EXPIRY, default 604800 seconds, at least 3600) applies to every provider and `oidcConfiguration.sessionExpiry` becomes its fallback; a user keeps at most `maxActiveSessionsPerUser` sessions (AUTHENTICATION_MAX_ACTIVE_SESSIONS_PER_USER, default 5), the oldest signed out past that. The Helm chart maps neither: use extraEnvs.',
    source: 'docs.open-metadata.org v2.0.x-SNAPSHOT upgrade notes, platform and security; OM PR #26314',
  },
  testLogin: {
    id: 'test-login',
    text: '2.0.10 adds Test Login to Settings > SSO for the confidential OIDC flow: it signs in with the settings on the form, saved or not, before you save them.',
    source: 'GitHub release 2.0.10-release (2026-11-24, commit 0dab945): OM#38197, #38301',
  },
  claimsMapping: {
    id: 'claims-mapping-keys',
    text: 'From 1.11.5, `jwtPrincipalClaimsMapping` accepts only the `username` and `email` keys.',
    source: 'OM release notes 1.11.5; SecurityUtil.validatePrincipalClaimsMapping (FM-30)',
  },
} as const;
