import { base1x, NOTES, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release112: ReleaseProfile = {
  ...base1x,
  id: '1.12',
  label: 'OpenMetadata 1.12',
  contentDir: 'v1.12',
  order: 112,
  patch: '1.12.12',
  helmChart: { version: '1.12.12', source: 'HC@openmetadata-1.12.12 (a8f1ea41)' },
  settings: settings1x('1.12.12', { sessionExpirySince: '1.12.0', forceSecureSessionCookieSince: '1.12.0', enableAutoRedirectSince: '1.12.0' }),
  uiSsoConfig: true,
  notes: [NOTES.uiSsoOverrides, NOTES.claimsMapping],
};
