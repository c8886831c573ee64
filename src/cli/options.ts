/**
 * What the commands parse alike: the options and their errors (`--format`, `--release`,
 * `--docs-base`), and the usage error the dispatcher answers with the command's help and exit 2.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { closest, editDistance } from '../lint/distance.ts';
import { escapeUnsafe } from '../lint/index.ts';
import { findRelease, latestRelease, RELEASE_IDS } from '../releases/index.ts';
import { DEFAULT_SITE, siteAddress, SiteAddressError } from '../site.ts';
import { TARGETS } from '../targets/index.ts';

/** A mistake on the command line: printed with the command's usage, exit 2. */
export class UsageError extends Error {}

export const FORMAT_HELP = 'text (default) or json';
export const DOCS_HELP = 'where the docs links point (default: the address the guide was built for)';
export const RELEASE_HELP = `OpenMetadata release (default ${latestRelease.id})`;

export const FORMAT_OPTION = { format: { type: 'string', default: 'text' } } as const;
export const DOCS_OPTION = { 'docs-base': { type: 'string' } } as const;

/**
 * Where the docs links point unless --docs-base says otherwise: the address the bundle was built
 * for (scripts/build-cli.ts writes OM_OKTA_SITE and OM_OKTA_BASE of the build in here), or, run
 * from the sources, those variables as they are now.
 */
declare const __OM_OKTA_DOCS_URL__: string | undefined;
function defaultDocsUrl(): string {
  if (typeof __OM_OKTA_DOCS_URL__ === 'string') return __OM_OKTA_DOCS_URL__;
  try {
    return siteAddress(process.env).url;
  } catch (error) {
    if (error instanceof SiteAddressError) throw new UsageError(error.message);
    throw error;
  }
}

/** " Did you mean X?" when `given` is a near miss of one of `known`, else nothing. */
export function didYouMean(given: string, known: Iterable<string>): string {
  const near = nearMiss(given, [...known]);
  return near ? ` Did you mean ${near}?` : '';
}

/**
 * What a reader most likely meant: a name a few edits away; for a three-letter name, which the
 * linter's distance leaves alone, the only name one edit away (`lnt` for lint); or the one release
 * a bare major or a patch number points to (`2` for 2.0, `1.12.3` for 1.12).
 */
function nearMiss(given: string, known: readonly string[]): string | undefined {
  const near = closest(given, known);
  if (near) return near;
  const oneOff = given.length >= 3 ? known.filter((name) => editDistance(given.toLowerCase(), name.toLowerCase(), 1) <= 1) : [];
  if (oneOff.length === 1) return oneOff[0];
  const dotted = known.filter((name) => name.startsWith(`${given}.`) || given.startsWith(`${name}.`));
  return dotted.length === 1 ? dotted[0] : undefined;
}

/** The options whose values are a fixed list: a missing value is answered with the list. */
const CHOICES: Readonly<Record<string, readonly string[]>> = { '--release': RELEASE_IDS, '--target': TARGETS, '--format': ['text', 'json'] };

export function parse(args: readonly string[], options: ParseArgsOptionsConfig) {
  // Node's parser words its errors for programmers; a reader gets the option and a suggestion.
  const known = Object.keys(options).map((name) => `--${name}`);
  for (const arg of args) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.split('=')[0]!;
    if (!known.includes(name)) throw new UsageError(`unknown option ${escapeUnsafe(name)}.${didYouMean(name, known)}`);
  }
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const option = /'(--[a-z-]+)/.exec((error as Error).message)?.[1] ?? 'an option';
      const choices = Object.hasOwn(CHOICES, option) ? `: one of ${CHOICES[option]!.join(', ')}` : '';
      throw new UsageError(`${option} needs a value${choices}`);
    }
    throw new UsageError(escapeUnsafe((error as Error).message));
  }
}

export function formatOption(value: unknown): 'text' | 'json' {
  if (value === 'text' || value === 'json') return value;
  throw new UsageError(`--format must be text or json, not "${String(value)}"`);
}

/** The release named by --release (or the newest), with a suggestion for a near miss. */
export function releaseOption(value: unknown): NonNullable<ReturnType<typeof findRelease>> {
  const id = String(value ?? latestRelease.id);
  const release = findRelease(id);
  if (!release) throw new UsageError(`unknown release "${escapeUnsafe(id)}"; choose one of ${RELEASE_IDS.join(', ')}.${didYouMean(id, RELEASE_IDS)}`);
  return release;
}

/** Docs links as a terminal can open them: the site's address in front of each page path. */
export function docsBaseOption(value: unknown): string {
  const base = String(value ?? defaultDocsUrl());
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UsageError(`--docs-base must be a URL such as ${DEFAULT_SITE}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`--docs-base must be an http or https URL such as ${DEFAULT_SITE}`);
  return url.href.replace(/\/+$/, '');
}
