/**
 * Bare metal for OpenMetadata 0.12 (legacy): the `authenticationConfiguration` and
 * `authorizerConfiguration` blocks of conf/openmetadata.yaml, the Okta keys of
 * `airflowConfiguration`, and the start command with the private key in the environment.
 * Keys and shapes: OM@0.12.1-release:conf/openmetadata.yaml and the schemas
 * configuration/{authenticationConfiguration,authorizerConfiguration,airflowConfiguration,authConfig}.json
 * and security/client/oktaSSOClientConfig.json at that tag.
 */
import { AIRFLOW_OKTA_SETTING_IDS, type LegacySettingId, type SettingId } from '../releases/types.ts';
import { legacyTree, legacyValues, loadPrivateKeyLines, SERVER_PRIVATE_KEY_ENV, serverKeyValueComment } from './legacy-service-app.ts';
import { YamlDoc } from './yaml.ts';
import type { Renderer } from './types.ts';

export const BARE_METAL_FILE = 'openmetadata.yaml';
export const BARE_METAL_START_FILE = 'start-openmetadata.sh';

const ORDER: readonly (SettingId | LegacySettingId)[] = [
  'provider',
  'providerName',
  'publicKeyUrls',
  'authority',
  'clientId',
  'callbackUrl',
  'jwtPrincipalClaims',
  'enableSelfSignup',
  'authorizerClassName',
  'containerRequestFilter',
  'adminPrincipals',
  'botPrincipals',
  'principalDomain',
  'enforcePrincipalDomain',
  'enableSecureSocketConnection',
  ...AIRFLOW_OKTA_SETTING_IDS,
];

export const renderLegacyBareMetal: Renderer = ({ inputs, release, settings, derived }) => {
  const tree = legacyTree(ORDER, 'yaml', { release, settings, values: legacyValues(inputs, derived) });
  const yaml = new YamlDoc(tree).header(
    [
      `Okta SSO for ${release.label}: replace authenticationConfiguration and authorizerConfiguration`,
      'in conf/openmetadata.yaml; in airflowConfiguration set only the keys below and keep the others',
      `(apiEndpoint, username, password, metadataApiEndpoint, ...). Then start the server with ${BARE_METAL_START_FILE}.`,
    ].join('\n'),
  );
  yaml.commentBefore(['authenticationConfiguration', 'publicKeyUrls'], "Okta's keys (users, service application), then OpenMetadata's own (bots).");
  yaml.commentBefore(['authorizerConfiguration', 'adminPrincipals'], 'User names (the part of the email before @), not emails.');
  yaml.commentBefore(['authorizerConfiguration', 'botPrincipals'], "The service application's client id is the user name of its tokens (sub).");
  yaml.commentBefore(['airflowConfiguration', 'authProvider'], 'Pipelines deployed from the UI sign in as the Okta service application.');
  yaml.commentAfter(['airflowConfiguration', 'authConfig', 'okta', 'privateKey'], `set by ${BARE_METAL_START_FILE} from the private key file`);

  const start = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    '# Run from the OpenMetadata directory (the one with bin/ and conf/); stop a running server first',
    '# with ./bin/openmetadata.sh stop.',
    ...loadPrivateKeyLines(),
    `# ${serverKeyValueComment()}`,
    `${SERVER_PRIVATE_KEY_ENV}="'\${private_key}'"`,
    `export ${SERVER_PRIVATE_KEY_ENV}`,
    './bin/openmetadata.sh start',
  ];
  return [
    { filename: BARE_METAL_FILE, language: 'yaml', text: yaml.toString() },
    { filename: BARE_METAL_START_FILE, language: 'bash', text: `${start.join('\n')}\n` },
  ];
};
