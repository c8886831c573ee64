/**
 * Bare metal: the `authenticationConfiguration` and `authorizerConfiguration` blocks of
 * `conf/openmetadata.yaml`, complete enough to validate against the server's JSON schemas
 * (reference/upstream/openmetadata-spec/). OpenMetadata substitutes `${VAR}` in this file at start-up
 * (the shipped file is written as `${AUTHENTICATION_PROVIDER:-basic}` etc.), which lets the client
 * secret stay in the environment.
 */
import type { SettingId } from '../releases/types.ts';
import { UnrepresentableValueError } from './unrepresentable.ts';
import { setPath, YamlDoc, type YamlMap } from './yaml.ts';
import { SECRET_ENV } from '../settings/index.ts';
import type { Renderer } from './types.ts';

export const BARE_METAL_FILE = 'openmetadata.yaml';

const ORDER: readonly SettingId[] = [
  'provider',
  'providerName',
  'clientType',
  'authority',
  'clientId',
  'callbackUrl',
  'publicKeyUrls',
  'jwtPrincipalClaims',
  'enableSelfSignup',
  'oidcType',
  'oidcClientId',
  'oidcClientSecret',
  'oidcDiscoveryUri',
  'oidcCallbackUrl',
  'oidcServerUrl',
  'authorizerClassName',
  'containerRequestFilter',
  'adminPrincipals',
  'principalDomain',
  'enforcePrincipalDomain',
  'enableSecureSocketConnection',
];

export const renderBareMetal: Renderer = ({ inputs, release, settings }) => {
  const tree: YamlMap = {};
  for (const id of ORDER) {
    const value = settings[id];
    const path = release.settings[id]?.yaml;
    if (value === undefined || !path) continue;
    setPath(tree, path, value);
  }
  const yaml = new YamlDoc(tree).header(
    [
      `Okta SSO for ${release.label}: replace these two blocks in conf/openmetadata.yaml,`,
      'then restart the server. Keys not listed here keep their defaults.',
    ].join('\n'),
  );
  yaml.commentBefore(['authenticationConfiguration', 'publicKeyUrls'], "Okta's keys (SSO users), then OpenMetadata's own (bots, access tokens).");
  yaml.commentBefore(['authorizerConfiguration', 'adminPrincipals'], 'User names (the part of the email before @), not emails.');
  if (inputs.flow === 'authcode') {
    yaml.commentBefore(['authenticationConfiguration', 'oidcConfiguration'], 'Confidential client: the server exchanges the code with the Okta Web app.');
    if (!inputs.inlineSecret) {
      // The server pastes the variable's text in before its YAML 1.1 parse: in single quotes a
      // secret such as yes, 0b101 or one holding " #" stays text.
      yaml.singleQuoted(['authenticationConfiguration', 'oidcConfiguration', 'secret']);
      if (inputs.clientSecret?.includes("'")) {
        throw new UnrepresentableValueError('clientSecret', `The client secret holds a single quote, which would end the quotes around \${${SECRET_ENV}} once the server pastes the secret into openmetadata.yaml`);
      }
      yaml.commentAfter(['authenticationConfiguration', 'oidcConfiguration', 'secret'], `read from the ${SECRET_ENV} environment variable at start-up`);
    }
  }
  return [{ filename: BARE_METAL_FILE, language: 'yaml', text: yaml.toString() }];
};
