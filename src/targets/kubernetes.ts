/**
 * Kubernetes: a Helm values file for the official chart, the Secret it references, and the
 * `helm upgrade --install` line. Paths and Secret names come from the release profile (chart
 * values.yaml / templates); the output validates against that chart's values.schema.json.
 */
import type { SettingId } from '../releases/types.ts';
import { shellQuote } from './shell.ts';
import { setPath, YamlDoc, yamlInlineValue, type YamlMap, type YamlValue } from './yaml.ts';
import { SECRET_ENV } from '../settings/index.ts';
import { promptForYamlSecret, type Renderer } from './types.ts';

export const HELM_VALUES_FILE = 'values-okta.yaml';
export const HELM_SECRET_FILE = 'create-oidc-secret.sh';
/** The chart version a release without its own published chart installs with. */
const CHART_VERSION_ENV = 'OPENMETADATA_CHART_VERSION';
export const HELM_INSTALL_FILE = 'helm-install.sh';

const ORDER: readonly SettingId[] = [
  'authorizerClassName',
  'containerRequestFilter',
  'adminPrincipals',
  'principalDomain',
  'enforcePrincipalDomain',
  'provider',
  'clientType',
  'authority',
  'clientId',
  'callbackUrl',
  'publicKeyUrls',
  'oidcEnabled',
  'oidcType',
  'oidcClientId',
  'oidcClientSecret',
  'oidcDiscoveryUri',
  'oidcCallbackUrl',
  'oidcServerUrl',
];

export const renderKubernetes: Renderer = ({ inputs, release, settings, derived }) => {
  const tree: YamlMap = {};
  // The server fetches its own JWKS from inside the pod, where the public host often does not
  // resolve (FM-04, OM#15489): use the chart's Service address, as the chart's default does.
  const inClusterJwks = release.helmServiceUrl ? `${release.helmServiceUrl}${release.omJwksPath}` : derived.omJwksUrl;
  const secretRefs: { key: string; value: string; secret: boolean }[] = [];
  for (const id of ORDER) {
    const spec = release.settings[id];
    let value: YamlValue | undefined = settings[id];
    if (value === undefined || !spec?.helm) continue;
    if (id === 'publicKeyUrls') value = [derived.oktaJwksUrl, inClusterJwks];
    if (spec.helmSecretRef) {
      secretRefs.push({ key: spec.helmSecretRef.secretKey, value: String(value), secret: id === 'oidcClientSecret' });
      value = { ...spec.helmSecretRef };
    }
    setPath(tree, spec.helm, value);
  }
  const auth = ['openmetadata', 'config', 'authentication'];
  const yaml = new YamlDoc(tree).header(
    `Okta SSO for ${release.label} (chart ${release.helmRepo.chart} ${release.helmChart?.version ?? ''}).`.replace(' )', ')'),
  );
  yaml.commentBefore([...auth, 'publicKeys'], "Okta's keys, then OpenMetadata's own through its in-cluster Service.");
  yaml.commentBefore(['openmetadata', 'config', 'authorizer', 'initialAdmins'], 'User names (the part of the email before @), not emails.');
  if (inputs.flow === 'authcode') {
    yaml.commentBefore(
      [...auth, 'oidcConfiguration', 'enabled'],
      'Without enabled: true the chart renders none of the OIDC settings below.',
    );
    yaml.commentBefore([...auth, 'oidcConfiguration', 'clientId'], `Read from the Secret that ${HELM_SECRET_FILE} creates.`);
  }

  const files = [{ filename: HELM_VALUES_FILE, language: 'yaml', text: yaml.toString() }];

  if (secretRefs.length > 0) {
    const secretName = release.settings.oidcClientSecret?.helmSecretRef?.secretRef ?? 'oidc-secrets';
    const lines = ['#!/usr/bin/env bash', 'set -euo pipefail', '# Run in the namespace of the OpenMetadata release (add --namespace to both kubectl calls).'];
    const literals: string[] = [];
    for (const ref of secretRefs) {
      if (ref.secret && !inputs.inlineSecret) {
        if (!lines.some((line) => line.startsWith('read '))) lines.push(...promptForYamlSecret(SECRET_ENV, 'Okta client secret'));
        literals.push(`--from-literal=${ref.key}="$${SECRET_ENV}"`);
      } else {
        // The chart hands the Secret's values to the server as env values, pasted into its YAML.
        literals.push(`--from-literal=${shellQuote(`${ref.key}=${yamlInlineValue(ref.value)}`)}`);
      }
    }
    // create --dry-run | apply: the same command creates the Secret or updates it.
    lines.push(
      [`kubectl create secret generic ${shellQuote(secretName)}`, ...literals, '--dry-run=client -o yaml | kubectl apply -f -'].join(' \\\n  '),
    );
    files.push({ filename: HELM_SECRET_FILE, language: 'bash', text: `${lines.join('\n')}\n` });
  }

  const line = release.helmChart ? release.helmChart.version.split('.').slice(0, 2).join('.') : release.id;
  const install = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    `helm repo add ${release.helmRepo.name} ${release.helmRepo.url}`,
    'helm repo update',
    `# Put your own --values files before ${HELM_VALUES_FILE}: later files win.`,
  ];
  if (line === release.id) {
    install.push(
      `# ~${line}.0 keeps you on the ${line} line.`,
      `helm upgrade --install openmetadata ${release.helmRepo.chart} --version ${shellQuote(`~${line}.0`)} --values ${HELM_VALUES_FILE}`,
    );
  } else {
    // Without --version Helm takes the newest chart, whose default image is another release.
    install.push(
      `# No ${release.id} chart was published when this guide was checked; the values were checked against chart ${release.helmChart!.version}.`,
      `# Set ${CHART_VERSION_ENV} to the chart version of your ${release.id} deployment: without it Helm would install the newest chart's own release.`,
      `helm upgrade --install openmetadata ${release.helmRepo.chart} --version "\${${CHART_VERSION_ENV}:?set the chart version of your ${release.id} deployment}" --values ${HELM_VALUES_FILE}`,
    );
  }
  files.push({ filename: HELM_INSTALL_FILE, language: 'bash', text: `${install.join('\n')}\n` });
  return files;
};
