/**
 * The reader's form state and what may be done with it: turned into raw inputs for src/rules and
 * src/targets, kept in storage, put in a share link. Secret fields (FIELDS[name].secret) never
 * reach storage or links: every function here that writes outward drops them.
 */
import { FIELD_NAMES, FIELDS, PLACEHOLDER_INPUTS, splitList, type FieldName, type Flow } from '../inputs/fields.ts';

/** What the form holds: text as typed, checkboxes as booleans. */
export type FormValues = Partial<Record<FieldName, string | boolean>>;

export const STORAGE_PREFIX = 'om-okta:inputs:';
export const storageKey = (releaseId: string): string => `${STORAGE_PREFIX}${releaseId}`;
/** The release whose values were saved last: a release visited for the first time starts from them. */
export const LAST_RELEASE_KEY = 'om-okta:last-release';

/**
 * Values for a release: its own if any were saved, otherwise those of the release saved last, and
 * then `from` names that release (the panel says when values carried over had to change).
 */
export function startingValues(releaseId: string, read: (key: string) => string | null): { values: FormValues; from?: string } {
  const own = parseStored(read(storageKey(releaseId)));
  if (!isBlank(own)) return { values: own };
  const last = read(LAST_RELEASE_KEY);
  if (!last || last === releaseId) return { values: own };
  const values = parseStored(read(storageKey(last)));
  return isBlank(values) ? { values } : { values, from: last };
}

/**
 * Values brought from another release (or a share link) made fit for this one. A release with no
 * confidential client (0.12) cannot use the auth code flow, and the client ID of the Web
 * Application set up for it would sign in to the wrong Okta app: the flow becomes implicit and the
 * client ID is left for the reader to fill. `moved` says what changed, for the panel's notice
 * (src/live/carry-over.ts words it; it loads only when this happens).
 */
export function fitToRelease(
  values: FormValues,
  release: { confidentialClient: boolean },
): { values: FormValues; moved?: { clientIdDropped: boolean } } {
  if (values.flow !== 'authcode' || release.confidentialClient) return { values };
  const { clientId, ...rest } = values;
  return { values: { ...rest, flow: 'implicit' }, moved: { clientIdDropped: typeof clientId === 'string' && clientId.trim() !== '' } };
}

/**
 * The reader's values as the CLI's `--inputs FILE` reads them (`om-okta verify --inputs
 * inputs.json`): never the client secret, and so not `inlineSecret` either; empty optional fields
 * left to the CLI's defaults; the admin list as a JSON list.
 */
export function inputsFileText(values: FormValues): string {
  return `${JSON.stringify(publicInputs(values), null, 2)}\n`;
}

/** The reader's values as an inputs file holds them: no secret, no `inlineSecret`, the admin list as a list. */
export function publicInputs(values: FormValues): Record<string, unknown> {
  const raw = toRawInputs(publicValues(values));
  delete raw['inlineSecret'];
  if (typeof raw['adminPrincipals'] === 'string') raw['adminPrincipals'] = splitList(raw['adminPrincipals']);
  return raw;
}

/** The fragment that carries a share link's values: `#setup?oktaDomain=...&clientId=...`. */
export const SHARE_PREFIX = '#setup?';

const isBooleanField = (name: FieldName) => FIELDS[name].kind === 'boolean';

/** Only known, non-secret fields, with values of the right type. */
export function publicValues(values: unknown): FormValues {
  const out: FormValues = {};
  if (typeof values !== 'object' || values === null) return out;
  for (const name of FIELD_NAMES) {
    if (FIELDS[name].secret) continue;
    const value = (values as Record<string, unknown>)[name];
    if (isBooleanField(name) ? typeof value === 'boolean' : typeof value === 'string') out[name] = value as string | boolean;
  }
  return out;
}

/** Nothing typed yet: pages keep showing placeholders rather than errors. */
export function isBlank(values: FormValues): boolean {
  return FIELD_NAMES.every((name) => {
    const value = values[name];
    return value === undefined || value === false || (typeof value === 'string' && value.trim() === '') || name === 'flow';
  });
}

/**
 * Raw inputs for src/rules: empty optional text is left out so the reader's default applies
 * (the form shows that default as its placeholder); required fields stay, empty, so the rules
 * can say they are missing.
 */
export function toRawInputs(values: FormValues): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const value = values[name];
    if (value === undefined) continue;
    if (typeof value === 'string' && value.trim() === '' && !REQUIRED.has(name)) continue;
    // A box not ticked is the default (false): left out too, so the reader's inputs and a
    // snippet's (which drops the secret's box) compare equal and share one check (state.ts).
    if (value === false) continue;
    raw[name] = value;
  }
  return raw;
}

/**
 * Fields with no default the panel could fill in. The inputs' default admin list, `admin`, is
 * OpenMetadata's own, but no Okta user signs in as "admin": an empty list is the reader's to fill.
 */
const REQUIRED = new Set<FieldName>(['oktaDomain', 'clientId', 'adminPrincipals']);

/**
 * A page shows snippets for both flows (one tab each). A snippet for the flow the reader did not
 * choose is rendered without the secret settings, which do not apply to it. An admin list not
 * filled in yet stays the placeholder in the files (the panel reports it on its field).
 */
export function snippetInputs(raw: Record<string, unknown>, flow: Flow): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw, flow };
  if (typeof out['adminPrincipals'] === 'string' && splitList(out['adminPrincipals']).length === 0) {
    out['adminPrincipals'] = PLACEHOLDER_INPUTS.adminPrincipals;
  }
  if (flow === 'implicit') {
    delete out['clientSecret'];
    delete out['inlineSecret'];
  }
  return out;
}

export function encodeShare(values: FormValues): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(publicValues(values))) {
    if (value === '' || value === false) continue;
    params.set(name, String(value));
  }
  return `${SHARE_PREFIX}${params.toString()}`;
}

/** The values of a share link's fragment, or undefined when the fragment is not one. */
export function decodeShare(hash: string): FormValues | undefined {
  if (!hash.startsWith(SHARE_PREFIX)) return undefined;
  const params = new URLSearchParams(hash.slice(SHARE_PREFIX.length));
  const values: Record<string, unknown> = {};
  for (const [name, value] of params) {
    if (!(FIELD_NAMES as readonly string[]).includes(name)) continue;
    values[name] = isBooleanField(name as FieldName) ? value === 'true' : value;
  }
  return publicValues(values);
}

export function serializeForStorage(values: FormValues): string {
  return JSON.stringify(publicValues(values));
}

export function parseStored(text: string | null): FormValues {
  if (!text) return {};
  try {
    return publicValues(JSON.parse(text));
  } catch {
    return {};
  }
}

/** Whether the reader brings values (a share link, or any release's saved values): the live engine then loads at once. */
export function bringsValues(hash: string, storedKeys: readonly string[]): boolean {
  return hash.startsWith(SHARE_PREFIX) || storedKeys.some((key) => key.startsWith(STORAGE_PREFIX));
}
