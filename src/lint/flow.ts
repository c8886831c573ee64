/**
 * OKTA-FLOW-001 and OKTA-FLOW-002 (FM-11, FM-12): the flow a file sets up. OpenMetadata signs in
 * as a public client (implicit flow, Okta Single-Page Application) or as a confidential one (auth
 * code flow, Okta Web Application), as clientType says; the OIDC settings (client ID and secret,
 * discovery URI, callback, server URL) serve the confidential client only. A file with both sides
 * is read one way by OpenMetadata and was meant the other way by whoever wrote it, and a file
 * whose flow is not the reader's was written for another kind of Okta app. Each message names
 * the keys as the file writes them.
 *
 * The reverse contradiction on Helm, clientType confidential with oidcConfiguration not enabled,
 * is OKTA-HELM-001 (lint/yaml.ts), as is a public client with `enabled: true`.
 */
import type { SettingId } from '../releases/types.ts';
import { show } from '../text/quote.ts';
import type { LintContext } from './context.ts';
import type { YamlKind } from './surface.ts';

export type Flow = 'implicit' | 'authcode';

/** Settings only a confidential client reads: in a public client's file, they are ignored. */
const CONFIDENTIAL_ONLY: readonly SettingId[] = ['oidcClientId', 'oidcClientSecret', 'oidcDiscoveryUri', 'oidcCallbackUrl', 'oidcServerUrl'];

const FLOW_WORDS: Record<Flow, string> = {
  implicit: 'implicit flow (public client, Okta Single-Page Application)',
  authcode: 'auth code flow (confidential client, Okta Web Application)',
};

export function checkFlow(ctx: LintContext, kind: YamlKind | 'env', readerFlow: Flow | undefined): void {
  const { release, settings } = ctx;
  const typeSpec = release.settings.clientType;
  if (!release.confidentialClient || !typeSpec) return;
  const surface = (id: SettingId): string | undefined => {
    const spec = release.settings[id];
    return kind === 'env' ? spec?.env : kind === 'helm-values' ? spec?.helm : spec?.yaml;
  };
  const nameOf = (id: SettingId): string | undefined => ctx.places.get(id)?.field ?? ctx.secretRefs.get(id)?.field ?? surface(id);
  const typeName = nameOf('clientType');
  if (!typeName) return;

  const raw = settings.clientType;
  const written = typeof raw === 'string' && !ctx.unchecked.has('clientType') ? raw.trim().toLowerCase() : undefined;
  if (written !== undefined && written !== 'public' && written !== 'confidential') return;
  const fileFlow: Flow = (written ?? typeSpec.default) === 'confidential' ? 'authcode' : 'implicit';

  // The confidential client's settings the file holds (a value, or on Helm a Secret reference).
  const confidential = CONFIDENTIAL_ONLY.filter((id) => {
    if (ctx.secretRefs.has(id)) return true;
    const value: unknown = (settings as Record<string, unknown>)[id];
    return ctx.places.has(id) && !(typeof value === 'string' && value.trim() === '');
  });
  const typeLine = ctx.places.get('clientType')?.line;
  const firstLine = confidential.map((id) => ctx.places.get(id)?.line ?? ctx.secretRefs.get(id)?.line).find((l) => l !== undefined);
  const line = typeLine ?? firstLine;
  const enabledName = kind === 'helm-values' ? surface('oidcEnabled') : undefined;
  // On Helm, `enabled: true` under a public client is OKTA-HELM-001's finding, which says the same.
  const helmReported = kind === 'helm-values' && settings.oidcEnabled === true;

  // Only a file that says public itself contradicts itself: the stock openmetadata.yaml carries the
  // OIDC block with its defaults whatever the flow, and leaves clientType to the environment.
  if (written === 'public' && confidential.length > 0 && !helmReported) {
    const names = keyList(confidential.map((id) => nameOf(id)!), kind);
    const ignored =
      kind === 'helm-values'
        ? `the chart renders them only for clientType confidential with ${lastKey(enabledName)}: true, so it ignores them`
        : 'OpenMetadata ignores them for a public client';
    const what =
      readerFlow === 'authcode'
        ? `Your values say the auth code flow: set ${typeName} to confidential${enabledName ? ` and ${enabledName} to true` : ''}.`
        : readerFlow === 'implicit'
          ? `Your values say the implicit flow: remove ${names.text}, which om-okta lint --fix does not do for you.`
          : `Set ${typeName} to confidential for an Okta Web Application, or remove ${names.them} for a Single-Page Application; om-okta lint --fix settles it once your values say which flow you use (--inputs, or the setup panel).`;
    ctx.add(
      'OKTA-FLOW-001',
      'error',
      typeName,
      `${typeName} is public, so OpenMetadata signs in with the ${FLOW_WORDS.implicit}, but ${names.text} ${names.are} of the ${FLOW_WORDS.authcode}: ${ignored}. The file holds both flows. ${what}`,
      line,
    );
  }

  if (readerFlow !== undefined && written !== undefined && fileFlow !== readerFlow) {
    const wanted = readerFlow === 'authcode' ? 'confidential' : 'public';
    ctx.add(
      'OKTA-FLOW-002',
      'error',
      typeName,
      `${typeName} is ${show(written)}, the ${FLOW_WORDS[fileFlow]}, but your values say the ${FLOW_WORDS[readerFlow]}: the file was written for another kind of Okta app, and sign-in fails against yours. Set ${typeName} to ${wanted}${readerFlow === 'authcode' && enabledName ? ` and ${enabledName} to true` : ''}, or correct your values if the file is right.`,
      line,
    );
  }
}

const lastKey = (path: string | undefined): string => (path ?? 'enabled').slice((path ?? '').lastIndexOf('.') + 1);

/** Keys in words: YAML keys of one block as "BLOCK holds a, b and c", env names as they are. */
function keyList(names: string[], kind: YamlKind | 'env'): { text: string; them: string; are: string } {
  const join = (items: string[]): string => (items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
  const block = names[0]!.slice(0, names[0]!.lastIndexOf('.'));
  if (kind !== 'env' && block !== '' && names.every((n) => n.lastIndexOf('.') === block.length && n.startsWith(`${block}.`))) {
    const keys = names.map((n) => n.slice(block.length + 1));
    return { text: `${join(keys)} under ${block}`, them: `the keys under ${block}`, are: keys.length === 1 ? 'is a setting' : 'are settings' };
  }
  return { text: join(names), them: names.length === 1 ? 'it' : 'them', are: names.length === 1 ? 'is a setting' : 'are settings' };
}
