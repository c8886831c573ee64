import { base1x, NOTES, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release18: ReleaseProfile = {
  ...base1x,
  id: '1.8',
  label: 'OpenMetadata 1.8',
  contentDir: 'v1.8',
  order: 108,
  patch: '1.8.12',
  checked:
    'Helm values checked against chart 1.8.12 (read at its tag). Server settings come from main-branch snapshots and the 1.8.8 quickstart compose file, not from a 1.8 tag.',
  helmChart: { version: '1.8.12', source: 'HC@openmetadata-1.8.12 (6feafa3c)' },
  settings: settings1x('1.8.12', { sessionExpirySince: '1.8.2' }),
  uiSsoConfig: false,
  notes: [NOTES.sessionExpiry],
};
