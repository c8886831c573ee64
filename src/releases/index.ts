/**
 * The list of releases the site and CLI know, newest first. Adding a release is one profile file
 * here plus one content folder (content/docs/<contentDir>/).
 */
import type { ReleaseProfile } from './types.ts';
import { release012 } from './v0-12.ts';
import { release18 } from './v1-8.ts';
import { release19 } from './v1-9.ts';
import { release110 } from './v1-10.ts';
import { release111 } from './v1-11.ts';
import { release112 } from './v1-12.ts';
import { release113 } from './v1-13.ts';
import { release20 } from './v2-0.ts';

export type { ReleaseProfile, SettingId, SettingSpec } from './types.ts';

export const releases: readonly ReleaseProfile[] = [release20, release113, release112, release111, release110, release19, release18, release012].sort((a, b) => b.order - a.order);

export const RELEASE_IDS = releases.map((r) => r.id);

export const latestRelease: ReleaseProfile = releases[0]!;

export function findRelease(id: string): ReleaseProfile | undefined {
  return releases.find((r) => r.id === id);
}

/** The release a content path belongs to, e.g. `v1.12/deployment/docker` -> 1.12. */
export function releaseForPath(path: string): ReleaseProfile | undefined {
  const first = path.replace(/^\/+/, '').split('/')[0];
  return releases.find((r) => r.contentDir === first);
}
