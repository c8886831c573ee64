/**
 * Diagnostics: one table of rules (table.ts), checks on the inputs (check-inputs.ts) and on
 * OpenMetadata settings (check-settings.ts), both run by `checkAll` (check-all.ts).
 */
export type { Diagnostic, Severity } from './types.ts';
export { hasErrors } from './types.ts';
export { RULES, RULE_IDS, isRuleId, type RuleId, type RuleSpec, type RuleStage } from './table.ts';
export { diagnostic, docsFor } from './diagnostic.ts';
export { checkInputs, type InputsCheck } from './check-inputs.ts';
export { checkAuthority, checkSettings } from './check-settings.ts';
export { checkAll } from './check-all.ts';
