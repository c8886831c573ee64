/**
 * Kubernetes for OpenMetadata 0.12 (legacy): values for chart open-metadata/openmetadata 0.0.39
 * (appVersion 0.12.1), the Secret holding the service application's private key, and the
 * `helm upgrade --install` line. That chart reads its values under `global.*` and has no values
 * schema; paths and the Secret's names come from HC@openmetadata-0.0.39:charts/openmetadata/
 * values.yaml, templates/deployment.yaml and templates/_helpers.tpl.
 */
import { AIRFLOW_OKTA_SETTING_IDS, type LegacySettingId, type SettingId } from '../releases/types.ts';
import { legacySurface, legacyTree, legacyValues, loadPrivateKeyLines, SERVER_PRIVATE_KEY_ENV } from './legacy-service-app.ts';
import { shellQuote } from './shell.ts';
import { YamlDoc } from './yaml.ts';
import type { Renderer } from './types.ts';

export const HELM_VALUES_FILE = 'values-okta.yaml';
export const HELM_SECRET_FILE = 'create-okta-private-key-secret.sh';
export const HELM_INSTALL_FILE = 'helm-install.sh';

const ORDER: readonly (SettingId | LegacySettingId)[] = [
  'authorizerClassName',
  'containerRequestFilter',
  'adminPrincipals',
  'botPrincipals',
  'principalDomain',
  'enforcePrincipalDomain',
  'provider',
  'publicKeyUrls',
  'authority',
  'clientId',
  'callbackUrl',
  ...AIRFLOW_OKTA_SETTING_IDS,
];

export const renderLegacyKubernetes: Renderer = ({ inputs, release, settings, derived }) => {
  const surface = legacySurface(release);
  const values = legacyValues(inputs, derived);
  // The server fetches its own key set from inside the pod: use the chart's Service, as the
  // chart's default (http://openmetadata:8585/api/v1/config/jwks) does (FM-04).
  const inClusterJwks = release.helmServiceUrl ? `${release.helmServiceUrl}${release.omJwksPath}` : derived.omJwksUrl;
  const keySpec = surface.settings.airflowOktaPrivateKey;
  const secret = keySpec.helmSecretRef!;

  const tree = legacyTree(ORDER, 'helm', { release, settings, values }, (id, value) =>
    id === 'airflowOktaPrivateKey' ? { ...secret } : id === 'publicKeyUrls' ? [derived.oktaJwksUrl, inClusterJwks] : value,
  );
  const chart = surface.helmChart;
  const yaml = new YamlDoc(tree).header(`Okta SSO for ${release.label} (chart ${release.helmRepo.chart} ${chart.version}, appVersion ${chart.appVersion}).`);
  yaml.commentBefore(['global', 'authorizer', 'initialAdmins'], 'User names (the part of the email before @), not emails.');
  yaml.commentBefore(['global', 'authorizer', 'botPrincipals'], "The service application's client id is the user name of its tokens (sub).");
  yaml.commentBefore(['global', 'authentication', 'publicKeys'], "Okta's keys, then OpenMetadata's own through its in-cluster Service.");
  yaml.commentBefore(['global', 'airflow', 'openmetadata', 'authConfig', 'okta', 'privateKey'], `Read from the Secret that ${HELM_SECRET_FILE} creates.`);

  const secretScript = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    '# Run in the namespace of the OpenMetadata release (add --namespace to both kubectl calls).',
    ...loadPrivateKeyLines(),
    `# The chart passes this Secret to the server as ${SERVER_PRIVATE_KEY_ENV}, which the server pastes`,
    '# into its yaml before parsing it: keep the single quotes around the JSON (FM-32).',
    // create --dry-run | apply: the same command creates the Secret or updates it.
    [
      `kubectl create secret generic ${shellQuote(secret.secretRef)}`,
      `--from-literal=${shellQuote(`${secret.secretKey}=`)}"'\${private_key}'"`,
      '--dry-run=client -o yaml | kubectl apply -f -',
    ].join(' \\\n  '),
  ];

  const install = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    `helm repo add ${release.helmRepo.name} ${release.helmRepo.url}`,
    'helm repo update',
    `# Put your own --values files before ${HELM_VALUES_FILE}: later files win. Chart ${chart.version} is the one for OpenMetadata ${chart.appVersion}.`,
    `helm upgrade --install openmetadata ${release.helmRepo.chart} --version ${shellQuote(chart.version)} --values ${HELM_VALUES_FILE}`,
  ];
  return [
    { filename: HELM_VALUES_FILE, language: 'yaml', text: yaml.toString() },
    { filename: HELM_SECRET_FILE, language: 'bash', text: `${secretScript.join('\n')}\n` },
    { filename: HELM_INSTALL_FILE, language: 'bash', text: `${install.join('\n')}\n` },
  ];
};
