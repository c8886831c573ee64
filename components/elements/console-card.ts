/** <om-console-card> wraps one `.om-card` (what to enter in an Okta console step) and fills it with the reader's values. */
import type { Flow } from '../../src/inputs/fields.ts';
import type { consoleStep, ConsoleStepId } from '../../src/okta/console-steps.ts';
import { copyText, flash } from '../live/file-buttons.ts';
import { define } from './define.ts';
import { declareParts, LiveElement, type LiveValues } from '../live/values.ts';

declare module '../live/values.ts' {
  interface PageParts {
    /** What to enter in each Okta console step. */
    consoleStep: typeof consoleStep;
  }
}

export class OmConsoleCard extends LiveElement {
  constructor() {
    super();
    // Copy works on the build's placeholders too, like the snippets' buttons.
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action="copy-value"]');
      const code = button?.closest('.om-card__value')?.querySelector('code');
      if (button && code) void flash(button, copyText(code.textContent ?? ''));
    });
  }

  render({ engine, consoleStep, inputs, release, forFlow }: LiveValues): string | undefined {
    // No console steps: a card added after the panel loaded keeps its placeholders.
    if (!inputs || !consoleStep) return undefined;
    const flow = (this.box.dataset['flow'] as Flow | undefined) ?? inputs.flow;
    // As the snippets read the values: what the reader has not filled in yet stays a placeholder.
    const checked = forFlow(flow);
    const shown = checked.inputs ?? inputs;
    // A value computed from a field in error is not offered to copy.
    return engine.cardBodyHtml(consoleStep(this.box.dataset['step'] as ConsoleStepId, { ...shown, flow }, release), { invalid: engine.fieldsInError(checked) });
  }
}

// Only pages with cards (the Okta app pages) load the console steps.
declareParts('om-console-card', { consoleStep: async () => (await import('../../src/okta/console-steps.ts')).consoleStep });
define('om-console-card', OmConsoleCard);
