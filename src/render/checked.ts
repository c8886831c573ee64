/**
 * Rendering with a given set of renderers: ./index.ts passes the set the release needs (for the
 * CLI, the build and the tests), the browser passes the one it loaded for the page's release
 * (./load.ts), so a page never downloads the other line's renderers.
 */
import { derive, type Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { checkAll } from '../rules/check-all.ts';
import { diagnostic } from '../rules/diagnostic.ts';
import { hasErrors, type Diagnostic } from '../rules/types.ts';
import { resolveSettings } from '../settings/index.ts';
import { UnrepresentableValueError } from '../targets/unrepresentable.ts';
import type { EmittedFile, RendererSet, Target } from '../targets/types.ts';

export interface RenderResult {
  release: string;
  target: Target;
  /** Empty when any diagnostic is an error: nothing half-written. */
  files: EmittedFile[];
  diagnostics: Diagnostic[];
}

/** Renders inputs checked with checkAll; nothing when any diagnostic is an error. */
export function renderCheckedWith(
  renderers: Partial<RendererSet>,
  target: Target,
  { inputs, diagnostics }: ReturnType<typeof checkAll>,
  release: ReleaseFacts,
): RenderResult {
  const result: RenderResult = { release: release.id, target, files: [], diagnostics };
  if (!inputs || hasErrors(diagnostics)) return result;
  try {
    result.files = renderValidWith(renderers, target, inputs, release);
  } catch (error) {
    if (!(error instanceof UnrepresentableValueError)) throw error;
    const message = `${error.message}. Change the value, or for the client secret keep "Put the client secret in the snippets" off so it is read from the environment.`;
    result.diagnostics = [...diagnostics, diagnostic('OKTA-ENV-001', 'error', error.field, message, release)];
  }
  return result;
}

/** Renders inputs already checked; throws UnrepresentableValueError for a value no file can hold. */
export function renderValidWith(renderers: Partial<RendererSet>, target: Target, inputs: Inputs, release: ReleaseFacts): EmittedFile[] {
  const render = renderers[target];
  // The browser loads the renderers of the page's targets only (src/render/load.ts).
  if (!render) throw new Error(`The ${target} renderer is not loaded`);
  const derived = derive(inputs, release);
  return render({ inputs, release, derived, settings: resolveSettings(inputs, release, derived) });
}
