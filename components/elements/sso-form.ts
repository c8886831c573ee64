/** <om-sso-form> wraps one `.om-card` (OpenMetadata's Settings > SSO form, field by field) and fills it with the reader's values. */
import type { Flow } from '../../src/inputs/fields.ts';
import type { ssoFormCard } from '../../src/targets/ui.ts';
import { copyText, flash } from '../live/file-buttons.ts';
import { define } from './define.ts';
import { declareParts, LiveElement, type LiveValues } from '../live/values.ts';

declare module '../live/values.ts' {
  interface PageParts {
    /** The Settings > SSO form's fields with the reader's values. */
    ssoFormCard: typeof ssoFormCard;
  }
}

export class OmSsoForm extends LiveElement {
  constructor() {
    super();
    // Copy works on the build's placeholders too, like the console cards' buttons.
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action="copy-value"]');
      const code = button?.closest('.om-card__value')?.querySelector('code');
      if (button && code) void flash(button, copyText(code.textContent ?? ''));
    });
  }

  render({ engine, ssoFormCard, inputs, release, forFlow }: LiveValues): string | undefined {
    if (!inputs || !ssoFormCard) return undefined;
    const flow = (this.box.dataset['flow'] as Flow | undefined) ?? inputs.flow;
    // As the snippets read the values: what the reader has not filled in yet stays a placeholder.
    const checked = forFlow(flow);
    const shown = checked.inputs ?? inputs;
    return engine.cardBodyHtml(ssoFormCard({ ...shown, flow }, release), { invalid: engine.fieldsInError(checked) });
  }
}

// Only the Settings > SSO pages load the form's fields.
declareParts('om-sso-form', { ssoFormCard: async () => (await import('../../src/targets/ui.ts')).ssoFormCard });
define('om-sso-form', OmSsoForm);
