/**
 * Reading values the way OpenMetadata does. The server pastes an env var's raw text into
 * `openmetadata.yaml` before parsing it (`publicKeyUrls: ${AUTHENTICATION_PUBLIC_KEYS:-[...]}`),
 * and both the server (SnakeYAML) and Helm (go-yaml) read YAML 1.1, so values are parsed here as
 * YAML 1.1 too (`yes`/`on` are booleans).
 */
import { parseDocument } from 'yaml';
import { PLACEHOLDER_WORDS } from '../inputs/fields.ts';
import { checkPlaceholder } from '../rules/placeholder.ts';
import { show } from '../text/quote.ts';
import type { KeySpec } from './surface.ts';

export const YAML_VERSION = '1.1' as const;
/** Aliases a file may expand before we stop (YAML bombs). */
export const MAX_ALIAS_COUNT = 100;
/**
 * Nesting a file or value may have before it is refused unread: real configurations nest a few
 * levels (openmetadata.config.authentication.oidcConfiguration.callbackUrl is 5), and the YAML
 * parser recurses per level, so a file nested thousands deep would exhaust the stack.
 */
export const MAX_YAML_DEPTH = 64;

/**
 * Where YAML text nests deeper than `max` levels (block indentation, "- " items and flow
 * brackets together), found in one pass over the lines without parsing or recursion; undefined
 * when it does not. Quoted scalars and comments do not count. An upper bound: block scalar
 * content counts as nesting too, which no real file takes near the limit.
 */
export function yamlDepthOver(text: string, max: number): { line: number; depth: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = start;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    const indent = i - start;
    const first = text[i];
    if (i < end && first !== '#' && first !== '\r') {
      if (flow === 0) {
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
      }
      let block = indents.length;
      // "- - - x": each dash opens a sequence.
      while (i < end && text[i] === '-' && (i + 1 === end || text[i + 1] === ' ' || text[i + 1] === '\t')) {
        block++;
        i++;
        while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
      }
      if (block + flow > max) return { line, depth: block + flow };
      for (; i < end; i++) {
        const c = text[i]!;
        if (c === '#' && (i === start || /\s/.test(text[i - 1]!))) break;
        if ((c === '"' || c === "'") && (i === start || /[\s[{,:]/.test(text[i - 1]!))) {
          // Skip a quoted scalar on this line ("" with backslash escapes, '' with '' for a quote).
          let j = i + 1;
          for (; j < end; j++) {
            if (c === '"' && text[j] === '\\') j++;
            else if (text[j] === c) {
              if (c === "'" && text[j + 1] === "'") j++;
              else break;
            }
          }
          i = j;
          continue;
        }
        if (c === '[' || c === '{') {
          flow++;
          if (block + flow > max) return { line, depth: block + flow };
        } else if ((c === ']' || c === '}') && flow > 0) flow--;
      }
    }
    start = end + 1;
  }
  return undefined;
}

export type SettingValue = string | boolean | string[];

/** What YAML makes of an inline value (an env var pasted into openmetadata.yaml). */
export interface InlineValue {
  value: unknown;
  errors: string[];
}

const inlineCache = new Map<string, InlineValue>();

/** Parses once per distinct text (a guess lints the same values once per release). */
export function parseInline(text: string): InlineValue {
  const cached = inlineCache.get(text);
  if (cached) return { value: structuredCloneSafe(cached.value), errors: cached.errors };
  const parsed = parseInlineUncached(text);
  if (inlineCache.size >= 256) inlineCache.clear();
  inlineCache.set(text, parsed);
  return { value: structuredCloneSafe(parsed.value), errors: parsed.errors };
}

function structuredCloneSafe(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? structuredClone(value) : value;
}

function parseInlineUncached(text: string): InlineValue {
  if (yamlDepthOver(text, MAX_YAML_DEPTH)) return { value: undefined, errors: [`it nests deeper than ${MAX_YAML_DEPTH} levels, which no real value does`] };
  try {
    const doc = parseDocument(text, { version: YAML_VERSION, prettyErrors: false, uniqueKeys: false });
    const errors = doc.errors.map((e) => firstLine(e.message));
    if (errors.length > 0) return { value: undefined, errors };
    return { value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), errors: [] };
  } catch (error) {
    return { value: undefined, errors: [firstLine((error as Error).message)] };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** A setting value from what YAML gave, or why it cannot be one. */
export function toSettingValue(js: unknown, spec: KeySpec, raw?: string): { value?: SettingValue; problem?: string } {
  if (spec.list) {
    if (js === null || js === undefined) return { problem: 'is empty instead of a list' };
    if (!Array.isArray(js)) return { problem: 'is not a list' };
    const out: string[] = [];
    for (const item of js) {
      if (item === null || item === undefined) out.push('');
      else if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
      else return { problem: 'has an entry that is not a single value (a nested list or a "key: value" map)' };
    }
    return { value: out };
  }
  if (spec.boolean) {
    if (typeof js === 'boolean') return { value: js };
    if (typeof js === 'string' && /^(true|false)$/i.test(js.trim())) return { value: js.trim().toLowerCase() === 'true' };
    return { problem: 'is not true or false' };
  }
  if (js === null || js === undefined) return { value: '' };
  if (typeof js === 'string') return { value: js };
  if (typeof js === 'number' || typeof js === 'boolean') return { value: raw !== undefined && raw.trim() !== '' ? raw.trim() : String(js) };
  return { problem: Array.isArray(js) ? 'is a list, not a single value' : 'is a "key: value" map, not a single value' };
}

// ---------------------------------------------------------------------------------------------
// OKTA-ENV-001 (FM-33): a list in an env var must be a YAML flow sequence.

const SMART_QUOTES = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/;

/**
 * Reads a flow collection's text outside quotes (a backslash escapes inside double quotes): where
 * its top-level commas are, and whether every bracket and quote it opens closes, in order.
 */
function scanFlow(text: string): { commas: number[]; balanced: boolean } {
  const commas: number[] = [];
  let depth = 0;
  let closedTooSoon = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') closedTooSoon ||= --depth < 0;
    else if (c === ',' && depth === 0) commas.push(i);
  }
  return { commas, balanced: !closedTooSoon && depth === 0 && quote === undefined };
}

/** Splits `[a, "b,c", 'd']` into its elements at top-level commas (outside quotes and brackets). */
function splitFlowElements(inner: string): string[] {
  const bounds = [-1, ...scanFlow(inner).commas, inner.length];
  return bounds.slice(1).map((end, k) => inner.slice(bounds[k]! + 1, end));
}

const bracketsBalanced = (text: string): boolean => scanFlow(text).balanced;

const stripQuotes = (s: string): string => s.trim().replace(/^["'\u2018\u2019\u201c\u201d]+|["'\u2018\u2019\u201c\u201d]+$/g, '').trim();

/** The elements of a flow list as written, without quotes (for a value YAML cannot parse). */
export function flowElements(value: string): string[] {
  const inner = value.trim().replace(/^\[/, '').replace(/\]$/, '');
  return splitFlowElements(inner).map(stripQuotes);
}

/** The value written the way the generated env files write lists: `["a","b"]`. */
export function suggestFlowList(value: string): string {
  const inner = value.trim().replace(/^\[/, '').replace(/\]$/, '');
  const items = splitFlowElements(inner).map(stripQuotes).filter((s) => s !== '');
  return `[${items.map((s) => JSON.stringify(s)).join(',')}]`;
}

/** Problems of a list-valued env var, in words (empty when it reads back as a list of values). */
export function flowListProblems(value: string): string[] {
  const v = value.trim();
  if (v === '') return ['is empty, so OpenMetadata reads no list at all'];
  const problems: string[] = [];
  if (SMART_QUOTES.test(v)) problems.push('contains typographic quotes (\u201c \u201d \u2018 \u2019), which YAML does not take as quotes');
  if (!v.startsWith('[') && !v.endsWith(']')) {
    problems.push('is not written in square brackets');
    return problems;
  }
  if (!v.startsWith('[') || !v.endsWith(']')) {
    problems.push(`has unbalanced brackets (it ${v.startsWith('[') ? 'starts with [ but does not end with ]' : 'ends with ] but does not start with ['})`);
    return problems;
  }
  if (!bracketsBalanced(v)) {
    problems.push('has unbalanced brackets or quotes');
    return problems;
  }
  const inner = v.slice(1, -1);
  if (inner.trim() !== '') {
    const elements = splitFlowElements(inner);
    if (elements.some((e) => e.trim() === '')) problems.push('has an empty element (two commas in a row, or a comma at an end)');
    for (const element of elements) {
      const e = element.trim();
      if (e === '' || e.startsWith('"') || e.startsWith("'")) continue;
      const bad = ['?', '#', ': ', '{', '}', '[', ']'].filter((c) => e.includes(c) || (c === ': ' && e.endsWith(':')));
      if (bad.length > 0) {
        problems.push(`has the unquoted element ${show(e)} with ${bad.map((c) => `"${c.trim()}"`).join(' and ')}, which YAML reads as syntax`);
      }
    }
  }
  if (problems.length > 0) return problems;
  const parsed = parseInline(v);
  if (parsed.errors.length > 0) return [`is not valid YAML: ${parsed.errors[0]}`];
  if (!Array.isArray(parsed.value)) return ['does not read back as a list'];
  if (parsed.value.some((x) => x !== null && typeof x === 'object')) return ['has an element that reads back as a nested list or map'];
  return [];
}

// ---------------------------------------------------------------------------------------------
// OKTA-ENV-003 (FM-35): customParams is a map; as an env var or a Helm value, a JSON object string.

/** Why a JSON-object string is not one, or undefined when it is. */
export function jsonObjectProblem(text: string): string | undefined {
  if (text.trim() === '') return 'is an empty string; OpenMetadata then fails at start-up with Cannot coerce empty String ("") to element of java.util.LinkedHashMap';
  const parsed = parseInline(text);
  if (parsed.errors.length > 0) {
    return /\}\}\s*$/.test(text.trim())
      ? `is ${show(text)}, with a stray "}" (the Compose default \${OIDC_CUSTOM_PARAMS:-{}} read wrongly)`
      : `is not a JSON object: ${parsed.errors[0]}`;
  }
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return `${show(text)} is not a JSON object such as {}`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// OKTA-TPL-001 (FM-06), and references to the environment

/** `${VAR}` or `${VAR:-default}` as the whole value: the value comes from the environment at start-up. */
export function envReference(value: string): { variable: string; fallback?: string } | undefined {
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^]*))?\}$/.exec(value.trim());
  if (!m) return undefined;
  return m[2] === undefined ? { variable: m[1]! } : { variable: m[1]!, fallback: m[2] };
}

const DOC_WORDS = ['ISSUER_URL', 'your domain', 'Client ID', 'Client Secret', 'public/private keypair'];
const OWN_PLACEHOLDER = new RegExp(`(?:^|[^A-Z0-9_])(${PLACEHOLDER_WORDS.join('|')})(?:$|[^A-Z0-9_])`);

/**
 * A TPL-001 message when `value` holds a placeholder: the upstream docs' ({ISSUER_URL},
 * {your domain}, http://https://...) or this guide's own (OKTA_DOMAIN, ...), else undefined.
 */
export function placeholderMessage(value: string, what: string, spec: KeySpec): string | undefined {
  const own = OWN_PLACEHOLDER.exec(value);
  if (own) {
    return `${spec.secret ? what : `${what} ${show(value)}`} contains ${own[1]}, a placeholder of this guide's examples. Fill in the guide's form (or om-okta render) to get the file with your values.`;
  }
  if (spec.customParams) return undefined;
  if (spec.legacy === 'airflowOktaPrivateKey') {
    // A JWK is JSON in braces: only the docs' words count as placeholders here.
    const word = DOC_WORDS.find((w) => value.toLowerCase().includes(w.toLowerCase()));
    return word ? `${what} contains the placeholder text "${word}", left from the documentation. Use the private key file of the key step.` : undefined;
  }
  return checkPlaceholder(value, what, spec.secret)?.message;
}
