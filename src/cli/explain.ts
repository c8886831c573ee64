/**
 * `om-okta explain TEXT|- [--release R] [--format text|json] [--docs-base URL]`: the browser's
 * error explainer (src/rules/explain.ts) in the terminal. The text is the words after `explain`,
 * or standard input for `-` (or nothing): a log excerpt, a browser console line, an Okta error page.
 * Text: one block per failure mode that matches, most specific first, with its rule ids, the text
 * that matched, the cause, the fix and the troubleshooting link; JSON: { release, explanations:
 * [{ fm, title, cause, fix, match, ruleIds, docs }] }. Exit 0 when something matched, 1 when
 * nothing did, 2 for usage errors or unreadable input. Offline: no request is made.
 */
import { escapeUnsafe } from '../lint/index.ts';
import type { Command } from './types.ts';
import { readText } from './input.ts';
import { DOCS_HELP, DOCS_OPTION, docsBaseOption, FORMAT_HELP, FORMAT_OPTION, formatOption, parse, releaseOption, RELEASE_HELP, UsageError } from './options.ts';
import { EXIT, json, withDocsBase } from './output.ts';

export const explain: Command = {
  help: {
    usage: 'om-okta explain TEXT|- [--release R] [--format text|json] [--docs-base URL]',
    summary:
      'Names the known Okta sign-in failures an error message points to, with their rule ids, cause and fix, offline: the explainer of the troubleshooting page. TEXT is the message (quote it, or give it on standard input with - or nothing, for log lines). Exit 0 when something matched, 1 when nothing did.',
    options: {
      '--release R': RELEASE_HELP,
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  run: async (args, io) => {
    const { values, positionals } = parse(args, { release: { type: 'string' }, ...FORMAT_OPTION, ...DOCS_OPTION });
    const format = formatOption(values.format);
    const release = releaseOption(values.release);
    const base = docsBaseOption(values['docs-base']);
    if (positionals.includes('-') && positionals.length > 1) throw new UsageError('give the text as TEXT or on standard input (-), not both');
    const fromStdin = positionals.length === 0 || (positionals.length === 1 && positionals[0] === '-');
    const text = fromStdin ? await readText('-', io) : positionals.join(' ');
    if (text.trim() === '') throw new UsageError('no text given: pass the error message as TEXT or on standard input');

    const { explainError } = await import('../rules/explain.ts');
    const explanations = withDocsBase(explainError(text, release), base);
    if (format === 'json') {
      io.stdout(`${json({ release: release.id, explanations })}\n`);
    } else if (explanations.length === 0) {
      io.stderr(`Nothing in this text matches a known failure (${release.label}). Search the troubleshooting page for a distinctive part of it: ${base}/${release.contentDir}/troubleshooting/\n`);
    } else {
      const blocks = explanations.map((e) =>
        [
          `${e.ruleIds.join(', ')}: ${e.title} (FM-${String(e.fm).padStart(2, '0')})`,
          `    Matched: ${escapeUnsafe(e.match)}`,
          `    Cause: ${e.cause}`,
          `    Fix: ${e.fix}`,
          `    See: ${e.docs}`,
        ].join('\n'),
      );
      io.stdout(`${blocks.join('\n\n')}\n`);
    }
    return explanations.length > 0 ? EXIT.ok : EXIT.diagnosticError;
  },
};
