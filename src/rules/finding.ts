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
}

const MAX_SHOWN = 60;

/** A value quoted for a message: JSON-escaped (no raw control characters) and cut to a readable length. */
export function show(value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}\u2026` : value;
  return JSON.stringify(cut);
}
