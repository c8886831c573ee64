/**
 * What each setting of the reader's file must be, and which settings a fix changes. The values
 * come from the reader: the file's own sound values (inputsFromLint) and, for what the file lacks
 * or holds as a placeholder, the inputs they pass; resolveSettings then says what each setting must
 * be, as when the files are rendered. Only settings with an error or warning in the lint of the
 * file, or required and missing, are targets.
 */
import { FIELD_NAMES, derive, parseInputs, PLACEHOLDER_INPUTS, type FieldName, type Inputs } from '../../inputs/index.ts';
import type { ReleaseFacts } from '../../releases/facts.ts';
import type { LegacySettingId, SettingId, SettingSpec } from '../../releases/types.ts';
import { checkInputs } from '../../rules/check-inputs.ts';
import { namedValue } from '../../rules/diagnostic.ts';
import type { Diagnostic } from '../../rules/types.ts';
import { resolveSettings, SETTING_SOURCES } from '../../settings/index.ts';
import { legacyValues } from '../../targets/legacy-service-app.ts';
import type { LintResult } from '../index.ts';
import type { YamlKind } from '../surface.ts';
import type { ImportedInputs } from '../to-inputs.ts';
import type { SettingValue } from '../values.ts';
import { isFinding, type AnyId } from './types.ts';

/** What each setting must be, by id: only the settings whose value is known. */
export type Expected = Partial<Record<AnyId, SettingValue>>;

/** Settings a sign-in configuration needs: added when absent and their value is known. */
const REQUIRED: readonly SettingId[] = ['provider', 'authority', 'clientId', 'callbackUrl', 'publicKeyUrls', 'adminPrincipals', 'principalDomain'];
/** The auth code flow's settings, needed when the client is confidential. */
const REQUIRED_AUTHCODE: readonly SettingId[] = ['clientType', 'oidcEnabled', 'oidcType', 'oidcClientId', 'oidcDiscoveryUri', 'oidcCallbackUrl', 'oidcServerUrl'];
/** Inputs with no default worth writing into a file: a setting computed from one the reader did not give is not fixed. */
const NO_GUESS: readonly FieldName[] = ['omUrl', 'oktaDomain', 'clientId', 'adminPrincipals', 'principalDomain', 'serviceClientId', 'serviceEmail'];
/** The inputs each 0.12 service application setting is computed from. */
const LEGACY_SOURCES: Partial<Record<LegacySettingId, readonly FieldName[]>> = {
  botPrincipals: ['serviceClientId'],
  airflowOktaClientId: ['serviceClientId'],
  airflowOktaOrgUrl: ['oktaDomain', 'authServer'],
  airflowOktaEmail: ['serviceEmail'],
};

/** What each setting must be, from the file's sound values and the reader's inputs, and the inputs known (given or with a default worth writing). */
export function expectedSettings(imported: ImportedInputs, given: Record<string, unknown> | undefined, release: ReleaseFacts, lint: LintResult): { settings: Expected; known: Set<FieldName> } {
  const raw: Record<string, unknown> = {};
  if (given && typeof given === 'object') {
    for (const name of FIELD_NAMES) {
      // Secrets are never written by a fix: the files point to them.
      if (name === 'clientSecret' || name === 'inlineSecret') continue;
      const value = given[name];
      if (value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')) raw[name] = value;
    }
  }
  // The file's values win, but a value lint finds wrong (compared with the reader's, say) is not
  // sound: the reader's own value, when given, replaces it.
  const flagged = new Set(lint.diagnostics.filter(isFinding).map((d) => d.field));
  // A source skipped because lint finds it wrong (a callback at /auth/callback) casts the same doubt
  // on the value the next source gave.
  const doubted = (name: FieldName): boolean =>
    [imported.taken.find((t) => t.field === name)?.from, ...imported.skipped.filter((s) => s.field === name).map((s) => s.from)].some((from) => from !== undefined && flagged.has(from));
  for (const [name, value] of Object.entries(imported.values) as [FieldName, string | boolean][]) {
    if (raw[name] !== undefined && doubted(name)) continue;
    raw[name] = name === 'adminPrincipals' && typeof value === 'string' ? value.split('\n') : value;
  }
  // Values the inputs checks refuse are as good as absent.
  for (const d of checkInputs(raw, release).diagnostics) {
    if (d.severity === 'error' && d.field !== undefined && d.field in raw) delete raw[d.field];
  }
  const known = new Set<FieldName>(FIELD_NAMES.filter((name) => raw[name] !== undefined || !NO_GUESS.includes(name)));
  // authServer has a default, but only alongside the Okta domain it belongs to.
  if (!known.has('oktaDomain')) known.delete('authServer');
  const filled: Record<string, unknown> = { ...raw };
  for (const name of NO_GUESS) if (filled[name] === undefined && PLACEHOLDER_INPUTS[name] !== undefined) filled[name] = PLACEHOLDER_INPUTS[name];
  const parsed = parseInputs(filled);
  if (!parsed.success) return { settings: {}, known: new Set() };
  const inputs: Inputs = { ...parsed.data, inlineSecret: false };
  delete inputs.clientSecret;
  const settings: Expected = { ...(resolveSettings(inputs, release) as Expected) };
  if (release.legacy) {
    const legacy = legacyValues(inputs, derive(inputs, release));
    // The service application's settings the panel has fields for; its private key is never written.
    for (const id of ['botPrincipals', 'airflowOktaClientId', 'airflowOktaOrgUrl', 'airflowOktaEmail'] as const) settings[id] = legacy[id];
  }
  return { settings, known };
}

function computable(id: AnyId, known: Set<FieldName>): boolean {
  const sources = (SETTING_SOURCES as Partial<Record<AnyId, readonly FieldName[]>>)[id] ?? LEGACY_SOURCES[id as LegacySettingId] ?? [];
  return sources.every((field) => known.has(field));
}

/** The names and facts of a setting, legacy ones included. */
export function specFor(release: ReleaseFacts, id: AnyId): Pick<SettingSpec, 'env' | 'yaml' | 'helm' | 'helmSecretRef'> | undefined {
  return (release.settings as Record<string, SettingSpec | undefined>)[id] ?? (release.legacy?.settings as Record<string, SettingSpec | undefined> | undefined)?.[id];
}

/** The value a lint read for a setting, legacy ones included. */
export function readValue(lint: LintResult, id: AnyId): unknown {
  return (lint.settings as Record<string, unknown>)[id] ?? (lint.legacySettings as Record<string, unknown> | undefined)?.[id];
}

/** The setting a finding is about, by the key or variable it names. */
export function findingSettings(lint: LintResult): (d: Diagnostic) => AnyId | undefined {
  const { release } = lint;
  const kind = lint.kind as YamlKind | 'env';
  const byField = new Map<string, AnyId>();
  const specs = { ...release.settings, ...(release.legacy?.settings ?? {}) } as Record<AnyId, { env?: string; yaml?: string; helm?: string }>;
  for (const [id, spec] of Object.entries(specs) as [AnyId, { env?: string; yaml?: string; helm?: string }][]) {
    const name = kind === 'env' ? spec.env : kind === 'helm-values' ? spec.helm : spec.yaml;
    if (name) byField.set(name, id);
  }
  for (const [id, place] of Object.entries(lint.places ?? {})) if (specFor(release, id as AnyId)) byField.set(place.field, id as AnyId);
  return (d) => (d.field === undefined ? undefined : (byField.get(d.field) ?? byField.get(d.field.replace(/\.(secretRef|secretKey)$/, ''))));
}

/**
 * The one right value a finding names ("Use https://.../callback", the entries of "alice,bob"), by
 * setting, for settings the reader's values do not settle: lint already knows them, so the fix
 * writes them too. Added to `expected`; returns the settings it added.
 */
export function addNamedValues(lint: LintResult, expected: Expected, known: Set<FieldName>): Set<AnyId> {
  const settingOf = findingSettings(lint);
  const added = new Set<AnyId>();
  for (const d of lint.diagnostics) {
    const value = isFinding(d) ? namedValue(d) : undefined;
    const id = value === undefined ? undefined : settingOf(d);
    if (!id || (expected[id] !== undefined && computable(id, known))) continue;
    expected[id] = typeof value === 'string' ? value : [...value!];
    added.add(id);
  }
  return added;
}

/** Settings to write: those with an error or warning in the lint, and required ones the file lacks; `named` are known from a finding. */
export function targetSettings(lint: LintResult, expected: Expected, known: Set<FieldName>, release: ReleaseFacts, named: ReadonlySet<AnyId> = new Set()): Set<AnyId> {
  const kind = lint.kind as YamlKind | 'env';
  const settingOf = findingSettings(lint);
  const targets = new Set<AnyId>();
  for (const d of lint.diagnostics) {
    if (!isFinding(d)) continue;
    const id = settingOf(d);
    if (id) targets.add(id);
  }
  const present = lint.settings as Record<string, unknown>;
  if (Object.keys(present).length > 0) {
    const required = expected.clientType === 'confidential' ? [...REQUIRED, ...REQUIRED_AUTHCODE] : REQUIRED;
    for (const id of required) if (present[id] === undefined) targets.add(id);
  }
  for (const id of [...targets]) {
    const writable =
      expected[id] !== undefined &&
      (computable(id, known) || named.has(id)) &&
      surfacePath(release, kind, id) !== undefined &&
      // The client secret is never written; Helm reads it (and the OIDC client ID) from a Kubernetes Secret.
      !(id === 'oidcClientSecret' && (kind === 'helm-values' || !placeholderSecret(lint, release, kind))) &&
      !(kind === 'helm-values' && specFor(release, id)?.helmSecretRef);
    if (!writable) targets.delete(id);
  }
  return targets;
}

/** Whether the client secret in the file is a placeholder: only then is it replaced (by a pointer to the secret, never a value). */
function placeholderSecret(lint: LintResult, release: ReleaseFacts, kind: YamlKind | 'env'): boolean {
  const field = lint.places?.['oidcClientSecret']?.field ?? surfacePath(release, kind, 'oidcClientSecret');
  return lint.diagnostics.some((d) => d.id === 'OKTA-TPL-001' && d.field === field);
}

export function surfacePath(release: ReleaseFacts, kind: YamlKind | 'env', id: AnyId): string | undefined {
  const spec = specFor(release, id);
  if (!spec) return undefined;
  return kind === 'env' ? spec.env : kind === 'helm-values' ? spec.helm : spec.yaml;
}

/** Whether two values read the same (lists in order). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
