/**
 * Live checks ("runbook"): what a check returns and what it runs with. Pure TypeScript: the same
 * code runs in the browser (the guide's check buttons) and in Node (`om-okta verify`).
 */
import type { Derived } from '../inputs/derived.ts';
import type { Inputs } from '../inputs/fields.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { RuleId } from '../rules/table.ts';

/**
 * - `pass`: the endpoint answered and what it says matches the inputs.
 * - `fail`: it answered with something wrong, or (from the command line) could not be reached.
 * - `warn`: it answered; something deserves a look but need not break sign-in.
 * - `could-not-run`: this place cannot see the answer (in the browser: CORS, mixed content, a
 *   network error); says nothing about the server. Run the `commands` instead.
 */
export type CheckStatus = 'pass' | 'fail' | 'warn' | 'could-not-run';

export const CHECK_IDS = ['okta-discovery', 'okta-jwks', 'om-version', 'om-auth-config', 'om-jwks'] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckCommands {
  /** The same request from a terminal. */
  curl: string;
  /** Every check, from a terminal, with the reader's inputs saved as inputs.json. */
  verify: string;
}

export interface CheckResult {
  id: CheckId;
  title: string;
  status: CheckStatus;
  /** Plain words: what was found. */
  message: string;
  /** What to do about it (absent when there is nothing to do). */
  fix?: string;
  /** The rule that explains the problem, from src/rules/table.ts. */
  ruleId?: RuleId;
  /** Site path of the troubleshooting heading for `ruleId`. */
  docs?: string;
  /** What was requested. */
  url?: string;
  /** Always set for could-not-run; set on every result the checks produce. */
  commands?: CheckCommands;
}

export interface CheckContext {
  fetch: typeof fetch;
  /**
   * The time limit: for one request (headers and body together) when `deadline` is absent, else
   * the limit the shared deadline was set from (for messages).
   */
  timeoutMs: number;
  /**
   * When every request must be done (Date.now() milliseconds), shared by the checks of one run:
   * runChecks sets it to timeoutMs from its start, so `--timeout` bounds the whole run.
   */
  deadline?: number;
  /** A body longer than this is not read past it. */
  maxBytes: number;
  /** In the browser a network error (CORS included) cannot be told from a down server. */
  environment: 'browser' | 'node';
}

export const DEFAULT_TIMEOUT_MS = 8000;
export const DEFAULT_MAX_BYTES = 256 * 1024;

/** A context with the defaults filled in. */
export function checkContext(options: Pick<CheckContext, 'fetch' | 'environment'> & Partial<CheckContext>): CheckContext {
  return { timeoutMs: DEFAULT_TIMEOUT_MS, maxBytes: DEFAULT_MAX_BYTES, ...options };
}

/** What the checks look at: the release being read, the reader's inputs, and what follows from them. */
export interface CheckTarget {
  release: ReleaseFacts;
  inputs: Inputs;
  derived: Derived;
}

/** Where in the guide a check belongs: the Okta console steps, or OpenMetadata's deployment. */
export type GuideStep = 'okta' | 'openmetadata';

export interface CheckSpec {
  id: CheckId;
  title: string;
  step: GuideStep;
  /** The console step (src/okta/console-steps.ts) whose settings the check sees, for Okta checks. */
  consoleStep?: 'issuer' | 'auth-server';
}

export type CheckProgress =
  | { type: 'start'; index: number; total: number; check: CheckSpec }
  | { type: 'done'; index: number; total: number; check: CheckSpec; result: CheckResult };
