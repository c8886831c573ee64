/**
 * The base of the elements that wrap one `.om-card` (what to enter, field by field: an Okta
 * console step, OpenMetadata's Settings > SSO form) and fill it with the reader's values. Copy
 * works on the build's placeholders too, like the snippets' buttons; what the reader has not
 * filled in yet stays a placeholder, and a value computed from a field in error is not offered to
 * copy.
 */
import type { Flow, Inputs } from '../../src/inputs/fields.ts';
import type { Card } from '../../src/live/html.ts';
import type { ReleaseFacts } from '../../src/releases/facts.ts';
import { copyText, flash } from './file-buttons.ts';
import { LiveElement, type LiveValues } from './values.ts';

/** The values a card is made from: the reader's, for the card's flow. */
export type CardInputs = Inputs & { flow: Flow };

export abstract class CardElement extends LiveElement {
  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action="copy-value"]');
      const code = button?.closest('.om-card__value')?.querySelector('code');
      if (button && code) void flash(button, copyText(code.textContent ?? ''));
    });
  }

  /** The card for these values, or undefined while the part that makes it has not loaded. */
  abstract card(inputs: CardInputs, release: ReleaseFacts, live: LiveValues): Card | undefined;

  render(live: LiveValues): string | undefined {
    const { engine, inputs, release, forFlow } = live;
    if (!inputs) return undefined;
    const flow = (this.box.dataset['flow'] as Flow | undefined) ?? inputs.flow;
    const checked = forFlow(flow);
    const card = this.card({ ...(checked.inputs ?? inputs), flow }, release, live);
    return card && engine.cardBodyHtml(card, { invalid: engine.fieldsInError(checked) });
  }
}
