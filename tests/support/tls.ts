/**
 * A throw-away certificate authority and a server certificate it signs, made at test start (no
 * files in the repository, nothing trusted beyond the test). Node's fetch trusts them through an
 * undici Agent with `ca` (in process) or NODE_EXTRA_CA_CERTS (child processes); a browser through
 * Playwright's `ignoreHTTPSErrors`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';
import { Agent, fetch as undiciFetch } from 'undici';

export interface TestTls {
  /** PEM of the CA: what a client must trust. */
  ca: string;
  /** PEM of the server certificate and its private key, for https.createServer. */
  cert: string;
  key: string;
  /** Host names and IP addresses the server certificate is valid for. */
  names: readonly string[];
}

const DAY = 24 * 60 * 60 * 1000;

/** A CA and a server certificate for 127.0.0.1, ::1, localhost and the extra names given. */
export async function makeTestTls(extraNames: readonly string[] = []): Promise<TestTls> {
  const notBeforeDate = new Date(Date.now() - DAY);
  const notAfterDate = new Date(Date.now() + 7 * DAY);
  const ca = await generate([{ name: 'commonName', value: 'om-okta test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  });
  const names = [...new Set(['127.0.0.1', '::1', 'localhost', ...extraNames])];
  const server = await generate([{ name: 'commonName', value: extraNames[0] ?? '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: names.map((n) => (isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n })) },
    ],
  });
  return { ca: ca.cert, cert: server.cert, key: server.private, names };
}

/**
 * A fetch that trusts the test CA (and only for this client): undici's own fetch with an Agent
 * whose TLS options carry the CA. Close the agent with `close()` when done.
 */
export function fetchTrusting(ca: string): { fetch: typeof fetch; close: () => Promise<void> } {
  const agent = new Agent({ connect: { ca } });
  const trusted = ((input: RequestInfo | URL, init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: agent })) as unknown as typeof fetch;
  return { fetch: trusted, close: () => agent.close() };
}

/** Writes the CA to a temporary file for NODE_EXTRA_CA_CERTS; `remove()` deletes it. */
export async function writeCaFile(ca: string): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'om-okta-ca-'));
  const path = join(dir, 'ca.pem');
  await writeFile(path, ca);
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}
