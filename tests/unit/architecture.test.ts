/**
 * The pipeline is visible in the folders of src/: each folder imports only folders of an earlier
 * layer (README, "How the code is laid out"). Read from the source as written: static imports, re-exports and
 * dynamic import() calls, type-only ones included (a type import still ties the folders).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** The layers, first to last; a folder may import any folder of an earlier layer, none of its own or a later one. */
const LAYERS: readonly (readonly string[])[] = [
  ['text', 'site.ts', 'releases', 'keys', 'highlight', 'markdown'],
  ['inputs'],
  ['settings', 'okta'],
  ['rules', 'targets'],
  ['render', 'runbook', 'lint', 'token'],
  ['live'],
  ['cli'],
];

const layerOf = new Map(LAYERS.flatMap((folders, layer) => folders.map((f) => [f, layer] as const)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The top folder of src/ a file belongs to (`site.ts` for the one file at the top). */
const unitOf = (file: string): string => relative(SRC, file).split(sep)[0]!;

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3])!);
}

/** folder -> folders it imports, with one file that does it for each (for the failure message). */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = unitOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      if (!target.startsWith(SRC)) continue;
      const to = unitOf(target);
      if (to !== from && !edges.has(to)) edges.set(to, relative(SRC, file));
    }
  }
  return graph;
}

describe('the folders of src/ follow the pipeline', () => {
  const graph = folderGraph();

  test('the import reader sees every form of import', () => {
    const text = [
      "import { a } from '../a/x.ts';",
      "import type { B } from './b.ts';",
      "export * from '../c/index.ts';",
      "export { d } from \"../d/d.ts\";",
      "const e = await import('../e/e.ts');",
      "import '../f/side-effect.ts';",
      "import {\n  g,\n  h,\n} from '../g/g.ts';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['../a/x.ts', './b.ts', '../c/index.ts', '../d/d.ts', '../e/e.ts', '../f/side-effect.ts', '../g/g.ts']);
  });

  test('every folder of src/ has a layer', () => {
    expect([...graph.keys()].filter((unit) => !layerOf.has(unit))).toEqual([]);
  });

  test('no folder imports one of its own layer or a later one', () => {
    const wrong: string[] = [];
    for (const [from, edges] of graph) {
      for (const [to, file] of edges) {
        if ((layerOf.get(to) ?? Infinity) >= (layerOf.get(from) ?? -1)) wrong.push(`${from} -> ${to} (${file})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('rules and targets sit side by side: neither imports the other', () => {
    expect(graph.get('rules')?.has('targets')).toBe(false);
    expect(graph.get('targets')?.has('rules')).toBe(false);
  });

  test('no cycle between folders', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (unit: string, path: string[]): void => {
      if (state.get(unit) === 'done') return;
      if (state.get(unit) === 'open') {
        cycles.push([...path.slice(path.indexOf(unit)), unit].join(' -> '));
        return;
      }
      state.set(unit, 'open');
      for (const next of graph.get(unit)?.keys() ?? []) visit(next, [...path, unit]);
      state.set(unit, 'done');
    };
    for (const unit of graph.keys()) visit(unit, []);
    expect(cycles).toEqual([]);
  });
});

/**
 * Prose for people (release profiles' citations, notes and exactness lines; field help) stays in
 * server-only modules: the pages' HTML and the CLI show it, the browser never downloads it. This
 * follows every import, static or dynamic, from what the browser runs (the components' scripts and
 * the .ts modules they load) and fails when one reaches a server-only module.
 */
const COMPONENTS = fileURLToPath(new URL('../../components/', import.meta.url));
const SERVER_ONLY = [/src\/releases\/(?:index|v\d[\w-]*|openmetadata-1x|changes|schema)\.ts$/, /src\/inputs\/help\.ts$/];

/** The scripts the browser runs: each <script> of a component (its imports, from the component's folder). */
function browserEntries(): { from: string; specifiers: string[] }[] {
  const entries: { from: string; specifiers: string[] }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.astro')) {
        for (const [, script] of readFileSync(path, 'utf8').matchAll(/<script(?![^>]*\bis:inline)[^>]*>([\s\S]*?)<\/script>/g)) {
          entries.push({ from: path, specifiers: importsOf(script!) });
        }
      }
    }
  };
  walk(COMPONENTS);
  return entries;
}

describe('the browser loads no server-only prose', () => {
  test('no module the pages run in the browser imports a release profile or the field help', () => {
    const seen = new Set<string>();
    const reached: string[] = [];
    const follow = (file: string, via: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      if (SERVER_ONLY.some((pattern) => pattern.test(file.split(sep).join('/')))) reached.push(`${relative(SRC, file)} (from ${via})`);
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.') && specifier.endsWith('.ts')) follow(resolve(dirname(file), specifier), relative(COMPONENTS, file));
      }
    };
    const entries = browserEntries();
    expect(entries.length).toBeGreaterThan(3);
    for (const { from, specifiers } of entries) {
      for (const specifier of specifiers) {
        if (specifier.startsWith('.') && specifier.endsWith('.ts')) follow(resolve(dirname(from), specifier), relative(COMPONENTS, from));
      }
    }
    // The engine and the lazily loaded tools are among what was followed.
    expect([...seen].some((file) => file.endsWith(`rules${sep}check-all.ts`))).toBe(true);
    expect([...seen].some((file) => file.endsWith(`lint${sep}index.ts`))).toBe(true);
    expect(reached).toEqual([]);
  });
});

/**
 * What the setup panel loads to check and render on every keystroke (the engine, the release's
 * facts and renderers) stays within the page's JavaScript budget by what it imports: no npm
 * package (the inputs are read by src/inputs, not a schema library) and not the table of rules
 * (titles and failure modes are for the troubleshooting pages and the CLI). Value imports only:
 * a type import costs the browser nothing.
 */
const VALUE_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

describe('the live engine loads only what checking and rendering need', () => {
  test('no npm package and not the table of rules is imported by what the setup panel loads', () => {
    const engine = ['../../components/live/client.ts', '../../src/releases/load.ts', '../../src/render/load.ts'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
    const seen = new Set<string>();
    const found: string[] = [];
    const follow = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT)) {
        const specifier = (m[1] ?? m[2] ?? m[3])!;
        if (!specifier.startsWith('.')) found.push(`${specifier} (from ${relative(SRC, file)})`);
        else if (specifier.endsWith('.ts')) follow(resolve(dirname(file), specifier));
      }
    };
    for (const file of engine) follow(file);
    const files = [...seen].map((f) => f.split(sep).join('/'));
    expect(files.some((f) => f.endsWith('src/rules/check-inputs.ts')) && files.some((f) => f.endsWith('src/targets/docker.ts'))).toBe(true);
    expect(files.filter((f) => f.endsWith('src/rules/table.ts'))).toEqual([]);
    expect(found).toEqual([]);
  });
});
