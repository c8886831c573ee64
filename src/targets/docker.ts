/**
 * Docker: an env file for `docker compose --env-file` and the command that uses it. The quickstart
 * compose file maps these variables into the server container (OM docker-compose-quickstart at
 * eca84768 (1.8.8) and 781d1f48 (1.9.0), as src/releases/openmetadata-1x.ts cites it).
 */
import type { SettingId } from '../releases/types.ts';
import { envLine } from './env-file.ts';
import { yamlInlineValue } from './yaml.ts';
import { SECRET_ENV, settingField } from '../settings/index.ts';
import { promptForYamlSecret, type Renderer } from './types.ts';

export const DOCKER_ENV_FILE = 'openmetadata-okta.env';
export const DOCKER_COMMAND_FILE = 'start-openmetadata.sh';

const GROUPS: readonly { comment: string; ids: readonly SettingId[] }[] = [
  {
    comment: 'Sign-in with Okta',
    ids: ['provider', 'clientType', 'authority', 'clientId', 'callbackUrl'],
  },
  {
    comment: "Token signing keys: Okta's (SSO users) and OpenMetadata's own (bots, access tokens)",
    ids: ['publicKeyUrls'],
  },
  {
    comment: 'Who is an admin, and which email domain users belong to',
    ids: ['adminPrincipals', 'principalDomain', 'enforcePrincipalDomain'],
  },
  {
    comment: 'Confidential client: the server runs the auth code exchange with the Okta Web app',
    ids: ['oidcType', 'oidcClientId', 'oidcClientSecret', 'oidcDiscoveryUri', 'oidcCallbackUrl', 'oidcServerUrl'],
  },
];

export const renderDocker: Renderer = ({ inputs, release, settings }) => {
  const flowLabel =
    inputs.flow === 'authcode'
      ? 'confidential client (Okta Web Application, auth code flow)'
      : 'public client (Okta Single-Page Application, implicit flow)';
  const lines = [
    `# Okta SSO for ${release.label}: ${flowLabel}`,
    `# Use with: docker compose --env-file ${DOCKER_ENV_FILE} up -d`,
  ];
  const secretFromShell = inputs.flow === 'authcode' && !inputs.inlineSecret;
  for (const group of GROUPS) {
    const present = group.ids.filter((id) => settings[id] !== undefined && release.settings[id]?.env);
    if (present.length === 0) continue;
    lines.push('', `# ${group.comment}`);
    for (const id of present) {
      const name = release.settings[id]!.env!;
      if (id === 'oidcClientSecret' && secretFromShell) {
        lines.push(`# ${name} is not written here: export it in the shell that runs docker compose.`);
        continue;
      }
      lines.push(envLine(name, yamlInlineValue(settings[id]!), settingField(id)));
    }
  }
  const command = ['#!/usr/bin/env bash', 'set -euo pipefail'];
  if (secretFromShell) {
    command.push(
      '# The client secret comes from your shell, not from a file: compose reads shell variables first.',
      ...promptForYamlSecret(SECRET_ENV, 'Okta client secret'),
    );
  }
  command.push(`docker compose --env-file ${DOCKER_ENV_FILE} up -d`);
  return [
    { filename: DOCKER_ENV_FILE, language: 'dotenv', text: `${lines.join('\n')}\n` },
    { filename: DOCKER_COMMAND_FILE, language: 'bash', text: `${command.join('\n')}\n` },
  ];
};
