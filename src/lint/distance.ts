/** "Did you mean": the closest known name within a few edits (Damerau-Levenshtein, case-insensitive). */

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2 = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur = new Array<number>(cols).fill(0);
    cur[0] = i;
    let best = cur[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

/** How many edits a name of this length may be off by and still be "meant". */
export function allowedEdits(name: string): number {
  if (name.length < 4) return 0;
  if (name.length < 8) return 1;
  return Math.min(3, Math.floor(name.length / 6));
}

/** The known name closest to `name`, if it is within the allowed number of edits. */
export function closest(name: string, known: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = allowedEdits(name);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (candidate === name) continue;
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance - 1 < 0 ? 0 : bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Whether `suggestion` is the only known name as close to `name` as it is: a tie names no one key. */
export function onlyClosest(name: string, suggestion: string, known: Iterable<string>): boolean {
  const lower = name.toLowerCase();
  const best = editDistance(lower, suggestion.toLowerCase());
  for (const candidate of known) {
    if (candidate === suggestion || candidate === name) continue;
    if (editDistance(lower, candidate.toLowerCase(), best) <= best) return false;
  }
  return true;
}
