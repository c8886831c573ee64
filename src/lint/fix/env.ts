/**
 * Env files: each setting fixed on the line compose takes it from (the last that assigns it), the
 * rest of the line (export, comment) as written; missing settings are added at the end.
 */
import { envLine } from '../../targets/env-file.ts';
import { yamlInlineValue } from '../../targets/yaml.ts';
import { parseEnvFile, readYamlStyleLine } from '../dotenv.ts';
import type { LintResult } from '../index.ts';
import type { SettingValue } from '../values.ts';
import { alignList, eolOf, lineEnd, lineStarts, type Edit } from './edits.ts';
import { readValue, specFor, type Expected } from './expected.ts';
import type { AnyId } from './types.ts';

export function envEdits(text: string, lint: LintResult, targets: ReadonlySet<AnyId>, expected: Expected): Edit[] {
  const starts = lineStarts(text);
  // The line compose takes each variable from (the last), also from lines it reads with a warning.
  const env = parseEnvFile(text);
  const lastLine = new Map<string, number>();
  const assignments = [
    ...env.entries.map((e) => ({ name: e.name, line: e.line })),
    ...env.problems.flatMap((p) => {
      const name = p.kind === 'yaml-syntax' ? readYamlStyleLine(p.text)?.name : p.kind === 'unterminated-quote' ? /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/.exec(p.text)?.[1] : undefined;
      return name ? [{ name, line: p.line }] : [];
    }),
  ].sort((a, b) => a.line - b.line);
  for (const a of assignments) lastLine.set(a.name, a.line);
  const edits: Edit[] = [];
  const added: string[] = [];
  const addedIds: AnyId[] = [];
  for (const id of targets) {
    const name = specFor(lint.release, id)!.env!;
    const current = readValue(lint, id);
    const wanted = expected[id] as SettingValue;
    const value = Array.isArray(wanted) && Array.isArray(current) ? alignList(current as string[], wanted) : wanted;
    const at = lastLine.get(name);
    if (id === 'oidcClientSecret') {
      // The placeholder line gives way to a note, as the generated env file has: compose takes the
      // secret from the shell that runs it, so it is never written into the file.
      if (at === undefined) continue;
      const start = starts[at - 1]!;
      const note = `# ${name} is not written here: export it in the shell that runs docker compose.`;
      edits.push({ setting: id, start, end: lineEnd(text, starts, at - 1), text: note, field: name, after: note, written: `export ${name} in the shell that runs docker compose`, absent: true });
      continue;
    }
    let line: string;
    try {
      line = envLine(name, yamlInlineValue(value), id);
    } catch {
      continue; // not representable in an env file: the finding stays
    }
    const shown = line.slice(name.length + 1);
    if (at === undefined) {
      added.push(line);
      addedIds.push(id);
      continue;
    }
    const index = at - 1;
    const start = starts[index]!;
    const end = lineEnd(text, starts, index);
    const old = text.slice(start, end);
    const parts = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_.]*)\s*[=:]\s*([^]*)$/.exec(old);
    if (!parts || parts[2] !== name) continue;
    const rest = parts[3]!;
    const comment = trailingComment(rest);
    const next = `${parts[1]}${name}=${shown}${comment}`;
    if (next === old) continue;
    edits.push({ setting: id, value, start, end, text: next, field: name, before: rest.slice(0, rest.length - comment.length).trimEnd(), after: shown, written: line });
  }
  if (added.length > 0) {
    const eol = eolOf(text);
    const needsBreak = text !== '' && !text.endsWith('\n');
    // Added at the end, in one piece; a file that ended without a line break still does.
    const body = needsBreak ? `${eol}${added.join(eol)}` : `${added.join(eol)}${eol}`;
    added.forEach((line, i) => {
      const eq = line.indexOf('=');
      edits.push({ setting: addedIds[i]!, start: text.length, end: text.length, text: i === 0 ? body : '', field: line.slice(0, eq), after: line.slice(eq + 1), written: line, lineOffset: i + (needsBreak ? 1 : 0) });
    });
  }
  return edits;
}

/** A comment after an env value as compose reads it: ` # ...` after an unquoted value, anything after a closing quote. */
function trailingComment(rest: string): string {
  const mark = rest[0];
  if (mark === '"' || mark === "'") {
    for (let i = 1; i < rest.length; i++) {
      if (rest[i] === mark && rest[i - 1] !== '\\') {
        const after = rest.slice(i + 1);
        return /^\s+#/.test(after) ? after : '';
      }
    }
    return '';
  }
  const at = rest.search(/\s#/);
  return at < 0 ? '' : rest.slice(at);
}
