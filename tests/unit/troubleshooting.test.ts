/**
 * Every diagnostic and explainer entry links to `/<release>/troubleshooting/#<rule id>`; those
 * links are rendered in the browser, so the link checker never sees them. The table of ids
 * (src/rules/table.ts) and the pages must agree: each release's troubleshooting page (with its
 * shared body inlined) has a heading for every id a check can emit and every id it explains, and
 * every id heading on a page is a row of the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceWithPartials } from '../../components/overrides/page-source.ts';
import { releases } from '../../src/releases/index.ts';
import { isExplainedFor, RULE_IDS, RULES, type RuleId, type RuleSpec } from '../../src/rules/table.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

const anchorsOf = (release: (typeof releases)[number]): Set<string> => {
  const path = join(ROOT, 'content/docs', release.contentDir, 'troubleshooting.mdoc');
  const source = sourceWithPartials(readFileSync(path, 'utf8'), path);
  return new Set([...source.matchAll(/\{%\s*#([a-z0-9-]+)\s*%\}/g)].map((m) => m[1]!));
};

/**
 * Findings link to their id on every page whose release can meet them (a rule about a setting a
 * release does not read says so with explainedFor); ids only the explainer names, where the
 * release has them.
 */
const needsHeading = (id: RuleId, release: (typeof releases)[number]): boolean =>
  (RULES[id].stage.some((stage) => stage !== 'log') && (RULES[id] as RuleSpec).explainedFor === undefined) || isExplainedFor(id, release);

describe.each(releases.map((r) => [r.id, r] as const))('troubleshooting page of %s', (_id, release) => {
  const anchors = anchorsOf(release);

  it('has a heading for every rule id it must explain', () => {
    expect(RULE_IDS.filter((id) => needsHeading(id, release) && !anchors.has(id.toLowerCase()))).toEqual([]);
  });

  it('has no id heading that is not a row of the table', () => {
    const rows = new Set(RULE_IDS.map((id) => id.toLowerCase()));
    expect([...anchors].filter((anchor) => /^(?:okta|om)-[a-z]+-\d{3}$/.test(anchor) && !rows.has(anchor))).toEqual([]);
  });
});

describe('every row of the table of ids is explained on a page', () => {
  it.each(RULE_IDS)('%s', (id) => {
    expect(releases.some((release) => isExplainedFor(id, release) && anchorsOf(release).has(id.toLowerCase()))).toBe(true);
  });
});
