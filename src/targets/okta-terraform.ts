/**
 * The `okta` target: okta.tf, the reader's Okta org as Terraform for the okta/okta provider,
 * written from the Okta model (src/okta/model.ts), the same values the console cards show.
 *
 * Resources and attributes as in okta/terraform-provider-okta v6.12.0
 * (commit e59c130b0b6e4b9f76aacbba437515cd5e95cc71, okta/services/idaas/): okta_app_oauth,
 * okta_trusted_origin, okta_auth_server_scope, okta_auth_server_policy(_rule),
 * okta_app_group_assignment, okta_app_oauth_api_scope, data okta_auth_server and okta_group
 * (reference/upstream/okta-provider/ keeps the schema the tests check against).
 *
 * Nothing secret is in the file: the org and the API credentials come from the provider's own
 * environment variables, the client secret Okta generates stays in Terraform's state (a sensitive
 * output), and the 0.12 service app's public key set is read from the file the key step wrote.
 */
import type { Inputs } from '../inputs/index.ts';
import { oktaModel, type OktaAccessPolicy, type OktaApp, type OktaModel } from '../okta/model.ts';
import { attr, blank, block, comment, expr, hclFile, hclString, text, type HclItem } from './hcl.ts';
import type { Renderer } from './types.ts';

export const TERRAFORM_FILE = 'okta.tf';
/** The provider release whose source the file and the tests' schema were written from. */
export const OKTA_PROVIDER = { source: 'okta/okta', version: '~> 6.12', release: 'v6.12.0', commit: 'e59c130b0b6e4b9f76aacbba437515cd5e95cc71' } as const;
/** The Terraform variable naming the group assigned to the app. */
export const GROUP_VARIABLE = 'assigned_group';

const app = (ref: string) => `okta_app_oauth.${ref}`;
const AUTH_SERVER = 'data.okta_auth_server.openmetadata';

function appBlock(a: OktaApp): HclItem[] {
  const body: HclItem[] = [
    attr('label', a.label),
    attr('type', a.type),
    attr('grant_types', [...a.grantTypes]),
    attr('response_types', [...a.responseTypes]),
  ];
  if (a.redirectUris.length > 0) body.push(attr('redirect_uris', a.redirectUris.map((u) => text(u, 'omUrl'))));
  if (a.postLogoutRedirectUris.length > 0) body.push(attr('post_logout_redirect_uris', a.postLogoutRedirectUris.map((u) => text(u, 'omUrl'))));
  body.push(attr('token_endpoint_auth_method', a.tokenEndpointAuthMethod), attr('pkce_required', a.pkceRequired));
  if (a.refreshToken) body.push(attr('refresh_token_rotation', a.refreshToken.rotation), attr('refresh_token_leeway', a.refreshToken.leewaySeconds));
  body.push(attr('consent_method', a.consentMethod), attr('issuer_mode', a.issuerMode));
  if (a.tokenEndpointAuthMethod === 'client_secret_basic') {
    body.push(
      blank,
      comment('Okta generates the client secret; Terraform keeps it in its state (terraform output -raw client_secret).'),
      comment('To keep it out of the state, set omit_secret = true after the first apply and copy the secret'),
      comment('from the Admin Console instead; setting it back to false replaces the app (a new client ID).'),
      attr('omit_secret', false),
    );
  }
  if (a.publicKeys) {
    body.push(
      blank,
      comment(`The PUBLIC key set only (${a.publicKeys.file}): Okta checks the service app's signatures with it.`),
      block('dynamic', ['jwks'], [
        attr('for_each', expr('local.service_app_keys')),
        block('content', [], [
          attr('kid', expr('jwks.value.kid')),
          attr('kty', expr('jwks.value.kty')),
          attr('e', expr('jwks.value.e')),
          attr('n', expr('jwks.value.n')),
        ]),
      ]),
      blank,
      block('lifecycle', [], [
        block('precondition', [], [
          attr('condition', expr('alltrue([for key in local.service_app_keys : !can(key.d)])')),
          attr('error_message', `${a.publicKeys.file} holds a private key: use the public key set the key step wrote.`),
        ]),
        ...(a.publicKeys.kid
          ? [
              block('precondition', [], [
                attr('condition', expr(`contains([for key in local.service_app_keys : key.kid], ${hclKid(a.publicKeys.kid)})`)),
                attr('error_message', text(`${a.publicKeys.file} is not the key pair with key id ${a.publicKeys.kid}: generate it with that key id, or change the Key ID in the guide.`, 'serviceKid')),
              ]),
            ]
          : []),
      ]),
    );
  }
  return [block('resource', ['okta_app_oauth', a.ref], body)];
}

/** The key id inside an expression: the rules allow only letters, digits, `.`, `_` and `-`. */
function hclKid(kid: string): string {
  return `"${kid.replace(/[^A-Za-z0-9._-]/g, '')}"`;
}

function policyBlocks(p: OktaAccessPolicy): HclItem[] {
  return [
    block('resource', ['okta_auth_server_policy', p.ref], [
      attr('auth_server_id', expr(`${AUTH_SERVER}.id`)),
      attr('name', p.name),
      attr('description', p.description),
      attr('priority', p.priority),
      attr('client_whitelist', p.clients.map((ref) => expr(`${app(ref)}.client_id`))),
    ]),
    blank,
    block('resource', ['okta_auth_server_policy_rule', p.ref], [
      attr('auth_server_id', expr(`${AUTH_SERVER}.id`)),
      attr('policy_id', expr(`okta_auth_server_policy.${p.ref}.id`)),
      attr('name', p.rule.name),
      attr('priority', p.rule.priority),
      attr('grant_type_whitelist', [...p.rule.grantTypes]),
      attr('scope_whitelist', [...p.rule.scopes]),
      attr('group_whitelist', [...p.rule.groups]),
    ]),
  ];
}

export function terraformItems(model: OktaModel, releaseLabel: string): HclItem[] {
  const [signIn, ...others] = model.apps;
  const items: HclItem[] = [
    comment(`${releaseLabel}: the Okta side of OpenMetadata's single sign-on, for the okta/okta provider.`),
    comment('The org and the API credentials come from the environment, never from this file:'),
    comment('OKTA_ORG_NAME and OKTA_BASE_URL (dev-123456 and okta.com for dev-123456.okta.com), and'),
    comment('OKTA_API_TOKEN, or OKTA_API_CLIENT_ID, OKTA_API_PRIVATE_KEY and OKTA_API_SCOPES.'),
    blank,
    block('terraform', [], [
      // Preconditions and postconditions (lifecycle) need Terraform 1.2.
      attr('required_version', '>= 1.2'),
      block('required_providers', [], [attr('okta', { source: OKTA_PROVIDER.source, version: OKTA_PROVIDER.version })]),
    ]),
    blank,
    block('provider', ['okta'], []),
    blank,
    block('variable', [GROUP_VARIABLE], [
      attr('description', 'The Okta group whose members may sign in to OpenMetadata.'),
      attr('type', expr('string')),
      attr('default', model.assignments[0]!.group),
    ]),
  ];
  if (others.some((a) => a.publicKeys)) {
    const file = others.find((a) => a.publicKeys)!.publicKeys!.file;
    items.push(blank, block('locals', [], [attr('service_app_keys', expr(`jsondecode(file("\${path.module}/${file}")).keys`))]));
  }
  items.push(blank, ...appBlock(signIn!));
  for (const origin of model.trustedOrigins) {
    items.push(
      blank,
      comment("The browser calls Okta from OpenMetadata's pages: Okta must trust the origin (CORS, and Redirect for sign-out)."),
      block('resource', ['okta_trusted_origin', 'openmetadata'], [attr('name', origin.name), attr('origin', text(origin.origin, 'omUrl')), attr('scopes', [...origin.scopes])]),
    );
  }
  for (const other of others) {
    items.push(blank, ...appBlock(other));
    if (other.apiScopes) {
      items.push(
        blank,
        block('resource', ['okta_app_oauth_api_scope', other.ref], [
          attr('app_id', expr(`${app(other.ref)}.id`)),
          attr('issuer', text(other.apiScopes.issuer, 'oktaDomain')),
          attr('scopes', [...other.apiScopes.scopes]),
        ]),
      );
    }
  }
  const server = model.authServer;
  if (server) {
    items.push(
      blank,
      comment(`The authorization server: its issuer must be the one OpenMetadata is given (Issuer: Okta URL).`),
      block('data', ['okta_auth_server', 'openmetadata'], [
        attr('name', text(server.name, 'authServer')),
        blank,
        block('lifecycle', [], [
          block('postcondition', [], [
            attr('condition', expr(`self.issuer == ${hclStringOf(server.issuer)}`)),
            attr(
              'error_message',
              text(
                `The authorization server named ${server.name} must issue ${server.issuer}: set its Issuer to Okta URL (Settings > Edit)${server.id === server.name ? '' : `, or put here the name of the server whose id is ${server.id}`}.`,
                'authServer',
              ),
            ),
          ]),
        ]),
      ]),
      blank,
      block('resource', ['okta_auth_server_scope', 'openmetadata'], [
        attr('auth_server_id', expr(`${AUTH_SERVER}.id`)),
        attr('name', server.defaultScope.name),
        attr('display_name', server.defaultScope.displayName),
        attr('default', true),
      ]),
    );
    for (const policy of server.policies) items.push(blank, ...policyBlocks(policy));
  }
  for (const assignment of model.assignments) {
    items.push(
      blank,
      block('data', ['okta_group', 'assigned'], [attr('name', expr(`var.${GROUP_VARIABLE}`))]),
      blank,
      comment('One assignment: the app keeps any other group or person assigned in the Admin Console.'),
      block('resource', ['okta_app_group_assignment', assignment.app], [
        attr('app_id', expr(`${app(assignment.app)}.id`)),
        attr('group_id', expr('data.okta_group.assigned.id')),
      ]),
    );
  }
  items.push(
    blank,
    block('output', ['client_id'], [attr('description', "The Client ID to enter in the guide's values."), attr('value', expr(`${app(signIn!.ref)}.client_id`))]),
  );
  if (signIn!.tokenEndpointAuthMethod === 'client_secret_basic') {
    items.push(
      blank,
      block('output', ['client_secret'], [
        attr('description', 'The client secret, read from the state: terraform output -raw client_secret.'),
        attr('value', expr(`${app(signIn!.ref)}.client_secret`)),
        attr('sensitive', true),
      ]),
    );
  }
  for (const other of others) {
    items.push(
      blank,
      block('output', ['service_client_id'], [attr('description', "The service app's Client ID, for the guide's Service app client ID."), attr('value', expr(`${app(other.ref)}.client_id`))]),
    );
  }
  return items;
}

/** A quoted string inside an expression (the issuer comes from oktaDomain and authServer). */
function hclStringOf(value: string): string {
  return hclString(value, 'oktaDomain');
}

/** The typed fields the file holds, each checked on its own so that a refusal names the field that holds the text. */
const WRITTEN_FIELDS = ['omUrl', 'oktaDomain', 'authServer', 'serviceKid'] as const satisfies readonly (keyof Inputs)[];

export const renderOktaTerraform: Renderer = ({ inputs, release }) => {
  for (const field of WRITTEN_FIELDS) {
    const value = inputs[field];
    if (typeof value === 'string') hclString(value, field);
  }
  const model = oktaModel(inputs, release);
  return [{ filename: TERRAFORM_FILE, language: 'hcl', text: hclFile(terraformItems(model, release.label)) }];
};
