/**
 * The repository stands alone: the tests check against facts kept in it (reference/upstream/,
 * reference/failure-modes.json), and no code, test or comment points at files that exist only
 * beside a team member's checkout. scripts/extract-upstream.ts writes reference/ from the originals;
 * its default `--from` is the one place allowed to name their folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { catalogueFacts, danglingRefs, reduce, stripAnnotations } from '../../scripts/extract-upstream.ts';
import { OUTSIDE } from './support/no-outside-reads.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const THIS_FILE = fileURLToPath(import.meta.url);
const EXTRACT = join(ROOT, 'scripts', 'extract-upstream.ts');

/** What only exists outside the repository: the team's sibling folder and its design notes. */
const OUTSIDE_PATHS = ['../shared', 'shared/upstream', 'shared/reference', 'shared/seeds', 'DESIGN.md', 'EXAMPLES.md'];

/** Every file of the folders with code, tests, pages and docs, and the configuration files at the root. */
function files(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? walk(path) : [path];
    });
  const folders = ['src', 'tests', 'scripts', 'components', 'content', 'styles', 'bin', 'docs', 'reference'];
  const top = readdirSync(ROOT).filter((name) => /\.(ts|mjs|js|json|md)$/.test(name) && statSync(join(ROOT, name)).isFile());
  return [...folders.flatMap((folder) => walk(join(ROOT, folder))), ...top.map((name) => join(ROOT, name))];
}

describe('the repository stands alone', () => {
  it('names no path outside it (but the default --from of scripts/extract-upstream.ts)', () => {
    const found: string[] = [];
    for (const path of files()) {
      if (path === THIS_FILE) continue;
      // The big generated copies hold upstream text only; the check is for what we write.
      if (path.startsWith(join(ROOT, 'reference', 'upstream') + sep) && !path.endsWith('README.md')) continue;
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const needle of OUTSIDE_PATHS) if (line.includes(needle)) found.push(`${relative(ROOT, path)}:${i + 1}: ${needle}`);
      });
    }
    const line = `scripts/extract-upstream.ts:${defaultFromLine()}`;
    expect(found).toEqual([`${line}: ../shared`, `${line}: shared/upstream`]);
  });

  it('makes the tests fail on a read of the folder beside the checkout', () => {
    expect(() => readFileSync(join(OUTSIDE, 'upstream', 'README.md'), 'utf8')).toThrow(/outside the repository/);
    expect(() => readdirSync(OUTSIDE)).toThrow(/outside the repository/);
    // Everything inside the repository reads as before.
    expect(readFileSync(join(ROOT, 'reference', 'upstream', 'README.md'), 'utf8')).toMatch(/^# /);
  });

  it('says where every file of reference/upstream/ comes from', () => {
    const dir = join(ROOT, 'reference', 'upstream');
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    const walk = (at: string): string[] => readdirSync(at, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(at, e.name)) : [join(at, e.name)]));
    const copies = walk(dir).map((path) => relative(dir, path).split(sep).join('/')).filter((rel) => rel !== 'README.md');
    expect(copies.length).toBeGreaterThan(0);
    for (const rel of copies) {
      // A chart release is listed by its folder (with its tag commit), any other file by its name.
      const listed = rel.startsWith('helm/') ? rel.split('/')[1]! : rel.split('/').pop()!;
      expect(readme, rel).toContain(listed);
    }
  });
});

/** The line of scripts/extract-upstream.ts that holds its default --from. */
function defaultFromLine(): number {
  return readFileSync(EXTRACT, 'utf8').split('\n').findIndex((line) => line.startsWith('const DEFAULT_FROM = ')) + 1;
}

describe('scripts/extract-upstream.ts keeps the facts', () => {
  const schema = { annotations: ['description', 'title', '$comment', 'examples', 'example'], vendorExtensions: false } as const;

  it('drops annotation keywords, and keeps properties that are only named like them', () => {
    const stripped = stripAnnotations(
      {
        $id: 'https://example.com/s.json',
        title: 'A thing',
        description: 'What it is.',
        $comment: 'Why.',
        type: 'object',
        properties: {
          description: { type: 'string', description: 'The description property.', examples: ['x'] },
          title: { type: 'string', title: 'Title' },
          kind: { enum: ['a', 'b'], default: { description: 'data, not an annotation' }, example: 'a' },
        },
        required: ['description', 'title'],
        definitions: { example: { type: 'integer', description: 'A definition named example.' } },
        additionalProperties: false,
      },
      schema,
    );
    expect(stripped).toEqual({
      $id: 'https://example.com/s.json',
      type: 'object',
      properties: {
        description: { type: 'string' },
        title: { type: 'string' },
        kind: { enum: ['a', 'b'], default: { description: 'data, not an annotation' } },
      },
      required: ['description', 'title'],
      definitions: { example: { type: 'integer' } },
      additionalProperties: false,
    });
  });

  it('reduces an OpenAPI description to paths, schemas, types, enums and required lists', () => {
    const api = [
      'openapi: 3.0.3',
      'info: { title: API, version: "1", description: About it }',
      'paths:',
      '  /api/v1/apps:',
      '    get:',
      '      summary: List apps',
      '      description: Lists them.',
      '      x-okta-lifecycle: { lifecycle: GA }',
      '      responses:',
      '        "200":',
      '          description: OK',
      '          content:',
      '            application/json:',
      '              schema: { $ref: "#/components/schemas/App" }',
      '              examples: { one: { $ref: "#/components/examples/One" } }',
      'components:',
      '  examples:',
      '    One: { value: { id: x } }',
      '  schemas:',
      '    App:',
      '      type: object',
      '      required: [label]',
      '      properties:',
      '        label: { type: string, description: Its label, example: My app }',
      '        description: { type: string }',
      '        signOnMode: { type: string, enum: [OPENID_CONNECT, SAML_2_0], x-enumDescriptions: { OPENID_CONNECT: OIDC } }',
    ].join('\n');
    const reduced = reduce('okta/api.yaml', api);
    expect(reduced).not.toMatch(/List apps|Lists them|Its label|My app|x-okta|x-enum|examples|About it/);
    expect(reduced).toContain('/api/v1/apps');
    expect(reduced).toContain('required:\n        - label');
    expect(reduced).toContain('description:\n          type: string');
    expect(reduced).toContain('- OPENID_CONNECT');
  });

  it('finds references that would be left dangling', () => {
    expect(danglingRefs({ a: { $ref: '#/components/schemas/B' }, components: { schemas: { C: {} } } })).toEqual(['#/components/schemas/B']);
    expect(danglingRefs({ a: { $ref: '#/components/schemas/C' }, components: { schemas: { C: {} } } })).toEqual([]);
  });

  it('keeps every value of a values.yaml while dropping its comments', () => {
    const values = ['# The chart', 'replicaCount: 1', '', 'auth:', '  # who signs in', '  enabled: false  # off', "  flag: 'yes' # quoted", '  octal: 0755', '  text: |', '    # kept: part of the text', '    a # b', 'url: http://x/#frag', ''].join('\n');
    expect(reduce('helm/openmetadata-9.9.9/values.yaml', values)).toBe(
      ['replicaCount: 1', '', 'auth:', '  enabled: false', "  flag: 'yes'", '  octal: 0755', '  text: |', '    # kept: part of the text', '    a # b', 'url: http://x/#frag', ''].join('\n'),
    );
  });

  it('reads section H of the failure-mode catalogue and the rule ids of each entry', () => {
    const catalogue = [
      '# Catalogue',
      '### FM-01: Issuer',
      '- **Validator rule `OKTA-ISS-001`:** compare.',
      '### FM-02: Keys',
      '- Rules `OKTA-JWKS-001` and `OKTA-URL-001`.',
      '## H. Error string → failure mode lookup',
      '| Substring | Where | FM |',
      '|---|---|---|',
      '| `No key found in` … `with kid` | OM server | 02, 01 |',
      '| `Expired token!` / `token expired` | OM server | 01 |',
      '## I. Coverage',
    ].join('\n');
    expect(catalogueFacts(catalogue)).toEqual({
      lookup: [
        { patterns: [['No key found in', 'with kid']], fms: [2, 1] },
        { patterns: [['Expired token!'], ['token expired']], fms: [1] },
      ],
      ruleIds: { 1: ['OKTA-ISS-001'], 2: ['OKTA-JWKS-001', 'OKTA-URL-001'] },
    });
  });
});
