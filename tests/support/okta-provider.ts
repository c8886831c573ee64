/**
 * A real OpenID provider standing in for Okta, on loopback, over HTTPS: panva's `oidc-provider`
 * (OpenID Certified), mounted where Okta mounts an authorization server, with Okta's endpoint
 * paths. A custom authorization server `default` answers at
 * `https://127.0.0.1:<port>/oauth2/default` (keys at `/oauth2/default/v1/keys`); the org
 * authorization server (`authServer: 'org'`) at the root (keys at `/oauth2/v1/keys`). Any other
 * `/oauth2/<id>` answers 404 E0000007 like Okta does for an authorization server that does not exist.
 *
 * oidc-provider sends CORS headers (Access-Control-Allow-Origin: the request's Origin) on the
 * discovery document and the JWKS itself (lib/helpers/initialize_app.js, `CORS.open`), so a page
 * on another origin can read them, as it can read Okta's from a Trusted Origin.
 *
 * Tests change what it says with `setDiscovery` (a wrong issuer or jwks_uri, missing scopes) and
 * `setFailure` (Okta's 401 E0000015 without API Access Management, say), then `reset()`.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import { listenOnLoopback } from './listen.ts';
import Provider, { type Adapter, type AdapterPayload, type JWK } from 'oidc-provider';
import { fetchTrusting, makeTestTls, type TestTls } from './tls.ts';

export interface OktaProviderOptions {
  /** `default` (the default), `org`, or the id of a custom authorization server. */
  authServer?: string;
  /**
   * The host (and port) the issuer names, when it is not the loopback address, e.g.
   * `dev-123456.okta.com` for a client that reaches the server through `startConnectProxy`. The
   * certificate covers it.
   */
  host?: string;
  /** The Okta app's client id (a public client, PKCE, like the Single-Page Application). */
  clientId?: string;
  redirectUris?: string[];
  /** Reuse a certificate authority, so that one CA covers every test server. */
  tls?: TestTls;
}

export interface OktaFailure {
  status: number;
  errorCode: string;
  errorSummary: string;
}

export interface OktaProvider {
  /** The loopback port it listens on. */
  port: number;
  /** `127.0.0.1:<port>`, or the `host` option: what the reader would enter as the Okta domain. */
  oktaDomain: string;
  issuer: string;
  discoveryUrl: string;
  jwksUrl: string;
  /** PEM of the CA that signed its certificate. */
  ca: string;
  tls: TestTls;
  /** Node fetch that trusts the CA. */
  fetch: typeof fetch;
  /** Fields merged over the discovery document (undefined removes a field). */
  setDiscovery(overrides: Record<string, unknown>): void;
  /** Answer every request for the authorization server with this Okta error, until reset. */
  setFailure(failure: OktaFailure | undefined): void;
  reset(): void;
  close(): Promise<void>;
}

/** Okta's answer when the org has no API Access Management (FM-08). */
export const NO_API_ACCESS_MANAGEMENT: OktaFailure = {
  status: 401,
  errorCode: 'E0000015',
  errorSummary: 'You do not have permission to access the feature you are requesting',
};

export async function startOktaProvider(options: OktaProviderOptions = {}): Promise<OktaProvider> {
  const authServer = options.authServer ?? 'default';
  const org = authServer === 'org';
  const mount = org ? '' : `/oauth2/${authServer}`;
  const tls = options.tls ?? (await makeTestTls(options.host ? [hostName(options.host)] : []));

  let discoveryOverrides: Record<string, unknown> = {};
  let failure: OktaFailure | undefined;
  let handler: ((req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void) | undefined;

  const server: Server = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const underServer = org ? !/^\/oauth2\/(?!v1\/)[^/]+/.test(path) : path === mount || path.startsWith(`${mount}/`);
    if (!underServer) {
      const id = /^\/oauth2\/([^/]+)/.exec(path)?.[1] ?? path;
      return oktaError(req, res, { status: 404, errorCode: 'E0000007', errorSummary: `Not found: Resource not found: ${id} (AuthorizationServer)` });
    }
    if (failure) return oktaError(req, res, failure);
    if (!handler) return oktaError(req, res, { status: 503, errorCode: 'E0000009', errorSummary: 'Internal Server Error' });
    // Mounted the way oidc-provider documents for a sub-path: it reads the mount path from
    // originalUrl minus url (lib/helpers/oidc_context.js, urlFor).
    (req as { originalUrl?: string }).originalUrl = req.url;
    req.url = (req.url ?? '/').slice(mount.length) || '/';
    handler(req, res);
  });
  const listening = await listenOnLoopback(server);
  const port = listening.port;
  const oktaDomain = options.host ?? `127.0.0.1:${port}`;
  const issuer = `https://${oktaDomain}${mount}`;

  const provider = new Provider(issuer, {
    adapter: MemoryAdapter,
    jwks: { keys: [signingKey()] },
    clients: [{
      client_id: options.clientId ?? '0oa1b2c3d4e5f6g7h8i9',
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: options.redirectUris ?? ['http://localhost:8585/callback', 'http://localhost:8585/silent-callback'],
    }],
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', 'preferred_username'],
    },
    // Okta's endpoint paths: {issuer}/v1/... for a custom server, /oauth2/v1/... for the org server.
    routes: Object.fromEntries(
      Object.entries({ authorization: 'authorize', token: 'token', userinfo: 'userinfo', jwks: 'keys', end_session: 'logout', revocation: 'revoke', introspection: 'introspect' })
        .map(([route, name]) => [route, `${org ? '/oauth2' : ''}/v1/${name}`]),
    ),
    features: {
      devInteractions: { enabled: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
    },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
  });
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/.well-known/openid-configuration' && ctx.status === 200 && ctx.body && typeof ctx.body === 'object') {
      const body: Record<string, unknown> = { ...(ctx.body as Record<string, unknown>) };
      for (const [key, value] of Object.entries(discoveryOverrides)) {
        if (value === undefined) delete body[key];
        else body[key] = value;
      }
      ctx.body = body;
    }
  });
  handler = provider.callback();

  const trusted = fetchTrusting(tls.ca);
  return {
    port,
    oktaDomain,
    issuer,
    discoveryUrl: `${issuer}/.well-known/openid-configuration`,
    jwksUrl: `https://${oktaDomain}${org ? '/oauth2' : mount}/v1/keys`,
    ca: tls.ca,
    tls,
    fetch: trusted.fetch,
    setDiscovery(overrides) {
      discoveryOverrides = { ...overrides };
    },
    setFailure(next) {
      failure = next;
    },
    reset() {
      discoveryOverrides = {};
      failure = undefined;
    },
    async close() {
      await trusted.close();
      await listening.close();
    },
  };
}

/** Okta's error body, with CORS so a browser page can read it too. */
function oktaError(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, failure: OktaFailure): void {
  const body = JSON.stringify({
    errorCode: failure.errorCode,
    errorSummary: failure.errorSummary,
    errorLink: failure.errorCode,
    errorId: `oae${randomBytes(8).toString('hex')}`,
    errorCauses: [],
  });
  res.writeHead(failure.status, {
    'content-type': 'application/json',
    'access-control-allow-origin': req.headers.origin ?? '*',
    vary: 'Origin',
  });
  res.end(body);
}

function hostName(hostPort: string): string {
  return hostPort.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
}

/** An RSA signing key, as Okta's (RS256, with a kid). */
function signingKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' }) as JWK;
  return { ...jwk, kid: `test-${randomBytes(6).toString('hex')}`, alg: 'RS256', use: 'sig' };
}

/** The smallest adapter oidc-provider accepts (its own in-memory one warns on every start). */
class MemoryAdapter implements Adapter {
  static readonly store = new Map<string, AdapterPayload>();
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  private key(id: string): string {
    return `${this.name}:${id}`;
  }
  async upsert(id: string, payload: AdapterPayload): Promise<void> {
    MemoryAdapter.store.set(this.key(id), payload);
  }
  async find(id: string): Promise<AdapterPayload | undefined> {
    return MemoryAdapter.store.get(this.key(id));
  }
  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return [...MemoryAdapter.store.values()].find((p) => p.userCode === userCode);
  }
  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return [...MemoryAdapter.store.values()].find((p) => p.uid === uid);
  }
  async consume(id: string): Promise<void> {
    const payload = MemoryAdapter.store.get(this.key(id));
    if (payload) payload.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string): Promise<void> {
    MemoryAdapter.store.delete(this.key(id));
  }
  async revokeByGrantId(grantId: string): Promise<void> {
    for (const [key, payload] of MemoryAdapter.store) if (payload.grantId === grantId) MemoryAdapter.store.delete(key);
  }
}
