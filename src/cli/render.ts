/**
 * `om-okta render`: checks the inputs, then prints the files for one target, or writes them
 * with --out (nothing is written when a check fails).
 */
import { escapeUnsafe } from '../lint/index.ts';
import { renderTarget } from '../render/index.ts';
import { TARGETS, targetsFor, type EmittedFile, type Target } from '../targets/index.ts';
import type { CliIo, Command } from './types.ts';
import { readJson } from './input.ts';
import { DOCS_HELP, DOCS_OPTION, docsBaseOption, didYouMean, FORMAT_HELP, FORMAT_OPTION, formatOption, parse, releaseOption, RELEASE_HELP, UsageError } from './options.ts';
import { EXIT, formatFile, json, printDiagnostics, withDocsBase } from './output.ts';

export const render: Command = {
  help: {
    usage: 'om-okta render --target T --inputs FILE|- [--release R] [--out DIR [--force]] [--format text|json] [--docs-base URL]',
    summary: 'Checks your inputs and writes the configuration files for one deployment target.',
    options: {
      '--target T': `deployment target: ${TARGETS.join(', ')} (ui: the Settings > SSO form and the stored configuration, 1.10+)`,
      '--inputs FILE': 'your values as JSON (the setup panel downloads it as inputs.json); - reads standard input',
      '--release R': RELEASE_HELP,
      '--out DIR': 'write the files into DIR instead of printing them (nothing is written when a check fails)',
      '--force': 'with --out, replace files that already exist',
      '--format F': FORMAT_HELP,
      '--docs-base URL': DOCS_HELP,
    },
  },
  run: async (args, io) => {
    const { values, positionals } = parse(args, {
      release: { type: 'string' },
      target: { type: 'string' },
      inputs: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      ...FORMAT_OPTION,
      ...DOCS_OPTION,
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${escapeUnsafe(positionals[0]!)}"`);
    const format = formatOption(values.format);
    const release = releaseOption(values.release);
    const base = docsBaseOption(values['docs-base']);
    const target = values.target as Target | undefined;
    if (target === undefined) throw new UsageError(`--target is required: one of ${TARGETS.join(', ')}`);
    if (!TARGETS.includes(target)) {
      throw new UsageError(`--target must be one of ${TARGETS.join(', ')}, not "${escapeUnsafe(target)}".${didYouMean(target, TARGETS)}`);
    }
    if (!targetsFor(release).includes(target)) {
      throw new UsageError(`${release.label} has no Settings > SSO form (it came with 1.10): --target ${targetsFor(release).join(', ')}`);
    }
    if (typeof values.inputs !== 'string') throw new UsageError('--inputs FILE (or - for standard input) is required');
    if (values.force && values.out === undefined) throw new UsageError('--force only goes with --out DIR');
    if (values.out !== undefined && (!io.writeFile || !io.fileExists)) throw new UsageError('--out is not available here');

    const inputs = await readJson(values.inputs, io);

    const result = renderTarget({ release, target, inputs });
    const diagnostics = withDocsBase(result.diagnostics, base);
    const failed = diagnostics.some((d) => d.severity === 'error');
    if (values.out !== undefined && !failed) {
      const written = await writeFiles(String(values.out), result.files, values.force === true, io);
      if (written === undefined) return EXIT.usage;
    }
    if (format === 'json') {
      io.stdout(`${json({ ...result, diagnostics })}\n`);
    } else {
      if (values.out === undefined) io.stdout(result.files.map(formatFile).join('\n'));
      printDiagnostics(diagnostics, io);
    }
    return failed ? EXIT.diagnosticError : EXIT.ok;
  },
};

/**
 * `render --out DIR`: every file or none. Files that exist are refused before anything is
 * written (unless --force), so a second run never mixes two renders.
 */
async function writeFiles(dir: string, files: readonly EmittedFile[], force: boolean, io: CliIo): Promise<string[] | undefined> {
  const paths = files.map((file) => `${dir.replace(/\/+$/, '') || '.'}/${file.filename}`);
  if (!force) {
    const existing: string[] = [];
    for (const path of paths) if (await io.fileExists!(path)) existing.push(path);
    if (existing.length > 0) {
      io.stderr(`om-okta: ${existing.map((path) => escapeUnsafe(path)).join(', ')} ${existing.length === 1 ? 'exists' : 'exist'}: nothing was written. Choose another --out folder, or add --force to replace ${existing.length === 1 ? 'it' : 'them'}.\n`);
      return undefined;
    }
  }
  for (const [index, file] of files.entries()) await io.writeFile!(paths[index]!, file.text);
  for (const path of paths) io.stdout(`wrote ${escapeUnsafe(path)}\n`);
  return paths;
}
