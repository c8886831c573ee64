/**
 * The reader's inputs: one zod schema plus the metadata the form, the CLI and the docs show for
 * each field. Field names are a contract (DESIGN.md): the same in the JSON inputs file, the
 * form's `name` attributes and the share link.
 */
import { z } from 'zod/mini';
import type { IngestionAuth } from '../releases/types.ts';

export const FLOWS = ['implicit', 'authcode'] as const;
export type Flow = (typeof FLOWS)[number];

export const FIELD_NAMES = [
  'omUrl',
  'flow',
  'oktaDomain',
  'authServer',
  'clientId',
  'clientSecret',
  'inlineSecret',
  'principalDomain',
  'adminPrincipals',
  'enforcePrincipalDomain',
  'serviceClientId',
  'serviceEmail',
  'serviceKid',
] as const;
export type FieldName = (typeof FIELD_NAMES)[number];

export interface FieldMeta {
  label: string;
  help: string;
  /** A realistic value, shown as the input's placeholder text. */
  example: string;
  /** Secrets never reach storage, URLs, logs or the network. */
  secret: boolean;
  kind: 'url' | 'text' | 'choice' | 'list' | 'boolean';
  choices?: readonly { value: string; label: string }[];
  /** Only releases whose ingestion is of this kind use the field (the 0.12 service application). */
  onlyFor?: IngestionAuth['kind'];
}

/** Whether a release uses a field: the setup panel shows, and the rules check, only those. */
export function fieldAppliesTo(name: FieldName, release: { ingestion: Pick<IngestionAuth, 'kind'> }): boolean {
  const only = FIELDS[name].onlyFor;
  return only === undefined || only === release.ingestion.kind;
}

export const FIELDS: Record<FieldName, FieldMeta> = {
  omUrl: {
    label: 'OpenMetadata URL',
    help: 'The address your users type in the browser to reach OpenMetadata, with scheme and port, no path.',
    example: 'http://localhost:8585',
    secret: false,
    kind: 'url',
  },
  flow: {
    label: 'Flow',
    help: 'Implicit (public client) needs an Okta Single-Page Application; auth code (confidential client) needs an Okta Web Application and its client secret.',
    example: 'implicit',
    secret: false,
    kind: 'choice',
    choices: [
      { value: 'implicit', label: 'Implicit flow: public client, Okta Single-Page Application' },
      { value: 'authcode', label: 'Auth code flow: confidential client, Okta Web Application' },
    ],
  },
  oktaDomain: {
    label: 'Okta domain',
    help: 'The host name of your Okta org, as shown on the app page under "Okta domain": no https://, no path.',
    example: 'dev-123456.okta.com',
    secret: false,
    kind: 'text',
  },
  authServer: {
    label: 'Authorization server',
    help: '"org" for the built-in org authorization server, "default" for the default custom one, or the id of a custom authorization server (Security > API > Authorization Servers).',
    example: 'default',
    secret: false,
    kind: 'text',
  },
  clientId: {
    label: 'Client ID',
    help: 'The Client ID of the Okta app integration (General tab > Client Credentials). Okta client ids start with 0oa.',
    example: '0oa1b2c3d4e5f6g7h8i9',
    secret: false,
    kind: 'text',
  },
  clientSecret: {
    label: 'Client secret',
    help: 'Auth code flow only: the client secret of the Okta Web Application. It stays in this page; snippets refer to it unless you choose to show it.',
    example: '',
    secret: true,
    kind: 'text',
  },
  inlineSecret: {
    label: 'Put the client secret in the snippets',
    help: 'Off: snippets read the secret from an environment variable or a Kubernetes Secret. On: the secret is written into the files, so handle them as secrets.',
    example: 'false',
    secret: false,
    kind: 'boolean',
  },
  principalDomain: {
    label: 'Principal domain',
    help: "Your users' email domain (example.com for jane@example.com). OpenMetadata builds emails and checks domains with it.",
    example: 'open-metadata.org',
    secret: false,
    kind: 'text',
  },
  adminPrincipals: {
    label: 'Admin principals',
    help: 'User names that become OpenMetadata admins: the part of the email before the @ (jane for jane@example.com), one per line or comma-separated.',
    example: 'admin',
    secret: false,
    kind: 'list',
  },
  enforcePrincipalDomain: {
    label: 'Only allow users of the principal domain',
    help: 'When on, OpenMetadata refuses users whose email domain is not the principal domain.',
    example: 'false',
    secret: false,
    kind: 'boolean',
  },
  serviceClientId: {
    label: 'Service app client ID',
    help: 'OpenMetadata 0.12 only: the Client ID of the Okta service application that ingestion signs in with (Applications > Applications > the service app). Not the Client ID of the Single-Page Application.',
    example: '0oa9s8r7q6p5o4n3m2l1',
    secret: false,
    kind: 'text',
    onlyFor: 'okta-service-app',
  },
  serviceEmail: {
    label: 'Service account email',
    help: 'OpenMetadata 0.12 only: the email of the ingestion bot that the service application acts as, such as ingestion-bot@example.com.',
    example: 'ingestion-bot@example.com',
    secret: false,
    kind: 'text',
    onlyFor: 'okta-service-app',
  },
  serviceKid: {
    label: 'Key ID (kid)',
    help: 'OpenMetadata 0.12 only: the key id of the service application\'s key pair: letters, digits, dots, dashes and underscores. Leave it empty and the key generator picks one.',
    example: 'om-ingestion-2022',
    secret: false,
    kind: 'text',
    onlyFor: 'okta-service-app',
  },
};

/**
 * The schema checks types and fills defaults; what a value means (URL shape, Okta hosts, pairing)
 * is checked by src/rules so that each problem gets its own id, message and docs link.
 * zod/mini (zod 4's tree-shakable API) because this schema also runs in the browser on every
 * keystroke, inside the page's JavaScript budget.
 */
const trimmed = () => z.string().check(z.trim());

export const inputsSchema = z.object({
  omUrl: z._default(trimmed(), 'http://localhost:8585'),
  flow: z._default(z.enum(FLOWS), 'implicit'),
  oktaDomain: trimmed(),
  authServer: z._default(trimmed(), 'default'),
  clientId: trimmed(),
  clientSecret: z.optional(z.string()),
  inlineSecret: z._default(z.boolean(), false),
  principalDomain: z._default(trimmed(), 'open-metadata.org'),
  adminPrincipals: z._default(
    z.pipe(
      z.union([z.array(z.string()), z.string()]),
      z.transform((value: string | string[]) => (typeof value === 'string' ? splitList(value) : value.map((v) => v.trim()).filter(Boolean))),
    ),
    ['admin'],
  ),
  enforcePrincipalDomain: z._default(z.boolean(), false),
  // OpenMetadata 0.12 only (the Okta service application); the rules say when one is missing.
  serviceClientId: z.optional(trimmed()),
  serviceEmail: z.optional(trimmed()),
  serviceKid: z.optional(trimmed()),
});

export type Inputs = z.output<typeof inputsSchema>;
export type RawInputs = z.input<typeof inputsSchema>;

/** Lists typed in a text box: one per line or comma-separated. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * What pages show before the reader types anything, and without JavaScript: visible placeholder
 * words that survive every serializer unquoted (so the shape matches a real file) and that no
 * real value can contain. The highlighter marks them.
 */
export const PLACEHOLDER_INPUTS: Inputs = {
  omUrl: 'https://OPENMETADATA_HOST',
  flow: 'implicit',
  oktaDomain: 'OKTA_DOMAIN',
  authServer: 'default',
  clientId: 'OKTA_CLIENT_ID',
  inlineSecret: false,
  principalDomain: 'EMAIL_DOMAIN',
  adminPrincipals: ['ADMIN_USER_NAME'],
  enforcePrincipalDomain: false,
  serviceClientId: 'OKTA_SERVICE_CLIENT_ID',
  serviceEmail: 'SERVICE_ACCOUNT_EMAIL',
};

export const PLACEHOLDER_WORDS = ['OPENMETADATA_HOST', 'OKTA_DOMAIN', 'OKTA_CLIENT_ID', 'EMAIL_DOMAIN', 'ADMIN_USER_NAME', 'OKTA_SERVICE_CLIENT_ID', 'SERVICE_ACCOUNT_EMAIL'] as const;

/** A realistic example input set, used by the README and tests. */
export const EXAMPLE_INPUTS: Inputs = {
  omUrl: 'http://localhost:8585',
  flow: 'implicit',
  oktaDomain: 'dev-123456.okta.com',
  authServer: 'default',
  clientId: '0oa1b2c3d4e5f6g7h8i9',
  inlineSecret: false,
  principalDomain: 'open-metadata.org',
  adminPrincipals: ['admin'],
  enforcePrincipalDomain: false,
};
