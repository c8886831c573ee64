/**
 * The browser's way to the renderers: it loads only those of the page's targets, from the set of
 * the page's release line, so a Docker page does not download the Helm or Terraform writers, a
 * 1.x page not the 0.12 service-application renderers, nor a 0.12 page the 1.x ones. Same
 * renderers as renderersFor in src/targets/index.ts, which the CLI and the build use (a test
 * holds them equal).
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import { TARGETS, type Renderer, type RendererSet, type Target } from '../targets/types.ts';

type RendererLoaders = Readonly<Record<Target, () => Promise<Renderer>>>;

const LOADERS_1X: RendererLoaders = {
  docker: async () => (await import('../targets/docker.ts')).renderDocker,
  'bare-metal': async () => (await import('../targets/bare-metal.ts')).renderBareMetal,
  kubernetes: async () => (await import('../targets/kubernetes.ts')).renderKubernetes,
  ingestion: async () => (await import('../targets/ingestion.ts')).renderIngestion,
  okta: async () => (await import('../targets/okta-terraform.ts')).renderOktaTerraform,
  ui: async () => (await import('../targets/ui.ts')).renderUi,
};

const LOADERS_LEGACY: RendererLoaders = {
  docker: async () => (await import('../targets/legacy-docker.ts')).renderLegacyDocker,
  'bare-metal': async () => (await import('../targets/legacy-bare-metal.ts')).renderLegacyBareMetal,
  kubernetes: async () => (await import('../targets/legacy-kubernetes.ts')).renderLegacyKubernetes,
  ingestion: async () => (await import('../targets/legacy-ingestion.ts')).renderLegacyIngestion,
  okta: LOADERS_1X.okta,
  ui: LOADERS_1X.ui,
};

/** The renderers of `targets` (all by default) for the release's line, each loaded once, side by side. */
export async function loadRenderers(release: ReleaseFacts, targets: readonly Target[] = TARGETS): Promise<Partial<RendererSet>> {
  const loaders = release.ingestion.kind === 'okta-service-app' ? LOADERS_LEGACY : LOADERS_1X;
  const wanted = [...new Set(targets)];
  const loaded = await Promise.all(wanted.map((target) => loaders[target]()));
  return Object.fromEntries(wanted.map((target, i) => [target, loaded[i]]));
}
