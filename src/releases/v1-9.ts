import { base1x, settings1x } from './openmetadata-1x.ts';
import type { ReleaseProfile } from './types.ts';

export const release19: ReleaseProfile = {
  ...base1x,
  id: '1.9',
  label: 'OpenMetadata 1.9',
  contentDir: 'v1.9',
  order: 109,
  patch: '1.9.17',
  checked:
    'Helm values checked against chart 1.9.17 (read at its tag). Server settings come from main-branch snapshots and the 1.9.0 quickstart compose file, not from a 1.9 tag.',
  helmChart: { version: '1.9.17', source: 'HC@openmetadata-1.9.17 (7a075e66)' },
  settings: settings1x('1.9.17', { sessionExpirySince: '1.9.0' }),
  uiSsoConfig: false,
  notes: [],
};
