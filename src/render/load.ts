/**
 * The browser's way to the renderers: it loads only the set of the page's release line, so a 1.x
 * page does not download the 0.12 service-application renderers, nor a 0.12 page the 1.x ones.
 * Same choice as renderersFor in src/targets/index.ts, which the CLI and the build use.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { RendererSet } from '../targets/types.ts';

export async function loadRenderers(release: ReleaseFacts): Promise<RendererSet> {
  return release.ingestion.kind === 'okta-service-app'
    ? (await import('../targets/renderers-legacy.ts')).renderersLegacy
    : (await import('../targets/renderers-1x.ts')).renderers1x;
}
