/**
 * Helpers for the custom element tests (happy-dom): the setup panel's markup as
 * components/SetupPanel.astro builds it, the reader's values published as the panel does, and a
 * wait for what an element does after an await.
 */
import { loadRenderers } from '../../../src/render/load.ts';
import { consoleStep } from '../../../src/okta/console-steps.ts';
import * as engine from '../../../components/live/client.ts';
import { liveValues } from '../../../components/live/values.ts';
import { derive, SHOWN_DERIVED } from '../../../src/inputs/derived.ts';
import { FIELD_NAMES, FIELDS, fieldAppliesTo, PLACEHOLDER_INPUTS } from '../../../src/inputs/fields.ts';
import type { FormValues } from '../../../src/live/form.ts';
import { derivedValueHtml } from '../../../src/live/html.ts';
import { findRelease } from '../../../src/releases/index.ts';
import type { ReleaseProfile } from '../../../src/releases/types.ts';

export const release = (id: string): ReleaseProfile => findRelease(id)!;

/** The setup panel of a release, with its form, summary, derived values and actions (what the tests use of SetupPanel.astro). */
export function panelMarkup(r: ReleaseProfile): string {
  const fields = FIELD_NAMES.filter((name) => fieldAppliesTo(name, r))
    .map((name) => {
      const meta = FIELDS[name];
      const control =
        meta.kind === 'boolean'
          ? `<label><input type="checkbox" name="${name}"></label>`
          : meta.kind === 'choice'
            ? `<select name="${name}">${(meta.choices ?? [])
                .filter((c) => name !== 'flow' || c.value !== 'authcode' || r.confidentialClient)
                .map((c) => `<option value="${c.value}">${c.label}</option>`)
                .join('')}</select>`
            : meta.kind === 'list'
              ? `<textarea name="${name}"></textarea>`
              : `<input name="${name}" type="${meta.secret ? 'password' : 'text'}">`;
      const hidden = name === 'clientSecret' || name === 'inlineSecret' ? ' hidden' : '';
      return `<div class="om-field" data-field="${name}"${hidden}>${control}<ul class="om-diags" data-field-diags></ul></div>`;
    })
    .join('');
  const placeholders = derive(PLACEHOLDER_INPUTS, r);
  const derived = SHOWN_DERIVED.map(
    ({ name }) =>
      `<dd><om-derived-value><span data-derived="${name}">${derivedValueHtml(placeholders[name])}</span></om-derived-value>` +
      `<button type="button" data-action="copy-derived" data-copy-from="${name}">Copy</button></dd>`,
  ).join('');
  return (
    `<om-setup-panel><section data-setup-panel data-release="${r.id}">` +
    `<div data-summary><p data-summary-text>Nothing typed yet: the pages show placeholders.</p><ul data-summary-list></ul></div>` +
    `<p data-setup-notice role="status" hidden></p>` +
    `<form>${fields}</form><dl>${derived}</dl>` +
    `<div><button type="button" data-action="share">Copy a share link</button><input data-share-url readonly>` +
    `<a data-action="download-inputs" download="inputs.json" href="#your-values" hidden>Download inputs.json</a>` +
    `<button type="button" data-action="reset">Reset</button></div></section></om-setup-panel>`
  );
}

/** Publishes values the way <om-setup-panel> does once the engine has loaded. */
export async function publish(values: FormValues, releaseId: string): Promise<void> {
  const r = release(releaseId);
  liveValues.set({ ...engine.checkValues(values, r), renderers: await loadRenderers(r), consoleStep, engine });
}

export const EXAMPLE: FormValues = {
  omUrl: 'http://localhost:8585',
  flow: 'implicit',
  oktaDomain: 'dev-123456.okta.com',
  authServer: 'default',
  clientId: '0oa1b2c3d4e5f6g7h8i9',
  principalDomain: 'open-metadata.org',
  adminPrincipals: 'admin',
};

export { mount, until } from './dom.ts';
