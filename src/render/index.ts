/**
 * Check, then render: the one entry point the CLI, the pages and the tests use. The inputs are
 * checked with src/rules and, only when nothing is an error, the target's renderer from
 * src/targets writes the files. Nothing is half-written.
 */
import { PLACEHOLDER_INPUTS, type Flow, type Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { checkAll } from '../rules/check-all.ts';
import { renderersFor, type EmittedFile, type Target } from '../targets/index.ts';
import { renderCheckedWith, renderValidWith, type RenderResult } from './checked.ts';
import { withStandIns } from './stand-ins.ts';

export type { RenderResult } from './checked.ts';

export interface RenderRequest {
  release: ReleaseFacts;
  target: Target;
  /** Raw inputs (JSON file, form state): checked before anything is rendered. */
  inputs: unknown;
}

export function renderTarget({ release, target, inputs: raw }: RenderRequest): RenderResult {
  const given = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? withStandIns(raw as Record<string, unknown>, target) : raw;
  return renderChecked(target, checkAll(given, release), release);
}

/**
 * The same, for inputs already checked with checkAll: a page renders several targets from one
 * set of inputs and checks them once.
 */
export function renderChecked(target: Target, checked: ReturnType<typeof checkAll>, release: ReleaseFacts): RenderResult {
  return renderCheckedWith(renderersFor(release), target, checked, release);
}

/** Renders inputs already checked; throws UnrepresentableValueError for a value no file can hold. */
export function renderValid(target: Target, inputs: Inputs, release: ReleaseFacts): EmittedFile[] {
  return renderValidWith(renderersFor(release), target, inputs, release);
}

/**
 * The files with placeholder words instead of the reader's values: what pages show before anything
 * is typed and without JavaScript. Rules are not run: placeholders are not meant to pass them.
 */
export function renderPlaceholders(target: Target, flow: Flow, release: ReleaseFacts): EmittedFile[] {
  return renderValid(target, { ...PLACEHOLDER_INPUTS, flow }, release);
}
