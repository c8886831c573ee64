/**
 * One GET for JSON, with every way it can go wrong told apart: a bad URL, no answer in time, a
 * network error, an HTTP error status, a body too large, a body that is not JSON. Never throws.
 * Runs in the browser and in Node with whatever `fetch` the context gives.
 */
import type { CheckContext } from './types.ts';

export type HttpOutcome =
  /** 2xx with a body that parses as JSON. */
  | { kind: 'json'; url: string; status: number; json: unknown }
  /** Not 2xx. `json` holds the error body when it parsed (Okta's errorCode / errorSummary). */
  | { kind: 'status'; url: string; status: number; statusText: string; json?: unknown; snippet: string }
  /** 2xx, but the body is not JSON and the content type does not claim it is (an HTML page, say). */
  | { kind: 'not-json'; url: string; status: number; contentType: string; snippet: string }
  /** 2xx, the content type says JSON, the body does not parse. */
  | { kind: 'bad-json'; url: string; status: number; contentType: string; error: string; snippet: string }
  /** The body is longer than the context's maxBytes; reading stopped there. */
  | { kind: 'too-large'; url: string; status: number; maxBytes: number }
  /** No complete answer within the context's timeoutMs. */
  | { kind: 'timeout'; url: string; timeoutMs: number; phase: 'headers' | 'body' }
  /** fetch itself failed: no connection, DNS, TLS, or (in a browser) CORS or mixed content. */
  | { kind: 'network'; url: string; reason: string }
  /** The URL does not parse, or is not http(s). */
  | { kind: 'invalid-url'; url: string; reason: string };

const SNIPPET_CHARS = 120;

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

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ctx.timeoutMs);
  let phase: 'headers' | 'body' = 'headers';
  try {
    // Called unbound: a browser's fetch called as a method of another object (ctx.fetch(...))
    // throws "Illegal invocation".
    const fetchUnbound = ctx.fetch;
    const response = await fetchUnbound(url, {
      method: 'GET',
      headers: { accept: 'application/json' },
      // Never send the reader's cookies to OpenMetadata or Okta; never reuse a cached answer.
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: controller.signal,
    });
    phase = 'body';
    const contentType = response.headers.get('content-type') ?? '';
    const body = await readLimited(response, ctx.maxBytes);
    if (body === undefined) {
      controller.abort();
      if (!isSuccess(response.status)) return { kind: 'status', url, status: response.status, statusText: response.statusText, snippet: '' };
      return { kind: 'too-large', url, status: response.status, maxBytes: ctx.maxBytes };
    }
    const text = new TextDecoder().decode(body);
    const json = parseJson(text);
    if (!isSuccess(response.status)) {
      const outcome: HttpOutcome = { kind: 'status', url, status: response.status, statusText: response.statusText, snippet: snippetOf(text) };
      if (json.ok) outcome.json = json.value;
      return outcome;
    }
    if (json.ok) return { kind: 'json', url, status: response.status, json: json.value };
    if (isJsonType(contentType)) {
      return { kind: 'bad-json', url, status: response.status, contentType, error: json.error, snippet: snippetOf(text) };
    }
    return { kind: 'not-json', url, status: response.status, contentType, snippet: snippetOf(text) };
  } catch (error) {
    if (timedOut) return { kind: 'timeout', url, timeoutMs: ctx.timeoutMs, phase };
    return { kind: 'network', url, reason: networkReason(error, parsed) };
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or undefined once it grows past maxBytes (the rest is never read). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? undefined : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
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
  return flat.length > SNIPPET_CHARS ? `${flat.slice(0, SNIPPET_CHARS)}\u2026` : flat;
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
