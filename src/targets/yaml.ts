/**
 * The YAML this project writes: block maps and sequences of strings, booleans and numbers, with
 * comments. Written here rather than by a YAML library because what the server reads decides the
 * quoting: OpenMetadata loads `openmetadata.yaml` with a YAML 1.1 loader (SnakeYAML, through
 * Dropwizard), after pasting env values into its text, while Helm and the `metadata` CLI read YAML
 * 1.2. A scalar is written plain only when both versions read it back as the same string;
 * everything else is double-quoted with escapes, which both versions read alike. It also keeps
 * any YAML library out of the browser's renderers.
 */

export type YamlValue = string | number | boolean | null | readonly YamlValue[] | YamlMap;
/** A map being built; the writer only reads it. */
export type YamlMap = { [key: string]: YamlValue };

/** Words YAML 1.1 reads as booleans or null (1.2's core schema reads a subset of them). */
const YAML_11_WORDS = new Set(
  ['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null', '~'].flatMap((word) => [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]),
);

/**
 * Numbers in YAML 1.1 or 1.2: binary, octal (0777 and 0o777), hex, decimal with `_`, base 60
 * (`1:20` is 80 in 1.1), floats, infinities and NaN.
 */
const NUMBER = /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|\.(?:inf|Inf|INF|nan|NaN|NAN))$/;

/** Decimal and float forms, with the mantissa optional (some 1.1 readers take `E0` for a float). */
const DECIMAL = /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/;

/** YAML 1.1 timestamps start with a date (`2001-12-14`, `2001-12-14t21:59:43.10-05:00`). */
const DATE_PREFIX = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

/**
 * Characters of a plain scalar that neither version treats specially anywhere in a block value:
 * no spaces, no indicators (`#`, `,`, `[`, `{`, `&`, `*`, `!`, `|`, `>`, quotes, `%`), no `$`
 * (a `${…}` is a substitution for whoever reads the file, and reads clearer quoted), and a colon
 * only when a non-space follows it.
 */
const PLAIN = /^[A-Za-z0-9_/][A-Za-z0-9_./@+=-]*(?::[A-Za-z0-9_./@+=-]+)*$/;

/** Whether `text` can be written without quotes and read back as this string by YAML 1.1 and 1.2. */
export function isPlainSafe(text: string): boolean {
  return PLAIN.test(text) && !YAML_11_WORDS.has(text) && !NUMBER.test(text) && !(/[0-9]/.test(text) && DECIMAL.test(text)) && !DATE_PREFIX.test(text);
}

/**
 * A double-quoted YAML scalar. JSON's string syntax is YAML double-quoted syntax, apart from the
 * characters YAML must see escaped that JSON leaves alone: DEL, the C1 controls, U+FEFF and the
 * line separators (YAML 1.1 reads U+0085, U+2028 and U+2029 as line breaks).
 */
export function doubleQuoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A scalar as it appears after `key: ` or `- `. */
export function yamlScalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} is not a number YAML can hold`);
    return String(value);
  }
  return isPlainSafe(value) ? value : doubleQuoted(value);
}

/**
 * The text of a value that OpenMetadata pastes into its `openmetadata.yaml` before the YAML 1.1
 * parse (`authority: ${AUTHENTICATION_AUTHORITY:-...}`), so that it reads back as the intended
 * value. Lists become a flow sequence of double-quoted strings (FM-33).
 */
export function yamlInlineValue(value: string | boolean | readonly string[]): string {
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => doubleQuoted(item)).join(',')}]`;
  return yamlScalar(value as string);
}

/**
 * A whole value that the file's reader replaces before parsing (`${OIDC_CLIENT_SECRET}`) is
 * written as is: the text that replaces it is YAML of its own, quoted by whoever sets the
 * variable (the start scripts, the env file).
 */
const SUBSTITUTION = /^\$\{[A-Z_][A-Z0-9_]*\}$/;

/** A path of keys inside a document's maps. */
export type YamlPath = readonly string[];

/**
 * A YAML document built from a plain tree of maps, lists and scalars, with comments attached by
 * path, printed in block style without line folding, two spaces an indent.
 */
export class YamlDoc {
  private readonly tree: YamlMap;
  private headerText: string | undefined;
  private readonly before = new Map<string, string>();
  private readonly after = new Map<string, string>();
  private readonly singleQuotedPaths = new Set<string>();

  constructor(tree: YamlMap) {
    this.tree = tree;
  }

  /** Comment lines at the top, then an empty line. */
  header(text: string): this {
    this.headerText = text;
    return this;
  }

  /** Puts `# text` on the line(s) above the key at `path`. */
  commentBefore(path: YamlPath, text: string): this {
    this.valueAt(path);
    this.before.set(path.join('\0'), text);
    return this;
  }

  /** Puts `# text` at the end of the line of the scalar at `path`. */
  commentAfter(path: YamlPath, text: string): this {
    if (typeof this.valueAt(path) === 'object') throw new Error(`${path.join('.')} is not a scalar`);
    this.after.set(path.join('\0'), text);
    return this;
  }

  /**
   * Writes the string at `path` in single quotes, for a value that something else replaces
   * before the YAML is read (the `metadata` CLI's `${…}` expansion) with text that must stay
   * a string, such as JSON with double quotes in it.
   */
  singleQuoted(path: YamlPath): this {
    const value = this.valueAt(path);
    if (typeof value !== 'string' || /[\n\r]/.test(value)) throw new Error(`${path.join('.')} is not a one-line string`);
    this.singleQuotedPaths.add(path.join('\0'));
    return this;
  }

  toString(): string {
    const lines: string[] = [];
    if (this.headerText !== undefined) lines.push(...commentLines(this.headerText, ''), '');
    this.writeMap(this.tree, [], '', lines);
    return `${lines.join('\n')}\n`;
  }

  private writeMap(map: YamlMap, path: YamlPath, indent: string, lines: string[]): void {
    for (const [key, value] of Object.entries(map)) {
      const here = [...path, key];
      const id = here.join('\0');
      const comment = this.before.get(id);
      if (comment !== undefined) lines.push(...commentLines(comment, indent));
      const name = isPlainSafe(key) ? key : doubleQuoted(key);
      if (isList(value)) {
        if (value.length === 0) lines.push(`${indent}${name}: []`);
        else {
          lines.push(`${indent}${name}:`);
          this.writeList(value, `${indent}  `, lines);
        }
      } else if (isMap(value)) {
        if (Object.keys(value).length === 0) lines.push(`${indent}${name}: {}`);
        else {
          lines.push(`${indent}${name}:`);
          this.writeMap(value, here, `${indent}  `, lines);
        }
      } else {
        const text = this.singleQuotedPaths.has(id)
          ? `'${(value as string).replaceAll("'", "''")}'`
          : typeof value === 'string' && SUBSTITUTION.test(value)
            ? value
            : yamlScalar(value);
        const trailing = this.after.get(id);
        lines.push(`${indent}${name}: ${text}${trailing === undefined ? '' : ` # ${oneLine(trailing)}`}`);
      }
    }
  }

  private writeList(list: readonly YamlValue[], indent: string, lines: string[]): void {
    for (const item of list) {
      if (isList(item) || isMap(item)) throw new Error('only lists of scalars are written');
      lines.push(`${indent}- ${yamlScalar(item)}`);
    }
  }

  private valueAt(path: YamlPath): YamlValue {
    let node: YamlValue = this.tree;
    for (const key of path) {
      if (!isMap(node) || !Object.hasOwn(node, key)) throw new Error(`no key ${key} in ${path.join('.')}`);
      node = node[key]!;
    }
    if (path.length === 0) throw new Error('empty path');
    return node;
  }
}

function isList(value: YamlValue): value is readonly YamlValue[] {
  return Array.isArray(value);
}

function isMap(value: YamlValue): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function commentLines(text: string, indent: string): string[] {
  return text.split('\n').map((line) => `${indent}# ${oneLine(line)}`);
}

/** A comment ends at the line break: one inside it would start YAML again. */
function oneLine(text: string): string {
  if (/[\n\r\u0085\u2028\u2029]/.test(text)) throw new Error('a comment line cannot hold a line break');
  return text;
}

/** Sets `value` at a dotted path inside a plain object, creating maps on the way. */
export function setPath(target: YamlMap, dotted: string, value: YamlValue): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (next !== undefined && isMap(next)) {
      node = next;
    } else {
      const created: YamlMap = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys[keys.length - 1]!] = value;
}
