/**
 * The primitive every kind of file is fixed with: an edit replaces a range of the original text,
 * and applying edits leaves every byte outside their ranges as written.
 */
import type { SettingValue } from '../values.ts';
import type { FixTarget } from './types.ts';

/** One edit of the original text: `text` replaces [start, end). */
export interface Edit {
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
  /** The edit renames a misspelled key to this setting's (./rename.ts): the key as the file wrote it. */
  renamedFrom?: string;
  /** For keys inserted together: how many lines after the start of the inserted text this one is. */
  lineOffset?: number;
}

/** The edits applied in order; for each, the line in the fixed text where its new text starts. */
export function applyEdits(text: string, edits: readonly Edit[]): { fixed: string; lines: number[] } {
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
    // A replaced env line or value: the line where the value is; an insertion: the line of its key.
    lines[i] = startLine + (e.lineOffset ?? 0);
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

/** The offset where each line starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/** The end of line `index` (0-based), before its line break. */
export function lineEnd(text: string, starts: number[], index: number): number {
  let end = index + 1 < starts.length ? starts[index + 1]! - 1 : text.length;
  if (end > starts[index]! && text[end - 1] === '\r' && text[end] === '\n') end--;
  return end;
}

/** The file's own line break, for lines the fix adds. */
export const eolOf = (text: string): string => (text.includes('\r\n') ? '\r\n' : '\n');

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
