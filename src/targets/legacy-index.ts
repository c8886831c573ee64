/**
 * The renderers for releases whose ingestion uses an Okta service application (0.12, legacy):
 * src/targets/index.ts dispatches to these when `release.ingestion.kind === 'okta-service-app'`.
 */
import { renderLegacyBareMetal } from './legacy-bare-metal.ts';
import { renderLegacyDocker } from './legacy-docker.ts';
import { renderLegacyIngestion } from './legacy-ingestion.ts';
import { renderLegacyKubernetes } from './legacy-kubernetes.ts';
import type { Renderer, Target } from './types.ts';

export const legacyRenderers: Record<Target, Renderer> = {
  docker: renderLegacyDocker,
  'bare-metal': renderLegacyBareMetal,
  kubernetes: renderLegacyKubernetes,
  ingestion: renderLegacyIngestion,
};
