/**
 * Where the release switcher sends the reader: the same page in the other release, or the nearest
 * page that exists there (its parent section, then the release's overview).
 */
import type { ReleaseProfile } from './types.ts';

export interface ReleaseLink {
  release: ReleaseProfile;
  href: string;
  /** The same page exists in that release. */
  samePage: boolean;
  current: boolean;
}

/** `pageIds`: every page id of the site (e.g. `v1.12/deployment/docker`, `v1.12` for an overview). */
export function releaseLinks(
  currentId: string,
  pageIds: ReadonlySet<string>,
  releases: readonly ReleaseProfile[],
): ReleaseLink[] {
  const current = releases.find((r) => currentId === r.contentDir || currentId.startsWith(`${r.contentDir}/`));
  const rest = current ? currentId.slice(current.contentDir.length).replace(/^\//, '') : '';
  return releases.map((release) => {
    let path = rest;
    for (;;) {
      const id = path ? `${release.contentDir}/${path}` : release.contentDir;
      if (pageIds.has(id) || path === '') {
        return { release, href: `/${id}/`, samePage: path === rest, current: release === current };
      }
      path = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
    }
  });
}
