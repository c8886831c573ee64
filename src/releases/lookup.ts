/** The releases' facts by id, for code that runs in the browser (the server side uses ./index.ts). */
import { RELEASE_FACTS } from './facts.generated.ts';
import type { ReleaseFacts } from './facts.ts';

export function findReleaseFacts(id: string): ReleaseFacts | undefined {
  return RELEASE_FACTS.find((release) => release.id === id);
}
