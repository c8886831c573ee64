/**
 * The live checks against misbehaving servers on loopback: one that never answers, one that drips
 * byte after byte, redirects (same origin, another port, host or scheme, a loop), and JSON that is
 * not an object or is nested far too deep. Timing assertions are bounds: a run ends within its
 * time limit plus a second.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/inputs/fields.ts';
import { findRelease } from '../../src/releases/index.ts';
import {
  checkContext,
  checkOmAuthConfig,
  checkOmJwks,
  checkOmVersion,
  checkTarget,
  getJson,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
  runChecks,
  type CheckContext,
} from '../../src/runbook/index.ts';
import { closedPort } from '../support/index.ts';
import { listenOnLoopback, type Listening } from '../support/listen.ts';

const release = findRelease('1.12')!;
const CLIENT_ID = '0oa1b2c3d4e5f6g7h8i9';
const LIMIT_MS = 800;

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** An HTTP server on loopback whose answer per path the test sets; it records every path asked. */
async function standIn(): Promise<{ url: string; port: number; routes: Map<string, Handler>; requests: string[]; close(): Promise<void> }> {
  const routes = new Map<string, Handler>();
  const requests: string[] = [];
  const timers = new Set<ReturnType<typeof setInterval>>();
  const server = createHttpServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const handler = routes.get(path);
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end('{"code":404,"message":"HTTP 404 Not Found"}');
  });
  // Drips: a byte every 100 ms, for ever (until the client goes or the server closes). Faster
  // than the time limit, so only a deadline on the whole body stops it, not one per read.
  routes.set('/drip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const t = setInterval(() => res.write(' '), 100);
    timers.add(t);
    res.on('close', () => {
      clearInterval(t);
      timers.delete(t);
    });
  });
  const listening: Listening = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${listening.port}`,
    port: listening.port,
    routes,
    requests,
    close: async () => {
      for (const t of timers) clearInterval(t);
      await listening.close();
    },
  };
}

const json = (body: string): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
};
const redirect = (status: number, location: string): Handler => (_req, res) => {
  res.writeHead(status, { location });
  res.end();
};

function target(omUrl: string, oktaDomain = '127.0.0.1:1') {
  return checkTarget(readInputs({ omUrl, flow: 'implicit', oktaDomain, authServer: 'default', clientId: CLIENT_ID, principalDomain: 'example.com', adminPrincipals: ['jane.doe'] }), release);
}

const node = (extra: Partial<CheckContext> = {}): CheckContext => checkContext({ fetch: globalThis.fetch, environment: 'node', ...extra });

let stand: Awaited<ReturnType<typeof standIn>>;
let other: Awaited<ReturnType<typeof standIn>>;
let silent: Listening;

beforeAll(async () => {
  stand = await standIn();
  other = await standIn();
  // Accepts connections and never says a word (TLS handshakes included).
  silent = await listenOnLoopback(createNetServer(() => undefined));
});
afterAll(async () => {
  await Promise.all([stand?.close(), other?.close(), silent?.close()]);
});
afterEach(() => {
  for (const s of [stand, other]) {
    for (const path of [...s.routes.keys()]) if (path !== '/drip') s.routes.delete(path);
    s.requests.length = 0;
  }
});

describe('one time limit for the whole run', () => {
  // Each of these would hang without the deadline (the test's own limit would end it): what they
  // assert is the outcome; how fast is the bench's business.
  it('a server that never answers (Okta and OpenMetadata): the run ends at the limit', async () => {
    const results = await runChecks(target(`http://127.0.0.1:${silent.port}`, `127.0.0.1:${silent.port}`), node({ timeoutMs: LIMIT_MS }));
    expect(results[0]).toMatchObject({ id: 'okta-discovery', status: 'fail' });
    // Within the whole limit, or (on a loaded machine, which may start a side late) nearly all of it.
    const within = '(800 ms|the \\d+ ms left of the 800 ms all checks share)';
    expect(results[0]!.message).toMatch(new RegExp(`^No answer from https://127\\.0\\.0\\.1:${silent.port}/oauth2/default/\\.well-known/openid-configuration within ${within}: the server is overloaded or the request hangs \\(a firewall or proxy may hold it\\)\\.$`));
    // The Okta checks and the OpenMetadata checks run side by side: each side's first request has the
    // whole limit, and what follows it on that side is left without time.
    expect(results[2]).toMatchObject({ id: 'om-version', status: 'fail' });
    expect(results[2]!.message).toMatch(new RegExp(`^No answer from http://127\\.0\\.0\\.1:${silent.port}/api/v1/system/version within ${within}: the server is overloaded`));
    for (const r of [results[1]!, results[3]!, results[4]!]) {
      expect(r.status, r.id).toBe('could-not-run');
      expect(r.message).toBe('Not requested: the time limit of 800 ms for all checks ran out before this one.');
    }
  });

  it('a server that drips a byte every 100 ms: the body is bounded by the same deadline', async () => {
    for (const path of ['/api/v1/system/version', '/api/v1/system/config/auth', '/api/v1/system/config/jwks']) stand.routes.set(path, stand.routes.get('/drip')!);
    const refused = await closedPort();
    const results = await runChecks(target(stand.url, `127.0.0.1:${refused}`), node({ timeoutMs: LIMIT_MS }));
    expect(results.map((r) => r.status)).toEqual(['fail', 'fail', 'fail', 'could-not-run', 'could-not-run']);
    expect(results[2]!.message).toMatch(new RegExp(`^The answer from ${stand.url}/api/v1/system/version started but did not finish within (800 ms|the \\d+ ms left of the 800 ms all checks share)\\.$`));
  });

  it('the deadline holds even when the fetch ignores its abort signal', async () => {
    const deaf: typeof fetch = () => new Promise<Response>(() => undefined);
    const outcome = await getJson('https://example.invalid/', node({ fetch: deaf, timeoutMs: 150 }));
    expect(outcome).toEqual({ kind: 'timeout', url: 'https://example.invalid/', timeoutMs: 150, limitMs: 150, phase: 'headers' });
    const endless: typeof fetch = async () => new Response(new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) }));
    expect(await getJson('https://example.invalid/', node({ fetch: endless, timeoutMs: 150 }))).toMatchObject({ kind: 'timeout', phase: 'body' });
  });
});

describe('redirects are findings, never a silent pass', () => {
  it('same origin, another path: followed, and a warning "use that URL"', async () => {
    stand.routes.set('/api/v1/system/version', redirect(302, '/moved/version'));
    stand.routes.set('/moved/version', json('{"version":"1.12.12"}'));
    const r = await checkOmVersion(target(stand.url), node());
    expect(r.status).toBe('warn');
    expect(r.message).toBe(`${stand.url}/api/v1/system/version redirects (HTTP 302) to "${stand.url}/moved/version": use that URL. OpenMetadata 1.12.12 answers at ${stand.url}: the release this guide is for.`);
    expect(r.fix).toContain('Change the OpenMetadata URL input');
  });

  it('another port: a failure, and the other server is never asked', async () => {
    stand.routes.set('/api/v1/system/config/auth', redirect(301, `${other.url}/api/v1/system/config/auth`));
    const r = await checkOmAuthConfig(target(stand.url), node());
    expect(r.status).toBe('fail');
    expect(r.message).toBe(`${stand.url}/api/v1/system/config/auth redirects (HTTP 301) to "${other.url}/api/v1/system/config/auth", on another port (${other.port}): your configuration points at ${stand.url}, but what answers there sends everyone elsewhere. The redirect was not checked further.`);
    expect(other.requests).toEqual([]);
  });

  it('another loopback address or another scheme: a failure naming it', async () => {
    stand.routes.set('/api/v1/system/config/jwks', redirect(307, `http://127.0.0.2:${stand.port}/keys`));
    const host = await checkOmJwks(target(stand.url), node());
    expect(host.status).toBe('fail');
    expect(host.message).toContain(`on another host (127.0.0.2:${stand.port})`);
    stand.routes.set('/api/v1/system/config/jwks', redirect(308, `https://127.0.0.1:${stand.port}/api/v1/system/config/jwks`));
    const scheme = await checkOmJwks(target(stand.url), node());
    expect(scheme.status).toBe('fail');
    expect(scheme.message).toContain('on another scheme (http: to https:)');
  });

  it('a redirect loop, and a redirect without a Location: failures', async () => {
    stand.routes.set('/api/v1/system/version', redirect(302, '/api/v1/system/version'));
    const loop = await checkOmVersion(target(stand.url), node());
    expect(loop.status).toBe('fail');
    expect(loop.message).toMatch(/redirected more than 5 times/);
    stand.routes.set('/api/v1/system/version', (_req, res) => {
      res.writeHead(302);
      res.end();
    });
    const bare = await checkOmVersion(target(stand.url), node());
    expect(bare.status).toBe('fail');
    expect(bare.message).toMatch(/a redirect \(HTTP 302\) without a usable Location/);
  });

  it('in a browser (fetch follows): judged from where it ended; an opaque redirect is could-not-run', async () => {
    stand.routes.set('/api/v1/system/version', redirect(302, `${other.url}/api/v1/system/version`));
    other.routes.set('/api/v1/system/version', json('{"version":"1.12.12"}'));
    const crossed = await checkOmVersion(target(stand.url), checkContext({ fetch: globalThis.fetch, environment: 'browser' }));
    expect(crossed.status).toBe('fail');
    expect(crossed.message).toContain(`redirects to "${other.url}/api/v1/system/version", on another port`);
    const opaque = (async () => ({ type: 'opaqueredirect', status: 0, redirected: false, url: '', headers: new Headers(), body: null }) as unknown as Response) as typeof fetch;
    const hidden = await checkOmVersion(target(stand.url), checkContext({ fetch: opaque, environment: 'browser' }));
    expect(hidden.status).toBe('could-not-run');
    expect(hidden.message).toContain('answered with a redirect, which the browser does not let this page follow or see');
  });
});

describe('JSON that is not a document', () => {
  it('not an object (a list, a string, null): a clear failure for each check', async () => {
    stand.routes.set('/api/v1/system/version', json('[1, 2, 3]'));
    stand.routes.set('/api/v1/system/config/auth', json('"okta"'));
    stand.routes.set('/api/v1/system/config/jwks', json('null'));
    const version = await checkOmVersion(target(stand.url), node());
    expect(version.status).toBe('fail');
    expect(version.message).toBe(`${stand.url}/api/v1/system/version answered JSON, but a list ("[1, 2, 3]") instead of an object, so it is not OpenMetadata's version.`);
    expect((await checkOmAuthConfig(target(stand.url), node())).message).toContain('answered JSON, but a string');
    expect((await checkOmJwks(target(stand.url), node())).message).toContain('answered JSON, but null');
  });

  it('nested 100,000 deep: refused before parsing, never a stack overflow', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    stand.routes.set('/api/v1/system/config/auth', json(deep));
    stand.routes.set('/api/v1/system/config/jwks', json(`{"keys":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}`));
    const results = await runChecks(target(stand.url), node());
    for (const id of ['om-auth-config', 'om-jwks']) {
      const r = results.find((x) => x.id === id)!;
      expect(r.status, id).toBe('fail');
      expect(r.message).toMatch(new RegExp(`answered JSON nested more than ${MAX_JSON_DEPTH} levels deep, far deeper than .* or any real document, so it was not read\\.$`));
      expect(r.message).not.toMatch(/stack/i);
    }
  });

  it('the depth scan counts brackets outside strings only', () => {
    expect(jsonDepthExceeds('{"a":[[1]]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[[[1]]]}', 3)).toBe(true);
    expect(jsonDepthExceeds(`{"a":"${'['.repeat(100)}\\"${'{'.repeat(100)}"}`, 3)).toBe(false);
  });
});
