/**
 * Ingestion. On 1.x, workflows authenticate with the ingestion bot's JWT (`authProvider:
 * openmetadata`); Okta is not involved (the release profile's ingestion source).
 * The `metadata` CLI expands `${VAR}` in the workflow file before parsing it
 * (OM ingestion/src/metadata/config/common.py, load_config_file: os.path.expandvars), so the
 * token stays in the environment.
 */
import { YamlDoc } from './yaml.ts';
import { BOT_TOKEN_ENV } from '../settings/index.ts';
import { promptForSecret, type Renderer } from './types.ts';

export const INGESTION_FILE = 'workflow-okta.yaml';
export const INGESTION_COMMAND_FILE = 'run-ingestion.sh';

export const renderIngestion: Renderer = ({ release, derived }) => {
  if (release.ingestion.kind !== 'bot-jwt') {
    throw new Error(`${release.id}: the Okta service-application ingestion is rendered by the legacy renderer`);
  }
  const workflow = {
    workflowConfig: {
      openMetadataServerConfig: {
        hostPort: `${derived.signOutRedirectUri}/api`,
        authProvider: 'openmetadata',
        securityConfig: { jwtToken: `\${${BOT_TOKEN_ENV}}` },
      },
    },
  };
  const yaml = new YamlDoc(workflow).header(
    `${release.label}: put this workflowConfig in your connector's workflow file.\nIngestion signs in as the ingestion bot with its JWT, not through Okta.`,
  );
  yaml.commentAfter(['workflowConfig', 'openMetadataServerConfig', 'securityConfig', 'jwtToken'], 'Settings > Bots > ingestion-bot; read from the environment');
  const command = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    ...promptForSecret(BOT_TOKEN_ENV, 'ingestion-bot JWT token'),
    `# workflow.yaml: your connector's workflow (source, sink, ...) with the workflowConfig of ${INGESTION_FILE}.`,
    'metadata ingest -c workflow.yaml',
  ];
  return [
    { filename: INGESTION_FILE, language: 'yaml', text: yaml.toString() },
    { filename: INGESTION_COMMAND_FILE, language: 'bash', text: `${command.join('\n')}\n` },
  ];
};
