/**
 * `fixFile`: the reader's file with what lint found wrong set right, and nothing else touched.
 * What each setting must be and which ones change is worked out in ./expected.ts; the edits are
 * written for the file's kind (./env.ts, ./yaml.ts, ./workflow.ts), in place: an env file line by
 * line, YAML by replacing the value's source range or inserting a key into its block. Every other
 * byte (keys, order, comments, quoting, indentation, line endings) stays as written. A fix that
 * does not read back as the value it meant to write is not applied, and its finding stays
 * (./apply.ts, the one loop every kind goes through).
 */
import { boundMessage, MAX_MESSAGE_CHARS } from '../../text/quote.ts';
import { lintFile, type LintResult } from '../index.ts';
import { inputsFromLint } from '../to-inputs.ts';
import { applyAndReadBack, failureOf, inStage, lintOptions } from './apply.ts';
import { envEdits } from './env.ts';
import { addNamedValues, expectedSettings, findingSettings, readValue, sameValue, targetSettings } from './expected.ts';
import { renameEdits, renameTargets } from './rename.ts';
import { isFinding, type AnyId, type FixOptions, type FixResult, type FixTarget, type WorkflowKey } from './types.ts';
import { fixWorkflow } from './workflow.ts';
import { yamlEdits } from './yaml.ts';

export { alignList } from './edits.ts';
export type { AnyId, FixChange, FixFailure, FixOptions, FixResult, FixStage, FixTarget, SettingFix, WorkflowKey } from './types.ts';

/**
 * Never throws: a fix that fails for any reason leaves the text as it was, with lint's findings;
 * an exception is recorded in `failure` (its stage and message), so that it is not mistaken for a
 * file with nothing to fix.
 */
export function fixFile(text: string, options: FixOptions = {}): FixResult {
  const lint = lintFile(text, lintOptions(options));
  const unfixed = (extra: Partial<FixResult> = {}): FixResult => ({
    kind: lint.kind,
    release: lint.release,
    fixed: text,
    changes: [],
    remaining: lint.diagnostics.filter(isFinding),
    lint,
    fixes: [],
    ...extra,
  });
  try {
    return fixLinted(text, lint, options, unfixed);
  } catch (error) {
    return unfixed({ failure: failureOf(error) });
  }
}

function fixLinted(text: string, lint: LintResult, options: FixOptions, unfixed: (extra?: Partial<FixResult>) => FixResult): FixResult {
  const release = lint.release;
  if (lint.kind === 'unknown' || lint.diagnostics.some((d) => d.id === 'OKTA-LINT-001')) return unfixed();
  // The stored configuration is replaced whole (update-security-config, the API): render it anew instead.
  if (lint.kind === 'security-config') return unfixed();
  if (lint.kind === 'workflow') return inStage('expected', () => fixWorkflow(text, lint, options)) ?? unfixed();

  const kind = lint.kind;
  const { imported, expected, targets, renames } = inStage('expected', () => {
    const imported = inputsFromLint(lint);
    const { settings: expected, known } = expectedSettings(imported, options.inputs, release, lint);
    const named = addNamedValues(lint, expected, known);
    const targets = targetSettings(lint, expected, known, release, named);
    // A misspelled key lint names the right one for is renamed, its value kept: the setting is
    // then the file's, and is not added again.
    const renames = renameTargets(lint);
    for (const id of renames.keys()) targets.add(id);
    return { imported, expected, targets, renames };
  });
  if (targets.size === 0) return unfixed({ imported });
  const build = (ids: ReadonlySet<AnyId>) => {
    const settings = new Set([...ids].filter((id) => !renames.has(id)));
    const renamed = [...ids].flatMap((id) => renames.get(id) ?? []);
    const edits = settings.size === 0 ? [] : kind === 'env' ? envEdits(text, lint, settings, expected) : yamlEdits(text, lint, kind, settings, expected);
    return [...edits, ...renameEdits(text, kind, renamed)];
  };
  // A renamed key reads back when the release now reads its setting (its value is the file's own).
  const readsBack = (after: LintResult) => (e: { setting: FixTarget; absent?: boolean; value?: unknown; renamedFrom?: string }) =>
    e.renamedFrom !== undefined
      ? readValue(after, e.setting as AnyId) !== undefined
      : sameValue(readValue(after, e.setting as AnyId), e.absent ? undefined : (e.value ?? expected[e.setting as AnyId]));
  const fixed = applyAndReadBack(text, lint, options, targets, build, readsBack);
  return fixed ? { ...fixed, imported } : unfixed({ imported });
}

// ---------------------------------------------------------------------------------------------

/** What a placeholder finding advises in general; the fix's own advice replaces it. */
const GENERAL_ADVICE = [' Replace the placeholder with your value.', " Fill in the guide's form (or om-okta render) to get the file with your values."];

/**
 * The lint of a file, each finding the fix changes with the reader's own value in its message,
 * in the file's syntax ("Set `AUTHENTICATION_AUTHORITY=https://...`."), and the fix itself.
 */
export function lintWithFixes(text: string, options: FixOptions = {}): LintResult & { fix: FixResult } {
  const fix = fixFile(text, options);
  const { lint } = fix;
  if (fix.fixes.length === 0) return { ...lint, fix };
  const settingOf = findingSettings(lint);
  const advice = new Map(fix.fixes.map((f) => [f.setting, f.advice]));
  const diagnostics = lint.diagnostics.map((d) => {
    const id: FixTarget | undefined = isFinding(d) ? (settingOf(d) ?? (d.field as WorkflowKey | undefined)) : undefined;
    const what = id ? advice.get(id) : undefined;
    if (!what) return d;
    let base = d.message;
    for (const general of GENERAL_ADVICE) if (base.endsWith(general)) base = base.slice(0, -general.length);
    const tail = ` ${escapeAdvice(what)}`;
    const message = base.length + tail.length <= MAX_MESSAGE_CHARS ? `${base}${tail}` : `${boundMessage(base, MAX_MESSAGE_CHARS - tail.length)}${tail}`;
    return { ...d, message };
  });
  return { ...lint, diagnostics, fix };
}

const escapeAdvice = (text: string): string => boundMessage(text, MAX_MESSAGE_CHARS / 2);
