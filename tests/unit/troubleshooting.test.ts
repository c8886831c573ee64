/**
 * Every diagnostic links to `/<release>/troubleshooting/#<rule id>`; those links are rendered in
 * the browser, so the link checker never sees them. This checks that each release's
 * troubleshooting page (with its shared body inlined) has a heading for every rule id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceWithPartials } from '../../components/overrides/page-source.ts';
import { releases } from '../../src/releases/index.ts';
import { RULES } from '../../src/rules/table.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe.each(releases.map((r) => [r.id, r] as const))('troubleshooting page of %s', (_id, release) => {
  const path = join(ROOT, 'content/docs', release.contentDir, 'troubleshooting.mdoc');
  const source = sourceWithPartials(readFileSync(path, 'utf8'), path);
  const anchors = new Set([...source.matchAll(/\{%\s*#([a-z0-9-]+)\s*%\}/g)].map((m) => m[1]));

  it('has a heading for every rule id', () => {
    expect(Object.keys(RULES).filter((id) => !anchors.has(id.toLowerCase()))).toEqual([]);
  });
});
