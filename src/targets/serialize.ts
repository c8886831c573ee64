/**
 * Serializers for what the renderers emit: env-file lines, shell words and YAML documents.
 * Values are quoted by code here, never by string templates in the renderers, so that any value
 * either parses back to itself or is refused with a message naming the setting.
 */
import { Document, isMap, isScalar, type Pair, type Scalar } from 'yaml';

/** A value no file of this kind can hold. `field` is the input field to blame; the message never quotes the value. */
export class UnrepresentableValueError extends Error {
  readonly field: string;
  constructor(field: string, reason: string) {
    super(reason);
    this.field = field;
  }
}

/**
 * OpenMetadata pastes an env var's raw text into `openmetadata.yaml` before parsing it
 * (`authority: ${AUTHENTICATION_AUTHORITY:-...}`), so the value must be YAML that reads back as
 * the intended value. Lists become a flow sequence of double-quoted strings (FM-33).
 */
export function yamlInlineValue(value: string | boolean | readonly string[]): string {
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => JSON.stringify(item)).join(',')}]`;
  const text = value as string;
  if (text !== '' && plainYamlRoundTrips(text)) return text;
  // JSON string syntax is valid YAML double-quoted syntax.
  return JSON.stringify(text);
}

/**
 * Whether `text` reads back as itself when written plain. The yaml stringifier already decides
 * this (it quotes whatever would not), so ask it rather than bundle the YAML parser for the
 * browser as well.
 */
function plainYamlRoundTrips(text: string): boolean {
  return !text.includes('${') && new Document(text).toString({ lineWidth: 0 }) === `${text}\n`;
}

const PLAIN_ENV_VALUE = /^[A-Za-z0-9_./:@,+=-]*$/;

/**
 * One line of an env file for `docker compose --env-file`. Values that are not plain are single
 * quoted: compose reads single-quoted values literally (no `$` interpolation, no escapes, no
 * inline `#` comments), and so does a POSIX shell that sources the file.
 */
export function envLine(name: string, value: string, field: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error(`${name} is not a valid variable name`);
  if (/[\n\r\0]/.test(value)) throw new UnrepresentableValueError(field, `${name} cannot hold a line break in an env file`);
  if (PLAIN_ENV_VALUE.test(value)) return `${name}=${value}`;
  if (value.includes("'")) throw new UnrepresentableValueError(field, `${name} cannot hold a single quote in an env file`);
  return `${name}='${value}'`;
}

/** A word for a POSIX shell command line. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(value)) return value;
  return `'${value.replaceAll("'", `'"'"'`)}'`;
}

/** A YAML document whose pairs can carry comments, printed without line folding. */
export class YamlDoc {
  readonly doc: Document;
  constructor(value: unknown) {
    this.doc = new Document(value);
  }

  /** Puts `# text` on the line(s) above the key at `path`. */
  commentBefore(path: readonly string[], text: string): this {
    const pair = this.pairAt(path);
    const key = pair.key as Scalar;
    key.commentBefore = prefixLines(text);
    return this;
  }

  /** Puts `# text` at the end of the value at `path` (scalars only). */
  commentAfter(path: readonly string[], text: string): this {
    const pair = this.pairAt(path);
    if (isScalar(pair.value)) pair.value.comment = ` ${text}`;
    return this;
  }

  header(text: string): this {
    this.doc.commentBefore = prefixLines(text);
    return this;
  }

  toString(): string {
    return this.doc.toString({ lineWidth: 0, minContentWidth: 0 });
  }

  private pairAt(path: readonly string[]): Pair {
    let node: unknown = this.doc.contents;
    let pair: Pair | undefined;
    for (const key of path) {
      if (!isMap(node)) throw new Error(`no map at ${path.join('.')}`);
      pair = node.items.find((item) => isScalar(item.key) && item.key.value === key) as Pair | undefined;
      if (!pair) throw new Error(`no key ${key} in ${path.join('.')}`);
      node = pair.value;
    }
    if (!pair) throw new Error('empty path');
    return pair;
  }
}

function prefixLines(text: string): string {
  return text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}

/** Sets `value` at a dotted path inside a plain object, creating maps on the way. */
export function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    if (typeof next === 'object' && next !== null && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  node[keys[keys.length - 1]!] = value;
}
