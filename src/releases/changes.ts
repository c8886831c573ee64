/**
 * What differs, in Okta-related config, between each release and the one before it: computed from
 * the profiles, so the "what changed" page cannot drift from what the renderers emit.
 */
import type { ReleaseProfile, SettingId, SettingSpec } from './types.ts';

export interface ReleaseChanges {
  release: ReleaseProfile;
  previous?: ReleaseProfile;
  changes: string[];
}

const surface = (spec: SettingSpec) =>
  [spec.env && `env ${spec.env}`, spec.yaml && `yaml ${spec.yaml}`, spec.helm && `Helm ${spec.helm}`].filter(Boolean).join(', ');

const fmt = (value: SettingSpec['default']) => (value === undefined ? 'none' : JSON.stringify(value));

/** Releases newest first, each with its differences from the next older one. */
export function releaseChanges(releases: readonly ReleaseProfile[]): ReleaseChanges[] {
  const ordered = [...releases].sort((a, b) => b.order - a.order);
  return ordered.map((release, index) => {
    const previous = ordered[index + 1];
    return previous ? { release, previous, changes: diff(previous, release) } : { release, changes: [] };
  });
}

function diff(before: ReleaseProfile, after: ReleaseProfile): string[] {
  const out: string[] = [];
  const ids = new Set([...Object.keys(before.settings), ...Object.keys(after.settings)]) as Set<SettingId>;
  for (const id of ids) {
    const a = before.settings[id];
    const b = after.settings[id];
    if (!a && b) out.push(`New setting \`${id}\` (${surface(b)}; default ${fmt(b.default)})${b.since && !b.since.endsWith('.0') ? `, from ${b.since}` : ''}.`);
    else if (a && !b) out.push(`Setting \`${id}\` is gone (was ${surface(a)}).`);
    else if (a && b) {
      if (surface(a) !== surface(b)) out.push(`\`${id}\` moved: ${surface(a)} → ${surface(b)}.`);
      if (fmt(a.default) !== fmt(b.default)) out.push(`\`${id}\` default: ${fmt(a.default)} → ${fmt(b.default)}.`);
    }
  }
  if (before.omJwksPath !== after.omJwksPath) out.push(`OpenMetadata's own JWKS path: \`${before.omJwksPath}\` → \`${after.omJwksPath}\`.`);
  if (before.confidentialClient !== after.confidentialClient) {
    out.push(after.confidentialClient ? 'The auth code flow (confidential client, Okta Web Application) is available.' : 'No auth code flow (confidential client).');
  }
  if (before.uiSsoConfig !== after.uiSsoConfig) {
    out.push(after.uiSsoConfig ? 'SSO can be configured in the UI (Settings > SSO); a saved UI configuration wins over env, YAML and Helm.' : 'No SSO configuration in the UI.');
  }
  if (before.ingestion.kind !== after.ingestion.kind) {
    out.push(after.ingestion.kind === 'bot-jwt' ? "Ingestion authenticates with the ingestion bot's JWT instead of an Okta service application." : 'Ingestion authenticates through an Okta service application.');
  }
  if (before.redirectPaths.authcode.join() !== after.redirectPaths.authcode.join() || before.redirectPaths.implicit.join() !== after.redirectPaths.implicit.join()) {
    out.push(`Redirect URIs to register: implicit ${after.redirectPaths.implicit.join(', ')}; auth code ${after.redirectPaths.authcode.join(', ')}.`);
  }
  const known = new Set(before.notes.map((n) => n.id));
  for (const note of after.notes) if (!known.has(note.id)) out.push(note.text);
  if (before.helmChart?.version !== after.helmChart?.version && after.helmChart) {
    out.push(`Helm chart checked: ${after.helmChart.version} (values schema in reference/upstream/helm/).`);
  }
  if (after.helmChartReleased && before.helmChartReleased?.version !== after.helmChartReleased.version) {
    out.push(`Helm chart ${after.helmChartReleased.version} was released for this line; its files could not be read, so the values are checked against chart ${after.helmChart?.version}'s schema.`);
  }
  return out;
}
