/**
 * A stateful stand-in for an Okta org's Management API, in memory, served on 127.0.0.1 with
 * node:http: the operations `om-okta okta apply` and `okta check` call (src/okta/api/endpoints.ts),
 * speaking Okta's JSON (ids, `status`, `errorCauses`, `X-Rate-Limit-Reset`, `Link` pages). It
 * checks the `Authorization: SSWS` header, refuses what the token's permissions do not cover,
 * and can be told to fail a given operation next (an error, a 429, a dropped connection).
 *
 * Every request is logged with its operation and body, so the tests can validate each one against
 * Okta's OpenAPI description and count what a run wrote.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { OPERATIONS, type OperationId } from '../../src/okta/api/endpoints.ts';
import { listenOnLoopback } from './listen.ts';

type Json = Record<string, unknown>;

export interface LoggedRequest {
  operationId: OperationId | undefined;
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
}

export interface InjectedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Drop the connection instead of answering. */
  drop?: boolean;
}

export interface FakeOkta {
  url: string;
  port: number;
  log: LoggedRequest[];
  state: FakeOktaState;
  /** The permissions the token has (all when unset): an operation whose permission is missing answers 403. */
  permissions: Set<string> | undefined;
  /** The next `count` calls of `operationId` answer this. */
  failNext(operationId: OperationId, response: InjectedResponse, count?: number): void;
  /** Writes (POST, PUT) logged since `from` (an index into log). */
  writesSince(from: number): LoggedRequest[];
  close(): Promise<void>;
}

export interface FakeOktaState {
  apps: Map<string, Json>;
  origins: Map<string, Json>;
  servers: Map<string, { server: Json; policies: Map<string, Json>; rules: Map<string, Map<string, Json>> }>;
  groups: Map<string, Json>;
  appGroups: Map<string, Map<string, Json>>;
  appUsers: Map<string, Json[]>;
  grants: Map<string, Json[]>;
}

const ROUTES: [RegExp, Record<string, OperationId>][] = Object.entries(OPERATIONS).reduce<[RegExp, Record<string, OperationId>][]>((routes, [id, op]) => {
  const pattern = new RegExp(`^${op.path.replace(/\{\w+\}/g, '([^/]+)')}$`);
  const existing = routes.find(([p]) => p.source === pattern.source);
  if (existing) existing[1][op.method] = id as OperationId;
  else routes.push([pattern, { [op.method]: id as OperationId }]);
  return routes;
}, []);

function route(method: string, path: string): { operationId: OperationId; params: string[] } | undefined {
  for (const [pattern, methods] of ROUTES) {
    const m = pattern.exec(path);
    if (m && methods[method]) return { operationId: methods[method]!, params: m.slice(1).map(decodeURIComponent) };
  }
  return undefined;
}

const id = (prefix: string) => `${prefix}${randomBytes(12).toString('hex').slice(0, 17)}`;
const now = () => new Date().toISOString();
const err = (code: string, summary: string, causes: string[] = []) => ({ errorCode: code, errorSummary: summary, errorLink: code, errorId: id('oae'), errorCauses: causes.map((errorSummary) => ({ errorSummary })) });
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export interface FakeOktaOptions {
  token: string;
  /** The org's Okta domain as the inputs name it: the issuers the authorization servers announce. */
  domain: string;
  /** Extra authorization servers (id -> issuer mode); `default` is always there. */
  servers?: Record<string, 'ORG_URL' | 'DYNAMIC' | 'CUSTOM_URL'>;
  /** Items per page of a list (Okta's `limit`): a longer list is paged with Link headers. */
  pageSize?: number;
}

export async function startFakeOkta(options: FakeOktaOptions): Promise<FakeOkta> {
  const state: FakeOktaState = {
    apps: new Map(),
    origins: new Map(),
    servers: new Map(),
    groups: new Map(),
    appGroups: new Map(),
    appUsers: new Map(),
    grants: new Map(),
  };
  for (const [serverId, mode] of Object.entries({ default: 'ORG_URL', ...options.servers })) {
    state.servers.set(serverId, {
      server: { id: serverId, name: serverId, issuer: `https://${options.domain}/oauth2/${serverId}`, issuerMode: mode, status: 'ACTIVE', audiences: ['api://default'] },
      policies: new Map(),
      rules: new Map(),
    });
  }
  const everyone = { id: id('00g'), type: 'BUILT_IN', profile: { name: 'Everyone', description: 'All users in your organization' } };
  state.groups.set(everyone.id, everyone);
  const pageSize = options.pageSize ?? 200;
  const injected = new Map<OperationId, InjectedResponse[]>();
  const log: LoggedRequest[] = [];
  let origin = '';

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify(err('E0000009', `fake Okta: ${(error as Error).message}`)));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const method = req.method ?? 'GET';
    const found = route(method, url.pathname);
    log.push({ operationId: found?.operationId, method, path: url.pathname, query, body, authorization: req.headers.authorization });
    const send = (status: number, payload?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...headers });
      res.end(payload !== undefined ? JSON.stringify(payload) : undefined);
    };
    if (req.headers.authorization !== `SSWS ${options.token}`) return send(401, err('E0000011', 'Invalid token provided'));
    if (!found) return send(404, err('E0000022', `The endpoint does not support the provided HTTP method`));
    const queue = injected.get(found.operationId);
    const next = queue?.shift();
    if (next) {
      if (next.drop) {
        req.socket.destroy();
        return;
      }
      return send(next.status, next.body, next.headers);
    }
    if (fake.permissions && !fake.permissions.has(OPERATIONS[found.operationId].permission)) {
      return send(403, err('E0000006', 'You do not have permission to perform the requested action'));
    }
    const b = (typeof body === 'object' && body !== null ? body : {}) as Json;
    const p = found.params;
    const list = (items: Json[]) => {
      const after = Number(query['after'] ?? 0);
      const page = items.slice(after, after + pageSize);
      const headers: Record<string, string> = {};
      if (after + pageSize < items.length) {
        const nextUrl = new URL(`${origin}${url.pathname}`);
        for (const [k, v] of Object.entries(query)) if (k !== 'after') nextUrl.searchParams.set(k, v);
        nextUrl.searchParams.set('after', String(after + pageSize));
        headers['link'] = `<${nextUrl.href}>; rel="next"`;
      }
      return send(200, page.map(clone), headers);
    };
    const notFound = (what: string) => send(404, err('E0000007', `Not found: Resource not found: ${what} (${what})`));

    switch (found.operationId) {
      case 'listApplications': {
        const q = (query['q'] ?? '').toLowerCase();
        return list([...state.apps.values()].filter((a) => String(a['label']).toLowerCase().startsWith(q)).map(publicApp));
      }
      case 'getApplication': {
        const app = state.apps.get(p[0]!);
        return app ? send(200, publicApp(app)) : notFound(p[0]!);
      }
      case 'createApplication': {
        const causes = appCauses(b);
        if (causes.length > 0) return send(400, err('E0000001', 'Api validation failed: settings', causes));
        const appId = id('0oa');
        const credentials = (b['credentials'] ?? {}) as Json;
        const oauthClient: Json = { ...((credentials['oauthClient'] ?? {}) as Json), client_id: appId };
        if ((oauthClient['token_endpoint_auth_method'] ?? 'client_secret_basic') === 'client_secret_basic') oauthClient['client_secret'] = randomBytes(30).toString('base64url');
        const app: Json = { ...clone(b), id: appId, status: query['activate'] === 'false' ? 'INACTIVE' : 'ACTIVE', created: now(), lastUpdated: now(), credentials: { ...credentials, oauthClient } };
        state.apps.set(appId, app);
        return send(200, clone(app));
      }
      case 'replaceApplication': {
        const app = state.apps.get(p[0]!);
        if (!app) return notFound(p[0]!);
        const causes = appCauses(b);
        if (causes.length > 0) return send(400, err('E0000001', 'Api validation failed: settings', causes));
        const old = ((app['credentials'] as Json)['oauthClient'] ?? {}) as Json;
        const credentials = (b['credentials'] ?? {}) as Json;
        const oauthClient = { ...((credentials['oauthClient'] ?? {}) as Json), client_id: app['id'], ...(old['client_secret'] ? { client_secret: old['client_secret'] } : {}) };
        const updated: Json = { ...clone(b), id: app['id'], status: app['status'], created: app['created'], lastUpdated: now(), credentials: { ...credentials, oauthClient } };
        state.apps.set(p[0]!, updated);
        return send(200, publicApp(updated));
      }
      case 'activateApplication': {
        const app = state.apps.get(p[0]!);
        if (!app) return notFound(p[0]!);
        app['status'] = 'ACTIVE';
        return send(200, {});
      }
      case 'listApplicationGroupAssignments':
        return state.apps.has(p[0]!) ? list([...(state.appGroups.get(p[0]!)?.values() ?? [])]) : notFound(p[0]!);
      case 'assignGroupToApplication': {
        if (!state.apps.has(p[0]!)) return notFound(p[0]!);
        if (!state.groups.has(p[1]!)) return notFound(p[1]!);
        const assigned = state.appGroups.get(p[0]!) ?? new Map<string, Json>();
        const assignment = { id: p[1]!, priority: 0, lastUpdated: now(), ...(b['profile'] ? { profile: b['profile'] } : {}) };
        assigned.set(p[1]!, assignment);
        state.appGroups.set(p[0]!, assigned);
        return send(200, assignment);
      }
      case 'listApplicationUsers':
        return state.apps.has(p[0]!) ? list(state.appUsers.get(p[0]!) ?? []) : notFound(p[0]!);
      case 'listScopeConsentGrants':
        return state.apps.has(p[0]!) ? list(state.grants.get(p[0]!) ?? []) : notFound(p[0]!);
      case 'grantConsentToScope': {
        if (!state.apps.has(p[0]!)) return notFound(p[0]!);
        const grant = { id: id('oag'), issuer: b['issuer'], scopeId: b['scopeId'], status: 'ACTIVE', clientId: p[0]!, source: 'ADMIN', created: now() };
        state.grants.set(p[0]!, [...(state.grants.get(p[0]!) ?? []), grant]);
        return send(201, grant);
      }
      case 'listGroups': {
        const q = (query['q'] ?? '').toLowerCase();
        return list([...state.groups.values()].filter((g) => String((g['profile'] as Json)['name']).toLowerCase().startsWith(q)));
      }
      case 'listTrustedOrigins': {
        const m = /^origin eq "(.*)"$/.exec(query['filter'] ?? '');
        return list([...state.origins.values()].filter((o) => !m || o['origin'] === m[1]));
      }
      case 'createTrustedOrigin': {
        if ([...state.origins.values()].some((o) => o['origin'] === b['origin'])) {
          return send(400, err('E0000001', 'Api validation failed: origin', ['origin: The origin already exists']));
        }
        const made = { ...clone(b), id: id('tos'), status: 'ACTIVE', created: now(), lastUpdated: now() };
        state.origins.set(made.id, made);
        return send(200, made);
      }
      case 'replaceTrustedOrigin': {
        const o = state.origins.get(p[0]!);
        if (!o) return notFound(p[0]!);
        const updated = { ...clone(b), id: o['id'], status: o['status'], created: o['created'], lastUpdated: now() };
        state.origins.set(p[0]!, updated);
        return send(200, updated);
      }
      case 'activateTrustedOrigin': {
        const o = state.origins.get(p[0]!);
        if (!o) return notFound(p[0]!);
        o['status'] = 'ACTIVE';
        return send(200, clone(o));
      }
      default:
        return authServer(found.operationId, p, b, send, list, notFound);
    }
  }

  function authServer(
    operationId: OperationId,
    p: string[],
    b: Json,
    send: (status: number, payload?: unknown) => void,
    list: (items: Json[]) => void,
    notFound: (what: string) => void,
  ): void {
    const s = state.servers.get(p[0]!);
    if (!s) return notFound(p[0]!);
    const policy = p[1] !== undefined ? s.policies.get(p[1]) : undefined;
    if (p[1] !== undefined && !policy) return notFound(p[1]);
    const rules = p[1] !== undefined ? (s.rules.get(p[1]) ?? new Map<string, Json>()) : undefined;
    switch (operationId) {
      case 'getAuthorizationServer':
        return send(200, clone(s.server));
      case 'listAuthorizationServerPolicies':
        return list([...s.policies.values()]);
      case 'createAuthorizationServerPolicy': {
        const made = { status: 'ACTIVE', ...clone(b), id: id('00p'), system: false, created: now(), lastUpdated: now() };
        s.policies.set(made.id, made);
        return send(201, made);
      }
      case 'replaceAuthorizationServerPolicy': {
        const updated = { ...clone(b), id: policy!['id'], created: policy!['created'], lastUpdated: now() };
        s.policies.set(p[1]!, updated);
        return send(200, updated);
      }
      case 'activateAuthorizationServerPolicy':
        policy!['status'] = 'ACTIVE';
        return send(204);
      case 'listAuthorizationServerPolicyRules':
        return list([...rules!.values()]);
      case 'createAuthorizationServerPolicyRule': {
        const made = { status: 'ACTIVE', ...clone(b), id: id('0pr'), system: false, created: now(), lastUpdated: now() };
        rules!.set(made.id, made);
        s.rules.set(p[1]!, rules!);
        return send(200, made);
      }
      case 'replaceAuthorizationServerPolicyRule': {
        const rule = rules!.get(p[2]!);
        if (!rule) return notFound(p[2]!);
        const updated = { ...clone(b), id: rule['id'], created: rule['created'], lastUpdated: now() };
        rules!.set(p[2]!, updated);
        return send(200, updated);
      }
      case 'activateAuthorizationServerPolicyRule': {
        const rule = rules!.get(p[2]!);
        if (!rule) return notFound(p[2]!);
        rule['status'] = 'ACTIVE';
        return send(204);
      }
      default:
        return send(405, err('E0000022', 'not served by the fake org'));
    }
  }

  const listening = await listenOnLoopback(server as unknown as import('node:net').Server);
  origin = `http://127.0.0.1:${listening.port}`;
  const fake: FakeOkta = {
    url: origin,
    port: listening.port,
    log,
    state,
    permissions: undefined,
    failNext(operationId, response, count = 1) {
      const queue = injected.get(operationId) ?? [];
      for (let i = 0; i < count; i++) queue.push(response);
      injected.set(operationId, queue);
    },
    writesSince(from) {
      return log.slice(from).filter((r) => r.method === 'POST' || r.method === 'PUT');
    },
    close: () => listening.close(),
  };
  return fake;
}

/** An app as GET answers it: without its client secret. */
function publicApp(app: Json): Json {
  const copy = clone(app);
  const oauthClient = (copy['credentials'] as Json | undefined)?.['oauthClient'] as Json | undefined;
  if (oauthClient) delete oauthClient['client_secret'];
  return copy;
}

/** What Okta refuses in an OIDC app, as its errorCauses say it. */
function appCauses(b: Json): string[] {
  const settings = ((b['settings'] ?? {}) as Json)['oauthClient'] as Json | undefined;
  const causes: string[] = [];
  if (!settings) return ['settings.oauthClient: The field cannot be left blank'];
  const type = settings['application_type'];
  const uris = (settings['redirect_uris'] ?? []) as string[];
  if (type !== 'service' && uris.length === 0) causes.push('redirect_uris: At least one redirect URI is required');
  for (const uri of uris) {
    if (!/^https?:\/\//.test(uri)) causes.push(`redirect_uris: '${uri}' is not a valid redirect URI`);
  }
  const method = ((((b['credentials'] ?? {}) as Json)['oauthClient'] ?? {}) as Json)['token_endpoint_auth_method'];
  if (method === 'private_key_jwt' && !settings['jwks'] && !settings['jwks_uri']) causes.push('jwks: A public key is required for private_key_jwt');
  return causes;
}
