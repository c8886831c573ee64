/** <om-console-card> wraps one `.om-card` (what to enter in an Okta console step) and fills it with the reader's values. */
import type { Flow } from '../../src/inputs/fields.ts';
import type { ConsoleStepId } from '../../src/okta/console-steps.ts';
import { define } from './define.ts';
import { LiveElement, type LiveValues } from '../live/values.ts';

export class OmConsoleCard extends LiveElement {
  render({ engine, inputs, release, forFlow }: LiveValues): string | undefined {
    if (!inputs) return undefined;
    const flow = (this.box.dataset['flow'] as Flow | undefined) ?? inputs.flow;
    // As the snippets read the values: what the reader has not filled in yet stays a placeholder.
    const shown = forFlow(flow).inputs ?? inputs;
    return engine.cardBodyHtml(engine.consoleStep(this.box.dataset['step'] as ConsoleStepId, { ...shown, flow }, release));
  }
}

define('om-console-card', OmConsoleCard);
