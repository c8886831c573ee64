/** <om-console-card> wraps one `.om-card` (what to enter in an Okta console step) and fills it with the reader's values. */
import type { consoleStep, ConsoleStepId } from '../../src/okta/console-steps.ts';
import type { ReleaseFacts } from '../../src/releases/facts.ts';
import { CardElement, type CardInputs } from '../live/card-element.ts';
import { define } from './define.ts';
import { declareParts, type LiveValues } from '../live/values.ts';

declare module '../live/values.ts' {
  interface PageParts {
    /** What to enter in each Okta console step. */
    consoleStep: typeof consoleStep;
  }
}

export class OmConsoleCard extends CardElement {
  // No console steps: a card added after the panel loaded keeps its placeholders.
  card(inputs: CardInputs, release: ReleaseFacts, { consoleStep }: LiveValues) {
    return consoleStep?.(this.box.dataset['step'] as ConsoleStepId, inputs, release);
  }
}

// Only pages with cards (the Okta app pages) load the console steps.
declareParts('om-console-card', { consoleStep: async () => (await import('../../src/okta/console-steps.ts')).consoleStep });
define('om-console-card', OmConsoleCard);
