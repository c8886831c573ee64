/**
 * "What to enter" cards: for each Okta Admin Console step, where it is and the exact values to
 * enter, computed from the reader's inputs. Field labels are the console's own (from OpenMetadata's
 * Okta SSO guide, docs.open-metadata.org /deployment/security/okta/, and Okta's admin console).
 */
import { derive, DERIVED_FROM, type FieldName, type Inputs } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { APP_LABEL, CONSOLE_APP_TYPE, consoleGrantLabels, consoleRuleGrantLabels, oktaModel, type OktaTrustedOrigin } from './model.ts';

export const CONSOLE_STEP_IDS = [
  'create-app',
  'app-general',
  'auth-server',
  'issuer',
  'scope',
  'access-policy',
  'credentials',
  'id-token',
  'trusted-origin',
  'assignments',
] as const;
export type ConsoleStepId = (typeof CONSOLE_STEP_IDS)[number];

export interface ConsoleField {
  /** The console's label for the field. */
  label: string;
  /** What to enter or pick; several values mean one entry each. */
  values: string[];
  /** Values the reader copies (URLs, ids) are shown as code with a copy button. */
  copy: boolean;
  /** The inputs a copied value comes from: while one holds an error, the card offers no value to copy. */
  from?: readonly FieldName[];
  note?: string;
}

export interface ConsoleStep {
  id: ConsoleStepId;
  title: string;
  /** Navigation path in the Okta Admin Console. */
  where: string;
  fields: ConsoleField[];
  /** Shown instead of fields when the step does not apply to these inputs. */
  skip?: string;
}

const APP_NAME = APP_LABEL;
const CLIENT_ID = ['clientId'] as const;

/** A field; `from`, the inputs its value comes from, makes it a value to copy. */
const field = (label: string, values: string | string[], from?: readonly FieldName[], note?: string): ConsoleField => ({
  label,
  values: Array.isArray(values) ? values : [values],
  copy: from !== undefined,
  ...(from ? { from } : {}),
  ...(note ? { note } : {}),
});

export function consoleStep(id: ConsoleStepId, inputs: Inputs, release: ReleaseFacts): ConsoleStep {
  const d = derive(inputs, release);
  // The values come from the Okta model (./model.ts), which the Terraform file is written from too.
  const model = oktaModel(inputs, release);
  const app = model.apps[0]!;
  const spa = app.type === 'browser';
  const appType = CONSOLE_APP_TYPE[app.type];
  const policy = model.authServer?.policies[0];
  // The auth code flow needs no trusted origin; its card (not on that page) keeps the origin's values.
  const origin: OktaTrustedOrigin = model.trustedOrigins[0] ?? { name: APP_NAME, origin: d.origin, scopes: ['CORS', 'REDIRECT'] };
  const server = d.isOrgAuthServer ? 'org' : inputs.authServer;
  const orgSkip = 'You use the org authorization server, which has no settings page: skip this step.';
  switch (id) {
    case 'create-app':
      return {
        id,
        title: 'Create the app integration',
        where: 'Applications > Applications > Create App Integration',
        fields: [field('Sign-in method', 'OIDC - OpenID Connect'), field('Application type', appType)],
      };
    case 'app-general':
      return {
        id,
        title: 'General Settings of the new app',
        where: `New ${appType} App Integration > General Settings`,
        fields: [
          field('App integration name', APP_NAME),
          ...(spa ? [] : [field('Client authentication', 'Client secret')]),
          field('Grant type', consoleGrantLabels(app)),
          field('Refresh token behavior', app.refreshToken?.rotation === 'ROTATE' ? 'Rotate token after every use' : 'Use persistent token'),
          field('Sign-in redirect URIs', [...app.redirectUris], DERIVED_FROM.redirectUris, 'One per line, exactly as shown: scheme, host, port and path must match.'),
          field('Sign-out redirect URIs', [...app.postLogoutRedirectUris], DERIVED_FROM.signOutRedirectUri),
          field('Base URIs', origin.origin, DERIVED_FROM.origin),
          field('Controlled access', 'Limit access to selected groups (or allow everyone in your organization)'),
        ],
      };
    case 'auth-server':
      return {
        id,
        title: 'Authorization server',
        where: 'Security > API > Authorization Servers',
        fields:
          server === 'default'
            ? [field('Server', 'default (already exists)'), field('Audience', 'keep as it is; OpenMetadata validates ID tokens, whose audience is the client ID')]
            : [field('Name', APP_NAME), field('Audience', inputs.clientId, CLIENT_ID), field('Description', 'OpenMetadata single sign-on')],
        ...(server === 'org' ? { skip: orgSkip } : {}),
      };
    case 'issuer':
      return {
        id,
        title: 'Issuer: Okta URL, not Dynamic',
        where: `Security > API > Authorization Servers > ${server} > Settings > Edit`,
        fields: [field('Issuer', 'Okta URL'), field('Resulting Issuer URL', d.issuer, DERIVED_FROM.issuer, 'OpenMetadata compares this with the token issuer character for character.')],
        ...(server === 'org' ? { skip: `The org authorization server always issues ${d.issuer}: nothing to change here. Set the ID token issuer on the app's Sign On tab instead.` } : {}),
      };
    case 'scope':
      return {
        id,
        title: 'Default scope',
        where: `Security > API > Authorization Servers > ${server} > Scopes > Add Scope`,
        fields: [
          field('Name', 'openmetadata'),
          field('Display phrase', 'OpenMetadata'),
          field('Default scope', 'Set as a default scope (checked)'),
          field('Scopes OpenMetadata requests', spa ? 'openid email profile offline_access' : 'openid email profile', undefined, 'Standard scopes; they already exist on every custom authorization server.'),
        ],
        ...(server === 'org' ? { skip: orgSkip } : {}),
      };
    case 'access-policy':
      return {
        id,
        title: 'Access policy and rule',
        where: `Security > API > Authorization Servers > ${server} > Access Policies > Add New Access Policy`,
        fields: [
          field('Name', APP_NAME),
          field('Assign to', `The following clients: ${APP_NAME} (${inputs.clientId})`),
          field('Rule: Grant type is', policy ? consoleRuleGrantLabels(policy.rule) : ['Authorization Code', ...(spa ? ['Implicit (hybrid)'] : [])]),
          field('Rule: User is', 'Any user assigned the app'),
          field('Rule: Scopes requested', 'Any scopes'),
        ],
        ...(server === 'org' ? { skip: orgSkip } : {}),
      };
    case 'credentials':
      return {
        id,
        title: 'Credentials to copy into this guide',
        where: `Applications > Applications > ${APP_NAME} > General`,
        fields: [
          field('Client ID', inputs.clientId, CLIENT_ID),
          ...(spa ? [] : [field('Client secret', 'Copy it into the Client secret field of this guide; it stays in this page.')]),
          field('Okta domain', inputs.oktaDomain, ['oktaDomain']),
          field('User consent (General Settings > Edit)', 'Require consent: unchecked'),
        ],
      };
    case 'id-token':
      return {
        id,
        title: 'ID token issuer',
        where: `Applications > Applications > ${APP_NAME} > Sign On > OpenID Connect ID Token > Edit`,
        fields: [
          field('Issuer', 'Okta URL', undefined, 'Not "Dynamic (based on request domain)".'),
          field('Audience', inputs.clientId, CLIENT_ID, 'Read-only: it is the client ID.'),
        ],
      };
    case 'trusted-origin':
      return {
        id,
        title: 'Trusted origin',
        where: 'Security > API > Trusted Origins > Add Origin',
        fields: [field('Name', origin.name), field('Origin URL', origin.origin, DERIVED_FROM.origin), field('Type', origin.scopes.map((s) => (s === 'CORS' ? 'CORS' : 'Redirect')))],
      };
    case 'assignments':
      return {
        id,
        title: 'Assign users',
        where: `Applications > Applications > ${APP_NAME} > Assignments > Assign`,
        fields: [
          field('Assign to People or Groups', 'Everyone who signs in to OpenMetadata'),
          field('Admins to include', [...model.assignments[0]!.mustInclude], ['adminPrincipals', 'principalDomain']),
        ],
      };
  }
}
