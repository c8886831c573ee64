/**
 * Docker for OpenMetadata 0.12 (legacy): an env file for `docker compose --env-file` and the
 * script that starts the stack with the service application's private key in its environment.
 * OM@0.12.1-release:docker/metadata/docker-compose.yml passes every variable written here into
 * the openmetadata-server container (each as `${NAME:-default}`), so values given by the shell
 * win over the env file: that is how the private key stays out of the file.
 */
import type { LegacySettingId, SettingId } from '../releases/types.ts';
import { legacySurface, legacyValues, LEGACY_INPUT_FIELD, loadPrivateKeyLines, SERVER_PRIVATE_KEY_ENV, serverKeyValueComment } from './legacy-service-app.ts';
import { envLine } from './env-file.ts';
import { yamlInlineValue } from './yaml.ts';
import { settingField } from '../settings/index.ts';
import type { Renderer } from './types.ts';

export const DOCKER_ENV_FILE = 'openmetadata-okta.env';
export const DOCKER_COMMAND_FILE = 'start-openmetadata.sh';

type Line = { setting: SettingId } | { legacy: LegacySettingId };

const GROUPS: readonly { comment: string; lines: readonly Line[] }[] = [
  {
    comment: 'Sign-in with Okta: public client, Okta Single-Page Application',
    lines: [{ setting: 'provider' }, { setting: 'authority' }, { setting: 'clientId' }, { setting: 'callbackUrl' }],
  },
  {
    comment: "Token signing keys: Okta's (users and the service application) and OpenMetadata's own (bots)",
    lines: [{ setting: 'publicKeyUrls' }],
  },
  {
    comment: 'Authorizer: 0.12.1 class names, admins, email domain, and the bots (the service application is one)',
    lines: [
      { setting: 'authorizerClassName' },
      { setting: 'containerRequestFilter' },
      { setting: 'adminPrincipals' },
      { legacy: 'botPrincipals' },
      { setting: 'principalDomain' },
      { setting: 'enforcePrincipalDomain' },
    ],
  },
  {
    comment: 'Pipelines deployed from the UI: the server gives Airflow the service application to sign in with',
    lines: [
      { legacy: 'airflowAuthProvider' },
      { legacy: 'airflowOktaClientId' },
      { legacy: 'airflowOktaOrgUrl' },
      { legacy: 'airflowOktaEmail' },
      { legacy: 'airflowOktaScopes' },
    ],
  },
];

export const renderLegacyDocker: Renderer = ({ inputs, release, settings, derived }) => {
  const surface = legacySurface(release);
  const values = legacyValues(inputs, derived);
  const lines = [
    `# Okta SSO for ${release.label}: public client (Okta Single-Page Application),`,
    '# ingestion through the Okta service application.',
    `# Use with ${DOCKER_COMMAND_FILE}, which runs: docker compose --env-file ${DOCKER_ENV_FILE} up -d`,
  ];
  for (const group of GROUPS) {
    lines.push('', `# ${group.comment}`);
    for (const line of group.lines) {
      if ('setting' in line) {
        const value = settings[line.setting];
        const name = release.settings[line.setting]?.env;
        if (value === undefined || !name) continue;
        lines.push(envLine(name, yamlInlineValue(value as string | boolean | string[]), settingField(line.setting)));
      } else {
        const name = surface.settings[line.legacy].env!;
        lines.push(envLine(name, yamlInlineValue(values[line.legacy]), LEGACY_INPUT_FIELD[line.legacy]));
      }
    }
  }
  lines.push(
    `# ${SERVER_PRIVATE_KEY_ENV} is not written here: it is the service application's private key.`,
    `# ${DOCKER_COMMAND_FILE} exports it from the key file, in single quotes.`,
  );

  const command = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    "# The service application's private key comes from its file, not from the env file:",
    '# compose gives variables from the shell priority over the env file.',
    ...loadPrivateKeyLines(),
    `# ${serverKeyValueComment()}`,
    `${SERVER_PRIVATE_KEY_ENV}="'\${private_key}'"`,
    `export ${SERVER_PRIVATE_KEY_ENV}`,
    `docker compose --env-file ${DOCKER_ENV_FILE} up -d`,
  ];
  return [
    { filename: DOCKER_ENV_FILE, language: 'dotenv', text: `${lines.join('\n')}\n` },
    { filename: DOCKER_COMMAND_FILE, language: 'bash', text: `${command.join('\n')}\n` },
  ];
};
