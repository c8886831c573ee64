/**
 * A stand-in for a running OpenMetadata server on loopback: the three endpoints the live checks
 * read, with the response shapes of OpenMetadata's own code, and switches for what goes wrong.
 *
 * Shapes (repo open-metadata/OpenMetadata):
 * - `GET /api/v1/system/version`: `OpenMetadataServerVersion` { version, revision, timestamp }
 *   (openmetadata-spec/src/main/resources/json/schema/api/openMetadataServerVersion.json, served by
 *   openmetadata-service/.../resources/version/VersionResource.java#getCatalogVersion).
 * - `GET /api/v1/system/config/auth`: the public part of `AuthenticationConfiguration`
 *   (openmetadata-spec/.../configuration/authenticationConfiguration.json) as
 *   openmetadata-service/.../resources/system/ConfigResource.java#getAuthConfig builds it: a new
 *   object (so the schema defaults clientType "public", responseType "id_token",
 *   tokenValidationAlgorithm "RS256" and empty lists are there) with provider, providerName,
 *   clientType, enableSelfSignup, jwtPrincipalClaims(Mapping), clientId, authority and callbackUrl
 *   copied in; oidcConfiguration and ldapConfiguration left out (Jackson NON_NULL).
 * - `GET /api/v1/system/config/jwks`: `JWKSResponse` { keys: [JWKSKey { kty, kid, n, e, alg, use }] }
 *   (openmetadata-service/.../security/jwt/JWKSResponse.java, JWKSKey.java).
 * - With `legacyPaths` (0.12.1, OM@0.12.1-release): `/api/v1/version`, `/api/v1/config/auth`
 *   (the whole configuration, no clientType) and `/api/v1/config/jwks`.
 * - Errors: Dropwizard's `{ "code": 404, "message": "HTTP 404 Not Found" }`.
 *
 * HTTP by default; HTTPS with `tls`. CORS headers on by default (`cors: false` to leave them out,
 * as a server that does not allow the guide's origin).
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { listenOnLoopback } from './listen.ts';
import type { TestTls } from './tls.ts';

export type OmRoute = 'version' | 'auth' | 'jwks';

export interface OmRouteBehaviour {
  /** Answer with this HTTP status and Dropwizard's error body. */
  status?: number;
  /** Wait this long before sending anything (a hung server, for timeouts). */
  delayMs?: number;
  /** Send the headers and the first bytes, then wait this long before the rest. */
  stallBodyMs?: number;
  /** `html`: a sign-in page of a proxy; `bad-json`: JSON content type, cut-off body; `huge`: a body of `hugeBytes`, chunked. */
  body?: 'json' | 'html' | 'bad-json' | 'huge';
  /** Size of the `huge` body; default 4 MiB. */
  hugeBytes?: number;
}

export interface OmServerState {
  /** What `/version` answers, e.g. 1.12.1. */
  version: string;
  /** What `/config/auth` answers, whole. */
  auth: Record<string, unknown>;
  /** What `/config/jwks` answers. */
  jwks: { keys: unknown[] };
  cors: boolean;
  behaviour: Partial<Record<OmRoute, OmRouteBehaviour>>;
}

export interface OmServerOptions extends Partial<OmServerState> {
  /** Serve HTTPS with this certificate (from makeTestTls); plain HTTP without. */
  tls?: TestTls;
  /** The 0.12 paths: /api/v1/version and /api/v1/config/{auth,jwks}. */
  legacyPaths?: boolean;
}

export interface OmServer {
  /** Base URL, `http://127.0.0.1:<port>`: what the reader enters as the OpenMetadata URL. */
  url: string;
  port: number;
  /** Changes what it answers (merged over the current state). */
  set(state: Partial<OmServerState>): void;
  /** Back to the baseline: the state it started with, or the last `setBaseline`. */
  reset(): void;
  /** Changes what it answers and makes that the baseline `reset()` returns to. */
  setBaseline(state: Partial<OmServerState>): void;
  /** Paths requested so far, in order. */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** OpenMetadata's default key id (conf/openmetadata.yaml, JWT_KEY_ID). */
export const OM_DEFAULT_KID = 'Gb389a-9f76-gdjs-a92j-0242bk94356';

/**
 * The auth config a 1.x server serves, as ConfigResource#getAuthConfig builds it. Without
 * arguments: a fresh server's (provider basic, conf/openmetadata.yaml defaults).
 */
export function omAuthConfig(fields: Partial<Record<'provider' | 'providerName' | 'clientType' | 'authority' | 'clientId' | 'callbackUrl', string>> & { enableSelfSignup?: boolean } = {}): Record<string, unknown> {
  return {
    provider: fields.provider ?? 'basic',
    providerName: fields.providerName ?? '',
    clientType: fields.clientType ?? 'public',
    responseType: 'id_token',
    publicKeyUrls: [],
    tokenValidationAlgorithm: 'RS256',
    authority: fields.authority ?? 'https://accounts.google.com',
    clientId: fields.clientId ?? '',
    callbackUrl: fields.callbackUrl ?? '',
    jwtPrincipalClaims: ['email', 'preferred_username', 'sub'],
    jwtPrincipalClaimsMapping: [],
    enableSelfSignup: fields.enableSelfSignup ?? true,
  };
}

/** A JWKS like OpenMetadata's: one RSA key, RS256, use sig. */
export function omJwks(kid = OM_DEFAULT_KID): { keys: unknown[] } {
  return {
    keys: [{
      kty: 'RSA',
      kid,
      n: randomBytes(256).toString('base64url'),
      e: 'AQAB',
      alg: 'RS256',
      use: 'sig',
    }],
  };
}

export async function startOmServer(options: OmServerOptions = {}): Promise<OmServer> {
  let initial: OmServerState = {
    version: options.version ?? '1.12.1',
    auth: options.auth ?? omAuthConfig(),
    jwks: options.jwks ?? omJwks(),
    cors: options.cors ?? true,
    behaviour: options.behaviour ?? {},
  };
  let state: OmServerState = { ...initial };
  const base = options.legacyPaths ? '/api/v1' : '/api/v1/system';
  const routes = new Map<string, OmRoute>([
    [`${base}/version`, 'version'],
    [`${base}/config/auth`, 'auth'],
    [`${base}/config/jwks`, 'jwks'],
  ]);
  const requests: string[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let closing = false;

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const headers: Record<string, string> = {};
    if (state.cors) {
      headers['access-control-allow-origin'] = req.headers.origin ?? '*';
      headers['vary'] = 'Origin';
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...headers, 'access-control-allow-methods': 'GET', 'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? '') });
      res.end();
      return;
    }
    const route = routes.get(path);
    if (!route || req.method !== 'GET') {
      sendJson(res, 404, headers, { code: 404, message: 'HTTP 404 Not Found' });
      return;
    }
    const behaviour = state.behaviour[route] ?? {};
    if (behaviour.delayMs) await wait(behaviour.delayMs);
    if (closing || res.destroyed) return;
    if (behaviour.status) {
      sendJson(res, behaviour.status, headers, { code: behaviour.status, message: `HTTP ${behaviour.status}` });
      return;
    }
    const payload = route === 'version'
      ? { version: state.version, revision: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0', timestamp: 1767225600000 }
      : route === 'auth' ? state.auth : state.jwks;
    switch (behaviour.body ?? 'json') {
      case 'html':
        res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
        res.end('<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body><form action="/login">Corporate proxy sign-in</form></body></html>\n');
        return;
      case 'bad-json':
        res.writeHead(200, { ...headers, 'content-type': 'application/json' });
        res.end(JSON.stringify(payload).slice(0, 20));
        return;
      case 'huge':
        await sendHuge(res, headers, behaviour.hugeBytes ?? 4 * 1024 * 1024, () => closing);
        return;
      case 'json': {
        const text = JSON.stringify(payload);
        if (behaviour.stallBodyMs) {
          res.writeHead(200, { ...headers, 'content-type': 'application/json' });
          res.write(text.slice(0, 5));
          await wait(behaviour.stallBodyMs);
          if (!closing && !res.destroyed) res.end(text.slice(5));
          return;
        }
        sendJson(res, 200, headers, payload);
      }
    }
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch(() => res.destroy());
  };
  const server: Server = options.tls ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener) : createHttpServer(listener);
  const listening = await listenOnLoopback(server);
  const port = listening.port;

  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    set(next) {
      state = { ...state, ...next };
    },
    reset() {
      state = { ...initial };
    },
    setBaseline(next) {
      initial = { ...initial, ...next };
      state = { ...initial };
    },
    requests,
    async close() {
      closing = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      await listening.close();
    },
  };
}

function sendJson(res: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** A JSON body of `bytes` bytes, chunked (no content-length, so the client must count). */
async function sendHuge(res: ServerResponse, headers: Record<string, string>, bytes: number, stopped: () => boolean): Promise<void> {
  res.writeHead(200, { ...headers, 'content-type': 'application/json' });
  const chunk = Buffer.alloc(64 * 1024, 'x');
  res.write('{"padding":"');
  let sent = 0;
  while (sent < bytes && !res.destroyed && !stopped()) {
    if (!res.write(chunk)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
    sent += chunk.byteLength;
  }
  if (!res.destroyed) res.end('"}');
}
