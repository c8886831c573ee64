// Written by `npm run goldens` from the release profiles (src/releases/facts.ts): do not edit.
import type { ReleaseFacts } from '../facts.ts';

/** Each release's facts, loaded on demand: a page needs only its own release's. */
export const RELEASE_FACT_LOADERS: Readonly<Record<string, () => Promise<ReleaseFacts>>> = {
  "2.0": () => import('./v2-0.generated.ts').then((module) => module.FACTS),
  "1.13": () => import('./v1-13.generated.ts').then((module) => module.FACTS),
  "1.12": () => import('./v1-12.generated.ts').then((module) => module.FACTS),
  "1.11": () => import('./v1-11.generated.ts').then((module) => module.FACTS),
  "1.10": () => import('./v1-10.generated.ts').then((module) => module.FACTS),
  "1.9": () => import('./v1-9.generated.ts').then((module) => module.FACTS),
  "1.8": () => import('./v1-8.generated.ts').then((module) => module.FACTS),
  "0.12": () => import('./v0-12.generated.ts').then((module) => module.FACTS),
};

/** Each release's label, for words about another release than the page's. */
export const RELEASE_LABELS: Readonly<Record<string, string>> = {
  "2.0": "OpenMetadata 2.0",
  "1.13": "OpenMetadata 1.13",
  "1.12": "OpenMetadata 1.12",
  "1.11": "OpenMetadata 1.11",
  "1.10": "OpenMetadata 1.10",
  "1.9": "OpenMetadata 1.9",
  "1.8": "OpenMetadata 1.8",
  "0.12": "OpenMetadata 0.12 (legacy)"
};
