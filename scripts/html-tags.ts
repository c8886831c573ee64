/**
 * The small HTML reading that the link checker and the JS size measure share: the start tags of a
 * page with their attributes, after the HTML spec's rules for what matters here (double-, single-
 * or unquoted values; lower-cased names; the first of a repeated attribute wins; entities decoded).
 */

export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag, `html[from]` being the character after `<name`; returns the index after `>`. */
export function readAttributes(html: string, from: number): { attrs: Map<string, string>; end: number } {
  const attrs = new Map<string, string>();
  const n = html.length;
  let i = from;
  while (i < n && html[i] !== '>') {
    if (isSpace(html[i]) || html[i] === '/') {
      i++;
      continue;
    }
    let k = i + 1;
    while (k < n && !isSpace(html[k]) && html[k] !== '/' && html[k] !== '>' && html[k] !== '=') k++;
    const name = html.slice(i, k).toLowerCase();
    i = k;
    while (isSpace(html[i])) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (isSpace(html[i])) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        value = html.slice(i + 1, close < 0 ? n : close);
        i = close < 0 ? n : close + 1;
      } else {
        let e = i;
        while (e < n && !isSpace(html[e]) && html[e] !== '>') e++;
        value = html.slice(i, e);
        i = e;
      }
    }
    if (!attrs.has(name)) attrs.set(name, decodeEntities(value));
  }
  return { attrs, end: Math.min(i + 1, n) };
}

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** For an element whose content is text (script, style, ...): that text, up to its end tag. */
  text?: string;
}

/** Elements whose content is text, not markup: never look for tags inside them. */
export const RAW_TEXT: ReadonlySet<string> = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);

/**
 * Start tags with their attributes, in document order. A small tokenizer after the HTML spec's
 * rules for what matters here: comments, doctype, end tags and processing instructions are
 * skipped; the content of `rawText` elements is their `text`, never read as tags (the JS measure
 * adds `template`, whose scripts do not run).
 */
export function parseTags(html: string, rawText: ReadonlySet<string> = RAW_TEXT): Tag[] {
  const tags: Tag[] = [];
  const n = html.length;
  let lower: string | undefined; // computed once, on the first raw-text element
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    i = lt + 1;
    if (html.startsWith('!--', i)) {
      const end = html.indexOf('-->', i + 3);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[i] === '!' || html[i] === '?' || html[i] === '/') {
      const end = html.indexOf('>', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    if (!/[a-zA-Z]/.test(html[i] ?? '')) continue; // a stray '<' in text
    let j = i;
    while (j < n && !isSpace(html[j]) && html[j] !== '/' && html[j] !== '>') j++;
    const name = html.slice(i, j).toLowerCase();
    const { attrs, end } = readAttributes(html, j);
    i = end;
    const tag: Tag = { name, attrs };
    tags.push(tag);
    if (rawText.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      tag.text = html.slice(i, close < 0 ? n : close);
      i = close < 0 ? n : close;
    }
  }
  return tags;
}
