/**
 * openmetadata.yaml and Helm values: each setting's value replaced in its source range, in the
 * quoting it was written with; missing keys inserted into their block. Every other byte stays.
 */
import type { LintResult } from '../index.ts';
import type { YamlKind } from '../surface.ts';
import type { SettingValue } from '../values.ts';
import { parseYaml } from '../yaml.ts';
import { alignList, type Edit } from './edits.ts';
import { surfacePath, type Expected } from './expected.ts';
import type { AnyId } from './types.ts';
import { indentUnit, insertionEdits, insertionPoint, listIn, replaceValue, walk, writtenYaml, type Insertion } from './yaml-nodes.ts';

export function yamlEdits(text: string, lint: LintResult, kind: YamlKind, targets: ReadonlySet<AnyId>, expected: Expected): Edit[] {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return [];
  const unit = indentUnit(parsed);
  const edits: Edit[] = [];
  const insertions: Insertion[] = [];
  for (const id of targets) {
    const path = surfacePath(lint.release, kind, id)!.split('.');
    const value = expected[id] as SettingValue;
    const block = path.slice(0, -1).join('.');
    const found = walk(parsed, path);
    if (found === 'unsafe') continue;
    if (found.pair) {
      const aligned = Array.isArray(value) ? alignList(listIn(found.pair.value), value) : value;
      const edit = replaceValue(parsed, found.pair, aligned);
      if (edit && edit.text !== text.slice(edit.start, edit.end)) {
        const secret = id === 'oidcClientSecret';
        edits.push({ setting: id, value: aligned, ...edit, field: path.join('.'), ...(secret || edit.before === undefined ? {} : { before: edit.before }), written: writtenYaml(path[path.length - 1]!, aligned), block });
      }
      continue;
    }
    const anchor = insertionPoint(parsed, found.map, found.emptyPair, unit);
    if (!anchor) continue;
    insertions.push({ ...anchor, path: path.slice(found.depth), setting: id, value, block });
  }
  edits.push(...insertionEdits(text, insertions, unit));
  return edits;
}
