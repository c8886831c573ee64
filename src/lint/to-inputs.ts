/**
 * `inputsFromLint`: the reader's values as the setup panel's form holds them, read back from a
 * linted file (the reverse of resolveSettings): the issuer gives the Okta domain and the
 * authorization server, the client type the flow, the callback and key URLs the OpenMetadata URL.
 * What is taken says where it came from; what is not (secrets, placeholders, references to the
 * environment, values the inputs' checks refuse) is listed with the reason.
 */
import { FIELDS, normalizeBaseUrl, originOf, type FieldName } from '../inputs/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { checkInputs } from '../rules/check-inputs.ts';
import { namedValue } from '../rules/diagnostic.ts';
import { authServerFromPath, parseUrl, withoutAdmin } from '../rules/hosts.ts';
import type { Place } from './context.ts';
import type { LintResult } from './index.ts';
import { envReference, placeholderMessage } from './values.ts';

/** What the form holds (as src/live/form.ts FormValues): text as typed, a list one entry per line, checkboxes as booleans. */
export type ImportedValues = Partial<Record<FieldName, string | boolean>>;

export interface TakenValue {
  field: FieldName;
  value: string | boolean;
  /** The key or variable as written in the file. */
  from: string;
  line?: number;
}

export interface SkippedValue {
  field?: FieldName;
  from: string;
  line?: number;
  reason: string;
}

export interface ImportedInputs {
  values: ImportedValues;
  taken: TakenValue[];
  skipped: SkippedValue[];
}

/** Secrets are never taken from a file: the reader types them where they are needed. */
export const NEVER_KEPT = 'never kept';

/** A value read from the file, with where it was read. */
interface Source {
  id: string;
  value: unknown;
  place: Place;
}

/** One candidate for a field: the value, the source it came from (with the line of a list item). */
interface Candidate {
  field: FieldName;
  value: string | boolean;
  from: string;
  line?: number;
}

const SECRET_SETTINGS = ['oidcClientSecret', 'airflowOktaPrivateKey'] as const;

export function inputsFromLint(result: LintResult): ImportedInputs {
  const { release } = result;
  const places = result.places ?? {};
  const read = (id: string): Source | undefined => {
    const value = (result.settings as Record<string, unknown>)[id] ?? (result.legacySettings as Record<string, unknown> | undefined)?.[id];
    const place = places[id];
    return value === undefined || !place ? undefined : { id, value, place };
  };
  const taken: TakenValue[] = [];
  const skipped: SkippedValue[] = [];
  const values: ImportedValues = {};
  const at = (place: Place, line?: number) => (line ?? place.line) !== undefined ? { line: (line ?? place.line)! } : {};

  for (const id of SECRET_SETTINGS) {
    const source = read(id);
    if (source) skipped.push({ ...(id === 'oidcClientSecret' ? { field: 'clientSecret' as const } : {}), from: source.place.field, ...at(source.place), reason: NEVER_KEPT });
  }

  /** Whether a text is usable: not a placeholder nor a reference to the environment (else it is listed as skipped). */
  const usable = (text: string, field: FieldName, place: Place, line?: number): boolean => {
    const reference = envReference(text);
    if (reference) {
      skipped.push({ field, from: place.field, ...at(place, line), reason: `it comes from the environment variable ${reference.variable} when OpenMetadata starts, so the file does not say what it is` });
      return false;
    }
    if (placeholderMessage(text, place.field, {})) {
      skipped.push({ field, from: place.field, ...at(place, line), reason: 'it is a placeholder, not a value' });
      return false;
    }
    return true;
  };

  // Each field from the first source that gives a usable value for it.
  const candidates = new Map<FieldName, Candidate>();
  const offer = (candidate: Candidate): void => {
    if (!candidates.has(candidate.field)) candidates.set(candidate.field, candidate);
  };

  // Okta domain and authorization server: the issuer first, then the discovery URL, the
  // 0.12 service application's token URL and the Okta key URL, which all start with it.
  for (const id of ['authority', 'oidcDiscoveryUri', 'airflowOktaOrgUrl', 'publicKeyUrls']) {
    const source = read(id);
    if (!source) continue;
    const entries = Array.isArray(source.value) ? source.value.map((v, i) => ({ text: String(v), line: source.place.items?.[i]?.line })) : [{ text: String(source.value), line: undefined }];
    for (const { text, line } of entries) {
      if (text.trim() === '') continue;
      if (id === 'publicKeyUrls' && isOmKeyUrl(text, release)) continue;
      if (!usable(text, 'oktaDomain', source.place, line)) continue;
      const okta = oktaFromUrl(text);
      if (!okta) {
        if (id === 'authority') skipped.push({ field: 'oktaDomain', from: source.place.field, ...at(source.place, line), reason: 'it is not an Okta issuer URL (https://{your Okta domain} or https://{your Okta domain}/oauth2/{server id})' });
        continue;
      }
      offer({ field: 'oktaDomain', value: okta.oktaDomain, from: source.place.field, ...at(source.place, line) });
      offer({ field: 'authServer', value: okta.authServer, from: source.place.field, ...at(source.place, line) });
    }
  }

  // The flow: the client type; a confidential client is the auth code flow.
  const clientType = read('clientType');
  if (clientType && typeof clientType.value === 'string' && usable(clientType.value, 'flow', clientType.place)) {
    const type = clientType.value.trim().toLowerCase();
    if (type === 'confidential' || type === 'public') {
      offer({ field: 'flow', value: type === 'confidential' ? 'authcode' : 'implicit', from: clientType.place.field, ...at(clientType.place) });
    } else {
      skipped.push({ field: 'flow', from: clientType.place.field, ...at(clientType.place), reason: 'it is neither public nor confidential' });
    }
  }

  for (const id of ['clientId', 'oidcClientId', 'airflowOktaClientId']) {
    const source = read(id);
    if (!source || typeof source.value !== 'string' || source.value.trim() === '') continue;
    const field: FieldName = id === 'airflowOktaClientId' ? 'serviceClientId' : 'clientId';
    if (usable(source.value, field, source.place)) offer({ field, value: source.value.trim(), from: source.place.field, ...at(source.place) });
  }

  // The OpenMetadata URL: what the callback, the server URL and OpenMetadata's own key URL start with.
  for (const id of ['callbackUrl', 'oidcCallbackUrl', 'oidcServerUrl', 'publicKeyUrls']) {
    const source = read(id);
    if (!source) continue;
    // A callback lint reports as wrong does not say where OpenMetadata is (/auth/callback is not
    // under https://host/auth): only the callback its finding names does, else it is skipped.
    const wrong = id === 'callbackUrl' || id === 'oidcCallbackUrl' ? result.diagnostics.find((d) => (d.severity === 'error' || d.severity === 'warning') && d.field === source.place.field) : undefined;
    if (wrong) {
      const named = namedValue(wrong);
      const omUrl = typeof named === 'string' ? omUrlFromCallback(named) : undefined;
      if (omUrl !== undefined) offer({ field: 'omUrl', value: omUrl, from: source.place.field, ...at(source.place) });
      else skipped.push({ field: 'omUrl', from: source.place.field, ...at(source.place), reason: `lint reports it as wrong (${wrong.id}), so it does not say where OpenMetadata is` });
      continue;
    }
    const entries = Array.isArray(source.value) ? source.value.map((v, i) => ({ text: String(v), line: source.place.items?.[i]?.line })) : [{ text: String(source.value), line: undefined }];
    for (const { text, line } of entries) {
      if (text.trim() === '') continue;
      if (id === 'publicKeyUrls' && !isOmKeyUrl(text, release)) continue;
      if (!usable(text, 'omUrl', source.place, line)) continue;
      const omUrl = id === 'publicKeyUrls' ? omUrlFromKeys(text, release) : id === 'oidcServerUrl' ? baseUrl(text) : omUrlFromCallback(text);
      if (omUrl === undefined) {
        skipped.push({ field: 'omUrl', from: source.place.field, ...at(source.place, line), reason: 'it is not an http(s) URL' });
        continue;
      }
      offer({ field: 'omUrl', value: omUrl, from: source.place.field, ...at(source.place, line) });
    }
  }

  const admins = read('adminPrincipals');
  if (admins && Array.isArray(admins.value)) {
    const entries = (admins.value as string[]).map((v) => v.trim()).filter((v) => v !== '');
    const bad = entries.find((v) => /[,\n\r]/.test(v));
    if (bad !== undefined) {
      skipped.push({ field: 'adminPrincipals', from: admins.place.field, ...at(admins.place), reason: 'an entry holds a comma or a line break, which the form reads as two entries' });
    } else if (entries.length > 0 && entries.every((v, i) => usable(v, 'adminPrincipals', admins.place, admins.place.items?.[i]?.line))) {
      offer({ field: 'adminPrincipals', value: entries.join('\n'), from: admins.place.field, ...at(admins.place) });
    }
  }

  const domain = read('principalDomain');
  if (domain && typeof domain.value === 'string' && domain.value.trim() !== '' && usable(domain.value, 'principalDomain', domain.place)) {
    offer({ field: 'principalDomain', value: domain.value.trim(), from: domain.place.field, ...at(domain.place) });
  }
  const enforce = read('enforcePrincipalDomain');
  if (enforce && typeof enforce.value === 'boolean') offer({ field: 'enforcePrincipalDomain', value: enforce.value, from: enforce.place.field, ...at(enforce.place) });

  const email = read('airflowOktaEmail');
  if (email && typeof email.value === 'string' && email.value.trim() !== '' && usable(email.value, 'serviceEmail', email.place)) {
    offer({ field: 'serviceEmail', value: email.value.trim(), from: email.place.field, ...at(email.place) });
  }

  // Values the panel cannot hold for this release, or that its checks refuse, are not taken.
  for (const [field, candidate] of candidates) {
    if (!appliesTo(field, release)) {
      candidates.delete(field);
      continue;
    }
    if (field === 'flow' && candidate.value === 'authcode' && !release.confidentialClient) {
      skipped.push({ field, from: candidate.from, ...lineOf(candidate), reason: `${release.label} has no confidential client (auth code flow)` });
      candidates.delete(field);
    }
  }
  const raw: Record<string, unknown> = {};
  for (const [field, candidate] of candidates) raw[field] = field === 'adminPrincipals' ? String(candidate.value).split('\n') : candidate.value;
  const refused = new Map<string, string>();
  for (const d of checkInputs(raw, release).diagnostics) {
    if (d.severity === 'error' && d.field !== undefined && candidates.has(d.field as FieldName) && !refused.has(d.field)) refused.set(d.field, d.message);
  }
  for (const [field, candidate] of candidates) {
    const reason = refused.get(field);
    if (reason !== undefined) {
      skipped.push({ field, from: candidate.from, ...lineOf(candidate), reason });
      continue;
    }
    values[field] = candidate.value;
    taken.push({ field, value: candidate.value, from: candidate.from, ...lineOf(candidate) });
  }
  return { values, taken, skipped: skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

const lineOf = (candidate: Candidate) => (candidate.line !== undefined ? { line: candidate.line } : {});

function appliesTo(field: FieldName, release: ReleaseFacts): boolean {
  const only = FIELDS[field].onlyFor;
  return only === undefined || only === release.ingestion.kind;
}

/**
 * The Okta domain and authorization server an Okta URL starts with: `https://acme.okta.com` (the
 * org server), `https://acme.okta.com/oauth2/default[/...]`; the Admin Console host is taken as
 * the org's own (`acme-admin.okta.com` -> `acme.okta.com`).
 */
export function oktaFromUrl(text: string): { oktaDomain: string; authServer: string } | undefined {
  const url = parseUrl(text.trim());
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.port !== '' || url.username !== '' || url.search !== '' || url.hash !== '') return undefined;
  const oktaDomain = withoutAdmin(url.hostname);
  if (!/^[a-z0-9.-]+$/.test(oktaDomain) || !oktaDomain.includes('.')) return undefined;
  const path = url.pathname;
  if (path === '' || path === '/') return { oktaDomain, authServer: 'org' };
  const authServer = authServerFromPath(path);
  return authServer === undefined ? undefined : { oktaDomain, authServer };
}

const isOmKeyUrl = (text: string, release: ReleaseFacts): boolean => text.trim().replace(/\/+$/, '').endsWith(release.omJwksPath);

/** The OpenMetadata URL a key URL of OpenMetadata itself starts with, or undefined for another key URL. */
function omUrlFromKeys(text: string, release: ReleaseFacts): string | undefined {
  const t = text.trim().replace(/\/+$/, '');
  if (!t.endsWith(release.omJwksPath)) return undefined;
  return baseUrl(t.slice(0, t.length - release.omJwksPath.length));
}

/** `https://om.example.com/callback` -> `https://om.example.com`; another path gives the origin. */
function omUrlFromCallback(text: string): string | undefined {
  const t = text.trim();
  const base = /\/callback\/?$/.test(t) ? t.replace(/\/callback\/?$/, '') : originOf(t);
  return baseUrl(base);
}

function baseUrl(text: string): string | undefined {
  const url = parseUrl(text.trim());
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  return normalizeBaseUrl(text);
}
