/**
 * Everything a live-check test needs, started together on loopback: a test CA, the Okta stand-in
 * (oidc-provider over HTTPS) and the OpenMetadata stand-in, configured to agree with each other, and
 * the inputs a reader would type for them. Used by tests/unit/runbook*.test.ts and verify*.test.ts,
 * and meant for Playwright tests too:
 *
 *   import { startLoopback } from '../support/loopback.ts';
 *   const lo = await startLoopback({ release: '1.12' });
 *   // lo.inputs -> the setup form; the browser context needs ignoreHTTPSErrors: true (test CA)
 *   ...
 *   await lo.close();
 */
import type { RawInputs } from '../../src/inputs/fields.ts';
import { latestRelease, releases } from '../../src/releases/index.ts';
import { startOktaProvider, type OktaProvider, type OktaProviderOptions } from './okta-provider.ts';
import { omAuthConfig, startOmServer, type OmServer, type OmServerOptions } from './om-server.ts';
import { makeTestTls, type TestTls } from './tls.ts';

export interface LoopbackOptions {
  /** Release whose OpenMetadata is simulated (its version and API paths): default the newest. */
  release?: string;
  flow?: 'implicit' | 'authcode';
  clientId?: string;
  okta?: Omit<OktaProviderOptions, 'tls' | 'clientId'>;
  om?: Omit<OmServerOptions, 'tls'> & { https?: boolean };
  /** Extra host names for the certificate (for startConnectProxy). */
  hostNames?: string[];
}

export interface Loopback {
  tls: TestTls;
  okta: OktaProvider;
  om: OmServer;
  /** What a reader would enter: Okta domain 127.0.0.1:<port> (or okta.host), OpenMetadata URL http://127.0.0.1:<port>. */
  inputs: RawInputs & { omUrl: string; oktaDomain: string; clientId: string; flow: 'implicit' | 'authcode' };
  /** Node fetch that trusts the test CA. */
  fetch: typeof fetch;
  close(): Promise<void>;
}

export const LOOPBACK_CLIENT_ID = '0oa1b2c3d4e5f6g7h8i9';

/** Patch versions the stand-in reports per release line. */
const PATCH: Record<string, string> = Object.fromEntries(releases.map((r) => [r.id, r.patch]));

export async function startLoopback(options: LoopbackOptions = {}): Promise<Loopback> {
  const release = options.release ?? latestRelease.id;
  const flow = options.flow ?? 'implicit';
  const clientId = options.clientId ?? LOOPBACK_CLIENT_ID;
  const extra = [...(options.hostNames ?? []), ...(options.okta?.host ? [options.okta.host.replace(/:\d+$/, '')] : [])];
  const tls = await makeTestTls(extra);
  const okta = await startOktaProvider({ ...options.okta, clientId, tls });
  const legacy = release === '0.12';
  const { https, ...omOptions } = options.om ?? {};
  const om = await startOmServer({ version: PATCH[release] ?? `${release}.0`, legacyPaths: legacy, ...omOptions, ...(https ? { tls } : {}) });
  if (!omOptions.auth) {
    const auth = omAuthConfig({ provider: 'okta', authority: okta.issuer, clientId, callbackUrl: `${om.url}/callback`, clientType: flow === 'authcode' ? 'confidential' : 'public' });
    if (legacy) delete auth['clientType'];
    om.setBaseline({ auth });
  }
  const authServer = options.okta?.authServer ?? 'default';
  return {
    tls,
    okta,
    om,
    inputs: {
      omUrl: om.url,
      flow,
      oktaDomain: okta.oktaDomain,
      authServer,
      clientId,
      principalDomain: 'example.com',
      adminPrincipals: ['jane.doe'],
    },
    fetch: okta.fetch,
    async close() {
      await Promise.all([okta.close(), om.close()]);
    },
  };
}
