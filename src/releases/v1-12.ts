import { base1x, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release112: ReleaseProfile = {
  ...base1x,
  id: '1.12',
  label: 'OpenMetadata 1.12',
  contentDir: 'v1.12',
  order: 112,
  patch: '1.12.12',
  helmChart: { version: '1.12.12', source: 'HC@openmetadata-1.12.12 (a8f1ea41)' },
  settings: settings1x('1.12.12'),
  notes: [
    {
      id: 'ui-sso-overrides',
      text: 'Since 1.10, SSO can be configured from Settings > SSO. Once saved there, the stored configuration wins over env vars, openmetadata.yaml and Helm values until it is removed with `./bootstrap/openmetadata-ops.sh remove-security-config --force` and the server restarted.',
      source: 'DOM v1.12.x how-to-configure-sso-in-ui.mdx; OM#31786, #26241 (FM-38)',
    },
    {
      id: 'ui-save-org-keys',
      text: 'Saving SSO settings in the UI (1.10+) demands a public key URL equal to `{authority}/v1/keys`; with the org authorization server that URL does not exist, so the save is refused. Deliver the configuration by env, YAML or Helm instead.',
      source: 'OM#24334; OktaAuthValidator.validatePublicKeyUrls (FM-03)',
    },
    {
      id: 'auto-redirect',
      text: '`enableAutoRedirect` (AUTHENTICATION_ENABLE_AUTO_REDIRECT) exists from 1.11.5; the Helm chart does not map it (use extraEnvs).',
      source: 'OM release notes 1.11.5, PR #24872',
    },
  ],
};
