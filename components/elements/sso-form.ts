/** <om-sso-form> wraps one `.om-card` (OpenMetadata's Settings > SSO form, field by field) and fills it with the reader's values. */
import type { ssoFormCard } from '../../src/targets/ui.ts';
import type { ReleaseFacts } from '../../src/releases/facts.ts';
import { CardElement, type CardInputs } from '../live/card-element.ts';
import { define } from './define.ts';
import { declareParts, type LiveValues } from '../live/values.ts';

declare module '../live/values.ts' {
  interface PageParts {
    /** The Settings > SSO form's fields with the reader's values. */
    ssoFormCard: typeof ssoFormCard;
  }
}

export class OmSsoForm extends CardElement {
  card(inputs: CardInputs, release: ReleaseFacts, { ssoFormCard }: LiveValues) {
    return ssoFormCard?.(inputs, release);
  }
}

// Only the Settings > SSO pages load the form's fields.
declareParts('om-sso-form', { ssoFormCard: async () => (await import('../../src/targets/ui.ts')).ssoFormCard });
define('om-sso-form', OmSsoForm);
