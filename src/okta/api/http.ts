/**
 * The HTTP client of the Okta Management API: one org, one API token, one deadline.
 *
 * - The token goes in `Authorization: SSWS <token>` to the org's own origin and nowhere else:
 *   https only (plain http only for 127.0.0.1 and localhost, which the tests' fake org uses),
 *   redirects are not followed, and a next-page link to another origin is refused.
 * - The token never appears in what this module returns or throws: errors say what was asked and
 *   what Okta answered, and any text from the server is scrubbed of the token before use.
 * - 429: waits until `X-Rate-Limit-Reset` (epoch seconds) when that is before the deadline.
 *
 * Errors follow Okta's error object `{ errorCode, errorSummary, errorCauses: [{ errorSummary }] }`
 * (reference/upstream/okta/management-minimal.yaml, `Error`).
 */
import { apiRequest, OPERATIONS, PERMISSION_WORDS, type ApiRequest, type OperationId } from './endpoints.ts';

export type OktaErrorKind = 'unauthorized' | 'forbidden' | 'invalid' | 'conflict' | 'not-found' | 'rate-limited' | 'network' | 'timeout' | 'server' | 'response';

export interface OktaClientOptions {
  /** The org's URL: https://dev-123456.okta.com (or http://127.0.0.1:PORT for tests). */
  orgUrl: string;
  token: string;
  fetch: typeof fetch;
  /** The whole run's time limit, in milliseconds. */
  timeoutMs: number;
  /** For tests: the clock and the wait between a 429 and its reset. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface OktaErrorDetails {
  status?: number;
  errorCode?: string;
  errorSummary?: string;
  causes?: readonly string[];
  permission?: string;
}

export class OktaApiError extends Error {
  readonly kind: OktaErrorKind;
  readonly request: Pick<ApiRequest, 'method' | 'path' | 'operationId'>;
  readonly details: OktaErrorDetails;
  constructor(kind: OktaErrorKind, message: string, request: Pick<ApiRequest, 'method' | 'path' | 'operationId'>, details: OktaErrorDetails = {}) {
    super(message);
    this.name = 'OktaApiError';
    this.kind = kind;
    this.request = request;
    this.details = details;
  }
}

/** A URL the token may be sent to: https, or http on this machine; no credentials, path, query or fragment. */
export function parseOrgUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value.includes('://') ? value : `https://${value}`);
  } catch {
    throw new Error(`the org URL "${value}" is not a URL; give it as https://dev-123456.okta.com`);
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new Error(`the org URL must use https (plain http only for 127.0.0.1 or localhost): the API token is never sent over ${url.protocol.replace(':', '')}`);
  }
  if (url.username || url.password) throw new Error('the org URL must not hold a user name or password');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) throw new Error(`the org URL is the org's address only, without a path: ${url.origin}`);
  return url;
}

interface OktaErrorBody {
  errorCode?: unknown;
  errorSummary?: unknown;
  errorCauses?: unknown;
}

export class OktaClient {
  readonly origin: string;
  readonly host: string;
  private readonly token: string;
  private readonly fetchFn: typeof fetch;
  private readonly deadline: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: OktaClientOptions) {
    const url = parseOrgUrl(options.orgUrl);
    this.origin = url.origin;
    this.host = url.host;
    if (options.token === '' || /[\s]/.test(options.token)) throw new Error('the API token is empty or holds spaces or line breaks');
    this.token = options.token;
    this.fetchFn = options.fetch;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.timeoutMs = options.timeoutMs;
    this.deadline = this.now() + options.timeoutMs;
  }

  /** Text from the server or the network, with the token taken out should it ever be echoed. */
  scrub(text: string): string {
    return this.token.length >= 4 ? text.split(this.token).join('[API token]') : text;
  }

  /** One request; the parsed JSON body (null for an empty one). */
  async send(request: ApiRequest): Promise<unknown> {
    return (await this.exchange(request, `${this.origin}${request.path}`)).body;
  }

  async call(operationId: OperationId, params: Readonly<Record<string, string>> = {}, extra: { query?: Record<string, string>; body?: unknown } = {}): Promise<unknown> {
    return this.send(apiRequest(operationId, params, extra));
  }

  /** A list, every page of it (Okta's `Link: <...>; rel="next"`), up to 50 pages. */
  async list(operationId: OperationId, params: Readonly<Record<string, string>> = {}, query?: Record<string, string>): Promise<Record<string, unknown>[]> {
    const first = apiRequest(operationId, params, query ? { query } : {});
    const items: Record<string, unknown>[] = [];
    let url: string | undefined = `${this.origin}${first.path}`;
    for (let page = 0; url !== undefined && page < 50; page++) {
      const { body, next } = await this.exchange(first, url);
      if (!Array.isArray(body)) throw new OktaApiError('response', `Okta answered ${first.method} ${first.path} with something other than a list`, first);
      items.push(...body.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item)));
      url = next;
    }
    return items;
  }

  private async exchange(request: ApiRequest, url: string): Promise<{ body: unknown; next?: string }> {
    const where = { method: request.method, path: request.path, operationId: request.operationId };
    for (;;) {
      const remaining = this.deadline - this.now();
      if (remaining <= 0) throw new OktaApiError('timeout', `no answer from ${this.host} within the time limit (${this.timeoutMs} ms) for ${request.method} ${request.path}`, where);
      let response: Response;
      let text: string;
      try {
        response = await this.fetchFn(url, {
          method: request.method,
          headers: {
            Authorization: `SSWS ${this.token}`,
            Accept: 'application/json',
            ...(request.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          },
          ...(request.body !== undefined ? { body: JSON.stringify(request.body) } : {}),
          redirect: 'manual',
          signal: AbortSignal.timeout(remaining),
        });
        text = await response.text();
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw new OktaApiError('timeout', `no answer from ${this.host} within the time limit (${this.timeoutMs} ms) for ${request.method} ${request.path}`, where);
        }
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const why = cause?.code ?? cause?.message ?? (error as Error).message;
        throw new OktaApiError('network', `could not reach ${this.host} (${this.scrub(String(why))}): check the org URL and this machine's network or proxy`, where);
      }
      if (response.status === 429) {
        const reset = Number(response.headers.get('x-rate-limit-reset'));
        const waitMs = Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - this.now()) + 250 : 1000;
        if (this.now() + waitMs >= this.deadline) {
          const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
          throw new OktaApiError(
            'rate-limited',
            `Okta limits the rate of ${request.method} ${request.path}${when}, past the time limit (${this.timeoutMs} ms): run again later, or with a longer --timeout`,
            where,
            { status: 429 },
          );
        }
        await this.sleep(waitMs);
        continue;
      }
      const body = parseBody(text);
      if (response.status >= 200 && response.status < 300) {
        const next = nextLink(response.headers.get('link'));
        if (next !== undefined && new URL(next, this.origin).origin !== this.origin) {
          throw new OktaApiError('response', `Okta's next-page link for ${request.path} points to another host; the API token is only sent to ${this.host}`, where);
        }
        return next !== undefined ? { body, next: new URL(next, this.origin).href } : { body };
      }
      throw this.failure(request, response.status, body);
    }
  }

  private failure(request: ApiRequest, status: number, body: unknown): OktaApiError {
    const where = { method: request.method, path: request.path, operationId: request.operationId };
    const e = (typeof body === 'object' && body !== null ? body : {}) as OktaErrorBody;
    const errorCode = typeof e.errorCode === 'string' ? this.scrub(e.errorCode) : undefined;
    const errorSummary = typeof e.errorSummary === 'string' ? this.scrub(e.errorSummary) : undefined;
    const causes = Array.isArray(e.errorCauses)
      ? e.errorCauses.flatMap((c) => (typeof c === 'object' && c !== null && typeof (c as { errorSummary?: unknown }).errorSummary === 'string' ? [this.scrub((c as { errorSummary: string }).errorSummary)] : []))
      : [];
    const details = { status, ...(errorCode ? { errorCode } : {}), ...(errorSummary ? { errorSummary } : {}), causes };
    const okta = errorSummary ? ` Okta says: ${errorSummary}${errorCode ? ` (${errorCode})` : ''}.` : '';
    const asked = `${request.method} ${request.path}`;
    if (status === 401) {
      return new OktaApiError('unauthorized', `Okta refused the API token (401) for ${asked}: it is wrong, expired or revoked, or belongs to another org than ${this.host}. Create one under Security > API > Tokens and set OKTA_API_TOKEN.${okta}`, where, details);
    }
    if (status === 403) {
      const permission = OPERATIONS[request.operationId].permission;
      return new OktaApiError(
        'forbidden',
        `the API token's admin role may not ${PERMISSION_WORDS[permission] ?? permission} (${permission}), which ${asked} needs: use a token of an admin with that permission.${okta}`,
        where,
        { ...details, permission },
      );
    }
    if (status === 404) return new OktaApiError('not-found', `${asked}: not found (404).${okta}`, where, details);
    if (status === 400 || status === 409) {
      const fields = causes.map((cause) => {
        const field = causeField(cause);
        return field ? `${cause} (${field})` : cause;
      });
      const listed = fields.length > 0 ? ` ${fields.join('; ')}.` : '';
      return new OktaApiError(status === 409 ? 'conflict' : 'invalid', `Okta refused ${asked} (${status}).${okta}${listed}`, where, details);
    }
    if (status >= 500) return new OktaApiError('server', `Okta answered ${asked} with ${status}: a problem on Okta's side; run again later.${okta}`, where, details);
    return new OktaApiError('response', `Okta answered ${asked} with ${status}.${okta}`, where, details);
  }
}

/** The model's field, and the input it comes from, that an Okta error cause names. */
const CAUSE_FIELDS: readonly [RegExp, string][] = [
  [/post_logout_redirect_uris|sign-?out/i, 'the sign-out redirect URI, from omUrl'],
  [/redirect_uris|redirect uri/i, 'the sign-in redirect URIs, from omUrl'],
  [/\borigin\b/i, 'the trusted origin, from omUrl'],
  [/grant_types|response_types|application_type|grant type/i, 'the app type and grant types, from flow'],
  [/token_endpoint_auth_method|pkce/i, 'client authentication and PKCE, from flow'],
  [/jwks|\bkid\b|public key/i, "the service app's public key set and serviceKid"],
  [/client_id|clientId/i, 'clientId'],
  [/\blabel\b/i, 'the app label'],
  [/\bname\b/i, 'a name the model gives (app, origin, policy or rule)'],
];

export function causeField(cause: string): string | undefined {
  return CAUSE_FIELDS.find(([pattern]) => pattern.test(cause))?.[1];
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The `rel="next"` URL of a Link header. */
function nextLink(header: string | null): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part);
    if (m) return m[1];
  }
  return undefined;
}
