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
  /** Why we believe the names and default: a citation (repo@ref:path, issue, PR). */
  source: string;
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
  /** Path of OpenMetadata's own JWKS endpoint (bots, personal access tokens). */
  omJwksPath: string;
  /** Whether the release supports the confidential (auth code) flow. */
  confidentialClient: boolean;
  /** Paths OpenMetadata sends as redirect_uri, per flow, which the Okta app must list exactly. */
  redirectPaths: { implicit: readonly string[]; authcode: readonly string[]; source: string };
  /** The official Helm chart of this line (values schema under shared/upstream/helm/). */
  helmChart?: { version: string; source: string };
  /** `helm upgrade --install` target. */
  helmRepo: { name: string; url: string; chart: string };
  /** Default in-cluster URL of the OpenMetadata Service, from the chart. */
  helmServiceUrl?: string;
  /** Fully qualified class names the authorizer block needs. */
  settings: Partial<Record<SettingId, SettingSpec>>;
  ingestion: IngestionAuth;
  /** Notes about the release that pages and rules may show. */
  notes: readonly { id: string; text: string; source: string }[];
}
