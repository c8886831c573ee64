/** What the commands print alike: exit statuses, JSON, files and findings. */
import { escapeUnsafe, terminalSafeJson } from '../lint/index.ts';
import type { Diagnostic } from '../rules/types.ts';
import type { EmittedFile } from '../targets/index.ts';
import type { CliIo } from './types.ts';

export const EXIT = { ok: 0, diagnosticError: 1, usage: 2 } as const;

/** JSON output: valid JSON, with the characters a terminal acts on escaped (\uXXXX) as well. */
export function json(value: unknown): string {
  return terminalSafeJson(JSON.stringify(value, null, 2));
}

export function formatFile(file: EmittedFile): string {
  return `==> ${file.filename} <==\n${file.text}`;
}

/** Findings on the inputs, one line each on standard error. */
export function printDiagnostics(diagnostics: readonly Diagnostic[], io: CliIo): void {
  for (const d of diagnostics) {
    const where = d.field ? ` ${d.field}${d.line ? `:${d.line}` : ''}` : '';
    io.stderr(`${d.severity} ${d.id}${escapeUnsafe(where)}: ${escapeUnsafe(d.message)} (${d.docs})\n`);
  }
}

/** Docs links that are page paths, with the site's address (--docs-base) in front. */
export function withDocsBase<T extends { docs?: string | undefined }>(items: readonly T[], base: string): T[] {
  return items.map((item) => (item.docs?.startsWith('/') ? { ...item, docs: `${base}${item.docs}` } : item));
}
