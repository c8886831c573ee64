import { base1x, NOTES, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release111: ReleaseProfile = {
  ...base1x,
  id: '1.11',
  label: 'OpenMetadata 1.11',
  contentDir: 'v1.11',
  order: 111,
  patch: '1.11.13',
  helmChart: { version: '1.11.13', source: 'HC@openmetadata-1.11.13 (eaf78737)' },
  settings: settings1x('1.11.13', { sessionExpirySince: '1.11.0', forceSecureSessionCookieSince: '1.11.0', enableAutoRedirectSince: '1.11.5' }),
  uiSsoConfig: true,
  notes: [NOTES.uiSsoOverrides, NOTES.autoRedirect, NOTES.claimsMapping],
};
