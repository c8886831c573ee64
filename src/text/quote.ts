/**
 * Text from the reader's file, made safe to print in a message: every character a terminal acts
 * on or that reorders text (C0 controls, DEL, C1 controls, the line and paragraph separators, the
 * bidi controls, a BOM) shown as a visible escape (`\x1b`, `\u2028`), and long text cut with the
 * cut marked (`…(1048576 characters)`). Pure; every lint message goes through `boundMessage` on
 * its way out of lintFile, and what a message quotes from the file through `show` or `named`.
 */

/**
 * Characters shown as escapes wherever file text is printed; and half a surrogate pair without its
 * other half, which no terminal or page can draw (a whole pair, an emoji, is shown as it is).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Characters of file text quoted in a message at most. */
export const MAX_QUOTED_CHARS = 80;
/** Characters of a value a message gives to copy back into the file (a corrected list) at most. */
export const MAX_COPY_CHARS = 400;
/** Characters of a whole message at most (messages say what to do in a few hundred). */
export const MAX_MESSAGE_CHARS = 1000;
/** Characters of a diagnostic's field (a key path) at most. */
export const MAX_FIELD_CHARS = 160;

const escapeChar = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** `text` with every unsafe character as a visible escape; everything else as it is. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** The unsafe characters JSON.stringify leaves as they are (it escapes C0 itself). */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/**
 * JSON text (from JSON.stringify) with the characters above as \uXXXX escapes: the same JSON
 * value, safe to print on a terminal.
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The first `max` UTF-16 units of `text`, one fewer when the last would be the first half of a
 * surrogate pair: a cut never leaves half an emoji (a lone half shows as a replacement character).
 */
export function head(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** `text`, or its first `max` characters (never half a surrogate pair) and an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${head(text, max)}\u2026`;
}

/** The first `max` characters (never half a surrogate pair), marked with the whole length when cut. */
export function cut(text: string, max = MAX_QUOTED_CHARS): string {
  if (text.length <= max) return text;
  return `${head(text, max)}\u2026(${text.length} characters)`;
}

/** A value from the file in double quotes, cut and escaped (`"` and `\` too, so the quotes hold). */
export function show(value: string, max = MAX_QUOTED_CHARS): string {
  const head = value.length > max ? cut(value, max) : value;
  return `"${escapeUnsafe(head.replace(/[\\"]/g, (c) => `\\${c}`))}"`;
}

/** A key or variable name (or other unquoted text) from the file, cut and escaped. */
export function named(text: string, max = MAX_QUOTED_CHARS): string {
  return escapeUnsafe(cut(text, max));
}

/** A whole message, as it leaves lint: escaped, and cut at MAX_MESSAGE_CHARS. */
export function boundMessage(message: string, max = MAX_MESSAGE_CHARS): string {
  const safe = escapeUnsafe(message);
  if (safe.length <= max) return safe;
  const marker = `\u2026(${safe.length} characters)`;
  return `${head(safe, max - marker.length)}${marker}`;
}
