import { base1x, NOTES, UI_FORM, SECURITY_CONFIG_OPS, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

/**
 * 1.13 (1.13.0 on 2026-06-08, DOM@a845d4e3:snippets/releases/1.13.0.mdx). The chart is read at its
 * tags; the server's settings are 1.12's: no 1.13 tag of conf/openmetadata.yaml could be read, the
 * 1.13.0 release notes list no change to them, and the 2.0 upgrade notes count their additions
 * from 1.13.
 */
export const release113: ReleaseProfile = {
  ...base1x,
  id: '1.13',
  label: 'OpenMetadata 1.13',
  contentDir: 'v1.13',
  order: 113,
  patch: '1.13.6',
  checked:
    "Helm values checked against chart 1.13.1 (read at its tag; its auth values equal 1.12.12's). The server's settings could not be read at a 1.13 tag: they are 1.12's, which the 1.13 release notes leave unchanged.",
  helmChart: { version: '1.13.1', source: 'HC@openmetadata-1.13.1 (039a208f); git diff openmetadata-1.12.12..openmetadata-1.13.1 changes no auth value, schema or template' },
  settings: settings1x('1.13.1', { sessionExpirySince: '1.13.0', forceSecureSessionCookieSince: '1.13.0', enableAutoRedirectSince: '1.13.0' }),
  uiSsoConfig: true,
  uiForm: { source: `${UI_FORM.since}; fields: ${UI_FORM.fields}; files: ${UI_FORM.files}` },
  securityConfigOps: SECURITY_CONFIG_OPS.getUpdateRemove,
  notes: [NOTES.uiSsoOverrides, NOTES.claimsMapping],
};
