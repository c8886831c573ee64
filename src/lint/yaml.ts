/**
 * openmetadata.yaml and Helm values: walks the auth blocks of the release (src/lint/surface.ts)
 * with line numbers (yaml's LineCounter), reads each key into the settings, and reports keys the
 * release does not read, Secret references (OKTA-HELM-002), customParams (OKTA-ENV-003) and
 * Helm's oidcConfiguration.enabled (OKTA-HELM-001).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { named, show } from '../text/quote.ts';
import type { LintContext } from './context.ts';
import { foreignRoots, judgeUnknownYamlKey, noteSince } from './keys.ts';
import { storeValue } from './read.ts';
import { releaseList, yamlSurface, type KeySpec, type YamlKind } from './surface.ts';
import { jsonObjectProblem, MAX_ALIAS_COUNT, MAX_YAML_DEPTH, YAML_VERSION, yamlDepthOver } from './values.ts';

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  text: string;
  /** Syntax errors with their lines: a file with any is not walked. */
  errors: { line?: number; message: string }[];
  /** Set when the text nests deeper than MAX_YAML_DEPTH: it is not parsed (errors holds it too). */
  tooDeep?: { line: number; depth: number };
}

export function parseYaml(text: string): ParsedYaml {
  const lines = new LineCounter();
  // Checked before parsing: the parser recurses per level, and would run out of stack.
  const tooDeep = yamlDepthOver(text, MAX_YAML_DEPTH);
  if (tooDeep) {
    return { doc: parseDocument('', { version: YAML_VERSION }), lines, text, errors: [{ line: tooDeep.line, message: `it nests deeper than ${MAX_YAML_DEPTH} levels` }], tooDeep };
  }
  // Duplicate keys are checked in the auth blocks only (lintYaml): yaml's own check is quadratic.
  const doc = parseDocument(text, { version: YAML_VERSION, lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const errors = doc.errors.map((e) => ({ line: e.linePos?.[0]?.line ?? lineAt(lines, e.pos[0]), message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') }));
  if (errors.length === 0) {
    try {
      // Expands every alias once, within a budget: a "billion laughs" file stops here.
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      errors.push({ line: undefined, message: `${(error as Error).message} (more than ${MAX_ALIAS_COUNT} alias expansions)` });
    }
  }
  return { doc, lines, text, errors };
}

function lineAt(lines: LineCounter, offset: number | undefined): number | undefined {
  return offset === undefined ? undefined : lines.linePos(offset).line;
}

export function lineOf(parsed: ParsedYaml, node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lineAt(parsed.lines, range[0]) : undefined;
}

export function keyText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return undefined;
  return String(v);
}

function resolve(parsed: ParsedYaml, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(parsed.doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

function toJS(parsed: ParsedYaml, node: Node | null): unknown {
  if (node === null) return null;
  return node.toJS(parsed.doc, { maxAliasCount: MAX_ALIAS_COUNT });
}

/** The map at a dotted path, recording the lines of the keys on the way; undefined when absent. */
export function locate(parsed: ParsedYaml, path: readonly string[], ctx?: LintContext): { node: Node | null; line?: number } | undefined {
  let node: Node | null = parsed.doc.contents as Node | null;
  let line: number | undefined;
  for (let i = 0; i < path.length; i++) {
    if (!isMap(node)) return undefined;
    const pair = (node as YAMLMap).items.find((p) => keyText(p.key) === path[i]);
    if (!pair) return undefined;
    line = lineOf(parsed, pair.key);
    if (ctx && line !== undefined) ctx.blockLines.set(path.slice(0, i + 1).join('.'), line);
    node = resolve(parsed, pair.value);
  }
  return { node, line };
}

/** Whether the document's top level holds `path`. */
export function has(parsed: ParsedYaml, path: string): boolean {
  return locate(parsed, path.split('.')) !== undefined;
}

export function lintYaml(parsed: ParsedYaml, ctx: LintContext, kind: YamlKind): void {
  const { release } = ctx;
  const surface = yamlSurface(release, kind);

  for (const { root, readers } of foreignRoots(kind, release)) {
    const found = locate(parsed, root.split('.'));
    if (!found) continue;
    ctx.seen++;
    const leaf = root.slice(root.lastIndexOf('.') + 1);
    const own = surface.roots.find((r) => r.endsWith(`.${leaf}`) || r === leaf);
    const where = own ? `${release.label} reads ${own}` : `${release.label} does not read it`;
    ctx.misfitBy(10, `${root} is where OpenMetadata ${releaseList(readers)} keeps these settings`);
    ctx.add(
      'OKTA-KEY-001',
      'error',
      root,
      kind === 'helm-values'
        ? `${root} is where the chart of OpenMetadata ${releaseList(readers)} reads these values; ${where}, so they are ignored. ${own ? `Move them under ${own}` : 'Remove them'}, or lint with --release for the release you run.`
        : `${root} is read by OpenMetadata ${releaseList(readers)} only; ${release.label} refuses to start with it. Remove it, or lint with --release for the release you run.`,
      found.line,
    );
  }

  for (const [block, keys] of surface.blocks) {
    const at = locate(parsed, block.split('.'), ctx);
    if (!at || !isMap(at.node)) continue;
    const firstLine = new Map<string, number | undefined>();
    for (const pair of (at.node as YAMLMap).items) {
      const key = keyText(pair.key);
      if (key === undefined || key === '<<') continue;
      const line = lineOf(parsed, pair.key) ?? at.line;
      // The key as shown (escaped, cut): field names only display and messages.
      const field = `${block}.${named(key)}`;
      if (firstLine.has(key)) {
        const before = firstLine.get(key);
        ctx.add('OKTA-LINT-003', 'error', field, `${field} appears twice (also on line ${before ?? '?'}). YAML forbids it and readers disagree on which one wins: keep one.`, line);
        continue;
      }
      firstLine.set(key, line);
      const spec = keys.get(key);
      if (!spec) {
        if (surface.strict.has(block)) judgeUnknownYamlKey(ctx, kind, block, key, line ?? 0);
        continue;
      }
      ctx.seen++;
      if (line !== undefined) noteSince(ctx, spec, field, line);
      readKey(parsed, ctx, kind, spec, field, line, resolve(parsed, pair.value));
    }
  }

  if (kind === 'helm-values' && !release.legacy) checkOidcEnabled(ctx);
}

function readKey(parsed: ParsedYaml, ctx: LintContext, kind: YamlKind, spec: KeySpec, field: string, line: number | undefined, node: Node | null): void {
  if (spec.opaque) return;
  if (spec.block) {
    if (node !== null && !isMap(node) && !(isScalar(node) && (node.value === null || node.value === ''))) {
      ctx.add('OKTA-LINT-003', 'error', field, `${field} must be a block of keys (a YAML map), not a single value or a list.`, line);
    }
    return;
  }
  if (spec.secretRef) {
    if (spec.setting) ctx.secretRefs.set(spec.setting, line !== undefined ? { field, line } : { field });
    checkSecretRef(parsed, ctx, spec, field, line, node);
    return;
  }
  if (spec.customParams) {
    checkCustomParams(ctx, kind, field, line, toJS(parsed, node));
    return;
  }
  const items = isSeq(node) ? node.items.map((item) => ({ text: String(toJS(parsed, resolve(parsed, item)) ?? ''), line: lineOf(parsed, item) ?? line ?? 0 })) : undefined;
  const raw = isScalar(node) && node.range ? parsed.text.slice(node.range[0], node.range[1]) : undefined;
  const place = items ? { field, line, items } : { field, line };
  storeValue(ctx, spec, place, { js: toJS(parsed, node), raw });
}

// ---------------------------------------------------------------------------------------------
// OKTA-HELM-002 (FM-37): a reference to a Kubernetes Secret

const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

function checkSecretRef(parsed: ParsedYaml, ctx: LintContext, spec: KeySpec, field: string, line: number | undefined, node: Node | null): void {
  const id = spec.setting ?? spec.legacy;
  const settingSpec = id ? (ctx.release.settings as Record<string, { helmSecretRef?: { secretRef: string; secretKey: string } } | undefined>)[id] ?? ctx.release.legacy?.settings[id as never] : undefined;
  const example = settingSpec?.helmSecretRef ?? { secretRef: 'oidc-secrets', secretKey: 'openmetadata-oidc-client-secret' };
  const shape = `{ secretRef: ${example.secretRef}, secretKey: ${example.secretKey} }`;
  const error = (message: string, at = line): void => void ctx.add('OKTA-HELM-002', 'error', field, message, at);
  if (!isMap(node)) {
    const secretValue = spec.secret ? 'the secret itself' : 'a value';
    error(
      node === null || (isScalar(node) && (node.value === null || node.value === ''))
        ? `${field} is empty. The chart reads this value from a Kubernetes Secret: write ${field}: ${shape} and create that Secret.`
        : `${field} holds ${secretValue}, but the chart reads it from a Kubernetes Secret: write ${field}: ${shape}, and put the value in that Secret (kubectl create secret generic ${example.secretRef} ...).`,
    );
    return;
  }
  const js = toJS(parsed, node) as Record<string, unknown>;
  for (const [key, pattern, what] of [
    ['secretRef', DNS_1123, 'a Secret name: lower-case letters, digits and "-", starting and ending with a letter or digit'],
    ['secretKey', SECRET_KEY, 'a key of that Secret: letters, digits, ".", "_" and "-"'],
  ] as const) {
    const value = js[key];
    const pair = (node as YAMLMap).items.find((p) => keyText(p.key) === key);
    const at = pair ? lineOf(parsed, pair.key) : line;
    if (value === undefined || value === null || value === '') {
      error(`${field}.${key} is missing or empty. Write ${field}: ${shape}.`, at);
    } else if (typeof value !== 'string' || !pattern.test(value) || (key === 'secretRef' && value.length > 253)) {
      error(`${field}.${key} ${show(String(value))} is not ${what}. Use the name you gave the Secret, such as ${example[key]}.`, at);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// OKTA-ENV-003 (FM-35): customParams

function checkCustomParams(ctx: LintContext, kind: YamlKind, field: string, line: number | undefined, js: unknown): void {
  const error = (message: string): void => void ctx.add('OKTA-ENV-003', 'error', field, message, line);
  if (kind === 'helm-values') {
    if (typeof js === 'string') {
      const problem = jsonObjectProblem(js);
      if (problem) error(`${field} ${problem}. The chart passes it as OIDC_CUSTOM_PARAMS, which must be a JSON object: write customParams: '{}', or leave the key out.`);
    } else if (js === null) {
      error(`${field} is empty: the chart then passes an empty OIDC_CUSTOM_PARAMS and the server fails with Cannot coerce empty String ("") to element of java.util.LinkedHashMap. Write customParams: '{}', or leave the key out.`);
    } else {
      error(`${field} is a ${Array.isArray(js) ? 'list' : 'map'}, but the chart takes a string holding JSON: write customParams: '{}' (quoted), or leave the key out.`);
    }
    return;
  }
  if (js === null || (typeof js === 'object' && !Array.isArray(js))) return;
  if (js === '') {
    error(`${field} is an empty string: the server fails at start-up with Cannot coerce empty String ("") to element of java.util.LinkedHashMap. Write customParams: {} or leave the key out.`);
  } else if (typeof js === 'string' && jsonObjectProblem(js) === undefined) {
    error(`${field} is the text ${show(js)}, but openmetadata.yaml needs a map here: write customParams: ${js.trim()} without quotes.`);
  } else {
    error(`${field} must be a map of extra parameters, such as customParams: {}, not ${Array.isArray(js) ? 'a list' : show(String(js))}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// OKTA-HELM-001 (FM-36)

function checkOidcEnabled(ctx: LintContext): void {
  const { release, settings } = ctx;
  const oidc = release.settings.oidcEnabled?.helm;
  const clientType = release.settings.clientType?.helm;
  if (!oidc || !clientType) return;
  const block = oidc.slice(0, oidc.lastIndexOf('.'));
  const enabledPlace = ctx.places.get('oidcEnabled');
  const where = enabledPlace?.line ?? ctx.blockLines.get(block) ?? ctx.places.get('clientType')?.line;
  if (settings.clientType === 'confidential' && settings.oidcEnabled !== true) {
    ctx.add(
      'OKTA-HELM-001',
      'error',
      enabledPlace?.field ?? oidc,
      `clientType is confidential, but ${oidc} is ${settings.oidcEnabled === false ? 'false' : 'not set (the chart defaults to false)'}: the chart then renders none of the OIDC settings, not even the client ID and secret, and the auth code flow cannot work. Set ${oidc.slice(block.length + 1)}: true under oidcConfiguration.`,
      where,
    );
  } else if (settings.oidcEnabled === true && settings.clientType !== 'confidential' && !ctx.unchecked.has('clientType')) {
    ctx.add(
      'OKTA-HELM-001',
      'warning',
      enabledPlace?.field ?? oidc,
      `${oidc} is true, but clientType is ${settings.clientType === undefined ? 'not set (public by default)' : show(String(settings.clientType))}: the chart renders the OIDC settings only for clientType confidential. Set clientType: confidential for the auth code flow, or remove the oidcConfiguration block for the implicit flow.`,
      where,
    );
  }
}
