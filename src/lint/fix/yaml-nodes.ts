/**
 * Editing YAML in place, shared by openmetadata.yaml, Helm values and workflows: find a key's
 * pair through block maps, replace a value's source range in the style it was written, or insert
 * missing keys (and their parent blocks) at the indentation of their neighbours. Anything that
 * another key shares (anchors, aliases, merge keys) or that is ambiguous (duplicates, flow maps)
 * is unsafe, and left for the reader.
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { doubleQuoted, yamlScalar } from '../../targets/yaml.ts';
import type { SettingValue } from '../values.ts';
import { keyText, type ParsedYaml } from '../yaml.ts';
import { eolOf, type Edit } from './edits.ts';
import type { FixTarget } from './types.ts';

export interface Insertion {
  /** Where the new lines go, and their indentation. */
  at: number;
  indent: number;
  /** Missing keys from the anchor down to the setting. */
  path: string[];
  setting: FixTarget;
  value: SettingValue;
  block: string;
}

/** The entries of a sequence as text (empty for anything else). */
export function listIn(node: unknown): string[] {
  return isSeq(node) ? node.items.map((item) => (isScalar(item) ? String(item.value ?? '') : '')) : [];
}

/** The file's indentation step: the first nested block map's indentation, else 2. */
export function indentUnit(parsed: ParsedYaml): number {
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

export function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

type Found = { pair: Pair; depth: number } | { pair?: undefined; map: YAMLMap | undefined; emptyPair?: Pair; depth: number };

/** Follows `path` through block maps: the pair of the setting, or the deepest map on the way. Duplicates, aliases, anchors and flow maps on the way are unsafe to edit. */
export function walk(parsed: ParsedYaml, path: string[]): Found | 'unsafe' {
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
export function replaceValue(parsed: ParsedYaml, pair: Pair, value: SettingValue): { start: number; end: number; text: string; before?: string; after: string } | undefined {
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

export function scalarText(value: string | boolean, style: Scalar['type'] | undefined): string {
  if (typeof value === 'boolean') return String(value);
  if (style === 'QUOTE_DOUBLE') return doubleQuoted(value);
  if (style === 'QUOTE_SINGLE' && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value)) return `'${value.replaceAll("'", "''")}'`;
  return yamlScalar(value);
}

export const flowList = (items: readonly string[]): string => `[${items.map((item) => yamlScalar(item)).join(', ')}]`;

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

export function writtenYaml(key: string, value: SettingValue): string {
  return `${key}: ${Array.isArray(value) ? flowList(value) : scalarText(value, undefined)}`;
}

/** Where keys missing from `map` (or under an empty `key:`) go: after the map's last line, at its keys' indentation. */
export function insertionPoint(parsed: ParsedYaml, map: YAMLMap | undefined, emptyPair: Pair | undefined, unit: number): { at: number; indent: number } | undefined {
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

export function insertionEdits(text: string, insertions: Insertion[], unit: number): Edit[] {
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
