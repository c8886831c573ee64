import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Markdoc, { type Config } from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import markdocConfig from '../../markdoc.config.mjs';

// The same tags and nodes the build uses: Starlight's preset plus ours.
const preset = (markdocConfig.extends ?? [])[0] as Config;
// (@astrojs/markdoc types its config against its own copy of Markdoc's types.)
const config: Config = {
  tags: { ...preset.tags, ...markdocConfig.tags } as Config['tags'],
  nodes: { ...preset.nodes, ...markdocConfig.nodes } as Config['nodes'],
};

const errors = (source: string) =>
  Markdoc.validate(Markdoc.parse(source), config)
    .filter((e) => e.error.level === 'error' || e.error.level === 'critical')
    // The build inlines partials from disk; each partial is validated as a file of its own here.
    .filter((e) => !(e.error.id === 'attribute-value-invalid' && /^Partial .+ not found/.test(e.error.message)))
    .map((e) => e.error.id);

// Pages, and the bodies they share across releases through `{% partial %}`.
const CONTENT = new URL('../../content/', import.meta.url).pathname;
const pages = (readdirSync(CONTENT, { recursive: true }) as string[]).filter((p) => p.endsWith('.mdoc'));

describe('Markdoc tags', () => {
  it.each(pages)('%s uses only known tags with valid attributes', (page) => {
    const source = readFileSync(join(CONTENT, page), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(errors(source)).toEqual([]);
  });

  // Starlight builds "On this page" from every heading of the source, rendered or not: a heading
  // inside a release block would be listed (and linked) on releases that do not show it.
  it.each(pages)('%s keeps its headings outside release blocks', (page) => {
    let depth = 0;
    const inside: string[] = [];
    for (const line of readFileSync(join(CONTENT, page), 'utf8').split('\n')) {
      depth += (line.match(/\{% release [^%]*%\}/g) ?? []).length - (line.match(/\{% \/release %\}/g) ?? []).length;
      if (depth > 0 && /^#{2,6} /.test(line)) inside.push(line);
    }
    expect(inside).toEqual([]);
  });

  it.each([
    ['an unknown tag', '{% snipet target="docker" /%}', 'tag-undefined'],
    ['a target that does not exist', '{% snippet target="swarm" /%}', 'attribute-value-invalid'],
    ['a flow that does not exist', '{% snippet target="docker" flow="hybrid" /%}', 'attribute-value-invalid'],
    ['a missing required attribute', '{% console-card /%}', 'attribute-missing-required'],
    ['an unknown console step', '{% console-card step="billing" /%}', 'attribute-value-invalid'],
    ['an unknown derived value', 'The {% value name="secret" /%}.', 'attribute-value-invalid'],
    ['a release that does not exist', '{% release since="2.7" %}x{% /release %}', 'attribute-value-invalid'],
  ])('fails the build on %s', (_name, source, id) => {
    expect(errors(source)).toContain(id);
  });
});
