import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  budgetDecision,
  DEFAULT_BUDGET_BYTES,
  extractImports,
  extractScripts,
  formatTable,
  measurePages,
  parseBudgetKb,
  type PageJs,
} from '../../scripts/measure-js.ts';

let dist: string;
let pages: PageJs[];

function write(path: string, text: string) {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Text that gzip cannot shrink much, so the files' sizes differ clearly. */
function filler(seed: number, length: number): string {
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += x.toString(36);
  }
  return `/*${out.slice(0, length)}*/`;
}

const gz = (path: string) => gzipSync(readFileSync(join(dist, path)), { level: 9 }).length;
const page = (url: string) => pages.find((p) => p.page === url)!;
const urls = (files: { url: string }[]) => files.map((f) => f.url).sort();

const INLINE_CLASSIC = 'document.documentElement.dataset.theme = localStorage.getItem("theme") ?? "auto";';
const INLINE_MODULE = 'import "/_astro/shared.js"; customElements.define("x-a", class extends HTMLElement {});';

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'measure-js-'));
  // Page one: an entry with a chain (entry -> chain1 -> chain2), a shared chunk, a dynamic import
  // (lazy -> lazy-dep, and lazy -> shared which is already eager), a computed import, two inline
  // scripts, and things that are not scripts.
  write(
    'index.html',
    `<!doctype html><html><head>
     <script type="module" src="/_astro/entry.js"></script>
     <script>${INLINE_CLASSIC}</script>
     <script type="application/ld+json">{"@context":"https://schema.org","x":"${filler(9, 400)}"}</script>
     <!-- <script type="module" src="/_astro/commented-out.js"></script> -->
     <style>.x::after { content: "<script src='/_astro/in-style.js'></script>"; }</style>
     </head><body><script type="module">${INLINE_MODULE}</script></body></html>`,
  );
  // Page two, relative src: the shared chunk again, nothing lazy.
  write('guide/index.html', `<!doctype html><html><head><script type=module src="../_astro/other.js"></script></head><body></body></html>`);
  // Pagefind's own HTML is not a page.
  write('pagefind/ui.html', `<script src="/_astro/entry.js"></script>`);

  write(
    '_astro/entry.js',
    `import{s as e}from"./shared.js";import"./chain1.js";` +
      'const l=()=>import(`./lazy.js`),c=b=>import(`${b}pagefind.js`);import.meta.url;' +
      filler(1, 3000),
  );
  write('_astro/chain1.js', `export*from"./chain2.js";export{a as b}from'./chain3.js';` + filler(2, 1000));
  write('_astro/chain2.js', `export const z=1;` + filler(3, 800));
  write('_astro/chain3.js', `export const a=2;` + filler(4, 600));
  write('_astro/shared.js', `export const s=1;` + filler(5, 2000));
  write('_astro/other.js', `import { s } from "./shared.js";\nconsole.log(s);` + filler(6, 500));
  write('_astro/lazy.js', `import"./lazy-dep.js";import{s}from"./shared.js";` + filler(7, 5000));
  write('_astro/lazy-dep.js', `export const d=1;` + filler(8, 1500));
  pages = measurePages(dist);
});

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('extractScripts', () => {
  it('takes external and inline JavaScript, skips data blocks, comments and raw text', () => {
    const scripts = extractScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(scripts).toEqual([
      { src: '/_astro/entry.js', module: true },
      { inline: INLINE_CLASSIC, module: false },
      { inline: INLINE_MODULE, module: true },
    ]);
  });

  it('counts modulepreload links and unquoted attributes', () => {
    expect(extractScripts(`<link rel="modulepreload" href="/a.js"><SCRIPT SRC=/b.js></SCRIPT><script src=""></script>`)).toEqual([
      { src: '/a.js', module: true },
      { src: '/b.js', module: false },
    ]);
  });
});

describe('extractImports', () => {
  it('finds static, re-export and dynamic imports in minified and spaced code', () => {
    const code =
      `import{t as e}from"./a.js";import"./b.js";import x, { y } from './c.js';export*from"./d.js";` +
      'export{e as f}from"./e.js";const g=()=>import(`./f.js`),h=import("./g.js",{with:{}});' +
      'import.meta.resolve("./no.js");obj.import("./no2.js");export{e};export default"./no3.js";' +
      'const k=import(`${base}pagefind.js`),m=import(name);';
    expect(extractImports(code)).toEqual([
      { specifier: './a.js', dynamic: false },
      { specifier: './b.js', dynamic: false },
      { specifier: './c.js', dynamic: false },
      { specifier: './d.js', dynamic: false },
      { specifier: './e.js', dynamic: false },
      { specifier: './f.js', dynamic: true },
      { specifier: './g.js', dynamic: true },
      { specifier: '', dynamic: true, expression: '`${base}pagefind.js`' },
      { specifier: '', dynamic: true, expression: 'name' },
    ]);
  });

  it('does not read the word import inside a string or an attribute name as an import', () => {
    const code = 'const h=`<button data-action="import" data-lint-import aria-labelledby="t">`,s="import \'x\'",u=\'-import "y"\';import"./real.js";';
    expect(extractImports(code)).toEqual([{ specifier: './real.js', dynamic: false }]);
  });
});

describe('measurePages', () => {
  it('measures every page but Pagefind internals, largest eager JS first', () => {
    expect(pages.map((p) => p.page)).toEqual(['/', '/guide/']);
  });

  it('follows the chain of static imports and re-exports transitively', () => {
    expect(urls(page('/').eager)).toEqual(
      ['(inline)', '/_astro/chain1.js', '/_astro/chain2.js', '/_astro/chain3.js', '/_astro/entry.js', '/_astro/shared.js'].sort(),
    );
  });

  it('counts a chunk once per page, however many scripts import it', () => {
    // entry.js and the inline module both import shared.js; lazy.js imports it again.
    const home = page('/');
    expect(home.eager.filter((f) => f.url === '/_astro/shared.js')).toHaveLength(1);
    expect(home.lazy.map((f) => f.url)).not.toContain('/_astro/shared.js');
    expect(urls(page('/guide/').eager)).toEqual(['/_astro/other.js', '/_astro/shared.js']);
  });

  it('puts dynamic imports and what only they reach under lazy', () => {
    expect(urls(page('/').lazy)).toEqual(['/_astro/lazy-dep.js', '/_astro/lazy.js']);
    expect(page('/').lazyGzip).toBe(gz('_astro/lazy.js') + gz('_astro/lazy-dep.js'));
    expect(page('/guide/').lazy).toEqual([]);
    expect(page('/guide/').lazyGzip).toBe(0);
  });

  it('sums the gzipped sizes of the unique files, inline scripts included', () => {
    const inline = gzipSync(`${INLINE_CLASSIC}\n${INLINE_MODULE}\n`, { level: 9 }).length;
    const files = ['entry', 'chain1', 'chain2', 'chain3', 'shared'].map((f) => gz(`_astro/${f}.js`));
    const home = page('/');
    expect(home.inlineScripts).toBe(2);
    expect(home.eager.find((f) => f.url === '(inline)')!.gzip).toBe(inline);
    expect(home.eagerGzip).toBe(inline + files.reduce((a, b) => a + b, 0));
    expect(page('/guide/').eagerGzip).toBe(gz('_astro/other.js') + gz('_astro/shared.js'));
    expect(page('/guide/').inlineScripts).toBe(0);
  });

  it('lists imports it cannot follow instead of guessing', () => {
    expect(page('/').unresolved).toEqual(['/_astro/entry.js -> import(`${b}pagefind.js`) (computed specifier)']);
    expect(page('/guide/').unresolved).toEqual([]);
  });
});

describe('budgetDecision', () => {
  it('passes when every page is within the budget, a page exactly at it included', () => {
    const largest = page('/').eagerGzip;
    expect(budgetDecision(pages, largest)).toMatchObject({ exitCode: 0, over: [] });
    expect(budgetDecision(pages)).toMatchObject({ exitCode: 0, budgetBytes: DEFAULT_BUDGET_BYTES });
    expect(DEFAULT_BUDGET_BYTES).toBe(40 * 1024);
  });

  it('fails (exit 1) naming the pages over the budget', () => {
    const decision = budgetDecision(pages, page('/').eagerGzip - 1);
    expect(decision.exitCode).toBe(1);
    expect(decision.over.map((p) => p.page)).toEqual(['/']);
    expect(budgetDecision(pages, 10).over.map((p) => p.page)).toEqual(['/', '/guide/']);
  });

  it('exits 2 when there is nothing to measure', () => {
    expect(budgetDecision([], DEFAULT_BUDGET_BYTES).exitCode).toBe(2);
  });

  it('reads --budget-kb', () => {
    expect(parseBudgetKb(undefined)).toBe(40);
    expect(parseBudgetKb('12.5')).toBe(12.5);
    expect(() => parseBudgetKb('0')).toThrow(/positive/);
    expect(() => parseBudgetKb('lots')).toThrow(/positive/);
  });

  it('prints one row per page and a summary naming the pages over budget', () => {
    const lines = formatTable(pages, 10);
    expect(lines).toHaveLength(2 + pages.length + 1);
    expect(lines[2]).toMatch(/^\/\s/);
    expect(lines.at(-1)).toMatch(/pages: 2, .*2 over budget: \/, \/guide\//);
  });
});

describe('server-only prose never reaches a bundle', () => {
  it('finds a profile citation or a field help written into a JS file, and nothing in clean code', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { serverOnlyProse, serverProseInBundles } = await import('../../scripts/measure-js.ts');
    const { releases } = await import('../../src/releases/index.ts');
    const { FIELD_HELP } = await import('../../src/inputs/help.ts');
    const prose = serverOnlyProse(releases, FIELD_HELP);
    expect(prose).toContain(releases[0]!.checked);
    expect(prose).toContain(FIELD_HELP.oktaDomain);
    const dir = mkdtempSync(join(tmpdir(), 'om-okta-prose-'));
    try {
      mkdirSync(join(dir, '_astro'));
      writeFileSync(join(dir, '_astro/clean.js'), 'const jwtPrincipalClaimsMapping="x";export{jwtPrincipalClaimsMapping};');
      expect(serverProseInBundles(dir, prose)).toEqual([]);
      // A minifier may swap quotes and escape characters; the check compares plain words.
      writeFileSync(join(dir, '_astro/leak.js'), `const a=${JSON.stringify(releases[0]!.checked)};const b='${FIELD_HELP.oktaDomain.replaceAll('"', '\\"')}';`);
      expect(serverProseInBundles(dir, prose).map((f) => f.text)).toEqual(expect.arrayContaining([releases[0]!.checked, FIELD_HELP.oktaDomain]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
