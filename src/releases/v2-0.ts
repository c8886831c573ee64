import { base1x, NOTES, UI_FORM, OM_1126, SECURITY_CONFIG_OPS, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

/** The 2.0 upgrade notes' page on platform and security changes (a stored copy of the docs site; its docs-om file was not located). */
const UPGRADE_NOTES = 'docs.open-metadata.org v2.0.x-SNAPSHOT deployment/upgrade/breaking-changes/platform-and-security ("1.13 to 2.0"); not read in conf/openmetadata.yaml at a 2.0 tag';
const NOT_IN_CHART = 'chart 1.13.1 does not map it and the 2.0 chart could not be read: extraEnvs';
const LINE_13 = settings1x('1.13.1', { sessionExpirySince: '2.0.0', forceSecureSessionCookieSince: '2.0.0', enableAutoRedirectSince: '2.0.0' });

/**
 * 2.0 (2.0.10-release of 2026-11-24 is the newest patch). The auth settings are 1.13's plus what
 * the 2.0 upgrade notes list; the email-first identity settings of OM PR #25538 (adminEmails,
 * emailClaim, botDomain, ...) are not among them: they appear only in the 2.1 development branch
 * (OM@a1526da3), so this profile does not model them.
 */
export const release20: ReleaseProfile = {
  ...base1x,
  id: '2.0',
  label: 'OpenMetadata 2.0',
  contentDir: 'v2.0',
  order: 200,
  patch: '2.0.10',
  checked:
    "Chart 2.0.0 was released, but its files could not be read here: Helm values are checked against chart 1.13.1's schema, and 2.0's new settings go in extraEnvs. The server's settings could not be read at a 2.0 tag: they are 1.13's plus the additions listed in the 2.0 upgrade notes.",
  helmChart: { version: '1.13.1', source: 'HC@openmetadata-1.13.1 (039a208f), the newest chart whose files could be read' },
  helmChartReleased: {
    version: '2.0.0',
    source: 'HC PR #532 "CHORE: prepare release 2.0.0", merged 2026-08-24; its files are not in the copy of the chart repository read here (newest tag openmetadata-1.13.1)',
  },
  settings: {
    ...LINE_13,
    oidcSessionExpiry: { ...LINE_13.oidcSessionExpiry!, deprecated: 'sessionExpiry (AUTHENTICATION_SESSION_EXPIRY), which applies to every provider' },
    sessionExpiry: { env: 'AUTHENTICATION_SESSION_EXPIRY', yaml: 'authenticationConfiguration.sessionExpiry', default: '604800', source: `${UPGRADE_NOTES} (seconds, at least 3600, for every provider); ${NOT_IN_CHART}` },
    maxActiveSessionsPerUser: { env: 'AUTHENTICATION_MAX_ACTIVE_SESSIONS_PER_USER', yaml: 'authenticationConfiguration.maxActiveSessionsPerUser', default: '5', source: `${UPGRADE_NOTES} (sessions kept in the user_session table, the least recently used revoked past the cap; OM PR #26314); ${NOT_IN_CHART}` },
    additionalTrustedRedirectUris: { env: 'AUTHENTICATION_ADDITIONAL_TRUSTED_REDIRECT_URIS', yaml: 'authenticationConfiguration.additionalTrustedRedirectUris', default: [], source: `${UPGRADE_NOTES}; OM PR #30287 (merged 2026-07-21); ${NOT_IN_CHART}` },
  },
  uiSsoConfig: true,
  uiForm: { source: `${UI_FORM.since}; fields: ${UI_FORM.fields}; files: ${UI_FORM.files}`, testLogin: UI_FORM.testLogin },
  securityConfigOps: SECURITY_CONFIG_OPS.getUpdateRemove,
  callbackToken: {
    kind: 'openmetadata-jwt',
    source: 'OM PR #26314 (session management, in 2.0.0 per OM PR #32961): AuthenticationCodeFlowHandler.handleCallback signs an OpenMetadata JWT (generateJwtToken) and hands it to the UI instead of the IdP id_token; read in a 2.0-era main snapshot, commit not pinned',
  },
  trustedRedirects: {
    source: `SecurityUtil.validateRedirectUri, called by AuthenticationCodeFlowHandler.requireRedirectUri on GET /api/v1/auth/login (2.0-era main snapshot; from 2.0.0-rc1 per OM PR #33764): trusted are authenticationConfiguration.callbackUrl, oidcConfiguration.serverUrl + /auth/callback and + /mcp/callback, and additionalTrustedRedirectUris (OM PR #30287). ${OM_1126} has no such check`,
  },
  notes: [NOTES.uiSsoOverrides, NOTES.claimsMapping, NOTES.omTokenAfterCallback, NOTES.trustedRedirect, NOTES.sessions, NOTES.testLogin],
};
