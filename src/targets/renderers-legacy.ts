/**
 * The renderers for releases whose ingestion uses an Okta service application (0.12, legacy): the
 * service application changes every target's files (src/targets/index.ts picks these or
 * ./renderers-1x.ts by the release's ingestion kind).
 */
import { renderLegacyBareMetal } from './legacy-bare-metal.ts';
import { renderLegacyDocker } from './legacy-docker.ts';
import { renderLegacyIngestion } from './legacy-ingestion.ts';
import { renderLegacyKubernetes } from './legacy-kubernetes.ts';
import { renderOktaTerraform } from './okta-terraform.ts';
import type { RendererSet } from './types.ts';
import { renderUi } from './ui.ts';

export const renderersLegacy: RendererSet = {
  docker: renderLegacyDocker,
  'bare-metal': renderLegacyBareMetal,
  kubernetes: renderLegacyKubernetes,
  ingestion: renderLegacyIngestion,
  okta: renderOktaTerraform,
  // Refuses: 0.12 has no Settings > SSO form (targetsFor leaves it out).
  ui: renderUi,
};
