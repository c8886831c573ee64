/**
 * The reader's inputs: how they are read (parseInputs) and the metadata the form, the CLI and
 * the docs show for each field. Field names are a contract (docs/design.md): the same in the JSON
 * inputs file, the form's `name` attributes and the share link.
 */
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
      { value: 'implicit', label: 'Implicit: Okta Single-Page App' },
      { value: 'authcode', label: 'Auth code: Okta Web App' },
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
 * Reading the inputs: types checked and defaults filled; what a value means (URL shape, Okta hosts,
 * pairing) is checked by src/rules so that each problem gets its own id, message and docs link.
 * Written out rather than built with a schema library: the browser runs it on every keystroke, and
 * thirteen fields of text, flags and one list do not need a general validator in the page's
 * JavaScript budget (zod/mini was 6.5 KB gz of it).
 */
export interface Inputs {
  omUrl: string;
  flow: Flow;
  oktaDomain: string;
  authServer: string;
  clientId: string;
  clientSecret?: string;
  inlineSecret: boolean;
  principalDomain: string;
  adminPrincipals: string[];
  enforcePrincipalDomain: boolean;
  serviceClientId?: string;
  serviceEmail?: string;
  serviceKid?: string;
}

/** What an inputs file or the form may hold: fields with a default may be left out, lists may be text. */
export type RawInputs = Partial<Omit<Inputs, 'adminPrincipals'>> & { oktaDomain: string; clientId: string; adminPrincipals?: string | string[] };

/** What a left-out field becomes; fields missing here are required (oktaDomain, clientId) or optional. */
export const INPUT_DEFAULTS = {
  omUrl: 'http://localhost:8585',
  flow: 'implicit',
  authServer: 'default',
  inlineSecret: false,
  principalDomain: 'open-metadata.org',
  adminPrincipals: ['admin'],
  enforcePrincipalDomain: false,
} as const satisfies Partial<Inputs>;

const REQUIRED: readonly FieldName[] = ['oktaDomain', 'clientId'];
/** Text kept exactly as typed: a secret's spaces are the reader's to fix, and the rules say so. */
const UNTRIMMED: readonly FieldName[] = ['clientSecret'];

/** One refused value: the field it concerns (none when the whole value is not an object) and why. */
export interface InputIssue {
  field?: FieldName;
  message: string;
}

export type ParsedInputs = { success: true; data: Inputs } | { success: false; issues: InputIssue[] };

/**
 * The message of a value parseInputs refuses, on its field: what is missing or what type is
 * expected, with an example. Secret values are named by their kind, never shown.
 */
function fieldError(name: FieldName, input: unknown): string {
  const meta = FIELDS[name];
  const what = `${meta.label} (${name})`;
  if (input === undefined) return `${what} is missing. Enter it, for example ${meta.example}.`;
  const got = meta.secret ? kindOf(input) : describe(input);
  if (meta.choices) return `${what} must be one of ${meta.choices.map((c) => c.value).join(', ')}; got ${got}.`;
  const expected = meta.kind === 'boolean' ? 'true or false' : meta.kind === 'list' ? 'a list of text values (or one comma-separated text)' : 'text';
  return `${what} must be ${expected}; got ${got}.`;
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

/** A field's value as Inputs holds it, or undefined when its type is wrong. */
function readField(name: FieldName, value: unknown): Inputs[FieldName] | undefined {
  const meta = FIELDS[name];
  switch (meta.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'list':
      if (typeof value === 'string') return splitList(value);
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map((v) => v.trim()).filter(Boolean) : undefined;
    default: {
      if (typeof value !== 'string') return undefined;
      const text = UNTRIMMED.includes(name) ? value : value.trim();
      if (meta.choices && !meta.choices.some((c) => c.value === text)) return undefined;
      // Host names do not depend on case, but Okta writes its issuer in lower case and the browser
      // and OpenMetadata compare issuers letter for letter: the files get the lower-case host.
      return name === 'oktaDomain' ? text.toLowerCase() : text;
    }
  }
}

/**
 * Reads the inputs: every wrong type is reported, one issue per field; keys it does not know are
 * left out (src/rules warns about them). Never throws on plain data.
 */
export function parseInputs(raw: unknown): ParsedInputs {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { success: false, issues: [{ message: `The inputs must be a JSON object with the fields ${FIELD_NAMES.join(', ')}; got ${kindOf(raw)}.` }] };
  }
  const source = raw as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const issues: InputIssue[] = [];
  for (const name of FIELD_NAMES) {
    const value = source[name];
    if (value === undefined) {
      if (name in INPUT_DEFAULTS) data[name] = copyDefault(INPUT_DEFAULTS[name as keyof typeof INPUT_DEFAULTS]);
      else if (REQUIRED.includes(name)) issues.push({ field: name, message: fieldError(name, value) });
      continue;
    }
    const read = readField(name, value);
    if (read === undefined) issues.push({ field: name, message: fieldError(name, value) });
    else data[name] = read;
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data: data as unknown as Inputs };
}

/** A default is shared by every parse: a list default is copied so no caller can change the next one's. */
function copyDefault<T>(value: T): T {
  return (Array.isArray(value) ? [...value] : value) as T;
}

/** parseInputs for callers that hold inputs they built themselves: a refusal is a bug, so it throws. */
export function readInputs(raw: unknown): Inputs {
  const parsed = parseInputs(raw);
  if (!parsed.success) throw new TypeError(parsed.issues.map((i) => i.message).join(' '));
  return parsed.data;
}

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
