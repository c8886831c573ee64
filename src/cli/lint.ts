/**
 * `om-okta lint FILE [--release R] [--format text|json]`: checks an existing env file,
 * openmetadata.yaml, Helm values file or ingestion workflow (src/lint). Text output is one
 * `FILE:LINE: severity ID: message (docs)` line per finding, which editors can jump to; JSON is
 * { release, kind, diagnostics }. Without --release the release is guessed from the file. A
 * finding the fix can change says what to write, with the reader's values.
 *
 * `--fix` prints the corrected file on standard output and lists what is left on standard error
 * (exit 0 when nothing left is an error); `--diff` prints a unified diff instead; `--inputs FILE`
 * gives the values the file lacks. JSON with --fix: { release, kind, fixed, changes, diagnostics },
 * and `failure: { stage, message }` when the fix stopped with an error (the file is then unchanged).
 */
import { unifiedDiff } from '../lint/diff.ts';
import { lintWithFixes } from '../lint/fix/index.ts';
import { escapeUnsafe, unreadableReason } from '../lint/index.ts';
import type { Diagnostic } from '../rules/types.ts';
import type { Command } from './types.ts';
import { InputError, readJson, readText, sourceName } from './input.ts';
import { DOCS_HELP, DOCS_OPTION, docsBaseOption, FORMAT_HELP, FORMAT_OPTION, formatOption, parse, releaseOption, UsageError } from './options.ts';
import { EXIT, json, withDocsBase } from './output.ts';

export const lint: Command = {
  help: {
    usage: 'om-okta lint FILE|- [--release R] [--fix [--diff]] [--inputs FILE] [--format text|json] [--docs-base URL]',
    summary: 'Checks an existing env file, openmetadata.yaml, Helm values file or ingestion workflow; --fix prints it corrected.',
    options: {
      '--release R': 'OpenMetadata release (default: guessed from the file)',
      '--fix': 'print the corrected file on standard output (only what lint found wrong changes); what is left is listed on standard error',
      '--diff': 'print the corrections as a unified diff for patch instead (implies --fix)',
      '--inputs FILE': 'your values as JSON (inputs.json) for what the file lacks or holds as a placeholder',
      '--format F': `${FORMAT_HELP}; with --fix, json prints { release, kind, fixed, changes, diagnostics }`,
      '--docs-base URL': DOCS_HELP,
    },
  },
  run: async (args, io) => {
    const { values, positionals } = parse(args, {
      release: { type: 'string' },
      ...FORMAT_OPTION,
      fix: { type: 'boolean', default: false },
      diff: { type: 'boolean', default: false },
      inputs: { type: 'string' },
      ...DOCS_OPTION,
    });
    if (positionals.length === 0) throw new UsageError('lint needs a FILE (or - for standard input)');
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${escapeUnsafe(positionals[1]!)}"`);
    const format = formatOption(values.format);
    const release = values.release === undefined ? undefined : releaseOption(values.release);
    const base = docsBaseOption(values['docs-base']);
    const path = positionals[0]!;
    // Findings are located the way editors read them, FILE:LINE, so standard input is `<stdin>` here.
    const shown = path === '-' ? '<stdin>' : escapeUnsafe(path);
    const diff = values.diff === true;
    const fix = values.fix === true || diff;
    if (diff && format === 'json') throw new UsageError('--diff prints a diff: use --fix --format json for the corrected file as JSON');
    if (values.inputs === '-' && path === '-') throw new UsageError('the file and --inputs cannot both be standard input');

    let inputs: Record<string, unknown> | undefined;
    if (typeof values.inputs === 'string') {
      const read = await readJson(values.inputs, io);
      if (typeof read !== 'object' || read === null || Array.isArray(read)) {
        throw new InputError(`${sourceName(values.inputs)} must hold a JSON object of inputs (as the setup panel downloads it).`);
      }
      inputs = read as Record<string, unknown>;
    }

    const text = await readText(path, io);
    const unreadable = unreadableReason(text);
    if (unreadable) throw new InputError(`${shown}: ${unreadable}`);

    const result = lintWithFixes(text, { ...(release ? { release } : {}), ...(path === '-' ? {} : { filename: path }), ...(inputs ? { inputs } : {}) });
    const list = (diagnostics: readonly Diagnostic[], write: (line: string) => void): void => {
      // Messages come out of lint escaped and bounded; escaped once more here, as everything
      // printed from the file is.
      for (const d of diagnostics) write(`${shown}${d.line !== undefined ? `:${d.line}` : ''}: ${d.severity} ${d.id}: ${escapeUnsafe(d.message)} (${d.docs})\n`);
    };
    const count = (diagnostics: readonly Diagnostic[], severity: string): number => diagnostics.filter((d) => d.severity === severity).length;

    if (fix) {
      const { fix: fixed } = result;
      const remaining = withDocsBase(fixed.remaining, base);
      if (format === 'json') {
        io.stdout(`${json({ release: fixed.release.id, kind: fixed.kind, fixed: fixed.fixed, changes: fixed.changes, diagnostics: remaining, ...(fixed.failure ? { failure: fixed.failure } : {}) })}\n`);
      } else {
        if (diff) io.stdout(unifiedDiff(text, fixed.fixed, { from: shown, to: shown }));
        else io.stdout(fixed.fixed);
        list(remaining, io.stderr);
        // A fix that failed left the file as it was: say so, rather than let it pass for a file with nothing to fix.
        if (fixed.failure) io.stderr(`${shown}: the fix stopped with an error (${fixed.failure.stage}: ${escapeUnsafe(fixed.failure.message)}), so nothing was changed. Please report this with the file, secrets removed.\n`);
        io.stderr(`${shown}: ${fixed.changes.length} change(s); ${count(remaining, 'error')} error(s), ${count(remaining, 'warning')} warning(s) left (${fixed.kind}, ${fixed.release.label})\n`);
      }
      return remaining.some((d) => d.severity === 'error') ? EXIT.diagnosticError : EXIT.ok;
    }

    const diagnostics = withDocsBase(result.diagnostics, base);
    if (format === 'json') {
      io.stdout(`${json({ release: result.release.id, kind: result.kind, diagnostics })}\n`);
    } else {
      list(diagnostics, io.stdout);
      io.stderr(`${shown}: ${count(diagnostics, 'error')} error(s), ${count(diagnostics, 'warning')} warning(s) (${result.kind}, ${result.release.label})\n`);
    }
    return diagnostics.some((d) => d.severity === 'error') ? EXIT.diagnosticError : EXIT.ok;
  },
};
