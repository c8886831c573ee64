/**
 * How much JavaScript each built page loads, gzipped (`npm run build && npm run test:size`).
 *
 * For every HTML page in dist/ (Pagefind's own files under dist/pagefind/ are not pages), takes
 * every `<script src>`, every `<link rel="modulepreload">` and every inline classic or module
 * script, then follows the imports inside the JS files transitively:
 * - static: `import ... from "x"`, `import "x"`, `export ... from "x"` load with the page: *eager*;
 * - dynamic: `import("x")` loads on demand (Pagefind's search UI loads when the search dialog
 *   opens): *lazy*, as is everything only reachable through one.
 * Each unique file counts once per page (a chunk shared by two scripts is loaded once), gzipped
 * with zlib level 9. Inline scripts are gzipped together (they travel in one HTML response).
 * A dynamic import whose specifier is computed (`import(\`${base}pagefind.js\`)`) cannot be followed;
 * it is listed under `unresolved` and not counted.
 *
 * Run directly: prints a table (page, eager KB gz, lazy KB gz, files) largest first and a summary;
 * exits 1 when any page's eager gzipped JS is over the budget (40 KB unless `--budget-kb N`),
 * 2 when dist/ is missing or has no pages. `--json` prints the measurements as JSON instead.
 * Usage: node scripts/measure-js.ts [distDir] [--budget-kb N] [--json]
 *
 * It also fails (exit 1) when a JavaScript file of the site holds prose that only the server
 * shows (a release profile's citation, note text or exactness line, a field's help): those live
 * in server-only modules, and this proves none reached a browser bundle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { listHtmlFiles, pageUrlFor } from './check-links.ts';
import { parseTags, RAW_TEXT } from './html-tags.ts';
import { FIELD_HELP } from '../src/inputs/help.ts';
import { PROSE_KEYS } from '../src/releases/facts.ts';
import { releases } from '../src/releases/index.ts';

export const DEFAULT_BUDGET_KB = 40;
export const DEFAULT_BUDGET_BYTES = DEFAULT_BUDGET_KB * 1024;

export interface JsFile {
  /** URL path in the site, e.g. `/_astro/page.cNngjUgL.js`; `(inline)` for the page's inline scripts. */
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageJs {
  /** The page's URL path, e.g. `/v1.12/deployment/docker/`. */
  page: string;
  /** Files loaded with the page, inline scripts (as one `(inline)` entry) first, then by size. */
  eager: JsFile[];
  /** Files only loaded through a dynamic `import()`, by size. */
  lazy: JsFile[];
  eagerBytes: number;
  eagerGzip: number;
  lazyBytes: number;
  lazyGzip: number;
  /** Number of inline scripts on the page (their bytes are the `(inline)` entry of `eager`). */
  inlineScripts: number;
  /** Imports that could not be followed: `from -> specifier (reason)`. */
  unresolved: string[];
}

export interface ScriptRef {
  /** `src` of an external script (or `href` of a modulepreload link). */
  src?: string;
  /** Text of an inline script. */
  inline?: string;
  module: boolean;
}

export interface ImportRef {
  /** The specifier as written; `''` when it is computed (only possible for `import()`). */
  specifier: string;
  dynamic: boolean;
  /** For a computed dynamic import: the start of its argument, for the report. */
  expression?: string;
}

const ORIGIN = 'http://site.invalid';

/** `type` values a browser runs as JavaScript (HTML spec: empty, a JS MIME type, or `module`). */
export const JS_TYPES: ReadonlySet<string> = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'text/ecmascript',
  'application/x-javascript',
  'text/jscript',
]);



/** Raw-text elements for finding scripts: a template's scripts do not run until cloned. */
const SCRIPT_RAW_TEXT: ReadonlySet<string> = new Set([...RAW_TEXT, 'template']);

/**
 * The scripts a page runs, in document order: `<script src>` and inline `<script>` whose type is
 * JavaScript (JSON and other data blocks are skipped), plus `<link rel="modulepreload" href>`
 * (downloaded with the page, so it counts as loaded). Comments are skipped.
 */
export function extractScripts(html: string): ScriptRef[] {
  const out: ScriptRef[] = [];
  for (const { name, attrs, text } of parseTags(html, SCRIPT_RAW_TEXT)) {
    if (name === 'script') {
      const type = (attrs.get('type') ?? '').trim().toLowerCase();
      if (!JS_TYPES.has(type)) continue;
      const module = type === 'module';
      const src = attrs.get('src');
      if (src !== undefined && src.trim() !== '') out.push({ src: src.trim(), module });
      else if ((text ?? '').trim() !== '') out.push({ inline: text!, module });
    } else if (name === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (rel.includes('modulepreload') && href) out.push({ src: href.trim(), module: true });
    }
  }
  return out;
}

/**
 * The imports in a JS module, in source order. Static: `import x from "s"`, `import{a}from"s"`,
 * `import "s"`, `export * from "s"`, `export{a}from"s"`. Dynamic: `import("s")` with a plain
 * string or a template literal without `${}`; a computed specifier is returned as `specifier: ''`
 * with the expression's text after it for the report.
 * Regex-based, tuned for bundler output; `import.meta`, `x.import(` and the word right after a
 * quote or a hyphen (`"import"`, `data-lint-import`) are not imports.
 */
export function extractImports(code: string): ImportRef[] {
  const out: { at: number; ref: ImportRef }[] = [];
  // Not after a quote or a hyphen: the word in a string or an attribute name (`data-lint-import`).
  const staticRe = /(?<![\w$.'"`-])(import|export)\s*(?:[\w$\s{},*]*?(?<![\w$])(from)\s*)?(["'`])([^"'`\n]+?)\3/g;
  for (const m of code.matchAll(staticRe)) {
    if (m[1] === 'export' && m[2] === undefined) continue; // only `import "x"` may leave out `from`
    out.push({ at: m.index, ref: { specifier: m[4]!, dynamic: false } });
  }
  const dynamicRe = /(?<![\w$.])import\s*\(\s*(?:(["'`])([^"'`\n]*?)\1\s*(?=[,)])|([^)]{0,80}))/g;
  for (const m of code.matchAll(dynamicRe)) {
    const specifier = m[2];
    if (specifier !== undefined && !(m[1] === '`' && specifier.includes('${'))) {
      out.push({ at: m.index, ref: { specifier, dynamic: true } });
    } else {
      const expression = (specifier !== undefined ? `${m[1]}${specifier}${m[1]}` : (m[3] ?? '')).trim();
      out.push({ at: m.index, ref: { specifier: '', dynamic: true, expression } });
    }
  }
  return out.sort((a, b) => a.at - b.at).map((x) => x.ref);
}

/** The file in dist/ a URL points at (same origin only), or undefined. */
function fileFor(root: string, url: URL): string | undefined {
  if (url.origin !== ORIGIN) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

const sum = (files: JsFile[], key: 'bytes' | 'gzip') => files.reduce((total, f) => total + f[key], 0);

/** Measures every page in distDir. Cheap to call twice: each JS file is read and gzipped once. */
export function measurePages(distDir: string): PageJs[] {
  const root = resolve(distDir);
  const fileCache = new Map<string, { code: string; bytes: number; gzip: number; imports: ImportRef[] }>();
  const load = (file: string) => {
    let entry = fileCache.get(file);
    if (!entry) {
      const buffer = readFileSync(file);
      const code = buffer.toString('utf8');
      entry = { code, bytes: buffer.length, gzip: gzipSize(buffer), imports: extractImports(code) };
      fileCache.set(file, entry);
    }
    return entry;
  };
  const urlOf = (file: string) => `/${relative(root, file).split(sep).join('/')}`;

  const pages: PageJs[] = [];
  for (const htmlFile of listHtmlFiles(root)) {
    const rel = relative(root, htmlFile).split(sep).join('/');
    if (rel === 'pagefind' || rel.startsWith('pagefind/')) continue;
    const page = pageUrlFor(root, htmlFile);
    const pageUrl = new URL(page, ORIGIN);
    const scripts = extractScripts(readFileSync(htmlFile, 'utf8'));
    const unresolved: string[] = [];

    /** The file a reference points at, or undefined (noted in `unresolved`). */
    const resolveRef = (from: string, base: URL, ref: ImportRef, fromHtml: boolean): string | undefined => {
      if (ref.specifier === '') {
        unresolved.push(`${from} -> import(${ref.expression ?? ''}) (computed specifier)`);
        return undefined;
      }
      // In JS, `x.js` is a bare specifier (needs an import map); in HTML `src`, it is relative.
      if (!fromHtml && !/^(\.{0,2}\/|[a-zA-Z][a-zA-Z0-9+.-]*:)/.test(ref.specifier)) {
        unresolved.push(`${from} -> ${ref.specifier} (bare specifier)`);
        return undefined;
      }
      let url: URL;
      try {
        url = new URL(ref.specifier, base);
      } catch {
        unresolved.push(`${from} -> ${ref.specifier} (not a URL)`);
        return undefined;
      }
      const file = fileFor(root, url);
      if (!file) unresolved.push(`${from} -> ${ref.specifier} (${url.origin === ORIGIN ? 'no such file in dist/' : 'other origin'})`);
      return file;
    };

    // Eager: everything the page's scripts reach through static imports. Dynamic imports met on
    // the way are the roots of the lazy walk.
    const eager = new Set<string>();
    const lazyRoots: string[] = [];
    const eagerQueue: string[] = [];
    const take = (file: string | undefined, dynamic: boolean) => {
      if (!file) return;
      if (dynamic) lazyRoots.push(file);
      else if (!eager.has(file)) {
        eager.add(file);
        eagerQueue.push(file);
      }
    };
    let inlineText = '';
    let inlineScripts = 0;
    for (const script of scripts) {
      if (script.inline !== undefined) {
        inlineScripts++;
        inlineText += `${script.inline}\n`;
        // Only module scripts may `import ... from`; classic scripts may still `import()`.
        for (const ref of extractImports(script.inline)) {
          if (script.module || ref.dynamic) take(resolveRef(`${page} (inline)`, pageUrl, ref, false), ref.dynamic);
        }
      } else {
        take(resolveRef(page, pageUrl, { specifier: script.src!, dynamic: false }, true), false);
      }
    }
    while (eagerQueue.length > 0) {
      const file = eagerQueue.shift()!;
      const base = new URL(urlOf(file), ORIGIN);
      for (const ref of load(file).imports) take(resolveRef(urlOf(file), base, ref, false), ref.dynamic);
    }
    // Lazy: what the dynamic imports reach, through any import, that is not already eager.
    const lazy = new Set<string>();
    const lazyQueue = [...lazyRoots];
    while (lazyQueue.length > 0) {
      const file = lazyQueue.shift()!;
      if (eager.has(file) || lazy.has(file)) continue;
      lazy.add(file);
      const base = new URL(urlOf(file), ORIGIN);
      for (const ref of load(file).imports) {
        const next = resolveRef(urlOf(file), base, ref, false);
        if (next) lazyQueue.push(next);
      }
    }

    const asJs = (file: string): JsFile => ({ url: urlOf(file), bytes: load(file).bytes, gzip: load(file).gzip });
    const bySize = (a: JsFile, b: JsFile) => b.gzip - a.gzip || a.url.localeCompare(b.url);
    const eagerFiles = [...eager].map(asJs).sort(bySize);
    if (inlineScripts > 0) {
      eagerFiles.unshift({ url: '(inline)', bytes: Buffer.byteLength(inlineText), gzip: gzipSize(inlineText) });
    }
    const lazyFiles = [...lazy].map(asJs).sort(bySize);
    pages.push({
      page,
      eager: eagerFiles,
      lazy: lazyFiles,
      eagerBytes: sum(eagerFiles, 'bytes'),
      eagerGzip: sum(eagerFiles, 'gzip'),
      lazyBytes: sum(lazyFiles, 'bytes'),
      lazyGzip: sum(lazyFiles, 'gzip'),
      inlineScripts,
      unresolved: [...new Set(unresolved)],
    });
  }
  return pages.sort((a, b) => b.eagerGzip - a.eagerGzip || b.lazyGzip - a.lazyGzip || a.page.localeCompare(b.page));
}

/**
 * Prose for people that must never reach the browser, with the JS files of `distDir` that hold
 * some. Texts shorter than 30 characters are left out (they could be ordinary words).
 */
export function serverProseInBundles(distDir: string, prose: readonly string[]): { file: string; text: string }[] {
  const long = [...new Set(prose.filter((text) => text.length >= 30))];
  const found: { file: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.m?js$/.test(entry.name)) {
        const code = readFileSync(path, 'utf8');
        // Bundlers may write a string with other quotes or escapes: compare a stretch of plain words.
        for (const text of long) {
          // Words, not an identifier that the code also uses (jwtPrincipalClaimsMapping).
          const probe = text.replace(/[^A-Za-z0-9 ,.:;()-]/g, '\0').split('\0').filter((part) => part.split(' ').length > 3).sort((a, b) => b.length - a.length)[0];
          if (probe !== undefined && probe.length >= 24 && code.includes(probe)) found.push({ file: relative(distDir, path), text });
        }
      }
    }
  };
  walk(distDir);
  return found;
}

/** The server-only prose of the release profiles and the field help, as plain strings. */
export function serverOnlyProse(profiles: readonly unknown[], help: Readonly<Record<string, string>>): string[] {
  const out: string[] = Object.values(help);
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if ((PROSE_KEYS as readonly string[]).includes(key) && typeof item === 'string') out.push(item);
        else walk(item);
      }
    }
  };
  walk(profiles);
  return out;
}

export interface BudgetDecision {
  budgetBytes: number;
  over: PageJs[];
  /** 0: every page within budget; 1: a page over it; 2: nothing measured (no pages). */
  exitCode: 0 | 1 | 2;
}

/** Whether the measured pages pass the eager-JS budget (gzipped bytes; a page at the budget passes). */
export function budgetDecision(pages: PageJs[], budgetBytes: number = DEFAULT_BUDGET_BYTES): BudgetDecision {
  const over = pages.filter((p) => p.eagerGzip > budgetBytes);
  return { budgetBytes, over, exitCode: pages.length === 0 ? 2 : over.length > 0 ? 1 : 0 };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The per-page table, largest first, then the summary line. */
export function formatTable(pages: PageJs[], budgetBytes: number = DEFAULT_BUDGET_BYTES): string[] {
  const rows = pages.map((p) => [
    p.page,
    kb(p.eagerGzip),
    kb(p.lazyGzip),
    String(p.eager.filter((f) => f.url !== '(inline)').length + p.lazy.length),
    `${p.eager.filter((f) => f.url !== '(inline)').length} + ${p.lazy.length}`,
    String(p.inlineScripts),
  ]);
  const header = ['page', 'eager KB gz', 'lazy KB gz', 'files', 'eager + lazy', 'inline'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  const lines = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  lines.push(summaryLine(pages, budgetBytes));
  return lines;
}

export function summaryLine(pages: PageJs[], budgetBytes: number = DEFAULT_BUDGET_BYTES): string {
  const decision = budgetDecision(pages, budgetBytes);
  if (pages.length === 0) return 'no pages measured';
  const top = pages[0]!;
  const lazyTop = Math.max(...pages.map((p) => p.lazyGzip));
  const verdict = decision.over.length === 0 ? 'all within budget' : `${decision.over.length} over budget: ${decision.over.map((p) => p.page).join(', ')}`;
  return (
    `pages: ${pages.length}, largest eager JS: ${kb(top.eagerGzip)} KB gz (${top.page}), ` +
    `largest lazy JS: ${kb(lazyTop)} KB gz, eager budget ${kb(budgetBytes)} KB gz: ${verdict} ` +
    `(what pages load with the live engine is measured in the browser: tests/e2e/js-budget.spec.ts, npm run bench)`
  );
}

/** Every JS file the site loads, with how many pages load it eagerly and lazily: what dominates. */
export function fileBreakdown(pages: PageJs[]): { url: string; bytes: number; gzip: number; eagerPages: number; lazyPages: number }[] {
  const files = new Map<string, { url: string; bytes: number; gzip: number; eagerPages: number; lazyPages: number }>();
  for (const page of pages) {
    for (const [list, key] of [[page.eager, 'eagerPages'], [page.lazy, 'lazyPages']] as const) {
      for (const f of list) {
        if (f.url === '(inline)') continue;
        const entry = files.get(f.url) ?? { url: f.url, bytes: f.bytes, gzip: f.gzip, eagerPages: 0, lazyPages: 0 };
        entry[key]++;
        files.set(f.url, entry);
      }
    }
  }
  return [...files.values()].sort((a, b) => b.gzip - a.gzip || a.url.localeCompare(b.url));
}

export function formatBreakdown(pages: PageJs[]): string[] {
  const rows = fileBreakdown(pages).map((f) => [f.url, kb(f.bytes), kb(f.gzip), String(f.eagerPages), String(f.lazyPages)]);
  const header = ['file', 'KB', 'KB gz', 'eager on', 'lazy on'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

export function parseBudgetKb(value: string | undefined): number {
  if (value === undefined) return DEFAULT_BUDGET_KB;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--budget-kb must be a positive number, got ${JSON.stringify(value)}`);
  return n;
}

if (import.meta.main) {
  let args;
  let budgetBytes: number;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { 'budget-kb': { type: 'string' }, json: { type: 'boolean', default: false }, files: { type: 'boolean', default: false } },
    });
    budgetBytes = Math.round(parseBudgetKb(args.values['budget-kb']) * 1024);
  } catch (error) {
    console.error((error as Error).message);
    console.error('usage: node scripts/measure-js.ts [distDir] [--budget-kb N] [--json] [--files]');
    process.exit(2);
  }
  const distDir = args.positionals[0] ?? 'dist';
  if (!existsSync(join(distDir))) {
    console.error(`${distDir}/ not found: run \`npm run build\` first.`);
    process.exit(2);
  }
  const pages = measurePages(distDir);
  const decision = budgetDecision(pages, budgetBytes);
  if (args.values.json) {
    console.log(JSON.stringify({ budgetBytes, exitCode: decision.exitCode, over: decision.over.map((p) => p.page), pages }, null, 2));
  } else {
    for (const line of formatTable(pages, budgetBytes)) console.log(line);
    if (args.values.files) {
      console.log('');
      for (const line of formatBreakdown(pages)) console.log(line);
    }
    const unresolved = new Set(pages.flatMap((p) => p.unresolved.map((u) => u.replace(/^\/\S* \(inline\)/, '(inline)'))));
    if (unresolved.size > 0) {
      console.log(`not followed (not counted): ${[...unresolved].join('; ')}`);
    }
  }
  if (decision.exitCode === 2) console.error(`no HTML pages in ${distDir}/`);
  const leaked = serverProseInBundles(distDir, serverOnlyProse(releases, FIELD_HELP));
  for (const { file, text } of leaked) console.error(`server-only prose in ${file}: ${JSON.stringify(text.slice(0, 80))}`);
  if (leaked.length === 0) console.log('server-only prose (profile sources, notes, exactness lines, field help): in no JavaScript file');
  process.exit(decision.exitCode !== 0 ? decision.exitCode : leaked.length > 0 ? 1 : 0);
}
