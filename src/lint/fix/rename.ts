/**
 * Misspelled keys: when lint names exactly one key a wrong one was meant to be (`prinicipalDomain`,
 * "Did you mean principalDomain?"), and the file does not have that key already, the fix renames
 * the key in place and keeps its value: only the key's own characters change, so the value, its
 * quoting and any comment stay as written. The value is then the reader's own, read back and
 * checked like every other setting the fix writes (./apply.ts).
 */
import { suggestedRename, type KeyRename } from '../keys.ts';
import type { LintResult } from '../index.ts';
import type { YamlKind } from '../surface.ts';
import { parseYaml } from '../yaml.ts';
import { lineEnd, lineStarts, type Edit } from './edits.ts';
import { readValue, surfacePath } from './expected.ts';
import { isFinding, type AnyId } from './types.ts';
import { walk } from './yaml-nodes.ts';

export interface Rename extends KeyRename {
  setting: AnyId;
}

/** The renames lint's findings name, by the setting each one gives the file; none for a setting the file has, or two keys meant as one. */
export function renameTargets(lint: LintResult): Map<AnyId, Rename> {
  const kind = lint.kind as YamlKind | 'env';
  const byPath = new Map<string, AnyId>();
  const ids = [...Object.keys(lint.release.settings), ...Object.keys(lint.release.legacy?.settings ?? {})] as AnyId[];
  for (const id of ids) {
    const path = surfacePath(lint.release, kind, id);
    if (path) byPath.set(path, id);
  }
  const out = new Map<AnyId, Rename>();
  const twice = new Set<AnyId>();
  for (const d of lint.diagnostics) {
    const rename = isFinding(d) ? suggestedRename(d) : undefined;
    if (!rename) continue;
    const setting = byPath.get(rename.block === undefined ? rename.to : `${rename.block}.${rename.to}`);
    if (!setting || readValue(lint, setting) !== undefined) continue;
    if (out.has(setting)) twice.add(setting);
    out.set(setting, { ...rename, setting });
  }
  for (const id of twice) out.delete(id);
  return out;
}

/** The edits that rename each key: the key's characters only. */
export function renameEdits(text: string, kind: YamlKind | 'env', renames: readonly Rename[]): Edit[] {
  if (renames.length === 0) return [];
  return kind === 'env' ? envRenames(text, renames) : yamlRenames(text, renames);
}

function edit(r: Rename, start: number, keyText: string, field: string): Edit {
  return {
    setting: r.setting,
    start,
    end: start + keyText.length,
    text: keyText.replace(r.from, r.to),
    field,
    before: r.from,
    after: r.to,
    written: r.to,
    renamedFrom: r.from,
    ...(r.block !== undefined ? { block: r.block } : {}),
  };
}

function envRenames(text: string, renames: readonly Rename[]): Edit[] {
  const starts = lineStarts(text);
  const edits: Edit[] = [];
  for (const r of renames) {
    const index = r.line - 1;
    if (index < 0 || index >= starts.length) continue;
    const line = text.slice(starts[index], lineEnd(text, starts, index));
    const parts = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.]*)\s*[=:]/.exec(line);
    if (!parts || parts[2] !== r.from) continue;
    edits.push(edit(r, starts[index]! + parts[1]!.length, r.from, r.to));
  }
  return edits;
}

function yamlRenames(text: string, renames: readonly Rename[]): Edit[] {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return [];
  const edits: Edit[] = [];
  for (const r of renames) {
    if (r.block === undefined) continue;
    const found = walk(parsed, [...r.block.split('.'), r.from]);
    if (found === 'unsafe' || !found.pair) continue;
    const range = (found.pair.key as { range?: [number, number, number] } | null)?.range;
    if (!range) continue;
    const keyText = text.slice(range[0], range[1]);
    // A key the reader quoted keeps its quotes; a key written with escapes is left alone.
    if (keyText.split(r.from).length !== 2) continue;
    edits.push(edit(r, range[0], keyText, `${r.block}.${r.to}`));
  }
  return edits;
}
