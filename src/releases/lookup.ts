/** The releases' facts by id, for code that runs in the browser (the server side uses ./index.ts). */
import { RELEASE_FACTS } from './facts.generated.ts';
import type { ReleaseFacts } from './facts.ts';

export function findReleaseFacts(id: string): ReleaseFacts | undefined {
  return RELEASE_FACTS.find((release) => release.id === id);
}

/** The newest release (the facts keep the profiles' order, newest first). */
export const latestReleaseFacts: ReleaseFacts = RELEASE_FACTS[0]!;

export const RELEASE_FACT_IDS: readonly string[] = RELEASE_FACTS.map((release) => release.id);
