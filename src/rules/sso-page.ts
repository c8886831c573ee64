/**
 * OKTA-OMV-001: configurations that work from env, YAML or Helm but that the release's Settings >
 * SSO page refuses to save. One message per cause, whichever stage (inputs or settings) sees it.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { Finding } from './finding.ts';

/** Whether the release has the org-server key URL check on save (OM#24334: 1.10.0 to 1.10.6). */
export const checksOrgKeysOnSave = (release: Pick<ReleaseFacts, 'notes'>): boolean => release.notes.some((note) => note.id === 'ui-save-org-keys');

/** `subject` names what points at the org server; `keysUrl` is the key URL the save demands. */
export function orgKeysSaveWarning(release: Pick<ReleaseFacts, 'id' | 'label'>, subject: string, keysUrl: string): Finding {
  return {
    id: 'OKTA-OMV-001',
    severity: 'warning',
    message: `${subject}: ${release.label}.0 to ${release.id}.6 refuse to save SSO settings from Settings > SSO with it, because they demand the key URL ${keysUrl}, which the org authorization server does not have (OM#24334, fixed in ${release.id}.7 by PR #24326). On those patches deliver this configuration by env, YAML or Helm and do not save the SSO page, or upgrade to ${release.id}.7 or later.`,
  };
}
