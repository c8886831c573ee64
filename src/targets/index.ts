/**
 * The renderers, one per deployment target, grouped by release line. They turn resolved settings
 * into files and check nothing: src/render checks the inputs first and then calls them.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import { renderers1x } from './renderers-1x.ts';
import { renderersLegacy } from './renderers-legacy.ts';
import type { RendererSet } from './types.ts';

export * from './types.ts';

/** The renderers of the release's line: 0.12 (legacy) has an Okta service application for ingestion. */
export function renderersFor(release: ReleaseFacts): RendererSet {
  return release.ingestion.kind === 'okta-service-app' ? renderersLegacy : renderers1x;
}
