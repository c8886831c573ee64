/**
 * What a check returns: an id, a severity and a message, without a field; the stage that ran the
 * check (inputs or settings) adds the field it looked at. `show` quotes a value for a message.
 */
import type { RuleId } from './table.ts';
import type { Severity } from './types.ts';

export interface Finding {
  id: RuleId;
  severity: Severity;
  message: string;
  /** The one right value, when the finding names it ("Use https://.../callback"): lint --fix writes it. */
  value?: string | readonly string[];
}

/** Values are quoted in messages the one way every printed text is (src/text/quote.ts). */
export { show } from '../text/quote.ts';
