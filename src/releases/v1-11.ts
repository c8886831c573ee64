import { base1x, NOTES, UI_FORM, SECURITY_CONFIG_OPS, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release111: ReleaseProfile = {
  ...base1x,
  id: '1.11',
  label: 'OpenMetadata 1.11',
  contentDir: 'v1.11',
  order: 111,
  patch: '1.11.13',
  checked:
    'Helm values checked against chart 1.11.13 (read at its tag). Server settings come from main-branch snapshots, not from a 1.11 tag; no 1.11 quickstart compose file was found.',
  helmChart: { version: '1.11.13', source: 'HC@openmetadata-1.11.13 (eaf78737)' },
  settings: settings1x('1.11.13', { sessionExpirySince: '1.11.0', forceSecureSessionCookieSince: '1.11.0', enableAutoRedirectSince: '1.11.5' }),
  uiSsoConfig: true,
  uiForm: { source: `${UI_FORM.since}; fields: ${UI_FORM.fields}; files: ${UI_FORM.files}` },
  securityConfigOps: SECURITY_CONFIG_OPS.removeOnly,
  notes: [NOTES.uiSsoOverrides, NOTES.autoRedirect, NOTES.claimsMapping],
};
