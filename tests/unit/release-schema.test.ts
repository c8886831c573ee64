import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factsModules, PROSE_KEYS, releaseFacts } from '../../src/releases/facts.ts';
import { RELEASE_FACTS } from '../../src/releases/facts.generated.ts';
import { loadReleaseFacts, releaseLabel } from '../../src/releases/load.ts';
import { findReleaseFacts } from '../../src/releases/lookup.ts';
import { findRelease, releases } from '../../src/releases/index.ts';
import { checkProfiles } from '../../src/releases/schema.ts';
import type { ReleaseProfile } from '../../src/releases/types.ts';

describe('release profiles have the shape the site and CLI rely on', () => {
  it('every profile passes', () => {
    expect(() => checkProfiles(releases)).not.toThrow();
  });

  it('a misspelled key, a wrong setting id, a missing source and a stray patch are named with their paths', () => {
    const good = findRelease('2.0')!;
    const broken = {
      ...good,
      helmChat: good.helmChart,
      patch: '1.13.6',
      settings: { ...good.settings, clientSecret: { env: 'OIDC_CLIENT_SECRET', source: 'docs' } },
    } as unknown as ReleaseProfile;
    let message = '';
    try {
      checkProfiles([broken, good]);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^The release profiles in src\/releases\/ have problems:/);
    expect(message).toContain('release 2.0: (profile): Unrecognized key: "helmChat"');
    expect(message).toContain('release 2.0: settings: Unrecognized key: "clientSecret"');
    expect(message).toContain('release 2.0: patch: patch must belong to the release line');
    expect(message).toContain('release 2.0: listed twice');
  });
});

describe('the browser gets the facts of each profile, without its prose', () => {
  it('src/releases/facts.generated.ts is the profiles without prose (npm run goldens rewrites it)', () => {
    const stale = 'src/releases/facts.generated.ts is not the profiles without prose: run npm run goldens';
    expect(RELEASE_FACTS, stale).toEqual(releases.map(releaseFacts));
    for (const { path, source } of factsModules(releases)) {
      expect(readFileSync(new URL(`../../src/releases/${path}`, import.meta.url), 'utf8'), `${path}: ${stale}`).toBe(source);
    }
  });

  it('a page loads only its own release\'s facts, and gets the same facts', async () => {
    for (const release of releases) {
      expect(await loadReleaseFacts(release.id)).toEqual(releaseFacts(release));
      expect(releaseLabel(release.id)).toBe(release.label);
    }
    expect(await loadReleaseFacts('9.9')).toBeUndefined();
    expect(await loadReleaseFacts('toString')).toBeUndefined();
    expect(releaseLabel('constructor')).toBeUndefined();
  });

  it('no citation, note text, exactness line or deprecation text is left, at any depth', () => {
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) (keys.add(key), walk(item));
    };
    walk(RELEASE_FACTS);
    for (const key of PROSE_KEYS) expect(keys.has(key), key).toBe(false);
    // The facts themselves stay: names, defaults and note ids the rules look up.
    const facts20 = findReleaseFacts('2.0')!;
    expect(facts20.settings.oidcClientSecret?.env).toBe(findRelease('2.0')!.settings.oidcClientSecret?.env);
    expect(facts20.notes.map((note) => note.id)).toEqual(findRelease('2.0')!.notes.map((note) => note.id));
    expect(JSON.stringify(RELEASE_FACTS)).not.toContain(findRelease('2.0')!.checked);
  });
});
