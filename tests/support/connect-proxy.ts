/**
 * An HTTP CONNECT proxy on loopback that sends chosen host names to loopback ports: the way a test
 * makes `https://dev-123456.okta.com/...` reach a local stand-in for Okta, so that the inputs can
 * be real Okta host names (which the input rules accept) rather than `127.0.0.1:<port>`.
 *
 * Node 24's fetch goes through it with NODE_USE_ENV_PROXY=1 and HTTPS_PROXY (child processes), or
 * an undici ProxyAgent (in process). TLS stays end to end: the proxy only relays bytes, so the
 * certificate must name the host (makeTestTls(['dev-123456.okta.com'])). Any other host is refused
 * with 403, so nothing leaves the machine.
 */
import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { listenOnLoopback } from './listen.ts';
import { Agent, ProxyAgent, fetch as undiciFetch } from 'undici';

export interface ConnectProxy {
  /** `http://127.0.0.1:<port>`: the value for HTTPS_PROXY. */
  url: string;
  /** `host:port` targets asked for, in order (refused ones too). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

/** `routes` maps `host:port` as clients ask for it (e.g. `dev-123456.okta.com:443`) to a loopback port. */
export async function startConnectProxy(routes: Record<string, number>): Promise<ConnectProxy> {
  const requests: string[] = [];
  const server: Server = createServer((_req, res) => {
    // Plain proxied HTTP requests are not offered: only CONNECT tunnels to the routes.
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('CONNECT only\n');
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const target = req.url ?? '';
    requests.push(target);
    const port = routes[target.toLowerCase()];
    if (port === undefined) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    listening.track(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  const listening = await listenOnLoopback(server);
  const { port } = listening;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      await listening.close();
    },
  };
}

/**
 * A fetch for in-process tests that behaves like a child process with NODE_USE_ENV_PROXY=1,
 * HTTPS_PROXY=<proxy> and NO_PROXY=127.0.0.1: loopback URLs go direct, everything else through
 * the proxy; both trust `ca`.
 */
export function fetchViaProxy(proxyUrl: string, ca: string): { fetch: typeof fetch; close: () => Promise<void> } {
  const direct = new Agent({ connect: { ca } });
  const proxied = new ProxyAgent({ uri: proxyUrl, requestTls: { ca } });
  const viaProxy = ((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const dispatcher = url.hostname === '127.0.0.1' || url.hostname === 'localhost' ? direct : proxied;
    return undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher });
  }) as unknown as typeof fetch;
  return { fetch: viaProxy, close: async () => { await Promise.all([direct.close(), proxied.close()]); } };
}
