/**
 * The help line under each field of the setup panel. Only the build (the panel's HTML) and the
 * CLI read it, so it lives apart from ./fields.ts, which the browser's engine imports.
 */
import type { FieldName } from './fields.ts';

export const FIELD_HELP: Record<FieldName, string> = {
  omUrl: 'The address your users type in the browser to reach OpenMetadata, with scheme and port, no path.',
  flow: 'Implicit (public client) needs an Okta Single-Page Application; auth code (confidential client) needs an Okta Web Application and its client secret.',
  oktaDomain: 'The host name of your Okta org, as shown on the app page under "Okta domain": no https://, no path.',
  authServer: '"org" for the built-in org authorization server, "default" for the default custom one, or the id of a custom authorization server (Security > API > Authorization Servers).',
  clientId: 'The Client ID of the Okta app integration (General tab > Client Credentials). Okta client ids start with 0oa.',
  clientSecret: 'Auth code flow only: the client secret of the Okta Web Application. It stays in this page; snippets refer to it unless you choose to show it.',
  inlineSecret: 'Off: snippets read the secret from an environment variable or a Kubernetes Secret. On: the secret is written into the files, so handle them as secrets.',
  principalDomain: "Your users' email domain (example.com for jane@example.com). OpenMetadata builds emails and checks domains with it.",
  adminPrincipals: 'User names that become OpenMetadata admins: the part of the email before the @ (jane for jane@example.com), one per line or comma-separated.',
  enforcePrincipalDomain: 'When on, OpenMetadata refuses users whose email domain is not the principal domain.',
  serviceClientId: 'OpenMetadata 0.12 only: the Client ID of the Okta service application that ingestion signs in with (Applications > Applications > the service app). Not the Client ID of the Single-Page Application.',
  serviceEmail: 'OpenMetadata 0.12 only: the email of the ingestion bot that the service application acts as, such as ingestion-bot@example.com.',
  serviceKid: 'OpenMetadata 0.12 only: the key id of the service application\'s key pair: letters, digits, dots, dashes and underscores. Leave it empty and the key generator picks one.',
};
