/**
 * A release profile without its prose: the facts the browser's engine computes with (names,
 * paths, defaults, flows), without the citations, notes' texts and exactness lines that only the
 * pages and the CLI show. The browser imports the facts from ./facts.generated.ts, written from
 * the profiles by `npm run goldens` and pinned by a unit test, so no profile module (and none of
 * its prose) reaches a browser bundle; a page's live engine loads only its own release's
 * (./load.ts).
 */
import type { ReleaseProfile } from './types.ts';

/** Keys whose values are prose for people: a citation, a note's text, an exactness line, a replacement's explanation. */
export const PROSE_KEYS = ['source', 'text', 'checked', 'deprecated'] as const;
type ProseKey = (typeof PROSE_KEYS)[number];

export type WithoutProse<T> = T extends readonly (infer Item)[]
  ? readonly WithoutProse<Item>[]
  : T extends object
    ? { readonly [K in keyof T as K extends ProseKey ? never : K]: WithoutProse<T[K]> }
    : T;

/** What rules, renderers and the live engine read of a release. A full profile is one too. */
export type ReleaseFacts = WithoutProse<ReleaseProfile>;

const prose = new Set<string>(PROSE_KEYS);

/** `profile` with every prose key removed, at any depth. */
export function releaseFacts(profile: ReleaseProfile): ReleaseFacts {
  return strip(profile) as ReleaseFacts;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !prose.has(key)).map(([key, item]) => [key, strip(item)]));
}

/** The module of one release's facts, relative to this folder: `facts/v1-12.generated.ts`. */
export const factsModulePath = (id: string): string => `facts/v${id.replace(/\./g, '-')}.generated.ts`;

const HEADER = '// Written by `npm run goldens` from the release profiles (src/releases/facts.ts): do not edit.';

/**
 * The generated modules (path relative to this folder, and source) for `releases` (scripts/goldens.ts
 * writes them): one module per release, so that a page loads only its own release's facts
 * (facts/index.generated.ts, through ./load.ts); ./facts.generated.ts gathers them all for the
 * tools that compare releases (linter, runbook checks).
 */
export function factsModules(releases: readonly ReleaseProfile[]): { path: string; source: string }[] {
  const one = releases.map((release) => ({
    path: factsModulePath(release.id),
    source: [HEADER, "import type { ReleaseFacts } from '../facts.ts';", '', `export const FACTS: ReleaseFacts = ${JSON.stringify(releaseFacts(release), null, 2)};`, ''].join('\n'),
  }));
  const name = (i: number) => `facts${i}`;
  const all = [
    HEADER,
    "import type { ReleaseFacts } from './facts.ts';",
    ...releases.map((release, i) => `import { FACTS as ${name(i)} } from './${factsModulePath(release.id).replace(/\.ts$/, '.ts')}';`),
    '',
    '/** Every release\'s facts, newest first (the profiles\' order). */',
    `export const RELEASE_FACTS: readonly ReleaseFacts[] = [${releases.map((_, i) => name(i)).join(', ')}];`,
    '',
  ].join('\n');
  const index = [
    HEADER,
    "import type { ReleaseFacts } from '../facts.ts';",
    '',
    '/** Each release\'s facts, loaded on demand: a page needs only its own release\'s. */',
    'export const RELEASE_FACT_LOADERS: Readonly<Record<string, () => Promise<ReleaseFacts>>> = {',
    ...releases.map((release) => `  ${JSON.stringify(release.id)}: () => import('./${factsModulePath(release.id).slice('facts/'.length)}').then((module) => module.FACTS),`),
    '};',
    '',
    '/** Each release\'s label, for words about another release than the page\'s. */',
    `export const RELEASE_LABELS: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(releases.map((r) => [r.id, r.label])), null, 2)};`,
    '',
  ].join('\n');
  return [...one, { path: 'facts/index.generated.ts', source: index }, { path: 'facts.generated.ts', source: all }];
}
