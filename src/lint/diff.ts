/**
 * A unified diff (`---`/`+++`/`@@`, as `diff -u` writes and `patch` reads) between two texts, line
 * by line with Myers' algorithm. Lines keep their own line breaks, so a CRLF file's patch applies
 * to it as is; a last line without a line break gets `\ No newline at end of file`.
 */

export interface DiffOptions {
  /** The names in the `---` and `+++` lines. */
  from: string;
  to: string;
  /** Unchanged lines shown around each change. */
  context?: number;
}

type Op = { kind: ' ' | '-' | '+'; line: string; old: number; new: number };

/** The text's lines, each with its line break (the last one may have none). */
function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/(?<=\n)/);
  return lines;
}

/** Edit operations turning `a` into `b` (shortest, Myers 1986); undefined when the search grows too large. */
function myers(a: readonly string[], b: readonly string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let budget = 40_000_000;
  for (let d = 0; d <= max; d++) {
    // Only diagonals -d..d matter at step d: keep those.
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    budget -= 2 * d + 3;
    if (budget < 0) return undefined;
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return undefined;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], last: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d >= 0; d--) {
    const saved = trace[d]!;
    // saved holds diagonals -d-1 .. d+1 of v before step d.
    const at = (k: number): number => saved[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: ' ', line: a[x]!, old: x, new: y });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[y - 1]!, old: x, new: y - 1 });
      else ops.push({ kind: '-', line: a[x - 1]!, old: x - 1, new: y });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/** Without the search: common head and tail kept, the middle replaced whole. */
function replaceMiddle(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: ' ', line: a[i]!, old: i, new: i });
  for (let i = head; i < a.length - tail; i++) ops.push({ kind: '-', line: a[i]!, old: i, new: head });
  for (let j = head; j < b.length - tail; j++) ops.push({ kind: '+', line: b[j]!, old: a.length - tail, new: j });
  for (let t = tail; t > 0; t--) ops.push({ kind: ' ', line: a[a.length - t]!, old: a.length - t, new: b.length - t });
  return ops;
}

const range = (start: number, count: number): string => (count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`);

/** The unified diff from `before` to `after`; empty when they are the same. */
export function unifiedDiff(before: string, after: string, options: DiffOptions): string {
  if (before === after) return '';
  const context = Math.max(0, options.context ?? 3);
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = myers(a, b) ?? replaceMiddle(a, b);
  const out: string[] = [`--- ${options.from}\n`, `+++ ${options.to}\n`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]!.kind === ' ') {
      i++;
      continue;
    }
    // A hunk: from `context` lines before this change to `context` lines after the last change
    // that is no more than 2 * context unchanged lines from the next.
    let start = i;
    while (start > 0 && i - start < context && ops[start - 1]!.kind === ' ') start--;
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let gap = end;
      while (gap < ops.length && ops[gap]!.kind === ' ') gap++;
      if (gap < ops.length && gap - end <= 2 * context) end = gap;
      else {
        end = Math.min(end + context, gap);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const first = hunk[0]!;
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    const oldStart = hunk.find((op) => op.kind !== '+')?.old ?? first.old;
    const newStart = hunk.find((op) => op.kind !== '-')?.new ?? first.new;
    out.push(`@@ -${range(oldCount === 0 ? oldStart : oldStart, oldCount)} +${range(newStart, newCount)} @@\n`);
    for (const op of hunk) {
      out.push(`${op.kind}${op.line}`);
      if (!op.line.endsWith('\n')) out.push('\n\\ No newline at end of file\n');
    }
    i = end;
  }
  return out.join('');
}
