/**
 * A release profile without its prose: the facts the browser's engine computes with (names,
 * paths, defaults, flows), without the citations, notes' texts and exactness lines that only the
 * pages and the CLI show. The browser imports the facts from ./facts.generated.ts, written from
 * the profiles by `npm run goldens` and pinned by a unit test, so no profile module (and none of
 * its prose) reaches a browser bundle.
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

/** The source of ./facts.generated.ts for `releases` (scripts/goldens.ts writes it). */
export function factsModuleSource(releases: readonly ReleaseProfile[]): string {
  return [
    '// Written by `npm run goldens` from the release profiles (src/releases/facts.ts): do not edit.',
    "import type { ReleaseFacts } from './facts.ts';",
    '',
    `export const RELEASE_FACTS: readonly ReleaseFacts[] = ${JSON.stringify(releases.map(releaseFacts), null, 2)};`,
    '',
  ].join('\n');
}
