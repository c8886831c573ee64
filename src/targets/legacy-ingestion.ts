/**
 * Ingestion for OpenMetadata 0.12 (legacy): workflows sign in to Okta as a service application
 * (client credentials with private_key_jwt) and call OpenMetadata with that token.
 *
 * - create-service-app.sh: POST https://{oktaDomain}/oauth2/v1/clients with an Okta API token
 *   (`Authorization: SSWS ...`) read from the environment, and the PUBLIC key set only.
 * - workflow-okta.yaml: `workflowConfig` with `authProvider: okta` and the `securityConfig` of
 *   OM@0.12.1-release:openmetadata-spec/.../security/client/oktaSSOClientConfig.json (clientId,
 *   orgURL, privateKey, email, scopes; the first four required; nothing else allowed).
 * - run-ingestion.sh: puts the private JWK into the environment and runs the workflow. The 0.12.1
 *   metadata CLI expands `${VAR}` in the workflow file before parsing it
 *   (OM@0.12.1-release:ingestion/src/metadata/config/common.py, load_config_file:
 *   os.path.expandvars), so the key never has to be written into the workflow file.
 */
import { KEY_FILES } from '../keys/kid.ts';
import { legacyValues, loadPrivateKeyLines, OKTA_API_TOKEN_ENV, WORKFLOW_PRIVATE_KEY_ENV } from './legacy-service-app.ts';
import { shellQuote } from './shell.ts';
import { YamlDoc } from './yaml.ts';
import type { Renderer } from './types.ts';

export const SERVICE_APP_FILE = 'create-service-app.sh';
export const INGESTION_FILE = 'workflow-okta.yaml';
export const INGESTION_COMMAND_FILE = 'run-ingestion.sh';
export const SERVICE_APP_NAME = 'OpenMetadata ingestion';

/**
 * The body of POST /oauth2/v1/clients without `jwks` (appended by the script from the public key
 * set file). Fields as in OM@0.12.1-release:openmetadata-docs/content/deployment/security/okta/index.md.
 */
export function serviceAppRequest(): Record<string, unknown> {
  return {
    client_name: SERVICE_APP_NAME,
    grant_types: ['client_credentials'],
    response_types: ['token'],
    token_endpoint_auth_method: 'private_key_jwt',
    application_type: 'service',
  };
}

export const renderLegacyIngestion: Renderer = ({ inputs, release, derived }) => {
  const values = legacyValues(inputs, derived);

  // --- create-service-app.sh -------------------------------------------------------------------
  const jwksFile = KEY_FILES.publicJwks;
  // `{"client_name":...,"application_type":"service","jwks":` + the file + `}`: JSON built by
  // JSON.stringify, the file's JSON spliced in by the shell.
  const head = `${JSON.stringify(serviceAppRequest()).slice(0, -1)},"jwks":`;
  const kid = inputs.serviceKid ?? '';
  const script = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    `# Creates the Okta service application that ${release.label} ingestion signs in with.`,
    `# ${OKTA_API_TOKEN_ENV}: an Okta API token (Security > API > Tokens > Create Token), read from the`,
    '# environment or asked for here; it is never written to a file.',
    `if [ -z "\${${OKTA_API_TOKEN_ENV}:-}" ]; then`,
    `  read -rsp ${JSON.stringify('Okta API token: ')} ${OKTA_API_TOKEN_ENV}; echo`,
    'fi',
    '# Only the PUBLIC key set goes to Okta: it is all Okta needs to check what the service app signs.',
    '# The upstream guide sends the public/private key pair, which would hand Okta, and every admin',
    '# who can read the app, the private key that lets anyone act as your ingestion.',
    `jwks_file=${shellQuote(jwksFile)}`,
    'jwks=$(cat "$jwks_file")',
    `if printf '%s' "$jwks" | grep -Eq '"d"[[:space:]]*:'; then`,
    `  echo "$jwks_file holds a private key. Use the public key set (${jwksFile}), never the private key." >&2`,
    '  exit 1',
    'fi',
  ];
  if (kid !== '') {
    script.push(
      `if ! printf '%s' "$jwks" | grep -Eq ${shellQuote(`"kid" *: *"${kid.replaceAll('.', '\\.')}"`)}; then`,
      `  echo "$jwks_file"${shellQuote(` is not the key pair with key id ${kid}: generate it with that key id, or change the Key ID in the guide.`)} >&2`,
      '  exit 1',
      'fi',
    );
  }
  script.push(
    `body=${shellQuote(head)}"$jwks"'}'`,
    [
      `curl --silent --show-error --request POST ${shellQuote(`https://${inputs.oktaDomain}/oauth2/v1/clients`)}`,
      "--header 'Accept: application/json'",
      "--header 'Content-Type: application/json'",
      `--header "Authorization: SSWS \${${OKTA_API_TOKEN_ENV}}"`,
      '--data "$body"',
    ].join(' \\\n  '),
    'echo',
    '# The answer\'s "client_id" is the service application\'s Client ID: enter it in the guide.',
  );

  // --- workflow-okta.yaml ----------------------------------------------------------------------
  const server = ['workflowConfig', 'openMetadataServerConfig'];
  const workflow = {
    workflowConfig: {
      openMetadataServerConfig: {
        hostPort: `${derived.signOutRedirectUri}/api`,
        authProvider: 'okta',
        securityConfig: {
          clientId: values.airflowOktaClientId,
          orgURL: values.airflowOktaOrgUrl,
          privateKey: `\${${WORKFLOW_PRIVATE_KEY_ENV}}`,
          email: values.airflowOktaEmail,
          scopes: [],
        },
      },
    },
  };
  const yaml = new YamlDoc(workflow).header(
    `${release.label}: put this workflowConfig in your connector's workflow file.\nIngestion signs in to Okta as the service application, then calls OpenMetadata with that token.`,
  );
  // Single quotes: after expansion the value is JSON, which YAML would otherwise read as a map.
  yaml.singleQuoted([...server, 'securityConfig', 'privateKey']);
  yaml.commentAfter([...server, 'securityConfig', 'clientId'], "the service application's Client ID, not the Single-Page Application's");
  yaml.commentAfter([...server, 'securityConfig', 'privateKey'], `the private JWK, from the environment (${INGESTION_COMMAND_FILE})`);
  yaml.commentBefore([...server, 'securityConfig', 'scopes'], 'Empty: Okta grants the default scope of the authorization server.');

  // --- run-ingestion.sh ------------------------------------------------------------------------
  const command = [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    `# The metadata CLI replaces \${${WORKFLOW_PRIVATE_KEY_ENV}} in the workflow file before reading it,`,
    '# so the private key stays in its file and out of the workflow.',
    ...loadPrivateKeyLines(),
    `${WORKFLOW_PRIVATE_KEY_ENV}="$private_key"`,
    `export ${WORKFLOW_PRIVATE_KEY_ENV}`,
    `# workflow.yaml: your connector's workflow (source, sink, ...) with the workflowConfig of ${INGESTION_FILE}.`,
    'metadata ingest -c workflow.yaml',
  ];

  return [
    { filename: SERVICE_APP_FILE, language: 'bash', text: `${script.join('\n')}\n` },
    { filename: INGESTION_FILE, language: 'yaml', text: yaml.toString() },
    { filename: INGESTION_COMMAND_FILE, language: 'bash', text: `${command.join('\n')}\n` },
  ];
};
