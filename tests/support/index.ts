/** Loopback stand-ins for Okta and OpenMetadata, for unit and browser tests of the live checks. */
export { startLoopback, LOOPBACK_CLIENT_ID, type Loopback, type LoopbackOptions } from './loopback.ts';
export { startOktaProvider, NO_API_ACCESS_MANAGEMENT, type OktaProvider, type OktaProviderOptions, type OktaFailure } from './okta-provider.ts';
export { startOmServer, omAuthConfig, omJwks, OM_DEFAULT_KID, type OmServer, type OmServerOptions, type OmServerState, type OmRoute, type OmRouteBehaviour } from './om-server.ts';
export { startConnectProxy, fetchViaProxy, type ConnectProxy } from './connect-proxy.ts';
export { makeTestTls, fetchTrusting, writeCaFile, type TestTls } from './tls.ts';
export { closedPort } from './listen.ts';
