/** The 404 page's "this page in the newest release" link (samePageInRelease, src/site.ts). */
import { describe, expect, test } from 'vitest';
import { latestRelease, releases } from '../../src/releases/index.ts';
import { samePageInRelease } from '../../src/site.ts';

const DIRS = ['v2.0', 'v1.13', 'v1.12', 'v0.12'];
const TARGET = { dir: 'v2.0', pages: ['/v2.0/', '/v2.0/deployment/docker/', '/v2.0/troubleshooting/', '/v2.0/upgrade/'] };

describe('samePageInRelease', () => {
  test.each([
    ['/v1.7/deployment/docker/', '/v2.0/deployment/docker/'],
    ['/v9.9/troubleshooting/', '/v2.0/troubleshooting/'],
    ['/v1.12/upgrade/', '/v2.0/upgrade/'],
    ['/v0.12/deployment/docker', '/v2.0/deployment/docker/'],
    ['/v1.7/troubleshooting/index.html', '/v2.0/troubleshooting/'],
    ['/latest/deployment/docker/', '/v2.0/deployment/docker/'],
    ['/v1.7/', '/v2.0/'],
    ['/v3/troubleshooting/', '/v2.0/troubleshooting/'],
  ])('%s -> %s', (pathname, expected) => {
    expect(samePageInRelease(pathname, DIRS, TARGET)).toBe(expected);
  });

  test.each([
    ['a page the newest release does not have', '/v1.7/deployment/nomad/'],
    ['a missing page of the newest release itself', '/v2.0/missing/'],
    ['a path outside releases', '/deployment/docker/'],
    ['a first segment that is not a release', '/docs/troubleshooting/'],
    ['a version-like segment further down', '/guide/v1.7/troubleshooting/'],
    ['the site root', '/'],
  ])('none for %s (%s)', (_what, pathname) => {
    expect(samePageInRelease(pathname, DIRS, TARGET)).toBeUndefined();
  });

  test('works with the real release folders', () => {
    const dirs = releases.map((r) => r.contentDir);
    const target = { dir: latestRelease.contentDir, pages: [`/${latestRelease.contentDir}/troubleshooting/`] };
    for (const dir of dirs) expect(samePageInRelease(`/${dir}/troubleshooting/`, dirs, target)).toBe(`/${latestRelease.contentDir}/troubleshooting/`);
  });
});
