// Written by `npm run goldens` from the release profiles (src/releases/facts.ts): do not edit.
import type { ReleaseFacts } from './facts.ts';
import { FACTS as facts0 } from './facts/v2-0.generated.ts';
import { FACTS as facts1 } from './facts/v1-13.generated.ts';
import { FACTS as facts2 } from './facts/v1-12.generated.ts';
import { FACTS as facts3 } from './facts/v1-11.generated.ts';
import { FACTS as facts4 } from './facts/v1-10.generated.ts';
import { FACTS as facts5 } from './facts/v1-9.generated.ts';
import { FACTS as facts6 } from './facts/v1-8.generated.ts';
import { FACTS as facts7 } from './facts/v0-12.generated.ts';

/** Every release's facts, newest first (the profiles' order). */
export const RELEASE_FACTS: readonly ReleaseFacts[] = [facts0, facts1, facts2, facts3, facts4, facts5, facts6, facts7];
