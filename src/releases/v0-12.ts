/**
 * OpenMetadata 0.12 (legacy): read at the tag, not from main snapshots.
 *
 * OM@0.12.1-release is commit d317c01ed85db1fb30bba093d32daa76e618d790 (2022-10-03), read from
 * the fork nuang-ee/OpenMetadata, which carries the upstream tags. The chart of the line is
 * HC@openmetadata-0.0.39 (3c4dc284799c0384ac10b5efd4f300c588fd0af4, "feat: Release 0.12.1 (#79)",
 * appVersion 0.12.1). Every name, path and default below was read there.
 *
 * What differs from 1.x: no `clientType` and no `oidcConfiguration` (public client only), the
 * OpenMetadata key set at /api/v1/config/jwks, `botPrincipals` required by the authorizer, the
 * Helm values under `global.*` with no values schema, and ingestion through an Okta service
 * application (`authProvider: okta`, private_key_jwt) instead of the bot's JWT.
 */
import type { LegacySurface, ReleaseProfile, SettingId, SettingSpec } from './types.ts';

const TAG = 'OM@0.12.1-release (d317c01e)';
const YAML = `${TAG}:conf/openmetadata.yaml`;
const COMPOSE = `${TAG}:docker/metadata/docker-compose.yml (openmetadata-server environment)`;
const SPEC = `${TAG}:openmetadata-spec/src/main/resources/json/schema`;
const CHART = 'HC@openmetadata-0.0.39 (3c4dc284)';
const VALUES = `${CHART}:charts/openmetadata/values.yaml`;
const DEPLOYMENT = `${CHART}:charts/openmetadata/templates/deployment.yaml`;
const HELPERS = `${CHART}:charts/openmetadata/templates/_helpers.tpl (OpenMetadata.Airflow.authProviderConfig)`;

const auth = (key: string) => `authenticationConfiguration.${key}`;
const authz = (key: string) => `authorizerConfiguration.${key}`;
const okta = (key: string) => `airflowConfiguration.authConfig.okta.${key}`;
const helmOkta = (key: string) => `global.airflow.openmetadata.authConfig.okta.${key}`;

const settings: Partial<Record<SettingId, SettingSpec>> = {
  provider: { env: 'AUTHENTICATION_PROVIDER', yaml: auth('provider'), helm: 'global.authentication.provider', default: 'basic', source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}` },
  // Required by the 0.12.1 schema, read only for custom-oidc; the chart does not map it.
  providerName: { env: 'CUSTOM_OIDC_AUTHENTICATION_PROVIDER_NAME', yaml: auth('providerName'), default: '', source: `${YAML}; ${COMPOSE}; ${SPEC}/configuration/authenticationConfiguration.json (required); not in ${DEPLOYMENT}` },
  authority: { env: 'AUTHENTICATION_AUTHORITY', yaml: auth('authority'), helm: 'global.authentication.authority', default: 'https://accounts.google.com', source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}` },
  clientId: { env: 'AUTHENTICATION_CLIENT_ID', yaml: auth('clientId'), helm: 'global.authentication.clientId', default: '', source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}` },
  callbackUrl: { env: 'AUTHENTICATION_CALLBACK_URL', yaml: auth('callbackUrl'), helm: 'global.authentication.callbackUrl', default: '', source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}` },
  publicKeyUrls: { env: 'AUTHENTICATION_PUBLIC_KEYS', yaml: auth('publicKeyUrls'), helm: 'global.authentication.publicKeys', default: ['http://localhost:8585/api/v1/config/jwks'], source: `${YAML}; ${COMPOSE}; ${VALUES} (Helm names it publicKeys, default http://openmetadata:8585/api/v1/config/jwks)` },
  jwtPrincipalClaims: { env: 'AUTHENTICATION_JWT_PRINCIPAL_CLAIMS', yaml: auth('jwtPrincipalClaims'), helm: 'global.authentication.jwtPrincipalClaims', default: ['email', 'preferred_username', 'sub'], source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}` },
  enableSelfSignup: { env: 'AUTHENTICATION_ENABLE_SELF_SIGNUP', yaml: auth('enableSelfSignup'), helm: 'global.authentication.enableSelfSignup', default: true, source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}` },
  // The yaml at the tag says org.openmetadata.service.*; the 0.12.1 Okta docs still print the
  // pre-0.12.1 org.openmetadata.catalog.* names (see the note docs-class-names).
  authorizerClassName: { env: 'AUTHORIZER_CLASS_NAME', yaml: authz('className'), helm: 'global.authorizer.className', default: 'org.openmetadata.service.security.DefaultAuthorizer', source: `${YAML}; ${COMPOSE}; ${VALUES}` },
  containerRequestFilter: { env: 'AUTHORIZER_REQUEST_FILTER', yaml: authz('containerRequestFilter'), helm: 'global.authorizer.containerRequestFilter', default: 'org.openmetadata.service.security.JwtFilter', source: `${YAML}; ${COMPOSE}; ${VALUES}` },
  adminPrincipals: { env: 'AUTHORIZER_ADMIN_PRINCIPALS', yaml: authz('adminPrincipals'), helm: 'global.authorizer.initialAdmins', default: ['admin'], source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT} (Helm names it initialAdmins)` },
  principalDomain: { env: 'AUTHORIZER_PRINCIPAL_DOMAIN', yaml: authz('principalDomain'), helm: 'global.authorizer.principalDomain', default: 'openmetadata.org', source: `${YAML} and ${COMPOSE} default "openmetadata.org"; ${VALUES} default "open-metadata.org"` },
  enforcePrincipalDomain: { env: 'AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN', yaml: authz('enforcePrincipalDomain'), helm: 'global.authorizer.enforcePrincipalDomain', default: false, source: `${YAML}; ${COMPOSE}; ${VALUES}` },
  enableSecureSocketConnection: { env: 'AUTHORIZER_ENABLE_SECURE_SOCKET', yaml: authz('enableSecureSocketConnection'), helm: 'global.authorizer.enableSecureSocketConnection', default: false, source: `${YAML}; ${COMPOSE}; ${VALUES}` },
};

const legacy: LegacySurface = {
  helmChart: { version: '0.0.39', appVersion: '0.12.1', source: `${CHART}:charts/openmetadata/Chart.yaml (version 0.0.39, appVersion "0.12.1"); no values.schema.json at that tag` },
  settings: {
    // The server creates a bot user for every entry at start-up (DefaultAuthorizer.initializeUsers);
    // the service app's token has sub = its client id, so that id must be listed here (FM-32).
    botPrincipals: { env: 'AUTHORIZER_INGESTION_PRINCIPALS', yaml: authz('botPrincipals'), helm: 'global.authorizer.botPrincipals', default: ['ingestion-bot'], source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}; ${SPEC}/configuration/authorizerConfiguration.json (required); ${TAG}:openmetadata-service/.../security/DefaultAuthorizer.java` },
    airflowAuthProvider: { env: 'AIRFLOW_AUTH_PROVIDER', yaml: 'airflowConfiguration.authProvider', helm: 'global.airflow.openmetadata.authProvider', default: 'no-auth', source: `${YAML}; ${COMPOSE}; ${VALUES}; ${DEPLOYMENT}` },
    airflowOktaClientId: { env: 'OM_AUTH_AIRFLOW_OKTA_CLIENT_ID', yaml: okta('clientId'), helm: helmOkta('clientId'), default: '', source: `${YAML}; ${COMPOSE}; ${VALUES}; ${HELPERS}` },
    // Helm spells it orgUrl, the server yaml and schema orgURL.
    airflowOktaOrgUrl: { env: 'OM_AUTH_AIRFLOW_OKTA_ORGANIZATION_URL', yaml: okta('orgURL'), helm: helmOkta('orgUrl'), default: '', source: `${YAML}; ${COMPOSE}; ${VALUES} (orgUrl); ${HELPERS}` },
    airflowOktaPrivateKey: {
      env: 'OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY',
      yaml: okta('privateKey'),
      helm: helmOkta('privateKey'),
      helmSecretRef: { secretRef: 'okta-client-private-key-secret', secretKey: 'okta-client-private-key-secret' },
      default: '',
      source: `${YAML}; ${COMPOSE}; ${VALUES} (a secretKeyRef); ${HELPERS}`,
    },
    airflowOktaEmail: { env: 'OM_AUTH_AIRFLOW_OKTA_SA_EMAIL', yaml: okta('email'), helm: helmOkta('email'), default: '', source: `${YAML}; ${COMPOSE}; ${VALUES}; ${HELPERS}` },
    airflowOktaScopes: { env: 'OM_AUTH_AIRFLOW_OKTA_SCOPES', yaml: okta('scopes'), helm: helmOkta('scopes'), default: [], source: `${YAML}; ${COMPOSE}; ${VALUES}; ${HELPERS}` },
  },
};

export const release012: ReleaseProfile = {
  id: '0.12',
  label: 'OpenMetadata 0.12 (legacy)',
  contentDir: 'v0.12',
  order: 12,
  patch: '0.12.1',
  checked: 'Server settings, schemas and the ingestion client read at the 0.12.1-release tag; Helm values from chart 0.0.39 (appVersion 0.12.1), which has no values schema.',
  // ConfigResource is @Path("/v1/config") with @Path("/jwks"), under server.rootPath '/api/*'.
  omJwksPath: '/api/v1/config/jwks',
  // authenticationConfiguration.json at the tag has no clientType, responseType or oidcConfiguration.
  confidentialClient: false,
  redirectPaths: {
    implicit: ['/callback', '/silent-callback'],
    // No auth code flow in 0.12; rules refuse it (OKTA-OMV-002). The same list keeps cards stable.
    authcode: ['/callback', '/silent-callback'],
    source: `${TAG}:openmetadata-docs/content/deployment/security/okta/index.md (sign-in redirect URIs); openmetadata-ui/.../utils/AuthProvider.util.ts (getRedirectUri, getSilentRedirectUri)`,
  },
  // No helmChart: that field names a chart with a values schema under reference/upstream/helm/, and
  // chart 0.0.39 has none. The chart is in `legacy.helmChart`.
  helmRepo: { name: 'open-metadata', url: 'https://helm.open-metadata.org/', chart: 'open-metadata/openmetadata' },
  // fullnameOverride "openmetadata", service.port 8585 (HC@openmetadata-0.0.39 values.yaml).
  helmServiceUrl: 'http://openmetadata:8585',
  settings,
  uiSsoConfig: false,
  ingestion: {
    kind: 'okta-service-app',
    source: `${SPEC}/entity/services/connections/metadata/openMetadataConnection.json (authProvider enum no-auth, azure, google, okta, auth0, custom-oidc, openmetadata; securityConfig oneOf includes oktaSSOClientConfig.json); ${SPEC}/security/client/oktaSSOClientConfig.json; ${TAG}:ingestion/src/metadata/ingestion/ometa/auth_provider.py (OktaAuthenticationProvider)`,
  },
  legacy,
  notes: [
    {
      id: 'legacy-release',
      text: '0.12 is a legacy release. From 1.0, ingestion authenticates as the ingestion bot with a JWT signed by OpenMetadata, and SSO service accounts for bots are deprecated; 1.x also adds the confidential (auth code) client.',
      source: 'OM release notes 1.0.0 ("SSO Service accounts for Bots will be deprecated", JWT preferred); OM generated schema docs v1.6.x (openMetadataConnection.securityConfig: openMetadataJWTClientConfig only)',
    },
    {
      id: 'no-confidential-client',
      text: 'OpenMetadata 0.12 has no confidential client: no clientType and no oidcConfiguration. Sign-in uses an Okta Single-Page Application (implicit flow with PKCE) only.',
      source: `${SPEC}/configuration/authenticationConfiguration.json; ${YAML}`,
    },
    {
      id: 'docs-class-names',
      text: 'The 0.12.1 Okta pages print org.openmetadata.catalog.security.DefaultAuthorizer and JwtFilter; the 0.12.1 server ships them as org.openmetadata.service.security.*, which is what conf/openmetadata.yaml and the compose file default to. Use the service names.',
      source: `${TAG}:openmetadata-docs/content/deployment/security/okta/{docker,bare-metal,kubernetes}.md vs ${YAML} and ${VALUES}`,
    },
    {
      id: 'principal-domain-default',
      text: 'The default principal domain differs between surfaces in 0.12.1: "openmetadata.org" in conf/openmetadata.yaml and the compose file, "open-metadata.org" in the Helm chart. Always set your own.',
      source: `${YAML}; ${COMPOSE}; ${VALUES}`,
    },
    {
      id: 'helm-authconfig-path',
      text: 'The 0.12.1 Kubernetes page puts the Okta client under global.airflow.openmetadata.okta; chart 0.0.39 reads global.airflow.openmetadata.authConfig.okta, with orgUrl (not orgURL) and the private key from a Secret.',
      source: `${TAG}:openmetadata-docs/content/deployment/security/okta/kubernetes.md vs ${VALUES} and ${HELPERS}`,
    },
    {
      id: 'private-key-in-env',
      text: 'The server pastes OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY into conf/openmetadata.yaml before parsing it, so the value must be the private JWK wrapped in single quotes; bare JSON is read as a YAML map and the server does not start.',
      source: `${TAG}:openmetadata-service/.../OpenMetadataApplication.java (SubstitutingSourceProvider, EnvironmentVariableSubstitutor); FM-32`,
    },
    {
      id: 'workflow-env-expansion',
      text: 'The 0.12.1 metadata CLI expands ${VAR} in the workflow file before parsing it, so the private key can stay in the environment.',
      source: `${TAG}:ingestion/src/metadata/config/common.py (load_config_file: os.path.expandvars)`,
    },
  ],
};
