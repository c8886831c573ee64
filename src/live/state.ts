/**
 * The reader's values as the page's live parts need them: checked once by the rules for the
 * reader's flow, and once more for each other flow a snippet on the page shows (a page shows both
 * flows' snippets, one tab each), however many snippets ask; the snippets of the reader's own flow
 * reuse the reader's check when they read the same inputs. The setup panel publishes this; the
 * snippets, cards and derived values render from it.
 */
import type { Flow, Inputs } from '../inputs/fields.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { checkAll } from '../rules/check-all.ts';
import type { Diagnostic } from '../rules/types.ts';
import { needsStandIns, withStandIns } from '../render/stand-ins.ts';
import type { Target } from '../targets/types.ts';
import { isBlank, snippetInputs, toRawInputs, type FormValues } from './form.ts';

export interface Checked {
  inputs?: Inputs;
  diagnostics: Diagnostic[];
}

export interface CheckedValues extends Checked {
  release: ReleaseFacts;
  values: FormValues;
  /** Nothing typed: the page shows the build's placeholders and no finding. */
  blank: boolean;
  /**
   * The values as a snippet of `flow` reads them (secret settings only for authcode), checked on
   * first ask; for `target`, with the stand-ins of the fields it does not read (src/render/stand-ins.ts).
   */
  forFlow(flow: Flow, target?: Target): Checked;
}

export function checkValues(values: FormValues, release: ReleaseFacts, check: (raw: unknown, release: ReleaseFacts) => Checked = checkAll): CheckedValues {
  const blank = isBlank(values);
  const raw = toRawInputs(values);
  const { inputs, diagnostics } = blank ? { inputs: undefined, diagnostics: [] } : check(raw, release);
  const byFlow = new Map<string, Checked>();
  return {
    release,
    values,
    blank,
    ...(inputs ? { inputs } : {}),
    diagnostics,
    forFlow(flow, target) {
      const key = target && needsStandIns(target) ? `${flow} ${target}` : flow;
      let found = byFlow.get(key);
      if (!found) {
        const forSnippet = key === flow ? snippetInputs(raw, flow) : withStandIns(snippetInputs(raw, flow), target!);
        // Most keystrokes: the snippet reads what the reader's check already read (their own
        // flow, no secret left behind, admins filled in), so its findings are those.
        found = inputs && sameInputs(forSnippet, raw) ? { inputs, diagnostics } : check(forSnippet, release);
        byFlow.set(key, found);
      }
      return found;
    },
  };
}

/** Raw inputs as the form makes them: text, flags and the admins' placeholder list. */
function sameInputs(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => key in b && JSON.stringify(a[key]) === JSON.stringify(b[key]));
}
