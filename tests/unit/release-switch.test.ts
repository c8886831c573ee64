import { describe, expect, it } from 'vitest';
import { releases } from '../../src/releases/index.ts';
import { releaseLinks } from '../../src/releases/switch.ts';

const ids = new Set(['v2.0', 'v2.0/deployment/docker', 'v1.13', 'v1.12', 'v1.12/deployment/docker', 'v1.12/choose-flow', 'v1.11', 'v1.11/deployment/docker', 'v1.10', 'v1.10/deployment', 'v1.9', 'v1.8']);
const byRelease = (links: ReturnType<typeof releaseLinks>) => Object.fromEntries(links.map((l) => [l.release.id, [l.href, l.samePage, l.current]]));

describe('release switcher', () => {
  it('keeps the reader on the same page, or the nearest page that exists', () => {
    expect(byRelease(releaseLinks('v1.12/deployment/docker', ids, releases))).toEqual({
      '2.0': ['/v2.0/deployment/docker/', true, false],
      '1.13': ['/v1.13/', false, false],
      '1.12': ['/v1.12/deployment/docker/', true, true],
      '1.11': ['/v1.11/deployment/docker/', true, false],
      '1.10': ['/v1.10/deployment/', false, false],
      '1.9': ['/v1.9/', false, false],
      '1.8': ['/v1.8/', false, false],
      '0.12': ['/v0.12/', false, false],
    });
  });

  it('maps overviews to overviews and pages outside a release to each overview', () => {
    expect(releaseLinks('v1.11', ids, releases).map((l) => l.href)).toEqual(['/v2.0/', '/v1.13/', '/v1.12/', '/v1.11/', '/v1.10/', '/v1.9/', '/v1.8/', '/v0.12/']);
    expect(releaseLinks('index', ids, releases).every((l) => !l.current && l.href === `/${l.release.contentDir}/`)).toBe(true);
  });

  it('does not mistake v1.1 for a prefix of v1.12', () => {
    const links = releaseLinks('v1.12/choose-flow', ids, releases);
    expect(links.filter((l) => l.current).map((l) => l.release.id)).toEqual(['1.12']);
  });
});
