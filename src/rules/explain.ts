/**
 * The offline error explainer: given text pasted from a log, a browser console or an Okta error
 * page, which failure modes of the catalogue (docs/design.md) it points to, with the cause
 * and the fix in short words. The patterns are the catalogue's section H ("Error string -> failure
 * mode lookup"), matched case-sensitively as the messages appear; a pattern of several parts
 * matches when the parts appear in that order on one line. Pure: no I/O, no network.
 */
import { latestReleaseFacts } from '../releases/lookup.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { docsForFailureMode, FAILURE_MODES } from './failure-modes.ts';
import { LOOKUP, type Pattern } from './error-messages.ts';
import type { RuleId } from './table.ts';
import { clip } from '../text/quote.ts';

export interface Explanation {
  /** Failure mode number (FM-nn in the catalogue). */
  fm: number;
  title: string;
  cause: string;
  fix: string;
  /** The text that matched, as it appears in the input (one line at most, cut at 300 characters). */
  match: string;
  /** Rule ids of this failure mode (the catalogue's, then the related ones of src/rules/table.ts). */
  ruleIds: RuleId[];
  /** The troubleshooting heading of the first rule id this release's page has, else the page. */
  docs: string;
}

const MAX_MATCH = 300;

/** The first place the pattern matches: its parts in order, on one line. */
function find(text: string, lower: () => string, pattern: Pattern): { match: string; line: string } | undefined {
  const hay = pattern.ignoreCase ? lower() : text;
  const parts = pattern.ignoreCase ? pattern.parts.map((s) => s.toLowerCase()) : pattern.parts;
  const first = parts[0]!;
  let from = 0;
  for (;;) {
    const start = hay.indexOf(first, from);
    if (start < 0) return undefined;
    const lineEnd = hay.indexOf('\n', start);
    const rest = hay.slice(start, lineEnd < 0 ? hay.length : lineEnd);
    let at = first.length;
    let ok = true;
    for (const part of parts.slice(1)) {
      const next = rest.indexOf(part, at);
      if (next < 0) {
        ok = false;
        break;
      }
      at = next + part.length;
    }
    if (ok) {
      const match = text.slice(start, start + at);
      const lineStart = text.lastIndexOf('\n', start) + 1;
      return { match: clip(match, MAX_MATCH), line: text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd) };
    }
    if (lineEnd < 0) return undefined;
    from = lineEnd + 1;
  }
}

/**
 * The failure modes a pasted error points to, most specific first. A longer matched text and a
 * row naming fewer failure modes count as more specific; several rows pointing to the same
 * failure mode add up. Unrelated text yields an empty list.
 */
export function explainError(text: string, release?: ReleaseFacts): Explanation[] {
  if (typeof text !== 'string' || text === '') return [];
  const target = release ?? latestReleaseFacts;
  let lowered: string | undefined;
  const lower = (): string => (lowered ??= text.toLowerCase());
  const found = new Map<number, { score: number; match: string; best: number }>();
  for (const row of LOOKUP) {
    let hit: { match: string; line: string } | undefined;
    let length = 0;
    for (const pattern of row.patterns) {
      hit = find(text, lower, pattern);
      if (hit) {
        length = pattern.parts.join('').length;
        break;
      }
    }
    if (!hit) continue;
    const match = hit.match;
    const order = row.order?.(match, hit.line, text, release) ?? row.fms;
    const base = length / Math.sqrt(row.fms.length);
    order.forEach((fm, position) => {
      const score = base * (1 - 0.1 * position);
      const seen = found.get(fm);
      if (!seen) found.set(fm, { score, match, best: score });
      else {
        seen.score += score;
        if (score > seen.best) {
          seen.best = score;
          seen.match = match;
        }
      }
    });
  }
  return [...found]
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .map(([fm, { match }]) => {
      const mode = FAILURE_MODES[fm]!;
      return { fm, title: mode.title, cause: mode.cause, fix: mode.fix, match, ruleIds: [...mode.ruleIds], docs: docsForFailureMode(fm, target) };
    });
}
