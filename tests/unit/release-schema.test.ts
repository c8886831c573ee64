import { describe, expect, it } from 'vitest';
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
