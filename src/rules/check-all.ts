/**
 * `checkAll`: what the form, `om-okta render` and `om-okta verify` run on the reader's inputs. A
 * module of its own so that the page's engine imports the checks without the table of rules.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { SettingId } from '../releases/types.ts';
import { resolveSettings, SETTING_SOURCES } from '../settings/index.ts';
import { checkInputs, type InputsCheck } from './check-inputs.ts';
import { checkSettings } from './check-settings.ts';
import type { Diagnostic } from './types.ts';

/**
 * The inputs' own checks, then, when the inputs parse, the checks on the settings resolved from
 * them. A settings finding is left out when the inputs already said it: the same id on the same
 * field or on an input the setting comes from, or any error on such an input (whatever the
 * setting shows then follows from that error, and the input's message says how to fix it).
 */
export function checkAll(raw: unknown, release: ReleaseFacts): InputsCheck {
  const result = checkInputs(raw, release);
  if (!result.inputs) return result;
  let settingsFindings: Diagnostic[];
  try {
    settingsFindings = checkSettings(resolveSettings(result.inputs, release), release);
  } catch {
    // Inputs the rules refused can make a derived URL unparseable; the input findings say why.
    settingsFindings = [];
  }
  const fromInputs = result.diagnostics;
  const kept: Diagnostic[] = [];
  for (const d of settingsFindings) {
    const sources: readonly string[] = d.field ? SETTING_SOURCES[d.field as SettingId] ?? [] : [];
    const said = fromInputs.some(
      (i) =>
        (i.id === d.id && (i.field === d.field || (i.field !== undefined && sources.includes(i.field)))) ||
        (i.severity === 'error' && i.field !== undefined && sources.includes(i.field)),
    );
    const repeated = kept.some((k) => k.id === d.id && k.field === d.field && k.message === d.message);
    if (!said && !repeated) kept.push(d);
  }
  return { inputs: result.inputs, diagnostics: [...fromInputs, ...kept] };
}
