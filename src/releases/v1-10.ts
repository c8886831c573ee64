import { base1x, NOTES, UI_FORM, SECURITY_CONFIG_OPS, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release110: ReleaseProfile = {
  ...base1x,
  id: '1.10',
  label: 'OpenMetadata 1.10',
  contentDir: 'v1.10',
  order: 110,
  patch: '1.10.14',
  checked:
    'Helm values checked against chart 1.10.14 (read at its tag). Server settings come from main-branch snapshots, not from a 1.10 tag; no 1.10 quickstart compose file was found.',
  helmChart: { version: '1.10.14', source: 'HC@openmetadata-1.10.14 (b6216340)' },
  settings: settings1x('1.10.14', { sessionExpirySince: '1.10.0', forceSecureSessionCookieSince: '1.10.13' }),
  uiSsoConfig: true,
  uiForm: { source: `${UI_FORM.since}; fields: ${UI_FORM.fields}; files: ${UI_FORM.files}` },
  securityConfigOps: SECURITY_CONFIG_OPS.removeOnly,
  notes: [NOTES.uiSsoOverrides, NOTES.uiSaveOrgKeys, NOTES.forceSecureCookie],
};
