/**
 * Live checks of an Okta + OpenMetadata setup, shared by the guide (browser) and `om-okta verify`
 * (Node). Start with `checkTarget(inputs, release)` and `checkContext({ fetch, environment })`,
 * then `runChecks(target, ctx, onProgress)`.
 */
import { derive } from '../inputs/derived.ts';
import type { Inputs } from '../inputs/fields.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { CheckTarget } from './types.ts';

export * from './types.ts';
export { getJson, jsonDepthExceeds, MAX_JSON_DEPTH, MAX_REDIRECTS, networkReason, type HttpOutcome, type Redirect } from './http.ts';
export {
  CHECKS,
  REQUESTED_SCOPES,
  RUNBOOK_CHECKS,
  checkOktaDiscovery,
  checkOktaJwks,
  checkOmAuthConfig,
  checkOmJwks,
  checkOmVersion,
  commandsFor,
  omApiPaths,
  runChecks,
  urlOf,
  type Check,
} from './checks.ts';

/** What the checks look at, from parsed inputs (checks run even when a rule complains about an input). */
export function checkTarget(inputs: Inputs, release: ReleaseFacts): CheckTarget {
  return { release, inputs, derived: derive(inputs, release) };
}
