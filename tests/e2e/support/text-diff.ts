/**
 * A short unified-style diff for failure messages: one hunk around the lines that differ (common
 * leading and trailing lines are skipped), with a little context and a cap on the lines shown.
 * Lines with characters that are hard to see (CR, tabs, non-breaking or zero-width spaces, other
 * control characters) are printed JSON-quoted, so a byte-level difference is visible too.
 */

export interface ShortDiffOptions {
  /** Header of the expected side, e.g. the golden file's path. */
  expectedLabel: string;
  /** Header of the actual side, e.g. the page and file name. */
  actualLabel: string;
  /** Unchanged lines shown before and after the hunk. */
  context?: number;
  /** Removed and added lines shown, each; the rest is summarised. */
  maxLines?: number;
}

const HARD_TO_SEE = /[\u0000-\u0008\u000b-\u001f\u007f\u00a0\u200b-\u200f\u2028\u2029\ufeff\t]/;

function show(line: string): string {
  return HARD_TO_SEE.test(line) || line !== line.trimEnd() ? JSON.stringify(line) : line;
}

export function shortDiff(expected: string, actual: string, options: ShortDiffOptions): string {
  const { expectedLabel, actualLabel, context = 2, maxLines = 8 } = options;
  if (expected === actual) return '(no difference)';
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const before = a.slice(Math.max(0, start - context), start);
  const removed = a.slice(start, endA);
  const added = b.slice(start, endB);
  const after = a.slice(endA, Math.min(a.length, endA + context));
  const from = start - before.length;
  const range = (first: number, count: number) => `${count === 0 ? first : first + 1},${count}`;
  const lines = [
    `--- ${expectedLabel}`,
    `+++ ${actualLabel}`,
    `@@ -${range(from, before.length + removed.length + after.length)} +${range(from, before.length + added.length + after.length)} @@`,
    ...before.map((l) => ` ${show(l)}`),
    ...removed.slice(0, maxLines).map((l) => `-${show(l)}`),
    ...(removed.length > maxLines ? [`  ... ${removed.length - maxLines} more removed line(s)`] : []),
    ...added.slice(0, maxLines).map((l) => `+${show(l)}`),
    ...(added.length > maxLines ? [`  ... ${added.length - maxLines} more added line(s)`] : []),
    ...after.map((l) => ` ${show(l)}`),
  ];
  if (expected.endsWith('\n') !== actual.endsWith('\n')) {
    lines.push(`\\ ${expected.endsWith('\n') ? 'the browser text' : 'the golden file'} has no newline at the end`);
  }
  return lines.join('\n');
}
