/**
 * Pages take the Helm files' names from the renderer (helmFacts, through `{% helm-fact %}`), so a
 * change in a release profile changes the page: no partial writes them as literals in its prose,
 * and the commands in fenced blocks, which cannot hold a tag, name what the files use.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releases } from '../../src/releases/index.ts';
import { renderTarget } from '../../src/render/index.ts';
import { HELM_FACT_NAMES, helmFacts } from '../../src/targets/kubernetes.ts';
import { loadInputs } from '../fixtures/cases.ts';

const PARTIALS = new URL('../../content/partials/', import.meta.url).pathname;
const partials = (readdirSync(PARTIALS, { recursive: true }) as string[]).filter((p) => p.endsWith('.mdoc'));
const read = (partial: string) => readFileSync(join(PARTIALS, partial), 'utf8');
/** The text outside fenced code blocks. */
const prose = (text: string) => text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
const fences = (text: string) => [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

const lines1x = releases.filter((r) => r.settings.oidcClientSecret?.helmSecretRef);

describe('helmFacts', () => {
  it('gives every 1.x release its Secret, keys, chart line and in-cluster key set', () => {
    for (const release of lines1x) {
      const facts = helmFacts(release);
      for (const name of HELM_FACT_NAMES) expect(facts[name], `${release.id} ${name}`).toBeTruthy();
      expect(facts.chartConstraint).toBe(`~${release.id}.0`);
      expect(facts.inClusterJwksUrl).toBe(`${release.helmServiceUrl}${release.omJwksPath}`);
    }
  });

  it('pins 2.0 to its released chart line while its values are checked against the newest chart read', () => {
    const facts = helmFacts(releases.find((r) => r.id === '2.0')!);
    expect(facts).toMatchObject({ chartVersion: '2.0.0', chartChecked: '1.13.1', chartConstraint: '~2.0.0' });
  });

  it('are what the Kubernetes files write', () => {
    for (const release of lines1x) {
      const facts = helmFacts(release);
      const { files } = renderTarget({ release, target: 'kubernetes', inputs: loadInputs('example-authcode') });
      const text = files.map((file) => file.text).join('\n');
      for (const name of ['secret', 'secretClientIdKey', 'secretClientSecretKey', 'inClusterJwksUrl', 'chartConstraint'] as const) {
        expect(text, `${release.id} ${name}`).toContain(facts[name]!);
      }
    }
  });
});

describe('partials', () => {
  const literals = new Set(lines1x.flatMap((r) => {
    const f = helmFacts(r);
    return [f.secret!, f.secretClientIdKey!, f.secretClientSecretKey!, f.inClusterJwksUrl!, f.chartConstraint!];
  }));

  it.each(partials)('%s writes no Helm file name or value as a literal in its prose', (partial) => {
    const text = prose(read(partial));
    expect([...literals].filter((literal) => text.includes(literal))).toEqual([]);
  });

  it('name, in fenced commands, the Secret the files create', () => {
    const named = partials.flatMap((p) => fences(read(p)).flatMap((code) => [...code.matchAll(/kubectl (?:describe|get) secret (\S+)/g)].map((m) => m[1]!)));
    expect(named.length).toBeGreaterThan(0);
    for (const release of lines1x) for (const secret of named) expect(secret, release.id).toBe(helmFacts(release).secret);
  });
});
