/**
 * The list of releases the site and CLI know, newest first. Adding a release is one profile file
 * here plus one content folder (content/docs/<contentDir>/).
 */
import type { ReleaseProfile } from './types.ts';
import { release112 } from './v1-12.ts';

export type { ReleaseProfile, SettingId, SettingSpec } from './types.ts';

export const releases: readonly ReleaseProfile[] = [release112].sort((a, b) => b.order - a.order);

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
