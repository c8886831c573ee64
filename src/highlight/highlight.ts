/**
 * A small line-based highlighter for the languages we emit (dotenv, yaml, bash, and hcl for okta.tf). Expressive
 * Code cannot run on the client, and live snippets re-render on every keystroke, so pages use this
 * for generated files both at build time and in the browser. The tokens' texts always join back
 * to the input exactly.
 */
export type TokenKind = 'comment' | 'key' | 'string' | 'punct' | 'variable' | 'keyword' | 'literal' | 'placeholder';

export interface Token {
  text: string;
  kind?: TokenKind;
}

/** `placeholders`: words to mark wherever they occur (see PLACEHOLDER_WORDS in src/inputs). */
export function highlight(text: string, language: string, placeholders: readonly string[] = []): Token[] {
  const tokens: Token[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (index > 0) tokens.push({ text: '\n' });
    tokens.push(...cachedLine(line, language));
  });
  return merge(placeholders.length > 0 ? tokens.flatMap((token) => markPlaceholders(token, placeholders)) : tokens);
}

function markPlaceholders(token: Token, words: readonly string[]): Token[] {
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const out: Token[] = [];
  let last = 0;
  for (const match of token.text.matchAll(pattern)) {
    if (match.index > last) out.push({ ...token, text: token.text.slice(last, match.index) });
    out.push({ text: match[0], kind: 'placeholder' });
    last = match.index + match[0].length;
  }
  if (last < token.text.length) out.push({ ...token, text: token.text.slice(last) });
  return out;
}

/**
 * Lines already highlighted, by language and text. A keystroke changes a line or two of a file:
 * the others come from here. merge() and markPlaceholders() copy tokens, so these stay as made.
 */
const lineCache = new Map<string, readonly Token[]>();
/** Far more lines than a page's files hold; past it the cache starts again (values typed earlier). */
const LINE_CACHE_SIZE = 2000;

function cachedLine(line: string, language: string): readonly Token[] {
  const key = `${language}\n${line}`;
  let tokens = lineCache.get(key);
  if (!tokens) {
    if (lineCache.size >= LINE_CACHE_SIZE) lineCache.clear();
    tokens = highlightLine(line, language);
    lineCache.set(key, tokens);
  }
  return tokens;
}

function highlightLine(line: string, language: string): Token[] {
  const comment = /^(\s*)(#.*)$/.exec(line);
  if (comment) return [{ text: comment[1]! }, { text: comment[2]!, kind: 'comment' }];
  switch (language) {
    case 'dotenv':
      return dotenvLine(line);
    case 'yaml':
      return yamlLine(line);
    case 'bash':
    case 'sh':
      return bashLine(line);
    case 'hcl':
      return hclLine(line);
    default:
      return [{ text: line }];
  }
}

function dotenvLine(line: string): Token[] {
  const match = /^([A-Za-z_][A-Za-z0-9_]*)(=)(.*)$/.exec(line);
  if (!match) return [{ text: line }];
  return [{ text: match[1]!, kind: 'key' }, { text: match[2]!, kind: 'punct' }, ...valueTokens(match[3]!)];
}

function yamlLine(line: string): Token[] {
  const match = /^(\s*)(- )?([^\s#'"][^:#]*?)(:)(?=\s|$)(.*)$/.exec(line);
  if (match) {
    const [, indent, dash, key, colon, rest] = match;
    return [
      { text: indent! },
      ...(dash ? [{ text: dash, kind: 'punct' as const }] : []),
      { text: key!, kind: 'key' },
      { text: colon!, kind: 'punct' },
      ...yamlValue(rest!),
    ];
  }
  const item = /^(\s*)(- )(.*)$/.exec(line);
  if (item) return [{ text: item[1]! }, { text: item[2]!, kind: 'punct' }, ...yamlValue(item[3]!)];
  return [{ text: line }];
}

function yamlValue(rest: string): Token[] {
  // A trailing comment starts at " #" outside quotes.
  const commentAt = findTrailingComment(rest);
  const value = commentAt < 0 ? rest : rest.slice(0, commentAt);
  const comment = commentAt < 0 ? '' : rest.slice(commentAt);
  const lead = /^\s*/.exec(value)![0];
  const body = value.slice(lead.length);
  const tokens: Token[] = [{ text: lead }];
  if (/^(true|false|null|~|-?\d+(\.\d+)?)\s*$/.test(body)) tokens.push({ text: body, kind: 'literal' });
  else tokens.push(...valueTokens(body));
  if (comment) tokens.push({ text: comment, kind: 'comment' });
  return tokens;
}

function findTrailingComment(text: string): number {
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      return i;
    }
  }
  return -1;
}

/** Strings, with `${VAR}` and `$VAR` references picked out. */
function valueTokens(value: string): Token[] {
  if (value === '') return [];
  const tokens: Token[] = [];
  const pattern = /\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;
  let last = 0;
  for (const match of value.matchAll(pattern)) {
    if (match.index > last) tokens.push({ text: value.slice(last, match.index), kind: 'string' });
    tokens.push({ text: match[0], kind: 'variable' });
    last = match.index + match[0].length;
  }
  if (last < value.length) tokens.push({ text: value.slice(last), kind: 'string' });
  return tokens;
}

const BASH_KEYWORDS = new Set(['set', 'read', 'export', 'echo', 'docker', 'kubectl', 'helm', 'metadata', 'curl']);

function bashLine(line: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /("(?:[^"\\]|\\.)*"|'[^']*'|\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|--?[A-Za-z][\w-]*|[|\\;&]|\s+|[^\s"'$|\\;&]+)/g;
  let first = true;
  for (const match of line.matchAll(pattern)) {
    const text = match[0];
    if (/^\s+$/.test(text)) tokens.push({ text });
    else if (text.startsWith('"') || text.startsWith("'")) tokens.push({ text, kind: 'string' });
    else if (text.startsWith('$')) tokens.push({ text, kind: 'variable' });
    else if (text.startsWith('-')) tokens.push({ text, kind: 'key' });
    else if (/^[|\\;&]$/.test(text)) tokens.push({ text, kind: 'punct' });
    else if (first && BASH_KEYWORDS.has(text)) tokens.push({ text, kind: 'keyword' });
    else tokens.push({ text });
    if (!/^\s+$/.test(text)) first = text === '|' || text === ';' || text === '&';
  }
  const joined = tokens.map((t) => t.text).join('');
  // Anything the pattern skipped must not be lost.
  return joined === line ? tokens : [{ text: line }];
}

/** HCL (okta.tf): block types as keywords, `name =` as keys, quoted strings, true/false and numbers. */
function hclLine(line: string): Token[] {
  const assignment = /^(\s*)([A-Za-z_][\w-]*)(\s*=\s*)(.*)$/.exec(line);
  if (assignment) {
    const [, indent, key, equals, value] = assignment;
    return [{ text: indent! }, { text: key!, kind: 'key' }, { text: equals!, kind: 'punct' }, ...hclValue(value!)];
  }
  const header = /^(\s*)([a-z_]+)(?=\s*(?:"|\{))(.*)$/.exec(line);
  if (header) return [{ text: header[1]! }, { text: header[2]!, kind: 'keyword' }, ...hclValue(header[3]!)];
  return [{ text: line }];
}

function hclValue(value: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of value.matchAll(/"(?:[^"\\]|\\.)*"|\b(?:true|false)\b|\b\d+\b/g)) {
    if (match.index > last) tokens.push({ text: value.slice(last, match.index) });
    tokens.push({ text: match[0], kind: match[0].startsWith('"') ? 'string' : 'literal' });
    last = match.index + match[0].length;
  }
  if (last < value.length) tokens.push({ text: value.slice(last) });
  return tokens;
}

function merge(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (token.text === '') continue;
    const previous = out[out.length - 1];
    if (previous && previous.kind === token.kind) previous.text += token.text;
    else out.push({ ...token });
  }
  return out;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** HTML for the inside of a <code> element: one span per highlighted token. */
export function highlightToHtml(text: string, language: string, placeholders: readonly string[] = []): string {
  return highlight(text, language, placeholders)
    .map((t) => (t.kind ? `<span class="tok-${t.kind}">${escapeHtml(t.text)}</span>` : escapeHtml(t.text)))
    .join('');
}
