/**
 * OKTA-KEY-001: keys and variables the release does not read. A misspelled key, a key of the
 * other surface (Helm's `publicKeys` written as `publicKeyUrls`), a key put in the wrong block
 * and a key of another release all leave the intended setting at its default, or make the server
 * or `helm install` refuse the file. Only the auth blocks and auth variables are judged.
 */
import { RELEASE_FACTS as releases } from '../releases/facts.generated.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { named, show } from '../text/quote.ts';
import type { Diagnostic, Severity } from '../rules/types.ts';
import { MAX_UNKNOWN_KEYS, type LintContext } from './context.ts';
import { closest, onlyClosest } from './distance.ts';
import {
  allEnvNames,
  allYamlKeys,
  envSurface,
  isAuthEnvName,
  NOT_PASSED_BY_COMPOSE,
  releaseList,
  UNMODELLED_ALIASES,
  yamlSurface,
  type KeySpec,
  type YamlKind,
} from './surface.ts';

/**
 * The one key a finding names for a key the release does not read ("Did you mean X?", "Rename it
 * to X"), by finding: `from` as the file writes it, `to` the key meant, in the same block (YAML) or
 * as the variable's name (env files). Kept beside the Diagnostic, like the values of
 * src/rules/diagnostic.ts, for lint --fix, which renames the key and keeps its value.
 */
export interface KeyRename {
  from: string;
  to: string;
  /** The YAML block the key is in (dotted); absent in env files. */
  block?: string;
  line: number;
}

const RENAMES = new WeakMap<Diagnostic, KeyRename>();

/** The one key `d` names instead of the one the file has, when it names exactly one. */
export function suggestedRename(d: Diagnostic): KeyRename | undefined {
  return RENAMES.get(d);
}

function withRename(d: Diagnostic, rename: KeyRename): void {
  RENAMES.set(d, rename);
}

const SINCE_NOTE = (spec: KeySpec, release: ReleaseFacts): string =>
  `${release.label} reads it from ${spec.since} on; earlier ${release.id} patches ignore it.`;

// ---------------------------------------------------------------------------------------------
// Env files

/** The spec of an env var the release reads, after reporting its name when it is not one. */
export function judgeEnvName(ctx: LintContext, raw: string, line: number): KeySpec | undefined {
  const { release } = ctx;
  // Looked up as written, shown escaped and cut.
  const name = named(raw);
  const names = envSurface(release).names;
  const spec = names.get(raw);
  if (spec) {
    ctx.seen++;
    if (spec.since) ctx.add('OKTA-KEY-001', 'info', name, `${name}: ${SINCE_NOTE(spec, release)}`, line);
    if (NOT_PASSED_BY_COMPOSE.has(raw)) {
      ctx.add('OKTA-KEY-001', 'info', name, `${name}: the quickstart docker-compose file does not pass this variable to the server, so an env file alone does not set it. Add it to the server's environment: list in docker-compose.yml.`, line);
    }
    return spec;
  }
  if (++ctx.unknownKeys > MAX_UNKNOWN_KEYS) return undefined;
  const all = allEnvNames();
  const upper = raw.toUpperCase();
  if (upper !== raw && names.has(upper)) {
    ctx.seen++;
    const d = ctx.add('OKTA-KEY-001', 'error', name, `${name}: variable names are case-sensitive and OpenMetadata reads ${upper}, so this one is ignored. Rename it to ${upper}.`, line);
    withRename(d, { from: raw, to: upper, line });
    return undefined;
  }
  const elsewhere = all.get(raw) ?? all.get(upper);
  if (elsewhere) {
    ctx.seen++;
    ctx.misfitBy(2, `${name} is read by OpenMetadata ${releaseList(elsewhere)}`);
    ctx.add('OKTA-KEY-001', 'warning', name, `${name} is read by OpenMetadata ${releaseList(elsewhere)}, not by ${release.label}, so it has no effect here. Remove it, or lint with --release for the release you run.`, line);
    return undefined;
  }
  const suggestion = ctx.suggestionBudget-- > 0 ? closest(raw, names.keys()) : undefined;
  if (suggestion) {
    ctx.seen++;
    const d = ctx.add('OKTA-KEY-001', 'error', name, `${name} is not a variable ${release.label} reads, so the setting keeps its default. Did you mean ${suggestion}?`, line);
    if (onlyClosest(raw, suggestion, names.keys())) withRename(d, { from: raw, to: suggestion, line });
    return undefined;
  }
  if (isAuthEnvName(raw)) {
    ctx.seen++;
    ctx.add('OKTA-KEY-001', 'warning', name, `${name} is not a variable ${release.label} reads for sign-in; it has no effect. Check the name against the release's list (see the Docker page of this guide).`, line);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// openmetadata.yaml and Helm values

const SURFACE_LABEL: Record<YamlKind, string> = { 'openmetadata-yaml': 'openmetadata.yaml', 'helm-values': 'the Helm chart' };

function consequence(kind: YamlKind, release: ReleaseFacts): string {
  if (kind === 'openmetadata-yaml') return 'OpenMetadata refuses to start with a key it does not know in this block';
  return release.legacy ? 'the chart ignores it, so the setting keeps its default' : "the chart's values schema refuses unknown keys, so helm install fails";
}

/** The name this surface uses for the setting another surface names `key`, in `block`. */
function aliasFor(release: ReleaseFacts, kind: YamlKind, block: string, key: string): { right: string; otherSurface: string } | undefined {
  const entries = [...Object.values(release.settings), ...Object.values(release.legacy?.settings ?? {})];
  for (const spec of entries) {
    if (!spec) continue;
    const here = kind === 'helm-values' ? spec.helm : spec.yaml;
    const other = kind === 'helm-values' ? spec.yaml : spec.helm;
    if (!here || !here.startsWith(`${block}.`)) continue;
    const right = here.slice(block.length + 1);
    if (right.includes('.')) continue;
    const otherLeaf = other?.slice(other.lastIndexOf('.') + 1);
    if (otherLeaf === key && otherLeaf !== right) return { right, otherSurface: kind === 'helm-values' ? 'openmetadata.yaml' : 'Helm' };
    if (spec.env === key) return { right, otherSurface: 'env var' };
  }
  const unmodelled = UNMODELLED_ALIASES[kind][key];
  if (unmodelled && yamlSurface(release, kind).blocks.get(block)?.has(unmodelled)) {
    return { right: unmodelled, otherSurface: kind === 'helm-values' ? 'openmetadata.yaml' : 'Helm' };
  }
  return undefined;
}

/** Reports a key the release does not read in `block` (a judged block). */
export function judgeUnknownYamlKey(ctx: LintContext, kind: YamlKind, block: string, raw: string, line: number): void {
  const { release } = ctx;
  const surface = yamlSurface(release, kind);
  const keys = surface.blocks.get(block) ?? new Map<string, KeySpec>();
  // Looked up as written, shown escaped and cut.
  const key = named(raw);
  const field = `${block}.${key}`;
  const error = (message: string, rename?: string): void => {
    const d = ctx.add('OKTA-KEY-001', 'error', field, message, line);
    if (rename !== undefined) withRename(d, { from: raw, to: rename, block, line });
  };
  ctx.seen++;
  if (++ctx.unknownKeys > MAX_UNKNOWN_KEYS) return;

  const alias = aliasFor(release, kind, block, raw);
  if (alias) {
    error(`${field}: ${SURFACE_LABEL[kind]} names this setting ${alias.right} (${key} is its ${alias.otherSurface} name), and ${consequence(kind, release)}. Rename it to ${alias.right}.`, alias.right);
    return;
  }
  const sameButCase = [...keys.keys()].find((k) => k.toLowerCase() === raw.toLowerCase());
  if (sameButCase) {
    error(`${field}: keys are case-sensitive; the key is ${sameButCase}, and ${consequence(kind, release)}. Rename it to ${sameButCase}.`, sameButCase);
    return;
  }
  const elsewhere = allYamlKeys(kind).get(`${block}.${raw}`);
  if (elsewhere && !elsewhere.includes(release)) {
    const severity: Severity = kind === 'openmetadata-yaml' || !release.legacy ? 'error' : 'warning';
    ctx.misfitBy(2, `${field} is read by OpenMetadata ${releaseList(elsewhere)}`);
    ctx.add('OKTA-KEY-001', severity, field, `${field} is read by OpenMetadata ${releaseList(elsewhere)}, not by ${release.label}, and ${consequence(kind, release)}. Remove it, or lint with --release for the release you run.`, line);
    return;
  }
  // The right key in the wrong block.
  for (const [otherBlock, otherKeys] of surface.blocks) {
    if (otherBlock === block || !surface.strict.has(otherBlock) || !otherKeys.has(raw)) continue;
    error(`${field}: ${key} belongs under ${otherBlock}, not under ${block}, and ${consequence(kind, release)}. Move it.`);
    return;
  }
  const suggestion = ctx.suggestionBudget-- > 0 ? closest(raw, keys.keys()) : undefined;
  if (suggestion) {
    error(`${field}: ${block} has no key ${show(raw)}, and ${consequence(kind, release)}. Did you mean ${suggestion}?`, onlyClosest(raw, suggestion, keys.keys()) ? suggestion : undefined);
    return;
  }
  const severity: Severity = kind === 'helm-values' && !release.legacy ? 'error' : 'warning';
  ctx.add('OKTA-KEY-001', severity, field, `${field}: ${key} is not a key ${release.label} reads in ${block}, and ${consequence(kind, release)}. Remove it.`, line);
}

/** Info on a known key that came within the release line (OIDC_SESSION_EXPIRY on 1.8: from 1.8.2). */
export function noteSince(ctx: LintContext, spec: KeySpec, field: string, line: number): void {
  if (spec.since) ctx.add('OKTA-KEY-001', 'info', field, `${field}: ${SINCE_NOTE(spec, ctx.release)}`, line);
}

/** Roots of other release lines present in the file (chart 0.0.39's `global.authentication` under 1.x, ...). */
export function foreignRoots(kind: YamlKind, release: ReleaseFacts): { root: string; readers: ReleaseFacts[] }[] {
  const own = new Set(yamlSurface(release, kind).roots);
  const out = new Map<string, ReleaseFacts[]>();
  for (const other of releases) {
    for (const root of yamlSurface(other, kind).roots) {
      if (own.has(root)) continue;
      out.set(root, [...(out.get(root) ?? []), other]);
    }
  }
  return [...out].map(([root, readers]) => ({ root, readers }));
}
