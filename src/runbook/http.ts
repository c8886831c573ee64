/**
 * One GET for JSON, with every way it can go wrong told apart: a bad URL, no answer in time, a
 * network error, an HTTP error status, a redirect to another place, a body too large or too deeply
 * nested, a body that is not JSON or not a JSON object. Never throws. Runs in the browser and in
 * Node with whatever `fetch` the context gives.
 *
 * Time: one deadline (the context's, shared by every check of a run, or timeoutMs from now) bounds
 * the headers and every read of the body, whether or not the fetch honours its abort signal.
 *
 * Redirects are never followed silently. In Node (`redirect: 'manual'`) a redirect to the same
 * origin (scheme, host and port) is followed, up to MAX_REDIRECTS, and recorded in `redirects`; a
 * redirect to another origin is an outcome of its own and is not followed. A browser either follows
 * (`response.redirected`, judged the same way from `response.url`) or, with a manual redirect, hands
 * back an opaque response that says nothing: reported as such.
 */
import type { CheckContext } from './types.ts';
import { clip } from '../text/quote.ts';

/** A redirect that was followed (same origin). */
export interface Redirect {
  from: string;
  to: string;
  /** Unknown when a browser followed it. */
  status?: number;
}

type Outcome =
  /** 2xx with a body that parses as a JSON object. */
  | { kind: 'json'; url: string; status: number; json: Record<string, unknown> }
  /** Not 2xx. `json` holds the error body when it parsed (Okta's errorCode / errorSummary). */
  | { kind: 'status'; url: string; status: number; statusText: string; json?: unknown; snippet: string }
  /** 2xx, but the body is not JSON and the content type does not claim it is (an HTML page, say). */
  | { kind: 'not-json'; url: string; status: number; contentType: string; snippet: string }
  /** 2xx, the content type says JSON, the body does not parse. */
  | { kind: 'bad-json'; url: string; status: number; contentType: string; error: string; snippet: string }
  /** 2xx JSON, but a list, a string, a number, true/false or null: none of the documents checked. */
  | { kind: 'not-object'; url: string; status: number; type: string; snippet: string }
  /** 2xx JSON nested deeper than MAX_JSON_DEPTH: not parsed. */
  | { kind: 'too-deep'; url: string; status: number; maxDepth: number }
  /** The body is longer than the context's maxBytes; reading stopped there. */
  | { kind: 'too-large'; url: string; status: number; maxBytes: number }
  /**
   * No complete answer before the deadline. `limitMs` is the time this request had (less than
   * `timeoutMs` when earlier checks used some of a shared deadline; 0 when none was left, phase
   * `not-started`: nothing was requested).
   */
  | { kind: 'timeout'; url: string; timeoutMs: number; limitMs: number; phase: 'not-started' | 'headers' | 'body' }
  /**
   * A redirect that was not followed: to another origin (`location`), without a usable Location,
   * one too many, or (`opaque`) one a browser does not let the page see.
   */
  | { kind: 'redirect'; url: string; from: string; status?: number; location?: string; reason: 'other-origin' | 'no-location' | 'too-many' | 'opaque' }
  /**
   * fetch itself failed: no connection, DNS, TLS, or (in a browser) CORS or mixed content. In a
   * browser, `reachable` says whether the server answered a request the page may not read (a
   * `no-cors` request resolves for any answer, and fails like the first one when nothing answered):
   * true is CORS, false is a host that does not resolve, a refused connection, an untrusted
   * certificate or blocked mixed content; absent when the probe could not tell (time ran out).
   */
  | { kind: 'network'; url: string; reason: string; reachable?: boolean }
  /** The URL does not parse, or is not http(s). */
  | { kind: 'invalid-url'; url: string; reason: string };

/** What `getJson` found, and the same-origin redirects followed on the way (absent when none). */
export type HttpOutcome = Outcome & { redirects?: Redirect[] };

const SNIPPET_CHARS = 120;
/** Same-origin redirects followed at most. */
export const MAX_REDIRECTS = 5;
/** Deeper than any discovery document, key set or OpenMetadata answer (they nest 3 or 4 deep). */
export const MAX_JSON_DEPTH = 32;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TIMED_OUT = Symbol('timed out');

export async function getJson(url: string, ctx: CheckContext): Promise<HttpOutcome> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'invalid-url', url, reason: 'it is not a valid URL' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { kind: 'invalid-url', url, reason: `it starts with ${parsed.protocol}, not https: or http:` };
  }

  const deadline = ctx.deadline ?? Date.now() + ctx.timeoutMs;
  const limitMs = Math.max(0, Math.min(ctx.timeoutMs, Math.round(deadline - Date.now())));
  if (limitMs <= 0) return { kind: 'timeout', url, timeoutMs: ctx.timeoutMs, limitMs: 0, phase: 'not-started' };

  const controller = new AbortController();
  let timedOut = false;
  let expire: () => void = () => undefined;
  const expired = new Promise<never>((_, reject) => {
    expire = () => reject(TIMED_OUT);
  });
  expired.catch(() => undefined);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    expire();
  }, limitMs);
  /** A promise that gives up at the deadline, even when the fetch ignores its signal. */
  const bounded = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, expired]);
  let phase: 'headers' | 'body' = 'headers';
  const redirects: Redirect[] = [];
  const done = (outcome: Outcome): HttpOutcome => (redirects.length > 0 ? { ...outcome, redirects } : outcome);
  try {
    let current = parsed;
    for (let hop = 0; ; hop++) {
      // Called unbound: a browser's fetch called as a method of another object (ctx.fetch(...))
      // throws "Illegal invocation".
      const fetchUnbound = ctx.fetch;
      const response = await bounded(fetchUnbound(current.href, {
        method: 'GET',
        headers: { accept: 'application/json' },
        // Never send the reader's cookies to OpenMetadata or Okta; never reuse a cached answer.
        credentials: 'omit',
        cache: 'no-store',
        // Node shows the redirect itself; a browser's manual redirect would be opaque, so it
        // follows and says where it ended (response.redirected, response.url).
        redirect: ctx.environment === 'browser' ? 'follow' : 'manual',
        signal: controller.signal,
      }));
      if (response.type === 'opaqueredirect') {
        discard(response);
        return done({ kind: 'redirect', url, from: current.href, reason: 'opaque' });
      }
      if (response.redirected && typeof response.url === 'string' && response.url !== '' && response.url !== current.href) {
        let to: URL | undefined;
        try {
          to = new URL(response.url);
        } catch {
          to = undefined;
        }
        if (!to || to.origin !== current.origin) {
          discard(response);
          return done({ kind: 'redirect', url, from: current.href, location: response.url, reason: 'other-origin' });
        }
        redirects.push({ from: current.href, to: to.href });
      }
      if (REDIRECT_STATUSES.has(response.status)) {
        discard(response);
        const location = response.headers.get('location') ?? undefined;
        let to: URL | undefined;
        try {
          to = location === undefined ? undefined : new URL(location, current);
        } catch {
          to = undefined;
        }
        const base = { kind: 'redirect' as const, url, from: current.href, status: response.status };
        if (!to) return done({ ...base, ...(location !== undefined ? { location } : {}), reason: 'no-location' });
        if (to.origin !== current.origin) return done({ ...base, location: to.href, reason: 'other-origin' });
        if (hop >= MAX_REDIRECTS) return done({ ...base, location: to.href, reason: 'too-many' });
        redirects.push({ from: current.href, to: to.href, status: response.status });
        current = to;
        continue;
      }
      phase = 'body';
      return done(await readOutcome(url, response, ctx, bounded));
    }
  } catch (error) {
    if (timedOut || error === TIMED_OUT) return done({ kind: 'timeout', url, timeoutMs: ctx.timeoutMs, limitMs, phase });
    const outcome: Outcome = { kind: 'network', url, reason: networkReason(error, parsed) };
    if (ctx.environment === 'browser') {
      const reachable = await answersAtAll(redirects.at(-1)?.to ?? parsed.href, ctx, controller.signal, bounded);
      if (reachable !== undefined) outcome.reachable = reachable;
    }
    return done(outcome);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

function discard(response: Response): void {
  try {
    void response.body?.cancel().catch(() => undefined);
  } catch {
    // A locked or absent body: nothing to cancel.
  }
}

type Bounded = <T>(promise: Promise<T>) => Promise<T>;

async function readOutcome(url: string, response: Response, ctx: CheckContext, bounded: Bounded): Promise<Outcome> {
  const contentType = response.headers.get('content-type') ?? '';
  const body = await readLimited(response, ctx.maxBytes, bounded);
  if (body === undefined) {
    if (!isSuccess(response.status)) return { kind: 'status', url, status: response.status, statusText: response.statusText, snippet: '' };
    return { kind: 'too-large', url, status: response.status, maxBytes: ctx.maxBytes };
  }
  const text = new TextDecoder().decode(body);
  const deep = jsonDepthExceeds(text, MAX_JSON_DEPTH);
  const json = deep ? undefined : parseJson(text);
  if (!isSuccess(response.status)) {
    const outcome: Outcome = { kind: 'status', url, status: response.status, statusText: response.statusText, snippet: snippetOf(text) };
    if (json?.ok) outcome.json = json.value;
    return outcome;
  }
  if (deep) return { kind: 'too-deep', url, status: response.status, maxDepth: MAX_JSON_DEPTH };
  if (json!.ok) {
    const value = json!.value;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { kind: 'json', url, status: response.status, json: value as Record<string, unknown> };
    return { kind: 'not-object', url, status: response.status, type: jsonType(value), snippet: snippetOf(text) };
  }
  if (isJsonType(contentType)) {
    return { kind: 'bad-json', url, status: response.status, contentType, error: json!.error, snippet: snippetOf(text) };
  }
  return { kind: 'not-json', url, status: response.status, contentType, snippet: snippetOf(text) };
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return String(value);
  return typeof value;
}

/**
 * Whether JSON text nests deeper than `max` brackets, by one pass over the text (no recursion, no
 * parse): brackets inside strings do not count. Text that is not JSON is left to JSON.parse.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** The body, or undefined once it grows past maxBytes (the rest is never read). Every read ends at the deadline. */
async function readLimited(response: Response, maxBytes: number, bounded: Bounded): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(response);
    return undefined;
  }
  if (!response.body) {
    const whole = new Uint8Array(await bounded(response.arrayBuffer()));
    return whole.byteLength > maxBytes ? undefined : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await bounded(reader.read());
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const isSuccess = (status: number): boolean => status >= 200 && status <= 299;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** application/json, and the +json types (application/jwk-set+json). */
function isJsonType(contentType: string): boolean {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** The start of a body, on one line, for a message. */
export function snippetOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return clip(flat, SNIPPET_CHARS);
}

const CERT_CODES = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/**
 * Whether anything answers `url` at all, asked the one way a page may ask any origin: a `no-cors`
 * GET, whose answer the page cannot read but which resolves when the server answered. Undefined
 * when time ran out first. Cookies are never sent.
 */
async function answersAtAll(
  url: string,
  ctx: CheckContext,
  signal: AbortSignal,
  bounded: <T>(promise: Promise<T>) => Promise<T>,
): Promise<boolean | undefined> {
  const fetchUnbound = ctx.fetch;
  try {
    discard(await bounded(fetchUnbound(url, { method: 'GET', mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal })));
    return true;
  } catch (error) {
    return error === TIMED_OUT || signal.aborted ? undefined : false;
  }
}

/**
 * Why fetch failed, in words. Node's fetch rejects with TypeError('fetch failed') and puts the
 * system error (ECONNREFUSED, ENOTFOUND, a certificate error) in `cause`, sometimes inside an
 * AggregateError (one per address tried). Browsers give no reason at all ("Failed to fetch").
 */
export function networkReason(error: unknown, url: URL): string {
  const host = url.host;
  const { code, message } = rootCause(error);
  if (code === 'ECONNREFUSED') return `nothing accepts connections at ${host} (connection refused): the server is down, or the host or port is wrong`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host name ${url.hostname} does not resolve (DNS error ${code}): check its spelling, or run this where that name resolves`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${host} was closed before an answer came (${code})`;
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return `the connection to ${host} timed out (${code}): a firewall may be dropping it`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `${host} cannot be reached from here (${code})`;
  if (code !== undefined && (CERT_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('CERT_'))) {
    return `the TLS certificate of ${host} is not trusted (${code}): if your organisation signs it with its own CA, run with NODE_EXTRA_CA_CERTS=/path/to/ca.pem`;
  }
  if (code !== undefined) return `${message} (${code})`;
  return message;
}

function rootCause(error: unknown): { code?: string; message: string } {
  let current: unknown = error;
  let message = error instanceof Error ? error.message : String(error);
  for (let depth = 0; depth < 8 && current !== undefined && current !== null; depth++) {
    const record = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof record.message === 'string' && record.message !== '') message = record.message;
    if (typeof record.code === 'string') return { code: record.code, message };
    if (Array.isArray(record.errors) && record.errors.length > 0) {
      current = record.errors[0];
      continue;
    }
    current = record.cause;
  }
  return { message };
}
