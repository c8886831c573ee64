/**
 * One release's facts for the browser, loaded when a page needs them: each release's facts are a
 * module of their own (facts/*.generated.ts), so a page downloads its release's and no other's.
 * (./lookup.ts has every release's, for the tools that compare releases.)
 */
import type { ReleaseFacts } from './facts.ts';
import { RELEASE_FACT_LOADERS, RELEASE_LABELS } from './facts/index.generated.ts';

export async function loadReleaseFacts(id: string): Promise<ReleaseFacts | undefined> {
  return Object.hasOwn(RELEASE_FACT_LOADERS, id) ? RELEASE_FACT_LOADERS[id]!() : undefined;
}

/** A release's label ("OpenMetadata 1.12"), without loading its facts. */
export function releaseLabel(id: string): string | undefined {
  return Object.hasOwn(RELEASE_LABELS, id) ? RELEASE_LABELS[id] : undefined;
}
