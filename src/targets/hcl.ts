/**
 * The HCL writer of the Terraform target: blocks, attributes and comments laid out as
 * `terraform fmt` lays them out (two-space indents, `=` aligned in each run of one-line
 * attributes), and every text value written as a quoted HCL string that reads back as exactly
 * that text: `"` and `\` escaped, control and line-separator characters as `\uNNNN`, `${` and `%{`
 * doubled (`$${`, `%%{`) so that Terraform never reads them as an interpolation or a directive.
 *
 * HCL reads its string literals in Unicode normalisation form C, so a text that is not in NFC (or
 * holds a lone surrogate, which no UTF-8 file can) cannot be written: UnrepresentableValueError,
 * on the field it came from.
 */
import { UnrepresentableValueError } from './unrepresentable.ts';

/** An expression written as it is: a reference (`okta_app_oauth.openmetadata.id`) or a call. */
export class HclExpr {
  readonly text: string;
  constructor(value: string) {
    this.text = value;
  }
}
export const expr = (text: string): HclExpr => new HclExpr(text);

/** A text value with the input field it comes from, to blame when it cannot be written. */
export class HclText {
  readonly text: string;
  readonly field: string | undefined;
  constructor(value: string, field?: string) {
    this.text = value;
    this.field = field;
  }
}
/** A text typed by the reader (or computed from what they typed), with its field. */
export const text = (value: string, field?: string): HclText => new HclText(value, field);

export type HclValue = string | number | boolean | HclExpr | HclText | readonly HclValue[] | { readonly [key: string]: HclValue };

export type HclItem =
  | { kind: 'attr'; name: string; value: HclValue }
  | { kind: 'block'; type: string; labels: readonly string[]; body: readonly HclItem[] }
  | { kind: 'comment'; text: string }
  | { kind: 'blank' };

export const attr = (name: string, value: HclValue): HclItem => ({ kind: 'attr', name, value });
export const block = (type: string, labels: readonly string[], body: readonly HclItem[]): HclItem => ({ kind: 'block', type, labels, body });
export const comment = (value: string): HclItem => ({ kind: 'comment', text: value });
export const blank: HclItem = { kind: 'blank' };

// Characters HCL must not see raw in a quoted string: C0 and C1 controls, DEL, and the line and
// paragraph separators (an editor or a terminal would break the line there).
const ESCAPED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** `value` as a quoted HCL string; throws UnrepresentableValueError (on `field`) for text HCL would change. */
export function hclString(value: string, field?: string): string {
  if (LONE_SURROGATE.test(value)) throw new UnrepresentableValueError(field ?? 'inputs', 'A Terraform file cannot hold this text: it has a broken Unicode character (a lone surrogate)');
  if (value.normalize('NFC') !== value) {
    throw new UnrepresentableValueError(field ?? 'inputs', 'Terraform reads text in Unicode normal form C, so this value would change: type its accented letters as single characters');
  }
  const body = value
    .replace(/[\\"]/g, (c) => `\\${c}`)
    .replace(ESCAPED, (c) => {
      switch (c) {
        case '\n':
          return '\\n';
        case '\r':
          return '\\r';
        case '\t':
          return '\\t';
        default:
          return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      }
    })
    .replace(/([$%])\{/g, '$1$1{');
  return `"${body}"`;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function isOneLine(value: HclValue): boolean {
  return !(typeof value === 'object' && !(value instanceof HclExpr) && !(value instanceof HclText) && !Array.isArray(value));
}

function valueText(value: HclValue, indent: string): string {
  if (typeof value === 'string') return hclString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof HclExpr) return value.text;
  if (value instanceof HclText) return hclString(value.text, value.field);
  if (Array.isArray(value)) return `[${(value as readonly HclValue[]).map((v) => valueText(v, indent)).join(', ')}]`;
  // An object: one attribute a line, aligned like a body.
  const entries = Object.entries(value as { readonly [key: string]: HclValue });
  const inner = `${indent}  `;
  return `{\n${bodyLines(entries.map(([name, v]) => attr(name, v)), inner).join('\n')}\n${indent}}`;
}

function bodyLines(items: readonly HclItem[], indent: string): string[] {
  const lines: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.kind === 'blank') lines.push('');
    else if (item.kind === 'comment') lines.push(...item.text.split('\n').map((line) => `${indent}#${line === '' ? '' : ` ${line}`}`));
    else if (item.kind === 'block') {
      const labels = item.labels.map((label) => ` ${hclString(label)}`).join('');
      if (item.body.length === 0) lines.push(`${indent}${item.type}${labels} {}`);
      else lines.push(`${indent}${item.type}${labels} {`, ...bodyLines(item.body, `${indent}  `), `${indent}}`);
    } else {
      // A run of one-line attributes shares the column of its `=`.
      let end = i;
      while (end < items.length && items[end]!.kind === 'attr' && isOneLine((items[end] as { value: HclValue }).value)) end++;
      if (end === i) {
        lines.push(`${indent}${checkName(item.name)} = ${valueText(item.value, indent)}`);
        continue;
      }
      const run = items.slice(i, end) as { name: string; value: HclValue }[];
      const width = Math.max(...run.map((a) => a.name.length));
      for (const a of run) lines.push(`${indent}${checkName(a.name).padEnd(width)} = ${valueText(a.value, indent)}`);
      i = end - 1;
    }
  }
  return lines;
}

function checkName(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not an HCL identifier: ${name}`);
  return name;
}

/** The file: top-level items, ending with one line break. */
export function hclFile(items: readonly HclItem[]): string {
  return `${bodyLines(items, '').join('\n')}\n`;
}
