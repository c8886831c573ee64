/**
 * The reader's inputs: one zod schema plus the metadata the form, the CLI and the docs show for
 * each field. Field names are a contract (DESIGN.md): the same in the JSON inputs file, the
 * form's `name` attributes and the share link.
 */
import { z } from 'zod/mini';
import type { IngestionAuth } from '../releases/types.ts';
import { show } from '../text/quote.ts';

export const FLOWS = ['implicit', 'authcode'] as const;
export type Flow = (typeof FLOWS)[number];
/** The flows' short names, as the pages title their files (one tab or section per flow). */
export const FLOW_TITLES: Record<Flow, string> = {
  implicit: 'Implicit flow (public)',
  authcode: 'Auth code flow (confidential)',
};

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
    example: 'http://localhost:8585',
    secret: false,
    kind: 'url',
  },
  flow: {
    label: 'Flow',
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
    example: 'dev-123456.okta.com',
    secret: false,
    kind: 'text',
  },
  authServer: {
    label: 'Authorization server',
    example: 'default',
    secret: false,
    kind: 'text',
  },
  clientId: {
    label: 'Client ID',
    example: '0oa1b2c3d4e5f6g7h8i9',
    secret: false,
    kind: 'text',
  },
  clientSecret: {
    label: 'Client secret',
    example: '',
    secret: true,
    kind: 'text',
  },
  inlineSecret: {
    label: 'Put the client secret in the snippets',
    example: 'false',
    secret: false,
    kind: 'boolean',
  },
  principalDomain: {
    label: 'Principal domain',
    example: 'open-metadata.org',
    secret: false,
    kind: 'text',
  },
  adminPrincipals: {
    label: 'Admin principals',
    example: 'admin',
    secret: false,
    kind: 'list',
  },
  enforcePrincipalDomain: {
    label: 'Only allow users of the principal domain',
    example: 'false',
    secret: false,
    kind: 'boolean',
  },
  serviceClientId: {
    label: 'Service app client ID',
    example: '0oa9s8r7q6p5o4n3m2l1',
    secret: false,
    kind: 'text',
    onlyFor: 'okta-service-app',
  },
  serviceEmail: {
    label: 'Service account email',
    example: 'ingestion-bot@example.com',
    secret: false,
    kind: 'text',
    onlyFor: 'okta-service-app',
  },
  serviceKid: {
    label: 'Key ID (kid)',
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
/**
 * The message of a value the schema refuses, on its field: what is missing or what type is
 * expected, with an example. Secret values are named by their kind, never shown.
 */
function fieldError(name: FieldName): (issue: { input?: unknown }) => string {
  return ({ input }) => {
    const meta = FIELDS[name];
    const what = `${meta.label} (${name})`;
    if (input === undefined) return `${what} is missing. Enter it, for example ${meta.example}.`;
    const got = meta.secret ? kindOf(input) : describe(input);
    if (meta.choices) return `${what} must be one of ${meta.choices.map((c) => c.value).join(', ')}; got ${got}.`;
    const expected = meta.kind === 'boolean' ? 'true or false' : meta.kind === 'list' ? 'a list of text values (or one comma-separated text)' : 'text';
    return `${what} must be ${expected}; got ${got}.`;
  };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/** A value for a message: scalars shown (cut short), structures named by kind. */
function describe(value: unknown): string {
  if (typeof value === 'string') return show(value);
  if (typeof value === 'number' || typeof value === 'boolean') return `${kindOf(value)} (${String(value).slice(0, 30)})`;
  return kindOf(value);
}

const text = (name: FieldName) => z.string({ error: fieldError(name) }).check(z.trim());
const flag = (name: FieldName) => z.boolean({ error: fieldError(name) });

export const inputsSchema = z.object(
  {
    omUrl: z._default(text('omUrl'), 'http://localhost:8585'),
    flow: z._default(z.enum(FLOWS, { error: fieldError('flow') }), 'implicit'),
    // Host names do not depend on case, but Okta writes its issuer in lower case and the browser and
    // OpenMetadata compare issuers letter for letter: the files get the lower-case host.
    oktaDomain: text('oktaDomain').check(z.toLowerCase()),
    authServer: z._default(text('authServer'), 'default'),
    clientId: text('clientId'),
    clientSecret: z.optional(z.string({ error: fieldError('clientSecret') })),
    inlineSecret: z._default(flag('inlineSecret'), false),
    principalDomain: z._default(text('principalDomain'), 'open-metadata.org'),
    adminPrincipals: z._default(
      z.pipe(
        z.union([z.array(z.string()), z.string()], { error: fieldError('adminPrincipals') }),
        z.transform((value: string | string[]) => (typeof value === 'string' ? splitList(value) : value.map((v) => v.trim()).filter(Boolean))),
      ),
      ['admin'],
    ),
    enforcePrincipalDomain: z._default(flag('enforcePrincipalDomain'), false),
    // OpenMetadata 0.12 only (the Okta service application); the rules say when one is missing.
    serviceClientId: z.optional(text('serviceClientId')),
    serviceEmail: z.optional(text('serviceEmail')),
    serviceKid: z.optional(text('serviceKid')),
  },
  { error: ({ input }) => `The inputs must be a JSON object with the fields ${FIELD_NAMES.join(', ')}; got ${kindOf(input)}.` },
);

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
