/**
 * What the legacy (0.12) renderers share: the values of the service application's settings, the
 * Okta token URL it signs in at, and the shell lines that load its private key.
 *
 * The private key is a secret and never an input: it sits in the file the key step wrote
 * (src/keys, KEY_FILES.privateJwk) and the generated scripts read it from there into an env var.
 */
import { originOf, type Derived, type Inputs } from '../inputs/index.ts';
import { KEY_FILES } from '../keys/kid.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { LegacySettingId, SettingId } from '../releases/types.ts';
import { setPath, type YamlMap, type YamlValue } from './yaml.ts';
import type { Settings } from '../settings/index.ts';

/** Env var the server reads the service app's private key from (conf/openmetadata.yaml at 0.12.1). */
export const SERVER_PRIVATE_KEY_ENV = 'OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY';
/** Env var the generated workflow file reads the private key from (expanded by the metadata CLI). */
export const WORKFLOW_PRIVATE_KEY_ENV = 'OKTA_SERVICE_PRIVATE_KEY';
/** Env var the service-app script reads the Okta API token from. */
export const OKTA_API_TOKEN_ENV = 'OKTA_API_TOKEN';
/** The bot the 0.12.1 server always creates (AUTHORIZER_INGESTION_PRINCIPALS default). */
export const DEFAULT_BOT = 'ingestion-bot';

export interface LegacyValues {
  botPrincipals: string[];
  airflowAuthProvider: string;
  airflowOktaClientId: string;
  airflowOktaOrgUrl: string;
  /** What a yaml file holds: a reference the server resolves from its environment. */
  airflowOktaPrivateKey: string;
  airflowOktaEmail: string;
  airflowOktaScopes: string[];
}

/** The input field to blame when a legacy value cannot be written. */
export const LEGACY_INPUT_FIELD: Record<LegacySettingId, string> = {
  botPrincipals: 'serviceClientId',
  airflowAuthProvider: 'serviceClientId',
  airflowOktaClientId: 'serviceClientId',
  airflowOktaOrgUrl: 'oktaDomain',
  airflowOktaPrivateKey: 'serviceClientId',
  airflowOktaEmail: 'serviceEmail',
  airflowOktaScopes: 'serviceClientId',
};

export function legacySurface(release: ReleaseFacts): NonNullable<ReleaseFacts['legacy']> {
  if (!release.legacy) throw new Error(`${release.id} has no legacy (0.x) surface`);
  return release.legacy;
}

/**
 * The token endpoint the service application signs in at, which the 0.12 ingestion calls
 * `orgURL`: `{issuer}/v1/token` for a custom authorization server, `/oauth2/v1/token` for the
 * org server (whose issuer has no path). OM@0.12.1-release troubleshoot.md: "<ISSUER-URL>/v1/token".
 */
export function oktaTokenUrlFor(issuer: string): string {
  const origin = originOf(issuer);
  const path = issuer.slice(origin.length);
  return path === '' || path === '/' ? `${origin}/oauth2/v1/token` : `${issuer}/v1/token`;
}

export function legacyValues(inputs: Inputs, derived: Derived): LegacyValues {
  const service = inputs.serviceClientId ?? '';
  return {
    botPrincipals: service === '' || service === DEFAULT_BOT ? [DEFAULT_BOT] : [DEFAULT_BOT, service],
    airflowAuthProvider: 'okta',
    airflowOktaClientId: service,
    airflowOktaOrgUrl: oktaTokenUrlFor(derived.issuer),
    airflowOktaPrivateKey: `\${${SERVER_PRIVATE_KEY_ENV}}`,
    airflowOktaEmail: inputs.serviceEmail ?? '',
    airflowOktaScopes: [],
  };
}

/**
 * Bash lines that read the private JWK file into `$private_key` and refuse anything else: the
 * 0.12 ingestion reads a string starting with `{` as one JWK (okta-sdk-python 2.3.0
 * JWT.get_PEM_JWK), and the quoted forms below break on a line break or a single quote.
 */
export function loadPrivateKeyLines(): string[] {
  const file = KEY_FILES.privateJwk;
  return [
    `key_file=${file}`,
    'private_key=$(cat "$key_file")',
    'case "$private_key" in',
    `  *$'\\n'*|*"'"*) echo "$key_file must be one line of JSON without single quotes, as the key step wrote it." >&2; exit 1 ;;`,
    `  '{'*'"d"'*'}') ;;`,
    `  *) echo "$key_file must hold the private JWK (a JSON object with a \\"d\\" member), as the key step wrote it." >&2; exit 1 ;;`,
    'esac',
  ];
}

/**
 * The server pastes `OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY` into conf/openmetadata.yaml before parsing
 * it (Dropwizard's EnvironmentVariableSubstitutor), so the value carries single quotes around the
 * JSON: bare JSON would be read as a YAML map (FM-32).
 */
export function serverKeyValueComment(): string {
  return `The server pastes ${SERVER_PRIVATE_KEY_ENV} into conf/openmetadata.yaml before parsing it: the JSON goes in single quotes, or YAML reads it as a map (FM-32).`;
}

/**
 * The nested tree of a legacy YAML file (`openmetadata.yaml` or Helm values), in `order`: the
 * 0.12-only settings from the release's legacy surface with their values, the others from the
 * resolved settings, each at its `at` path. `replace` lets a file put another value in (Kubernetes:
 * the private key from a Secret, OpenMetadata's key set through the in-cluster Service).
 */
export function legacyTree(
  order: readonly (SettingId | LegacySettingId)[],
  at: 'yaml' | 'helm',
  { release, settings, values }: { release: ReleaseFacts; settings: Settings; values: LegacyValues },
  replace: (id: SettingId | LegacySettingId, value: YamlValue) => YamlValue = (_id, value) => value,
): YamlMap {
  const surface = legacySurface(release);
  const tree: YamlMap = {};
  for (const id of order) {
    if (id in surface.settings) {
      const legacyId = id as LegacySettingId;
      setPath(tree, surface.settings[legacyId][at]!, replace(legacyId, values[legacyId]));
      continue;
    }
    const settingId = id as SettingId;
    const value = settings[settingId];
    const path = release.settings[settingId]?.[at];
    if (value === undefined || !path) continue;
    setPath(tree, path, replace(settingId, value));
  }
  return tree;
}
