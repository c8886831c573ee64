/**
 * The renderers for OpenMetadata 1.x releases, whose ingestion authenticates as the ingestion bot
 * (src/targets/index.ts picks these or ./renderers-legacy.ts by the release's ingestion kind).
 */
import { renderBareMetal } from './bare-metal.ts';
import { renderDocker } from './docker.ts';
import { renderIngestion } from './ingestion.ts';
import { renderKubernetes } from './kubernetes.ts';
import { renderOktaTerraform } from './okta-terraform.ts';
import type { RendererSet } from './types.ts';
import { renderUi } from './ui.ts';

export const renderers1x: RendererSet = {
  docker: renderDocker,
  'bare-metal': renderBareMetal,
  kubernetes: renderKubernetes,
  ingestion: renderIngestion,
  okta: renderOktaTerraform,
  // 1.10+ only (targetsFor): 1.8 and 1.9 have no Settings > SSO form.
  ui: renderUi,
};
