/**
 * The one loop every kind of file is fixed through: apply the edits, lint the fixed text again,
 * and keep only the edits whose setting reads back as the value it meant to write. An edit that
 * does not (the reader would not see what the fix wrote) is dropped, its finding stays, and the
 * others are tried again without it. A fixed text that no longer lints as the same kind of file,
 * or not at all, is never returned.
 */
import { boundMessage, cut, MAX_COPY_CHARS } from '../../text/quote.ts';
import { lintFile, type LintOptions, type LintResult } from '../index.ts';
import { applyEdits, type Edit } from './edits.ts';
import { isFinding, type FixFailure, type FixOptions, type FixResult, type FixStage, type FixTarget } from './types.ts';

/** Rounds of dropping edits that do not read back before the fix gives up. */
const MAX_ATTEMPTS = 4;

/** The lint options of a fix: the file is also compared with the reader's values when given. */
export function lintOptions(options: FixOptions, release = options.release): LintOptions {
  return { ...(release ? { release } : {}), ...(options.filename ? { filename: options.filename } : {}), ...(options.inputs ? { inputs: options.inputs } : {}) };
}

/**
 * Applies the edits `build` writes for `targets` (which it shrinks), checks them with `readsBack`
 * against the lint of the fixed text, and returns the fix, or undefined when no edit holds.
 */
export function applyAndReadBack<T extends FixTarget>(
  text: string,
  lint: LintResult,
  options: FixOptions,
  targets: Set<T>,
  build: (targets: ReadonlySet<T>) => Edit[],
  readsBack: (after: LintResult, fixed: string) => (edit: Edit) => boolean,
): FixResult | undefined {
  for (let attempt = 0; attempt < MAX_ATTEMPTS && targets.size > 0; attempt++) {
    const edits = inStage('edits', () => build(targets));
    if (edits.length === 0) return undefined;
    const { fixed, lines, after, broken, wrong } = inStage('check', () => {
      const { fixed, lines } = applyEdits(text, edits);
      const after = lintFile(fixed, lintOptions(options, lint.release));
      const broken = after.kind !== lint.kind || after.diagnostics.some((d) => d.id === 'OKTA-LINT-001');
      const reads = broken ? undefined : readsBack(after, fixed);
      return { fixed, lines, after, broken, wrong: reads ? edits.filter((e) => !reads(e)) : edits };
    });
    if (wrong.length === 0) return appliedFix(lint, fixed, edits, lines, after);
    if (broken) return undefined;
    for (const e of wrong) targets.delete(e.setting as T);
  }
  return undefined;
}

/** The result of edits that read back as meant: each change on its line in the fixed text, and what lint still finds. */
function appliedFix(lint: LintResult, fixed: string, edits: readonly Edit[], lines: readonly number[], after: LintResult): FixResult {
  return {
    kind: lint.kind,
    release: lint.release,
    fixed,
    changes: edits.map((e, i) => ({ line: lines[i]!, field: e.field, ...(e.before !== undefined ? { before: e.before } : {}), after: e.after })).sort((a, b) => a.line - b.line),
    remaining: after.diagnostics.filter(isFinding),
    lint,
    fixes: edits.map((e) => ({ setting: e.setting, written: e.written, ...(e.block ? { block: e.block } : {}), advice: adviceFor(e) })),
  };
}

function adviceFor(edit: Edit): string {
  if (edit.absent) return `Remove the line and ${edit.written}.`;
  if (edit.renamedFrom !== undefined) return `Rename ${cut(edit.renamedFrom, MAX_COPY_CHARS)} to ${edit.written}, keeping its value.`;
  const written = cut(edit.written, MAX_COPY_CHARS);
  return edit.block ? `Set \`${written}\` under ${edit.block}.` : `Set \`${written}\`.`;
}

/** An exception of a fix, with the stage it was thrown in. */
class StageError extends Error {
  readonly stage: FixStage;
  constructor(stage: FixStage, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.stage = stage;
  }
}

/** Runs one stage of a fix, so that an exception thrown in it says which stage it came from. */
export function inStage<R>(stage: FixStage, run: () => R): R {
  try {
    return run();
  } catch (error) {
    throw error instanceof StageError ? error : new StageError(stage, error);
  }
}

/** What FixResult.failure says of an exception caught around a fix. */
export function failureOf(error: unknown): FixFailure {
  const stage = error instanceof StageError ? error.stage : 'expected';
  const message = error instanceof Error ? error.message : String(error);
  return { stage, message: boundMessage(message || 'unknown error', 300) };
}
