/**
 * The release of the page being rendered, from Starlight's route data (the entry id starts with
 * the release's content folder, e.g. `v1.12/deployment/docker`). Every component asks here, so
 * the rule for "which release is this page" lives in one place.
 */
import { releaseForPath } from '../src/releases/index.ts';
import type { ReleaseProfile } from '../src/releases/types.ts';

interface WithRoute {
  locals: { starlightRoute: { id: string } };
}

/** The page's release, or undefined on pages outside any release (landing page, release list). */
export function findCurrentRelease(astro: WithRoute): ReleaseProfile | undefined {
  return releaseForPath(astro.locals.starlightRoute.id);
}

/** The page's release; a component that needs one fails the build on a page outside any release. */
export function currentRelease(astro: WithRoute): ReleaseProfile {
  const release = findCurrentRelease(astro);
  if (!release) {
    const id = astro.locals.starlightRoute.id;
    throw new Error(`"${id}" is not inside a release folder (content/docs/v<release>/): this component needs the page's release`);
  }
  return release;
}
