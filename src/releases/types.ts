/**
 * A release profile is one OpenMetadata release line's Okta-related config surface, as data:
 * which env var, `openmetadata.yaml` key and Helm values path carries each setting, its default,
 * and where that fact comes from. Renderers and rules read names from here, never from literals.
 */

/** The settings this guide writes or checks, named after their `openmetadata.yaml` meaning. */
export const SETTING_IDS = [
  'provider',
  'providerName',
  'clientType',
  'authority',
  'clientId',
  'callbackUrl',
  'publicKeyUrls',
  'jwtPrincipalClaims',
  'jwtPrincipalClaimsMapping',
  'enableSelfSignup',
  'authorizerClassName',
  'containerRequestFilter',
  'adminPrincipals',
  'principalDomain',
  'enforcePrincipalDomain',
  'enableSecureSocketConnection',
  'oidcEnabled',
  'oidcType',
  'oidcClientId',
  'oidcClientSecret',
  'oidcDiscoveryUri',
  'oidcCallbackUrl',
  'oidcServerUrl',
  'oidcSessionExpiry',
  'oidcScope',
  'oidcPrompt',
  'oidcMaxAge',
  'forceSecureSessionCookie',
  'enableAutoRedirect',
  'sessionExpiry',
  'maxActiveSessionsPerUser',
  'additionalTrustedRedirectUris',
] as const;
export type SettingId = (typeof SETTING_IDS)[number];

export interface SettingSpec {
  /** Environment variable that `openmetadata.yaml` (and the Docker compose file) reads. */
  env?: string;
  /** Dotted path in `openmetadata.yaml`. */
  yaml?: string;
  /** Dotted path in the Helm chart values. */
  helm?: string;
  /** How the chart reads a secret value: a Kubernetes Secret reference instead of the value. */
  helmSecretRef?: { secretRef: string; secretKey: string };
  /** The release's default when the setting is not given. */
  default?: string | boolean | readonly string[];
  /** First patch of the line that reads the setting, when it came within the line (e.g. 1.8.2). */
  since?: string;
  /** Why we believe the names and default: a citation (repo@ref:path, issue, PR). */
  source: string;
  /** Read by the server but no longer recommended: what replaces it. */
  deprecated?: string;
}

export type IngestionAuth =
  /** 1.x: the ingestion bot's JWT, `authProvider: openmetadata`. */
  | { kind: 'bot-jwt'; source: string }
  /** 0.x: an Okta service application with `private_key_jwt`, `authProvider: okta`. */
  | { kind: 'okta-service-app'; source: string };

export interface ReleaseProfile {
  /** Contract id: `1.8` ... `1.12`, `0.12`. */
  id: string;
  label: string;
  /** Folder under content/docs/ and first URL segment. */
  contentDir: string;
  /** Sort key: newer releases first. */
  order: number;
  /** Newest patch this profile was checked against. */
  patch: string;
  /**
   * How exact the profile is, in one line for the page: what was read at a release tag and what
   * could not be (the profile's sources say, for each fact, the tag or commit it was read at).
   */
  checked: string;
  /** Path of OpenMetadata's own JWKS endpoint (bots, personal access tokens). */
  omJwksPath: string;
  /** Whether the release supports the confidential (auth code) flow. */
  confidentialClient: boolean;
  /** Paths OpenMetadata sends as redirect_uri, per flow, which the Okta app must list exactly. */
  redirectPaths: { implicit: readonly string[]; authcode: readonly string[]; source: string };
  /** The official Helm chart of this line (values schema under reference/upstream/helm/). */
  helmChart?: { version: string; source: string };
  /**
   * The chart released for this line when its files could not be read here: the install script
   * pins its line, and helmChart names the newest chart the values were checked against.
   */
  helmChartReleased?: { version: string; source: string };
  /** `helm upgrade --install` target. */
  helmRepo: { name: string; url: string; chart: string };
  /** Default in-cluster URL of the OpenMetadata Service, from the chart. */
  helmServiceUrl?: string;
  /** Where each setting lives in this release, with defaults and sources. */
  settings: Partial<Record<SettingId, SettingSpec>>;
  /** SSO can be configured in the UI (Settings > SSO), and a saved UI config wins (1.10+). */
  uiSsoConfig: boolean;
  /**
   * Where the Settings > SSO form's fields, labels and order for Okta were read (src/targets/ui.ts
   * writes them), what could not be pinned to the release, and Test Login when the line has it.
   */
  uiForm?: { source: string; testLogin?: { since: string; source: string } };
  /**
   * What the confidential flow's callback hands the browser: Okta's ID token (up to 1.13), or a
   * token OpenMetadata signs itself (2.0, OM PR #26314), whose claims are OpenMetadata's.
   */
  callbackToken?: { kind: 'okta-id-token' | 'openmetadata-jwt'; source: string };
  /**
   * 2.0: the login's post-sign-in address must be trusted: the root callbackUrl, serverUrl +
   * /auth/callback, or one of additionalTrustedRedirectUris (SecurityUtil.validateRedirectUri).
   */
  trustedRedirects?: { source: string };
  /** `./bootstrap/openmetadata-ops.sh` subcommands for the configuration stored in the database (1.10+). */
  securityConfigOps?: { commands: readonly string[]; source: string };
  ingestion: IngestionAuth;
  /** Notes about the release that pages and rules may show. */
  notes: readonly { id: string; text: string; source: string }[];
  /** 0.x only: the service application's settings and the chart of that line (src/targets/legacy-*.ts). */
  legacy?: LegacySurface;
}

/**
 * 0.x settings outside SETTING_IDS, written only by the legacy renderers: the bot principals the
 * service application must be one of, and the Okta client the server hands to Airflow.
 */
/** The 0.12 server's Airflow settings for the Okta service application, in file order. */
export const AIRFLOW_OKTA_SETTING_IDS = [
  'airflowAuthProvider',
  'airflowOktaClientId',
  'airflowOktaOrgUrl',
  'airflowOktaPrivateKey',
  'airflowOktaEmail',
  'airflowOktaScopes',
] as const;
export const LEGACY_SETTING_IDS = ['botPrincipals', ...AIRFLOW_OKTA_SETTING_IDS] as const;
export type LegacySettingId = (typeof LEGACY_SETTING_IDS)[number];

export interface LegacySurface {
  settings: Record<LegacySettingId, SettingSpec>;
  /** The Helm chart of the line: no values schema, values under `global.*`. */
  helmChart: { version: string; appVersion: string; source: string };
}
