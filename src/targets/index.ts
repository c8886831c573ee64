/**
 * `renderTarget` is the one entry point the CLI, the pages and the tests use: it checks the inputs
 * with src/rules and, only when nothing is an error, renders the files. Nothing is half-written.
 */
import { derive, PLACEHOLDER_INPUTS, type Flow, type Inputs } from '../inputs/index.ts';
import type { ReleaseProfile } from '../releases/types.ts';
import { checkAll } from '../rules/index.ts';
import { hasErrors, type Diagnostic } from '../rules/types.ts';
import { renderBareMetal } from './bare-metal.ts';
import { renderDocker } from './docker.ts';
import { renderIngestion } from './ingestion.ts';
import { renderKubernetes } from './kubernetes.ts';
import { legacyRenderers } from './legacy-index.ts';
import { UnrepresentableValueError } from './serialize.ts';
import { resolveSettings } from './settings.ts';
import type { Renderer, RenderResult, Target } from './types.ts';

export * from './types.ts';
export { resolveSettings, type Settings } from './settings.ts';

export const renderers: Record<Target, Renderer> = {
  docker: renderDocker,
  'bare-metal': renderBareMetal,
  kubernetes: renderKubernetes,
  ingestion: renderIngestion,
};

export interface RenderRequest {
  release: ReleaseProfile;
  target: Target;
  /** Raw inputs (JSON file, form state): checked before anything is rendered. */
  inputs: unknown;
}

export function renderTarget({ release, target, inputs: raw }: RenderRequest): RenderResult {
  return renderChecked(target, checkAll(raw, release), release);
}

/**
 * The same, for inputs already checked with checkAll: a page renders several targets from one
 * set of inputs and checks them once.
 */
export function renderChecked(target: Target, { inputs, diagnostics }: ReturnType<typeof checkAll>, release: ReleaseProfile): RenderResult {
  const result: RenderResult = { release: release.id, target, files: [], diagnostics };
  if (!inputs || hasErrors(diagnostics)) return result;
  try {
    result.files = renderValid(target, inputs, release);
  } catch (error) {
    if (!(error instanceof UnrepresentableValueError)) throw error;
    result.diagnostics = [...diagnostics, unrepresentable(error, release)];
  }
  return result;
}

/** Renders inputs already checked; throws UnrepresentableValueError for a value no file can hold. */
export function renderValid(target: Target, inputs: Inputs, release: ReleaseProfile) {
  const derived = derive(inputs, release);
  // 0.12 (legacy): the Okta service application changes every target's files.
  const render = release.ingestion.kind === 'okta-service-app' ? legacyRenderers[target] : renderers[target];
  return render({ inputs, release, derived, settings: resolveSettings(inputs, release, derived) });
}

/**
 * The files with placeholder words instead of the reader's values: what pages show before anything
 * is typed and without JavaScript. Rules are not run: placeholders are not meant to pass them.
 */
export function renderPlaceholders(target: Target, flow: Flow, release: ReleaseProfile) {
  return renderValid(target, { ...PLACEHOLDER_INPUTS, flow }, release);
}

function unrepresentable(error: UnrepresentableValueError, release: ReleaseProfile): Diagnostic {
  return {
    id: 'OKTA-ENV-001',
    severity: 'error',
    field: error.field,
    message: `${error.message}. Change the value, or for the client secret keep "Put the client secret in the snippets" off so it is read from the environment.`,
    docs: `/${release.contentDir}/troubleshooting/#okta-env-001`,
  };
}
