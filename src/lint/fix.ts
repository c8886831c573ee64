/**
 * `fixFile`: the reader's file with what lint found wrong set right, and nothing else touched.
 * The values come from the reader: the file's own sound values (inputsFromLint) and, for what the
 * file lacks or holds as a placeholder, the inputs they pass; resolveSettings then says what each
 * setting must be, as when the files are rendered. Only settings with an error or warning in the
 * lint of the file, or required and missing, change, and they change in place: an env file line
 * by line, YAML by replacing the value's source range or inserting a key into its block. Every
 * other byte (keys, order, comments, quoting, indentation, line endings) stays as written. A fix
 * that does not read back as the value it meant to write is not applied, and its finding stays.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { FIELD_NAMES, normalizeBaseUrl, parseInputs, PLACEHOLDER_INPUTS, type FieldName, type Inputs } from '../inputs/index.ts';
import { parseUrl } from '../rules/hosts.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { LegacySettingId, SettingId, SettingSpec } from '../releases/types.ts';
import { derive } from '../inputs/index.ts';
import { legacyValues } from '../targets/legacy-service-app.ts';
import { checkInputs } from '../rules/check-inputs.ts';
import type { Diagnostic } from '../rules/types.ts';
import { boundMessage, cut, MAX_COPY_CHARS, MAX_MESSAGE_CHARS } from '../text/quote.ts';
import { BOT_TOKEN_ENV, resolveSettings, SETTING_SOURCES } from '../settings/index.ts';
import { envLine } from '../targets/env-file.ts';
import { doubleQuoted, yamlInlineValue, yamlScalar } from '../targets/yaml.ts';
import { parseEnvFile, readYamlStyleLine } from './dotenv.ts';
import { lintFile, type LintOptions, type LintResult } from './index.ts';
import type { LintKind } from './context.ts';
import { inputsFromLint, type ImportedInputs } from './to-inputs.ts';
import { keyText, parseYaml, type ParsedYaml } from './yaml.ts';
import { envReference, placeholderMessage, type SettingValue } from './values.ts';

export interface FixOptions extends Pick<LintOptions, 'release' | 'filename'> {
  /** The reader's values (an inputs.json object) for what the file lacks or holds as a placeholder. */
  inputs?: Record<string, unknown>;
}

export interface FixChange {
  /** Line in the fixed text. */
  line: number;
  /** The key or variable as written in the file, or as it is written when added. */
  field: string;
  /** The value as it was written (left out when the key was added, and for secrets). */
  before?: string;
  /** The value as it is written now. */
  after: string;
}

export interface FixResult {
  kind: LintKind;
  release: ReleaseFacts;
  /** The whole corrected text (the original when nothing could be fixed). */
  fixed: string;
  changes: FixChange[];
  /** Errors and warnings of the lint of the fixed text: what is left for the reader. */
  remaining: Diagnostic[];
  /** The lint of the original text. */
  lint: LintResult;
  /** The values the fix was computed from, as read from the file. */
  imported?: ImportedInputs;
  /** Per setting fixed: the value written and how the file now writes it (for messages). */
  fixes: SettingFix[];
}

/** What a fix sets: a setting, or (ingestion workflows) a key of the workflow's server block. */
export type FixTarget = AnyId | WorkflowKey;
/** A setting of the profile, or one of 0.12's legacy settings (the Okta service application). */
export type AnyId = SettingId | LegacySettingId;
type Expected = Partial<Record<AnyId, SettingValue>>;
/** The keys of `workflowConfig.openMetadataServerConfig` the fix sets, by dotted path. */
export type WorkflowKey = `workflowConfig.openMetadataServerConfig.${'hostPort' | 'authProvider' | 'securityConfig.jwtToken'}`;

export interface SettingFix {
  setting: FixTarget;
  /** How the setting is written now, in the file's own syntax (`NAME=value`, `key: value`). */
  written: string;
  /** For YAML, the block it is in. */
  block?: string;
  /** What to do, in words, with the reader's value: "Set `NAME=value`." */
  advice: string;
}

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

type YamlKind = 'openmetadata-yaml' | 'helm-values';

/** One edit of the original text: `text` replaces [start, end). */
interface Edit {
  setting: FixTarget;
  /** The value the setting must read back as (a list in the file's order). */
  value?: SettingValue;
  start: number;
  end: number;
  text: string;
  field: string;
  before?: string;
  after: string;
  written: string;
  block?: string;
  /** The setting is meant to be gone from the file after the edit. */
  absent?: boolean;
  /** For keys inserted together: how many lines after the start of the inserted text this one is. */
  lineOffset?: number;
}

/** The lint options of a fix: the file is also compared with the reader's values when given. */
function lintOptions(options: FixOptions, release = options.release): LintOptions {
  return { ...(release ? { release } : {}), ...(options.filename ? { filename: options.filename } : {}), ...(options.inputs ? { inputs: options.inputs } : {}) };
}

/** Never throws: a fix that fails for any reason leaves the text as it was, with lint's findings. */
export function fixFile(text: string, options: FixOptions = {}): FixResult {
  const lint = lintFile(text, lintOptions(options));
  const unfixed = (extra: Partial<FixResult> = {}): FixResult => ({
    kind: lint.kind,
    release: lint.release,
    fixed: text,
    changes: [],
    remaining: lint.diagnostics.filter(isFinding),
    lint,
    fixes: [],
    ...extra,
  });
  try {
    return fixLinted(text, lint, options, unfixed);
  } catch {
    return unfixed();
  }
}

function fixLinted(text: string, lint: LintResult, options: FixOptions, unfixed: (extra?: Partial<FixResult>) => FixResult): FixResult {
  const release = lint.release;
  if (lint.kind === 'unknown' || lint.diagnostics.some((d) => d.id === 'OKTA-LINT-001')) return unfixed();
  if (lint.kind === 'workflow') return fixWorkflow(text, lint, options) ?? unfixed();

  const imported = inputsFromLint(lint);
  const { settings: expected, known } = expectedSettings(imported, options.inputs, release, lint);
  const targets = targetSettings(lint, expected, known, release);
  if (targets.size === 0) return unfixed({ imported });

  // Apply, lint again, and keep only the settings that read back as the value they meant to write.
  for (let attempt = 0; attempt < 4 && targets.size > 0; attempt++) {
    const edits = lint.kind === 'env' ? envEdits(text, lint, targets, expected) : yamlEdits(text, lint, lint.kind, targets, expected);
    if (edits.length === 0) break;
    const { fixed, lines } = applyEdits(text, edits);
    const after = lintFile(fixed, lintOptions(options, release));
    const broken = after.diagnostics.some((d) => d.id === 'OKTA-LINT-001') || after.kind !== lint.kind;
    const wrong = broken ? edits : edits.filter((e) => !sameValue(readValue(after, e.setting as AnyId), e.absent ? undefined : (e.value ?? expected[e.setting as AnyId])));
    if (wrong.length === 0) {
      return { ...appliedFix(lint, fixed, edits, lines, after), imported };
    }
    if (broken) break;
    for (const e of wrong) targets.delete(e.setting as AnyId);
  }
  return unfixed({ imported });
}

function adviceFor(edit: Edit): string {
  if (edit.absent) return `Remove the line and ${edit.written}.`;
  const written = cut(edit.written, MAX_COPY_CHARS);
  return edit.block ? `Set \`${written}\` under ${edit.block}.` : `Set \`${written}\`.`;
}

const isFinding = (d: Diagnostic): boolean => d.severity === 'error' || d.severity === 'warning';

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------------------------------------
// What the settings must be

function expectedSettings(imported: ImportedInputs, given: Record<string, unknown> | undefined, release: ReleaseFacts, lint: LintResult): { settings: Expected; known: Set<FieldName> } {
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
  for (const [name, value] of Object.entries(imported.values) as [FieldName, string | boolean][]) {
    const from = imported.taken.find((t) => t.field === name)?.from;
    if (raw[name] !== undefined && from !== undefined && flagged.has(from)) continue;
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
function specFor(release: ReleaseFacts, id: AnyId): Pick<SettingSpec, 'env' | 'yaml' | 'helm' | 'helmSecretRef'> | undefined {
  return (release.settings as Record<string, SettingSpec | undefined>)[id] ?? (release.legacy?.settings as Record<string, SettingSpec | undefined> | undefined)?.[id];
}

/** The value a lint read for a setting, legacy ones included. */
function readValue(lint: LintResult, id: AnyId): unknown {
  return (lint.settings as Record<string, unknown>)[id] ?? (lint.legacySettings as Record<string, unknown> | undefined)?.[id];
}

/** Settings to write: those with an error or warning in the lint, and required ones the file lacks. */
/** The setting a finding is about, by the key or variable it names. */
function findingSettings(lint: LintResult): (d: Diagnostic) => AnyId | undefined {
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

function targetSettings(lint: LintResult, expected: Expected, known: Set<FieldName>, release: ReleaseFacts): Set<AnyId> {
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
      computable(id, known) &&
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

function surfacePath(release: ReleaseFacts, kind: YamlKind | 'env', id: AnyId): string | undefined {
  const spec = specFor(release, id);
  if (!spec) return undefined;
  return kind === 'env' ? spec.env : kind === 'helm-values' ? spec.helm : spec.yaml;
}

// ---------------------------------------------------------------------------------------------
// Env files

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The end of line `index` (0-based), before its line break. */
function lineEnd(text: string, starts: number[], index: number): number {
  let end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
  if (end > starts[index]! && text[end - 1] === '\r' && text[end] === '\n') end--;
  return end;
}

const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

function envEdits(text: string, lint: LintResult, targets: Set<AnyId>, expected: Expected): Edit[] {
  const starts = lineStarts(text);
  // The line compose takes each variable from (the last), also from lines it reads with a warning.
  const env = parseEnvFile(text);
  const lastLine = new Map<string, number>();
  const assignments = [
    ...env.entries.map((e) => ({ name: e.name, line: e.line })),
    ...env.problems.flatMap((p) => {
      const name = p.kind === 'yaml-syntax' ? readYamlStyleLine(p.text)?.name : p.kind === 'unterminated-quote' ? /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/.exec(p.text)?.[1] : undefined;
      return name ? [{ name, line: p.line }] : [];
    }),
  ].sort((a, b) => a.line - b.line);
  for (const a of assignments) lastLine.set(a.name, a.line);
  const edits: Edit[] = [];
  const added: string[] = [];
  const addedIds: AnyId[] = [];
  for (const id of targets) {
    const name = specFor(lint.release, id)!.env!;
    const current = readValue(lint, id);
    const wanted = expected[id] as SettingValue;
    const value = Array.isArray(wanted) && Array.isArray(current) ? alignList(current as string[], wanted) : wanted;
    const at = lastLine.get(name);
    if (id === 'oidcClientSecret') {
      // The placeholder line gives way to a note, as the generated env file has: compose takes the
      // secret from the shell that runs it, so it is never written into the file.
      if (at === undefined) continue;
      const start = starts[at - 1]!;
      const note = `# ${name} is not written here: export it in the shell that runs docker compose.`;
      edits.push({ setting: id, start, end: lineEnd(text, starts, at - 1), text: note, field: name, after: note, written: `export ${name} in the shell that runs docker compose`, absent: true });
      continue;
    }
    let line: string;
    try {
      line = envLine(name, yamlInlineValue(value), id);
    } catch {
      continue; // not representable in an env file: the finding stays
    }
    const shown = line.slice(name.length + 1);
    if (at === undefined) {
      added.push(line);
      addedIds.push(id);
      continue;
    }
    const index = at - 1;
    const start = starts[index]!;
    const end = lineEnd(text, starts, index);
    const old = text.slice(start, end);
    const parts = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.]*)\s*[=:]\s*([^]*)$/.exec(old);
    if (!parts || parts[2] !== name) continue;
    const rest = parts[3]!;
    const comment = trailingComment(rest);
    const next = `${parts[1]}${name}=${shown}${comment}`;
    if (next === old) continue;
    edits.push({ setting: id, value, start, end, text: next, field: name, before: rest.slice(0, rest.length - comment.length).trimEnd(), after: shown, written: line });
  }
  if (added.length > 0) {
    const eol = eolOf(text);
    const needsBreak = text !== '' && !text.endsWith('\n');
    // Added at the end, in one piece; a file that ended without a line break still does.
    const body = needsBreak ? `${eol}${added.join(eol)}` : `${added.join(eol)}${eol}`;
    added.forEach((line, i) => {
      const eq = line.indexOf('=');
      edits.push({ setting: addedIds[i]!, start: text.length, end: text.length, text: i === 0 ? body : '', field: line.slice(0, eq), after: line.slice(eq + 1), written: line, lineOffset: i + (needsBreak ? 1 : 0) });
    });
  }
  return edits;
}

/** A comment after an env value as compose reads it: ` # ...` after an unquoted value, anything after a closing quote. */
function trailingComment(rest: string): string {
  const mark = rest[0];
  if (mark === '"' || mark === "'") {
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === mark && rest[i - 1] !== '\\') {
        const after = rest.slice(i + 1);
        return /^\s+#/.test(after) ? after : '';
      }
    }
    return '';
  }
  const at = rest.search(/\s#/);
  return at < 0 ? '' : rest.slice(at);
}

// ---------------------------------------------------------------------------------------------
// openmetadata.yaml and Helm values

interface Insertion {
  /** Where the new lines go, and their indentation. */
  at: number;
  indent: number;
  /** Missing keys from the anchor down to the setting. */
  path: string[];
  setting: FixTarget;
  value: SettingValue;
  block: string;
}

function yamlEdits(text: string, lint: LintResult, kind: YamlKind, targets: Set<AnyId>, expected: Expected): Edit[] {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return [];
  const unit = indentUnit(parsed);
  const edits: Edit[] = [];
  const insertions: Insertion[] = [];
  for (const id of targets) {
    const path = surfacePath(lint.release, kind, id)!.split('.');
    const value = expected[id] as SettingValue;
    const block = path.slice(0, -1).join('.');
    const found = walk(parsed, path);
    if (found === 'unsafe') continue;
    if (found.pair) {
      const aligned = Array.isArray(value) ? alignList(listIn(found.pair.value), value) : value;
      const edit = replaceValue(parsed, found.pair, aligned);
      if (edit && edit.text !== text.slice(edit.start, edit.end)) {
        const secret = id === 'oidcClientSecret';
        edits.push({ setting: id, value: aligned, ...edit, field: path.join('.'), ...(secret || edit.before === undefined ? {} : { before: edit.before }), written: writtenYaml(path[path.length - 1]!, aligned), block });
      }
      continue;
    }
    const anchor = insertionPoint(parsed, found.map, found.emptyPair, unit);
    if (!anchor) continue;
    insertions.push({ ...anchor, path: path.slice(found.depth), setting: id, value, block });
  }
  edits.push(...insertionEdits(text, insertions, unit));
  return edits;
}

/** The entries of a sequence as text (empty for anything else). */
function listIn(node: unknown): string[] {
  return isSeq(node) ? node.items.map((item) => (isScalar(item) ? String(item.value ?? '') : '')) : [];
}

/**
 * The wanted list in the order of the file's entries, so that each entry replaces the one it
 * corrects and the comments beside them stay with them: the same text first, then the entry that
 * ends most alike (the key URL of OpenMetadata with OpenMetadata's). The order does not matter to
 * OpenMetadata. Lists of another length are written in the wanted order.
 */
export function alignList(existing: readonly string[], wanted: readonly string[]): string[] {
  if (existing.length !== wanted.length) return [...wanted];
  const left = [...wanted];
  const out: (string | undefined)[] = existing.map((item) => {
    const i = left.indexOf(item);
    return i >= 0 ? left.splice(i, 1)[0] : undefined;
  });
  const suffix = (a: string, b: string): number => {
    let n = 0;
    while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
    return n;
  };
  existing.forEach((item, i) => {
    if (out[i] !== undefined) return;
    let best = 0;
    for (let j = 1; j < left.length; j++) if (suffix(item, left[j]!) > suffix(item, left[best]!)) best = j;
    out[i] = left.splice(best, 1)[0];
  });
  return out as string[];
}

/** The file's indentation step: the first nested block map's indentation, else 2. */
function indentUnit(parsed: ParsedYaml): number {
  const root = parsed.doc.contents;
  if (!isMap(root)) return 2;
  for (const pair of root.items) {
    if (isMap(pair.value) && !pair.value.flow && pair.value.items.length > 0) {
      const col = columnOf(parsed.text, (pair.value.items[0]!.key as Node).range![0]) - columnOf(parsed.text, (pair.key as Node).range![0]);
      if (col > 0) return col;
    }
  }
  return 2;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

type Found = { pair: Pair; depth: number } | { pair?: undefined; map: YAMLMap | undefined; emptyPair?: Pair; depth: number };

/** Follows `path` through block maps: the pair of the setting, or the deepest map on the way. Duplicates, aliases, anchors and flow maps on the way are unsafe to edit. */
function walk(parsed: ParsedYaml, path: string[]): Found | 'unsafe' {
  let node: unknown = parsed.doc.contents;
  if (node === null || (isScalar(node) && (node.value === null || node.value === ''))) return { map: undefined, depth: 0 };
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node) || node.flow || (node as YAMLMap).anchor) return 'unsafe';
    const map = node as YAMLMap;
    const pairs = map.items.filter((p) => keyText(p.key) === path[i]);
    if (pairs.length > 1 || map.items.some((p) => keyText(p.key) === '<<')) return 'unsafe';
    const pair = pairs[0];
    if (!pair) return { map, depth: i };
    if (i === path.length - 1) return { pair, depth: i + 1 };
    const value = pair.value;
    if (isAlias(value)) return 'unsafe';
    if (value === null || (isScalar(value) && (value.value === null || value.value === '') && !value.anchor && value.range && value.range[0] === value.range[1])) {
      return { map: undefined, emptyPair: pair, depth: i + 1 };
    }
    node = value;
  }
  return 'unsafe';
}

/** The new text of a value, replacing its source range. */
function replaceValue(parsed: ParsedYaml, pair: Pair, value: SettingValue): { start: number; end: number; text: string; before?: string; after: string } | undefined {
  const { text } = parsed;
  const node = pair.value as Node | null;
  const keyNode = pair.key as Node;
  if (node === null || !node.range) {
    // `key:` with nothing after it: the value goes after the colon.
    const colon = text.indexOf(':', keyNode.range![1]);
    if (colon < 0) return undefined;
    const written = Array.isArray(value) ? flowList(value) : scalarText(value, undefined);
    return { start: colon + 1, end: colon + 1, text: ` ${written}`, after: written };
  }
  if ((node as Scalar).anchor !== undefined) return undefined; // other keys take this value through the anchor
  const [start, end] = node.range;
  const before = text.slice(start, end);
  if (Array.isArray(value)) {
    if (isSeq(node) && !node.flow) return blockList(parsed, node as YAMLSeq, value);
    const written = flowList(value);
    return { start, end, text: start === end ? ` ${written}` : written, before, after: written };
  }
  if (isAlias(node) || (isScalar(node) && (node.type === 'PLAIN' || node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE'))) {
    const written = scalarText(value, isScalar(node) ? node.type : undefined);
    if (start === end) {
      // An empty value ends at the colon (or the end of the key): write after it with a space.
      return { start, end, text: ` ${written}`, after: written };
    }
    return { start, end, text: written, before, after: written };
  }
  return undefined; // block scalars, maps where a value belongs: left for the reader
}

function scalarText(value: string | boolean, style: Scalar['type'] | undefined): string {
  if (typeof value === 'boolean') return String(value);
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (style === 'QUOTE_SINGLE' && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return yamlScalar(value);
}

const flowList = (items: readonly string[]): string => `[${items.map((item) => yamlScalar(item)).join(', ')}]`;

/** A block sequence: its items replaced one by one when the count is the same, else rewritten whole. */
function blockList(parsed: ParsedYaml, seq: YAMLSeq, value: readonly string[]): { start: number; end: number; text: string; before?: string; after: string } | undefined {
  const { text } = parsed;
  const items = seq.items as Node[];
  if (items.some((item) => !isScalar(item) || !item.range || (item as Scalar).anchor !== undefined || (item.type !== 'PLAIN' && item.type !== 'QUOTE_DOUBLE' && item.type !== 'QUOTE_SINGLE'))) return undefined;
  const scalars = items as Scalar[];
  const before = flowList(scalars.map((s) => String(s.value ?? '')));
  const after = flowList(value);
  const start = seq.range![0];
  if (scalars.length === value.length) {
    // One edit spanning the items, rebuilt with each changed item replaced (comments between them kept).
    const first = scalars[0]!.range![0];
    const last = scalars[scalars.length - 1]!.range![1];
    let out = '';
    let at = first;
    scalars.forEach((s, i) => {
      out += text.slice(at, s.range![0]);
      out += String(s.value) === value[i] ? text.slice(s.range![0], s.range![1]) : scalarText(value[i]!, s.type);
      at = s.range![1];
    });
    return { start: first, end: last, text: out, before, after };
  }
  const indent = columnOf(text, start);
  const lastItem = scalars[scalars.length - 1]!;
  const end = lastItem.range![2];
  const eol = eolOf(text);
  const lines = value.map((item, i) => `${i === 0 ? '' : ' '.repeat(indent)}- ${yamlScalar(item)}`);
  return { start, end, text: lines.join(eol), before, after };
}

function writtenYaml(key: string, value: SettingValue): string {
  return `${key}: ${Array.isArray(value) ? flowList(value) : scalarText(value, undefined)}`;
}

/** Where keys missing from `map` (or under an empty `key:`) go: after the map's last line, at its keys' indentation. */
function insertionPoint(parsed: ParsedYaml, map: YAMLMap | undefined, emptyPair: Pair | undefined, unit: number): { at: number; indent: number } | undefined {
  const { text } = parsed;
  if (emptyPair) {
    const key = emptyPair.key as Node;
    const value = emptyPair.value as Node | null;
    const from = value?.range ? Math.max(value.range[2], key.range![2]) : key.range![2];
    return { at: endOfLine(text, from), indent: columnOf(text, key.range![0]) + unit };
  }
  if (!map) return { at: text.length, indent: 0 };
  if (map.items.length === 0) return undefined;
  const firstKey = map.items[0]!.key as Node;
  const last = map.items[map.items.length - 1]!;
  const lastNode = (last.value as Node | null)?.range ? (last.value as Node) : (last.key as Node);
  return { at: endOfLine(text, contentEnd(text, lastNode.range![1])), indent: columnOf(text, firstKey.range![0]) };
}

/** The offset after the last non-blank character before `offset`. */
function contentEnd(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/** The offset just past the line break of the line holding `offset` (or the end of the text). */
function endOfLine(text: string, offset: number): number {
  const i = text.indexOf('\n', offset);
  return i < 0 ? text.length : i + 1;
}

function insertionEdits(text: string, insertions: Insertion[], unit: number): Edit[] {
  const eol = eolOf(text);
  const groups = new Map<string, Insertion[]>();
  for (const ins of insertions) {
    const key = `${ins.at}:${ins.indent}`;
    groups.set(key, [...(groups.get(key) ?? []), ins]);
  }
  const edits: Edit[] = [];
  for (const group of groups.values()) {
    const { at, indent } = group[0]!;
    // Lines for the keys, creating each parent block once.
    const lines: string[] = [];
    const opened: string[] = [];
    const sorted = [...group].sort((a, b) => a.path.slice(0, -1).join('.').localeCompare(b.path.slice(0, -1).join('.')));
    const lineOfSetting: { ins: Insertion; index: number }[] = [];
    for (const ins of sorted) {
      const parents = ins.path.slice(0, -1);
      let shared = 0;
      while (shared < parents.length && shared < opened.length && opened[shared] === parents[shared]) shared++;
      opened.length = shared;
      for (let d = shared; d < parents.length; d++) {
        lines.push(`${' '.repeat(indent + d * unit)}${yamlKey(parents[d]!)}:`);
        opened.push(parents[d]!);
      }
      const pad = ' '.repeat(indent + parents.length * unit);
      const key = yamlKey(ins.path[ins.path.length - 1]!);
      lineOfSetting.push({ ins, index: lines.length });
      if (Array.isArray(ins.value)) {
        lines.push(`${pad}${key}:`);
        for (const item of ins.value) lines.push(`${pad}${' '.repeat(unit)}- ${yamlScalar(item)}`);
      } else {
        lines.push(`${pad}${key}: ${scalarText(ins.value, undefined)}`);
      }
    }
    const atEnd = at === text.length;
    const needsBreak = atEnd && text !== '' && !text.endsWith('\n');
    const body = needsBreak ? `${eol}${lines.join(eol)}` : `${lines.join(eol)}${eol}`;
    // One edit per group, carried by its first setting; the others ride along with no text.
    lineOfSetting.forEach(({ ins, index }, i) => {
      const value = ins.value;
      edits.push({
        setting: ins.setting,
        start: at,
        end: at,
        text: i === 0 ? body : '',
        field: [...ins.block.split('.'), ins.path[ins.path.length - 1]!].join('.'),
        after: Array.isArray(value) ? flowList(value) : scalarText(value, undefined),
        written: writtenYaml(ins.path[ins.path.length - 1]!, value),
        block: ins.block,
        lineOffset: index + (needsBreak ? 1 : 0),
      });
    });
  }
  return edits;
}

const yamlKey = (key: string): string => yamlScalar(key);

// ---------------------------------------------------------------------------------------------

/** The edits applied in order; for each, the line in the fixed text where its new text starts. */
/** The result of edits that read back as meant: each change on its line in the fixed text, and what lint still finds. */
function appliedFix(lint: LintResult, fixed: string, edits: readonly Edit[], lines: readonly number[], after: LintResult): FixResult {
  return {
    kind: lint.kind,
    release: lint.release,
    fixed,
    changes: edits.map((e, i) => ({ line: lines[i]!, field: e.field, ...(e.before !== undefined ? { before: e.before } : {}), after: e.after })).sort((a, b) => a.line - b.line),
    remaining: after.diagnostics.filter(isFinding),
    lint,
    fixes: edits.map((e) => ({ setting: e.setting, written: e.written, ...(e.block ? { block: e.block } : {}), advice: adviceFor(e) })),
  };
}

function applyEdits(text: string, edits: Edit[]): { fixed: string; lines: number[] } {
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let at = 0;
  const lines: number[] = new Array(edits.length).fill(1);
  const lineAt = new Map<number, number>();
  for (const { e, i } of order) {
    if (e.start < at) continue; // overlapping edits: the first one wins
    out += text.slice(at, e.start);
    // Edits inserted at one place share the line their text starts on.
    const startLine = lineAt.get(e.start) ?? countLines(out) + 1;
    lineAt.set(e.start, startLine);
    const offset = e.lineOffset;
    // A replaced env line or value: the line where the value is; an insertion: the line of its key.
    lines[i] = startLine + (offset ?? 0);
    out += e.text;
    at = e.end;
  }
  out += text.slice(at);
  return { fixed: out, lines };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') n++;
  return n;
}

// ---------------------------------------------------------------------------------------------
// Ingestion workflows: the server block's URL, sign-in provider and bot token

const SERVER_PATH = 'workflowConfig.openMetadataServerConfig';

/**
 * The workflow's `hostPort` (the OpenMetadata URL with /api), `authProvider: openmetadata` on 1.x
 * and a missing or placeholder `jwtToken` read from the environment, as the generated workflow
 * has them. A token written in the file is left alone (its warning says why).
 */
function fixWorkflow(text: string, lint: LintResult, options: FixOptions): FixResult | undefined {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return undefined;
  const { release } = lint;
  const doc = parsed.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  const server = (doc?.['workflowConfig'] as Record<string, unknown> | undefined)?.['openMetadataServerConfig'] as Record<string, unknown> | undefined;
  if (!server || typeof server !== 'object') return undefined;
  const fields = new Set(lint.diagnostics.filter(isFinding).map((d) => d.field));
  const wanted = new Map<WorkflowKey, string>();

  if (fields.has(`${SERVER_PATH}.hostPort`)) {
    const omUrl = workflowOmUrl(server['hostPort'], options.inputs?.['omUrl']);
    if (omUrl) wanted.set(`${SERVER_PATH}.hostPort`, `${omUrl}/api`);
  }
  const legacy = release.ingestion.kind === 'okta-service-app';
  if (!legacy && fields.has(`${SERVER_PATH}.authProvider`) && server['authProvider'] !== 'okta') wanted.set(`${SERVER_PATH}.authProvider`, 'openmetadata');
  const token = (server['securityConfig'] as Record<string, unknown> | undefined)?.['jwtToken'];
  const provider = wanted.get(`${SERVER_PATH}.authProvider`) ?? server['authProvider'];
  if (provider === 'openmetadata' && (fields.has(`${SERVER_PATH}.securityConfig.jwtToken`) || wanted.has(`${SERVER_PATH}.authProvider`)) && (typeof token !== 'string' || token.trim() === '' || lint.diagnostics.some((d) => d.id === 'OKTA-TPL-001' && d.field === `${SERVER_PATH}.securityConfig.jwtToken`))) {
    wanted.set(`${SERVER_PATH}.securityConfig.jwtToken`, `\${${BOT_TOKEN_ENV}}`);
  }

  for (let attempt = 0; attempt < 4 && wanted.size > 0; attempt++) {
    const edits = workflowEdits(parsed, wanted);
    if (edits.length === 0) return undefined;
    const { fixed, lines } = applyEdits(text, edits);
    const after = lintFile(fixed, lintOptions(options, release));
    if (after.kind !== 'workflow' || after.diagnostics.some((d) => d.id === 'OKTA-LINT-001')) return undefined;
    const reread = parseDocument(fixed, { version: '1.1' }).toJS({ maxAliasCount: 100 }) as unknown;
    const wrong = edits.filter((e) => valueAt(reread, e.setting.split('.')) !== wanted.get(e.setting as WorkflowKey));
    if (wrong.length === 0) {
      return appliedFix(lint, fixed, edits, lines, after);
    }
    for (const e of wrong) wanted.delete(e.setting as WorkflowKey);
  }
  return undefined;
}

/** The OpenMetadata URL for hostPort: the one the file holds when it is a URL, else the reader's. */
function workflowOmUrl(current: unknown, given: unknown): string | undefined {
  for (const candidate of [current, given]) {
    if (typeof candidate !== 'string' || envReference(candidate) || placeholderMessage(candidate, 'hostPort', {})) continue;
    const url = parseUrl(candidate.trim());
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    const path = url.pathname.replace(/\/+$/, '').replace(/\/api(?:\/v1)?$/, '');
    return normalizeBaseUrl(`${url.origin}${candidate === given ? path : ''}`);
  }
  return undefined;
}

function valueAt(node: unknown, path: readonly string[]): unknown {
  let at = node;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function workflowEdits(parsed: ParsedYaml, wanted: Map<WorkflowKey, string>): Edit[] {
  const { text } = parsed;
  const unit = indentUnit(parsed);
  const edits: Edit[] = [];
  const insertions: Insertion[] = [];
  for (const [key, value] of wanted) {
    const path = key.split('.');
    const block = path.slice(0, -1).join('.');
    const found = walk(parsed, path);
    if (found === 'unsafe') continue;
    if (found.pair) {
      const edit = replaceValue(parsed, found.pair, value);
      if (edit && edit.text !== text.slice(edit.start, edit.end)) {
        const secret = key.endsWith('jwtToken');
        edits.push({ setting: key, ...edit, field: key, ...(secret || edit.before === undefined ? {} : { before: edit.before }), written: writtenYaml(path[path.length - 1]!, value), block });
      }
      continue;
    }
    const anchor = insertionPoint(parsed, found.map, found.emptyPair, unit);
    if (anchor) insertions.push({ ...anchor, path: path.slice(found.depth), setting: key, value, block });
  }
  edits.push(...insertionEdits(text, insertions, unit));
  return edits;
}

// ---------------------------------------------------------------------------------------------

/** What a placeholder finding advises in general; the fix's own advice replaces it. */
const GENERAL_ADVICE = [' Replace the placeholder with your value.', " Fill in the guide's form (or om-okta render) to get the file with your values."];

/**
 * The lint of a file, each finding the fix changes with the reader's own value in its message,
 * in the file's syntax ("Set `AUTHENTICATION_AUTHORITY=https://...`."), and the fix itself.
 */
export function lintWithFixes(text: string, options: FixOptions = {}): LintResult & { fix: FixResult } {
  const fix = fixFile(text, options);
  const { lint } = fix;
  if (fix.fixes.length === 0) return { ...lint, fix };
  const settingOf = findingSettings(lint);
  const advice = new Map(fix.fixes.map((f) => [f.setting, f.advice]));
  const diagnostics = lint.diagnostics.map((d) => {
    const id: FixTarget | undefined = isFinding(d) ? (settingOf(d) ?? (d.field as WorkflowKey | undefined)) : undefined;
    const what = id ? advice.get(id) : undefined;
    if (!what) return d;
    let base = d.message;
    for (const general of GENERAL_ADVICE) if (base.endsWith(general)) base = base.slice(0, -general.length);
    const tail = ` ${escapeAdvice(what)}`;
    const message = base.length + tail.length <= MAX_MESSAGE_CHARS ? `${base}${tail}` : `${boundMessage(base, MAX_MESSAGE_CHARS - tail.length)}${tail}`;
    return { ...d, message };
  });
  return { ...lint, diagnostics, fix };
}

const escapeAdvice = (text: string): string => boundMessage(text, MAX_MESSAGE_CHARS / 2);
