import { base1x, NOTES, UI_FORM, SECURITY_CONFIG_OPS, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release112: ReleaseProfile = {
  ...base1x,
  id: '1.12',
  label: 'OpenMetadata 1.12',
  contentDir: 'v1.12',
  order: 112,
  patch: '1.12.12',
  checked:
    "Helm values checked against chart 1.12.12 (read at its tag). Server settings and the callback read in the 1.12.6 source as copied in a user's repository, not at an upstream tag.",
  helmChart: { version: '1.12.12', source: 'HC@openmetadata-1.12.12 (a8f1ea41)' },
  settings: settings1x('1.12.12', { sessionExpirySince: '1.12.0', forceSecureSessionCookieSince: '1.12.0', enableAutoRedirectSince: '1.12.0' }),
  uiSsoConfig: true,
  uiForm: { source: `${UI_FORM.since}; fields: ${UI_FORM.fields}; files: ${UI_FORM.files}` },
  securityConfigOps: SECURITY_CONFIG_OPS.getUpdateRemove,
  notes: [NOTES.uiSsoOverrides, NOTES.claimsMapping],
};
