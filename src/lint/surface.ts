/**
 * The keys a release reads, per kind of file: env var names, `openmetadata.yaml` keys and Helm
 * values paths. Settings modelled in the release profile (src/releases) come from there; the keys
 * that the guide does not write but that OpenMetadata or its chart still read (so that a file
 * holding them is not flagged) are listed here, with where they come from.
 *
 * Only the auth blocks are judged: `authenticationConfiguration`, `authorizerConfiguration` (and
 * 0.12's Okta client under `airflowConfiguration`), the chart's auth values, and the env vars with
 * an auth prefix. The rest of a full openmetadata.yaml or values.yaml is not ours to judge.
 */
import { RELEASE_FACTS as releases } from '../releases/facts.generated.ts';
import type { LegacySettingId, SettingId, SettingSpec } from '../releases/types.ts';
import type { ReleaseFacts, WithoutProse } from '../releases/facts.ts';

export type YamlKind = 'openmetadata-yaml' | 'helm-values';

/** What a key holds. */
export interface KeySpec {
  setting?: SettingId;
  legacy?: LegacySettingId;
  /** The value is a list (a YAML sequence; as an env var, a YAML flow sequence). */
  list?: boolean;
  boolean?: boolean;
  /** A secret: never quoted in messages. */
  secret?: boolean;
  /** Helm: `{ secretRef, secretKey }`, a reference to a Kubernetes Secret (FM-37). */
  secretRef?: boolean;
  /** `customParams` / `OIDC_CUSTOM_PARAMS`: a map (FM-35). */
  customParams?: boolean;
  /** A nested block whose keys are judged too. */
  block?: boolean;
  /** A nested block we do not judge (LDAP, SAML, other identity providers). */
  opaque?: boolean;
  /** First patch of the line that reads the key, when inside the line (from the profile). */
  since?: string;
}

export interface YamlSurface {
  /** Blocks (dotted paths) -> the keys read there. */
  blocks: Map<string, Map<string, KeySpec>>;
  /** The outermost blocks whose every key is judged (unknown keys are findings). */
  roots: readonly string[];
  /** Blocks where unknown keys are findings: the roots and the blocks under them. */
  strict: Set<string>;
}

/** Where each line of releases keeps its auth settings. Other blocks (such as 0.12's airflowConfiguration) are read for their known keys only. */
const ROOTS: Record<YamlKind, { legacy: readonly string[]; current: readonly string[] }> = {
  'openmetadata-yaml': {
    current: ['authenticationConfiguration', 'authorizerConfiguration'],
    legacy: ['authenticationConfiguration', 'authorizerConfiguration', 'airflowConfiguration.authConfig.okta'],
  },
  'helm-values': {
    current: ['openmetadata.config.authentication', 'openmetadata.config.authorizer'],
    legacy: ['global.authentication', 'global.authorizer', 'global.airflow.openmetadata.authConfig.okta'],
  },
};

export interface EnvSurface {
  names: Map<string, KeySpec>;
}

// ---------------------------------------------------------------------------------------------
// Keys read but not modelled by the profiles.

/** openmetadata.yaml, 1.x (reference/upstream/openmetadata-spec: authenticationConfiguration, authorizerConfiguration, oidcClientConfig). */
const YAML_1X_EXTRA: Record<string, Record<string, KeySpec>> = {
  authenticationConfiguration: {
    responseType: {},
    tokenValidationAlgorithm: {},
    ldapConfiguration: { opaque: true },
    samlConfiguration: { opaque: true },
    oidcConfiguration: { block: true },
  },
  'authenticationConfiguration.oidcConfiguration': {
    useNonce: {},
    preferredJwsAlgorithm: {},
    responseType: {},
    disablePkce: {},
    maxClockSkew: {},
    clientAuthenticationMethod: {},
    tokenValidity: {},
    customParams: { customParams: true },
    tenant: {},
  },
  authorizerConfiguration: {
    botPrincipals: { list: true },
    testPrincipals: { list: true },
    allowedEmailRegistrationDomains: { list: true },
    allowedDomains: { list: true },
    useRolesFromProvider: { boolean: true },
  },
};

/** Helm chart 1.8.12 to 1.12.12 (reference/upstream/helm/openmetadata-*\/values.schema.json; identical across these tags). */
const HELM_1X_EXTRA: Record<string, Record<string, KeySpec>> = {
  'openmetadata.config.authentication': {
    enabled: { boolean: true },
    responseType: {},
    ldapConfiguration: { opaque: true },
    saml: { opaque: true },
    oidcConfiguration: { block: true },
  },
  'openmetadata.config.authentication.oidcConfiguration': {
    useNonce: {},
    preferredJwsAlgorithm: {},
    responseType: {},
    disablePkce: {},
    clientAuthenticationMethod: {},
    tenant: {},
    maxClockSkew: {},
    customParams: { customParams: true },
    tokenValidity: {},
  },
  'openmetadata.config.authorizer': {
    enabled: { boolean: true },
    allowedEmailRegistrationDomains: { list: true },
    allowedDomains: { list: true },
    useRolesFromProvider: { boolean: true },
  },
};

/** Env vars of openmetadata.yaml 1.x and the quickstart compose file (the sources src/releases/openmetadata-1x.ts cites). */
const ENV_1X_EXTRA: Record<string, KeySpec> = {
  AUTHORIZER_ALLOWED_REGISTRATION_DOMAIN: { list: true },
  AUTHORIZER_ALLOWED_DOMAINS: { list: true },
  AUTHORIZER_USE_ROLES_FROM_PROVIDER: { boolean: true },
  AUTHENTICATION_RESPONSE_TYPE: {},
  AUTHENTICATION_TOKEN_VALIDATION_ALGORITHM: {},
  OIDC_USE_NONCE: {},
  OIDC_PREFERRED_JWS: {},
  OIDC_RESPONSE_TYPE: {},
  OIDC_DISABLE_PKCE: {},
  OIDC_CLIENT_AUTH_METHOD: {},
  OIDC_TENANT: {},
  OIDC_MAX_CLOCK_SKEW: {},
  OIDC_OM_REFRESH_TOKEN_VALIDITY: {},
  OIDC_CUSTOM_PARAMS: { customParams: true },
};

/**
 * 1.12 and later: `defaultOAuthRole` is in the 1.12-era main snapshot (OM PR #25391) and in the
 * 2.1-dev one (a1526da3); which 1.12 patch has it is not pinned, so it is accepted rather than flagged.
 */
const YAML_112_EXTRA = { authorizerConfiguration: { defaultOAuthRole: {} } };
const ENV_112_EXTRA = { AUTHORIZER_DEFAULT_OAUTH_ROLE: {} };

/** 0.12.1: what the chart 0.0.39 and the 0.12.1 server read beyond the profile (HC@openmetadata-0.0.39 values.yaml, deployment.yaml). */
const YAML_012_EXTRA: Record<string, Record<string, KeySpec>> = {
  authorizerConfiguration: { allowedEmailRegistrationDomains: { list: true } },
};
const HELM_012_EXTRA: Record<string, Record<string, KeySpec>> = {
  'global.authorizer': { allowedEmailRegistrationDomains: { list: true } },
};
const ENV_012_EXTRA: Record<string, KeySpec> = {
  AUTHORIZER_ALLOWED_REGISTRATION_DOMAIN: { list: true },
};

/** The quickstart compose file does not pass these to the server (OM docker-compose-quickstart at eca84768 and 781d1f48). */
export const NOT_PASSED_BY_COMPOSE = new Set(['AUTHENTICATION_TOKEN_VALIDATION_ALGORITHM', 'AUTHORIZER_USE_ROLES_FROM_PROVIDER', 'OIDC_OM_REFRESH_TOKEN_VALIDITY']);

/** Env vars with an auth prefix that are not about sign-in (0.12.1 chart: SMTP). */
const ENV_NOT_AUTH = new Set(['AUTHORIZER_ENABLE_SMTP']);

/** Secrets: their values are never quoted. */
const SECRET_SETTINGS = new Set<string>(['oidcClientSecret', 'airflowOktaPrivateKey']);

/** Keys named differently on the two YAML surfaces that the profiles do not model. */
export const UNMODELLED_ALIASES: Record<YamlKind, Record<string, string>> = {
  'openmetadata-yaml': { promptType: 'prompt' },
  'helm-values': { prompt: 'promptType' },
};

// ---------------------------------------------------------------------------------------------

/** What lint reads of a setting's spec: its names and default, not its citation. */
type SettingFacts = WithoutProse<SettingSpec>;

const isLegacyLine = (release: ReleaseFacts): boolean => release.legacy !== undefined;

function specOf(id: SettingId | LegacySettingId, spec: SettingFacts, legacy: boolean): KeySpec {
  const out: KeySpec = legacy ? { legacy: id as LegacySettingId } : { setting: id as SettingId };
  if (Array.isArray(spec.default)) out.list = true;
  if (typeof spec.default === 'boolean') out.boolean = true;
  if (SECRET_SETTINGS.has(id)) out.secret = true;
  if (spec.since && !spec.since.endsWith('.0')) out.since = spec.since;
  return out;
}

function profileEntries(release: ReleaseFacts): [SettingId | LegacySettingId, SettingFacts, boolean][] {
  const out: [SettingId | LegacySettingId, SettingFacts, boolean][] = [];
  for (const [id, spec] of Object.entries(release.settings)) if (spec) out.push([id as SettingId, spec, false]);
  if (release.legacy) for (const [id, spec] of Object.entries(release.legacy.settings)) out.push([id as LegacySettingId, spec, true]);
  return out;
}

const split = (path: string): [string, string] => {
  const i = path.lastIndexOf('.');
  return [path.slice(0, i), path.slice(i + 1)];
};

const yamlCache = new Map<string, YamlSurface>();

export function yamlSurface(release: ReleaseFacts, kind: YamlKind): YamlSurface {
  const cacheKey = `${release.id}:${kind}`;
  const cached = yamlCache.get(cacheKey);
  if (cached) return cached;
  const blocks = new Map<string, Map<string, KeySpec>>();
  const put = (block: string, key: string, spec: KeySpec): void => {
    let keys = blocks.get(block);
    if (!keys) blocks.set(block, (keys = new Map()));
    keys.set(key, { ...keys.get(key), ...spec });
  };
  for (const [id, spec, legacy] of profileEntries(release)) {
    const path = kind === 'helm-values' ? spec.helm : spec.yaml;
    if (!path) continue;
    const [block, key] = split(path);
    const keySpec = specOf(id, spec, legacy);
    if (kind === 'helm-values' && spec.helmSecretRef) {
      keySpec.secretRef = true;
      put(path, 'secretRef', {});
      put(path, 'secretKey', {});
    }
    put(block, key, keySpec);
  }
  const legacyLine = isLegacyLine(release);
  const extra = kind === 'helm-values' ? (legacyLine ? HELM_012_EXTRA : HELM_1X_EXTRA) : legacyLine ? YAML_012_EXTRA : YAML_1X_EXTRA;
  for (const [block, keys] of Object.entries(extra)) for (const [key, spec] of Object.entries(keys)) put(block, key, spec);
  if (!legacyLine && release.order >= 112 && kind === 'openmetadata-yaml') {
    for (const [block, keys] of Object.entries(YAML_112_EXTRA)) for (const [key, spec] of Object.entries(keys)) put(block, key, spec);
  }
  const roots = legacyLine ? ROOTS[kind].legacy : ROOTS[kind].current;
  const under = (block: string): boolean => roots.some((root) => block === root || block.startsWith(`${root}.`));
  // Nested blocks are keys of their parents (oidcConfiguration, a secretRef map).
  for (const block of [...blocks.keys()]) {
    const [parent, key] = split(block);
    if (blocks.has(parent) && !blocks.get(parent)!.get(key)?.setting && !blocks.get(parent)!.get(key)?.legacy) put(parent, key, { block: true });
  }
  for (const root of roots) if (!blocks.has(root)) blocks.set(root, new Map());
  const strict = new Set([...blocks.keys()].filter(under));
  const surface: YamlSurface = { blocks, roots, strict };
  yamlCache.set(cacheKey, surface);
  return surface;
}

const envCache = new Map<string, EnvSurface>();

export function envSurface(release: ReleaseFacts): EnvSurface {
  const cached = envCache.get(release.id);
  if (cached) return cached;
  const names = new Map<string, KeySpec>();
  for (const [id, spec, legacy] of profileEntries(release)) {
    if (spec.env) names.set(spec.env, specOf(id, spec, legacy));
  }
  const extra = isLegacyLine(release) ? ENV_012_EXTRA : ENV_1X_EXTRA;
  for (const [name, spec] of Object.entries(extra)) if (!names.has(name)) names.set(name, spec);
  if (!isLegacyLine(release) && release.order >= 112) for (const [name, spec] of Object.entries(ENV_112_EXTRA)) names.set(name, spec);
  const surface = { names };
  envCache.set(release.id, surface);
  return surface;
}

let allEnvCache: Map<string, ReleaseFacts[]> | undefined;
const allYamlCache = new Map<YamlKind, Map<string, ReleaseFacts[]>>();

/** Every env name any release reads, for "did you mean" and "read by another release". */
export function allEnvNames(): Map<string, ReleaseFacts[]> {
  if (allEnvCache) return allEnvCache;
  const out = new Map<string, ReleaseFacts[]>();
  for (const release of releases) {
    for (const name of envSurface(release).names.keys()) out.set(name, [...(out.get(name) ?? []), release]);
  }
  allEnvCache = out;
  return out;
}

/** Every (block, key) any release reads in this kind of file. */
export function allYamlKeys(kind: YamlKind): Map<string, ReleaseFacts[]> {
  const cached = allYamlCache.get(kind);
  if (cached) return cached;
  const out = new Map<string, ReleaseFacts[]>();
  for (const release of releases) {
    for (const [block, keys] of yamlSurface(release, kind).blocks) {
      for (const key of keys.keys()) {
        const path = `${block}.${key}`;
        out.set(path, [...(out.get(path) ?? []), release]);
      }
    }
  }
  allYamlCache.set(kind, out);
  return out;
}

/** Whether an env var is about sign-in, so that lint judges its name. */
export function isAuthEnvName(name: string): boolean {
  const upper = name.toUpperCase();
  if (ENV_NOT_AUTH.has(upper)) return false;
  return /^(AUTHENTICATION_|AUTHORIZER_|OIDC_|CUSTOM_OIDC_|OM_AUTH_AIRFLOW_)/.test(upper) || upper === 'FORCE_SECURE_SESSION_COOKIE' || upper === 'AIRFLOW_AUTH_PROVIDER';
}

/** A short list of releases, newest first: "1.11, 1.12". */
export function releaseList(list: readonly ReleaseFacts[]): string {
  return [...list].sort((a, b) => a.order - b.order).map((r) => r.id).join(', ');
}
