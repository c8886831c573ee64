/**
 * `lintFile`: reads an existing env file, openmetadata.yaml, Helm values file or ingestion
 * workflow into the settings model (the reverse of src/targets), reports what is wrong in the file
 * itself (syntax, names, types: the file rules of src/rules/table.ts), then runs checkSettings on
 * what it read and puts every finding on its line. It never throws, whatever the text.
 */
import { RELEASE_FACTS as releases } from '../releases/facts.generated.ts';
import { latestReleaseFacts as latestRelease } from '../releases/lookup.ts';
import type { LegacySettingId, SettingId } from '../releases/types.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { checkSettings } from '../rules/check-settings.ts';
import { checkSignInRequest } from '../rules/sign-in-request.ts';
import { checkReaderValues, type ReaderValues } from '../rules/check-reader-values.ts';
import { splitList } from '../inputs/fields.ts';
import { diagnostic } from '../rules/diagnostic.ts';
import type { Diagnostic } from '../rules/types.ts';
import type { Settings } from '../settings/index.ts';
import { LintContext, MAX_UNKNOWN_KEYS, type LintKind, type Place } from './context.ts';
import { detect, type Detected } from './detect.ts';
import { lintEnv } from './env.ts';
import { checkFlow } from './flow.ts';
import { releaseList, type YamlKind } from './surface.ts';
import { MAX_YAML_DEPTH, type SettingValue } from './values.ts';
import { lintWorkflow } from './workflow.ts';
import { lintYaml } from './yaml.ts';
import { boundMessage, MAX_FIELD_CHARS, named } from '../text/quote.ts';

export { LINT_KINDS, type LintKind, type Place } from './context.ts';
export { kindFromFilename } from './detect.ts';
export { boundMessage, escapeUnsafe, MAX_MESSAGE_CHARS, MAX_QUOTED_CHARS, terminalSafeJson } from '../text/quote.ts';

/** Files above this size are refused: an auth config is a few kilobytes. */
export const MAX_LINT_CHARS = 1024 * 1024;

export interface LintOptions {
  /** The release the file is for; guessed from the file when absent (an info diagnostic says how). */
  release?: ReleaseFacts;
  /** A hint for the kind of file (`.env`, `values*.yaml`, ...); the content decides first. */
  filename?: string;
  /**
   * The reader's own values (inputs.json, the setup panel's fields): the file is also compared
   * with them (OKTA-REDIR-*, OKTA-DOM-002, OKTA-ADMIN-002, OKTA-FLOW-002). Only the values the reader gave.
   */
  inputs?: Record<string, unknown>;
}

export interface LintResult {
  kind: LintKind;
  release: ReleaseFacts;
  /** The settings read from the file (as written, also when a finding is about them). */
  settings: Settings;
  /** 0.12: the Okta service application settings the server hands to Airflow. */
  legacySettings?: Partial<Record<LegacySettingId, SettingValue>>;
  /** Ordered by line; findings about the whole file first. */
  diagnostics: Diagnostic[];
  /** Where each setting (and 0.12 legacy setting) was read, by id: the key as written, its line, its list items. */
  places?: Record<string, Place>;
}

const KIND_LABEL: Record<LintKind, string> = {
  env: 'env file',
  'openmetadata-yaml': 'openmetadata.yaml',
  'helm-values': 'Helm values file',
  workflow: 'ingestion workflow',
  'security-config': 'stored security configuration',
  unknown: 'file',
};

/** Why `text` cannot be linted at all (too large, binary), or undefined. */
export function unreadableReason(text: unknown): string | undefined {
  if (typeof text !== 'string') return 'The input is not text.';
  if (text.length > MAX_LINT_CHARS) {
    return `The file is ${(text.length / (1024 * 1024)).toFixed(1)} MB; om-okta lint reads files of up to 1 MB (an auth configuration is a few kilobytes). Lint only the file that holds the sign-in settings.`;
  }
  const sample = text.slice(0, 64 * 1024);
  if (sample.includes('\0')) return 'The file is binary (it contains NUL bytes), not an env or YAML file.';
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) odd++;
  }
  if (sample.length > 0 && odd / sample.length > 0.05) return 'The file is not readable text (it is binary, or not UTF-8).';
  return undefined;
}

export function lintFile(text: string, options: LintOptions = {}): LintResult {
  const release = options.release ?? latestRelease;
  let result: LintResult;
  try {
    result = lintUnsafe(text, options);
  } catch (error) {
    // Nothing in a file should get here; if something does, it is reported, not thrown.
    result = {
      kind: 'unknown',
      release,
      settings: {},
      diagnostics: [diagnostic('OKTA-LINT-001', 'error', undefined, `The file could not be linted (${(error as Error)?.message ?? 'unknown error'}). Please report this with the file, secrets removed.`, release)],
    };
  }
  // Every message and field leaves here printable and bounded, whatever the file held.
  for (const d of result.diagnostics) {
    d.message = boundMessage(d.message);
    if (d.field !== undefined) d.field = named(d.field, MAX_FIELD_CHARS);
  }
  return result;
}

function lintUnsafe(text: string, options: LintOptions): LintResult {
  const given = options.release;
  const fallback = given ?? latestRelease;
  const fail = (kind: LintKind, problems: { message: string; line?: number }[]): LintResult => ({
    kind,
    release: fallback,
    settings: {},
    diagnostics: problems.map((p) => {
      const d = diagnostic('OKTA-LINT-001', 'error', undefined, p.message, fallback);
      if (p.line !== undefined) d.line = p.line;
      return d;
    }),
  });

  const reason = unreadableReason(text);
  if (reason) return fail('unknown', [{ message: reason }]);
  const detected = detect(text, options.filename);
  if (detected.yaml?.tooDeep) {
    const { line, depth } = detected.yaml.tooDeep;
    return fail(detected.kind, [{
      message: `The file nests ${depth} levels deep by line ${line}, more than the ${MAX_YAML_DEPTH} om-okta lint reads: a real env file, openmetadata.yaml, Helm values file or workflow nests a few levels. It was not read further; check that this is the file that holds the sign-in settings.`,
      line,
    }]);
  }
  if (detected.kind === 'unknown') {
    return fail('unknown', [{
      message: 'This is not a file om-okta lint reads. It reads env files (NAME=value lines for docker compose --env-file), openmetadata.yaml (authenticationConfiguration, authorizerConfiguration), Helm values (openmetadata.config.authentication, or global.authentication for 0.12) and ingestion workflows (workflowConfig).',
    }]);
  }
  if (detected.yaml && detected.yaml.errors.length > 0) {
    return fail(
      detected.kind,
      detected.yaml.errors.slice(0, 20).map((e) => ({
        message: `The ${KIND_LABEL[detected.kind]} is not valid YAML: ${e.message}. OpenMetadata${detected.kind === 'helm-values' ? "'s chart" : ''} cannot read it either; fix the syntax first.`,
        line: e.line,
      })),
    );
  }

  const candidates = given ? [given] : releases;
  const reader = readerValues(options.inputs);
  const passes = candidates.map((r) => analyze(detected, r, reader));
  let chosen = passes[0]!;
  for (const pass of passes) if (pass.misfit < chosen.misfit) chosen = pass;
  const diagnostics = [...chosen.diagnostics];

  if (!given) diagnostics.unshift(guessNote(chosen, passes));
  if (chosen.envRefs.length > 0 && detected.kind === 'security-config') {
    const list = chosen.envRefs.slice(0, 6).map((r) => `${r.field} is \${${r.variable}}`).join(', ');
    diagnostics.push(diagnostic('OKTA-LINT-004', 'info', undefined, `${list}${chosen.envRefs.length > 6 ? ', ...' : ''}: the stored configuration is not read through environment variables, so OpenMetadata would keep that text as the value. Write the value itself before update-security-config or the API stores it.`, chosen.release));
  } else if (chosen.envRefs.length > 0) {
    const list = chosen.envRefs.slice(0, 6).map((r) => `${r.field} from ${r.variable}`).join(', ');
    diagnostics.push(diagnostic('OKTA-LINT-004', 'info', undefined, `${chosen.envRefs.length} value${chosen.envRefs.length === 1 ? ' comes' : 's come'} from environment variables when OpenMetadata starts (${list}${chosen.envRefs.length > 6 ? ', ...' : ''}), so this file does not say what they are and they are not checked here. Lint the env file that sets them too.`, chosen.release));
  }
  if (chosen.seen === 0) {
    diagnostics.push(diagnostic('OKTA-LINT-002', 'warning', undefined, `This ${KIND_LABEL[detected.kind]} has no Okta sign-in settings, so there was nothing to check. Lint the file that holds ${hintFor(detected.kind)}.`, chosen.release));
  }

  if (chosen.unknownKeys > MAX_UNKNOWN_KEYS) {
    diagnostics.push(diagnostic('OKTA-LINT-005', 'warning', undefined, `The file has ${chosen.unknownKeys} keys or variables ${chosen.release.label} does not read; the first ${MAX_UNKNOWN_KEYS} are reported. Is this the right file, and the right release?`, chosen.release));
  }
  const result: LintResult = { kind: detected.kind, release: chosen.release, settings: chosen.settings, diagnostics: capped(sortByLine(diagnostics), chosen.release) };
  if (Object.keys(chosen.legacySettings).length > 0) result.legacySettings = chosen.legacySettings;
  if (chosen.places.size > 0) result.places = Object.fromEntries(chosen.places);
  return result;
}

function hintFor(kind: LintKind): string {
  switch (kind) {
    case 'env':
      return 'the AUTHENTICATION_*, AUTHORIZER_* and OIDC_* variables';
    case 'openmetadata-yaml':
    case 'security-config':
      return 'authenticationConfiguration and authorizerConfiguration';
    case 'helm-values':
      return 'openmetadata.config.authentication and .authorizer';
    default:
      return 'workflowConfig.openMetadataServerConfig';
  }
}

/** The values of the reader's inputs the file is compared with; the rest of the inputs is not read here. */
function readerValues(inputs: Record<string, unknown> | undefined): ReaderValues | undefined {
  if (!inputs) return undefined;
  const reader: ReaderValues = {};
  const text = (name: string): string | undefined => {
    const v = inputs[name];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  const omUrl = text('omUrl');
  if (omUrl) reader.omUrl = omUrl;
  const flow = text('flow');
  if (flow === 'implicit' || flow === 'authcode') reader.flow = flow;
  const domain = text('principalDomain');
  if (domain) reader.principalDomain = domain;
  if (typeof inputs['enforcePrincipalDomain'] === 'boolean') reader.enforcePrincipalDomain = inputs['enforcePrincipalDomain'];
  const admins = inputs['adminPrincipals'];
  const list = Array.isArray(admins) ? admins.filter((a): a is string => typeof a === 'string') : typeof admins === 'string' ? splitList(admins) : [];
  if (list.length > 0) reader.adminPrincipals = list;
  return reader;
}

function analyze(detected: Detected, release: ReleaseFacts, reader?: ReaderValues): LintContext {
  const ctx = new LintContext(release, detected.kind);
  switch (detected.kind) {
    case 'env':
      lintEnv(detected.env!, ctx);
      break;
    case 'openmetadata-yaml':
    case 'helm-values':
      lintYaml(detected.yaml!, ctx, detected.kind);
      break;
    case 'security-config':
      // The same blocks and keys as openmetadata.yaml (the server reads both into one class).
      lintYaml(detected.yaml!, ctx, 'openmetadata-yaml');
      break;
    case 'workflow':
      lintWorkflow(detected.yaml!, ctx);
      break;
    default:
      break;
  }
  if (detected.kind !== 'workflow') {
    jwksPathFit(ctx);
    const surface = detected.kind === 'security-config' ? 'openmetadata-yaml' : (detected.kind as YamlKind | 'env');
    runSettingChecks(ctx, surface, reader);
    checkFlow(ctx, surface, reader?.flow);
  }
  return ctx;
}

/** OpenMetadata's own key path differs between 0.x and 1.x: a strong sign of the release. */
function jwksPathFit(ctx: LintContext): void {
  const keys = ctx.settings.publicKeyUrls;
  if (!Array.isArray(keys)) return;
  for (const key of keys) {
    let path: string;
    try {
      path = new URL(key).pathname;
    } catch {
      continue;
    }
    if (path === ctx.release.omJwksPath) continue;
    const owners = releases.filter((r) => r.omJwksPath === path);
    if (owners.length > 0) ctx.misfitBy(3, `its OpenMetadata key URL has the path ${path} of OpenMetadata ${releaseList(owners)}`);
  }
}

/** checkSettings on what was read, each finding moved onto the key and line it is about. */
function runSettingChecks(ctx: LintContext, kind: YamlKind | 'env', reader: ReaderValues | undefined): void {
  const checked: Settings = {};
  for (const [id, value] of Object.entries(ctx.settings) as [SettingId, unknown][]) {
    if (!ctx.unchecked.has(id)) (checked as Record<string, unknown>)[id] = value;
  }
  const own = [...checkSettings(checked, ctx.release), ...checkSignInRequest(checked, ctx.release)];
  // A comparison with the reader's values adds nothing where the file's own check already put the same rule on the setting.
  const compared = reader ? checkReaderValues(checked, ctx.release, reader).filter((c) => !own.some((d) => d.field === c.field && d.id === c.id)) : [];
  for (const d of [...own, ...compared]) {
    const id = d.field as SettingId | undefined;
    // A setting already reported (placeholder, unreadable value) or taken from the environment
    // gets no other finding: checkSettings saw it as absent.
    if (id && ctx.unchecked.has(id)) continue;
    const place = id ? ctx.places.get(id) : undefined;
    if (id) {
      const named = place?.field ?? surfaceName(ctx.release, kind, id);
      if (named) d.field = named;
    }
    const line = itemLine(place, d.message) ?? place?.line ?? (id ? nearestBlockLine(ctx, surfaceName(ctx.release, kind, id)) : undefined);
    if (line !== undefined) d.line = line;
    d.message = namedAsWritten(d.message, ctx, kind);
    ctx.diagnostics.push(d);
  }
}

/**
 * The checks speak of settings by id (`oidcCallbackUrl`), which is no key of the reader's file:
 * each id in a message becomes the name the file writes, the env var in an env file, the YAML or
 * Helm path otherwise. Ids that are plain words (authority, provider) stay, as prose; so does an
 * id that is already the key's own name in YAML (callbackUrl).
 */
function namedAsWritten(message: string, ctx: LintContext, kind: YamlKind | 'env'): string {
  let out = message;
  for (const id of Object.keys(ctx.release.settings) as SettingId[]) {
    if (!/[A-Z]/.test(id) || !out.includes(id)) continue;
    const name = ctx.places.get(id)?.field ?? surfaceName(ctx.release, kind, id);
    if (!name || name === id || (kind !== 'env' && name.endsWith(`.${id}`))) continue;
    // Whole ids only: not inside a longer name, a path or a URL.
    out = out.replace(new RegExp(`(?<![\\w.$/{-])${id}(?![\\w])`, 'g'), () => name);
  }
  return out;
}

function surfaceName(release: ReleaseFacts, kind: YamlKind | 'env', id: SettingId): string | undefined {
  const spec = release.settings[id];
  if (!spec) return undefined;
  return kind === 'env' ? spec.env : kind === 'helm-values' ? spec.helm : spec.yaml;
}

/** The line of the list item a message quotes (checkSettings quotes entries with JSON.stringify). */
function itemLine(place: Place | undefined, message: string): number | undefined {
  for (const item of place?.items ?? []) {
    const quoted = JSON.stringify(item.text.length > 60 ? `${item.text.slice(0, 60)}\u2026` : item.text);
    if (item.text !== '' && message.includes(quoted)) return item.line;
  }
  return undefined;
}

/** Where a missing key would go: the line of its nearest enclosing block present in the file. */
function nearestBlockLine(ctx: LintContext, path: string | undefined): number | undefined {
  if (!path) return undefined;
  const parts = path.split('.');
  for (let n = parts.length - 1; n > 0; n--) {
    const line = ctx.blockLines.get(parts.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return undefined;
}

function guessNote(chosen: LintContext, passes: readonly LintContext[]): Diagnostic {
  const newest = passes[0]!;
  const base = `No release given: linted for ${chosen.release.label}`;
  let why: string;
  if (chosen === newest) {
    why = chosen.misfit === 0 ? ', the newest release, which reads every key in this file' : ', the newest release; no release reads every key in this file';
  } else {
    why = `, the release this file fits best: for ${newest.release.label}, ${newest.misfits.slice(0, 2).join(', and ')}`;
  }
  const others = passes.filter((p) => p !== chosen && p.misfit === chosen.misfit).map((p) => p.release);
  const also = others.length > 0 ? ` (it fits ${releaseList(others)} as well)` : '';
  return diagnostic('OKTA-LINT-004', 'info', undefined, `${base}${why}${also}. Pass --release with the release you run to lint for it.`, chosen.release);
}

/** Findings reported at most; beyond, one finding says how many more (and keeps an error an error). */
export const MAX_DIAGNOSTICS = 500;

function capped(diagnostics: Diagnostic[], release: ReleaseFacts): Diagnostic[] {
  if (diagnostics.length <= MAX_DIAGNOSTICS) return diagnostics;
  const kept = diagnostics.slice(0, MAX_DIAGNOSTICS);
  const dropped = diagnostics.slice(MAX_DIAGNOSTICS);
  const errors = dropped.filter((d) => d.severity === 'error').length;
  const severity = errors > 0 ? 'error' : 'info';
  kept.push(diagnostic('OKTA-LINT-005', severity, undefined, `${dropped.length} more findings (${errors} errors) are not shown, after line ${kept[kept.length - 1]!.line ?? '?'}. Fix these first, then lint again.`, release));
  return kept;
}

function sortByLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => d);
}
