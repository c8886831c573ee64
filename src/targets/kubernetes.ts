/**
 * Kubernetes: a Helm values file for the official chart, the Secret it references, and the
 * `helm upgrade --install` line. Paths and Secret names come from the release profile (chart
 * values.yaml / templates); the output validates against that chart's values.schema.json.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { SettingId } from '../releases/types.ts';
import { shellQuote } from './shell.ts';
import { setPath, YamlDoc, yamlInlineValue, type YamlMap, type YamlValue } from './yaml.ts';
import { SECRET_ENV } from '../settings/index.ts';
import { promptForYamlSecret, type Renderer } from './types.ts';

export const HELM_VALUES_FILE = 'values-okta.yaml';
export const HELM_SECRET_FILE = 'create-oidc-secret.sh';
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

export const HELM_FACT_NAMES = ['secret', 'secretClientIdKey', 'secretClientSecretKey', 'chartVersion', 'chartChecked', 'chartConstraint', 'inClusterJwksUrl', 'serviceUrl'] as const;
export type HelmFactName = (typeof HELM_FACT_NAMES)[number];

/** The name `helm upgrade --install` gives the release: the chart names its Deployment and Service after it. */
export const HELM_RELEASE_NAME = 'openmetadata';

/**
 * What the files say of the chart, for the pages that explain them (components/HelmFact.astro):
 * one source, so a page never writes a name the files do not use. Undefined where the release's
 * chart has no such thing (0.12's chart has no Secret references).
 */
export function helmFacts(release: ReleaseFacts): Record<HelmFactName, string | undefined> {
  const clientId = release.settings.oidcClientId?.helmSecretRef;
  const clientSecret = release.settings.oidcClientSecret?.helmSecretRef;
  const chart = release.helmChartReleased ?? release.helmChart;
  return {
    /** The Secret the values refer to, and its two keys. */
    secret: clientSecret?.secretRef,
    secretClientIdKey: clientId?.secretKey,
    secretClientSecretKey: clientSecret?.secretKey,
    /** The chart the install script installs, and the one the values were checked against. */
    chartVersion: chart?.version,
    chartChecked: release.helmChart?.version,
    /** `~1.12.0`: keeps an upgrade on the release's chart line. */
    chartConstraint: chart ? `~${chart.version.split('.').slice(0, 2).join('.')}.0` : undefined,
    /** The server fetches its own JWKS from inside the pod, where the public host often does not
     * resolve (FM-04, OM#15489): the chart's Service address, as the chart's default does. */
    inClusterJwksUrl: release.helmServiceUrl ? `${release.helmServiceUrl}${release.omJwksPath}` : undefined,
    serviceUrl: release.helmServiceUrl,
  };
}

/**
 * `helm upgrade` of the official chart with `values`, held on the release's chart line unless
 * `version` (already quoted for the shell) names another; `install` creates the release if absent.
 */
export function helmUpgradeCommand(release: ReleaseFacts, values: string, { install = false, version }: { install?: boolean; version?: string } = {}): string {
  const line = helmFacts(release).chartConstraint;
  const constraint = version ?? (line ? shellQuote(line) : undefined);
  return `helm upgrade${install ? ' --install' : ''} ${HELM_RELEASE_NAME} ${release.helmRepo.chart}${constraint ? ` --version ${constraint}` : ''} --values ${values}`;
}

export const renderKubernetes: Renderer = ({ inputs, release, settings, derived }) => {
  const tree: YamlMap = {};
  const facts = helmFacts(release);
  const inClusterJwks = facts.inClusterJwksUrl ?? derived.omJwksUrl;
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
    const secretName = facts.secret!;
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

  const install = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    `helm repo add ${release.helmRepo.name} ${release.helmRepo.url}`,
    'helm repo update',
    `# Put your own --values files before ${HELM_VALUES_FILE}: later files win.`,
  ];
  if (release.helmChartReleased) {
    install.push(`# These values were checked against chart ${facts.chartChecked}'s schema: chart ${facts.chartVersion}'s files could not be read.`);
  }
  if (facts.chartConstraint) {
    // Without --version Helm takes the newest chart, whose default image is another release.
    install.push(`# ${facts.chartConstraint} keeps you on the ${release.id} line.`);
  }
  install.push(helmUpgradeCommand(release, HELM_VALUES_FILE, { install: true }));
  files.push({ filename: HELM_INSTALL_FILE, language: 'bash', text: `${install.join('\n')}\n` });
  return files;
};
