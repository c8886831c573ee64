/**
 * Link checker for the built site (`npm run build && npm run test:links`).
 *
 * starlight-links-validator does not read .mdoc pages, so this walks every HTML file in dist/,
 * takes every internal `href` and `src` (root-relative or relative; http(s):, mailto:, data: and
 * other schemes are skipped), resolves it against the page's URL and checks that the target exists
 * in dist/, and that `#fragment` links point at an element with that `id` (or `name`).
 *
 * A build for a base path (OM_OKTA_BASE=/okta-sso/, src/site.ts) is served with dist/ under that
 * path: its pages are checked at their served URLs, and a link that leaves the base is broken.
 *
 * `node scripts/check-links.ts [distDir]` (the base from OM_OKTA_BASE, as the build read it).
 * Prints `page -> link (reason)` for each broken link, then `links checked: N, broken: M`, and
 * exits 1 when any link is broken (2 when dist/ is missing).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseTags, type Tag } from './html-tags.ts';
import { siteAddress, withBase, withoutBase } from '../src/site.ts';

export { decodeEntities, parseTags, type Tag } from './html-tags.ts';

export interface BrokenLink {
  /** The page's URL path, e.g. `/v1.12/deployment/docker/`. */
  page: string;
  /** The link as written in the page. */
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  checked: number;
  skipped: number;
  broken: BrokenLink[];
}

/** Skip anything with a scheme (http:, https:, mailto:, data:, javascript:, tel:, ...) or `//host`. */
export function isInternal(link: string): boolean {
  const value = link.trim();
  if (value === '') return false;
  if (value.startsWith('//')) return false;
  return !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(value);
}

/** `/a/b/index.html` -> `/a/b/`, `/404.html` stays `/404.html`. */
export function pageUrlFor(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

export function listHtmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a URL path refers to in dist/, or undefined. `/a/b/` -> a/b/index.html;
 * `/a/b` -> a/b (a file), a/b/index.html or a/b.html.
 */
export function resolveTarget(distDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  const root = resolve(distDir);
  const base = resolve(root, `.${decoded}`);
  if (base !== root && !base.startsWith(root + sep)) return undefined; // escapes dist/
  const candidates = decoded.endsWith('/')
    ? [join(base, 'index.html')]
    : [base, join(base, 'index.html'), `${base}.html`];
  return candidates.find(isFile);
}

/** The links a tag holds: `href` and `src` on any element (a, link, script, img, use...), and `srcset` URLs. */
export function linksOf(tag: Tag): string[] {
  const links: string[] = [];
  for (const attr of ['href', 'src']) {
    const value = tag.attrs.get(attr);
    if (value !== undefined) links.push(value);
  }
  const srcset = tag.attrs.get('srcset');
  if (srcset) {
    // After the HTML spec: a URL is a run of non-space characters (trailing commas are not part
    // of it), then descriptors up to the next comma. So `data:` URLs with commas stay whole.
    let rest = srcset;
    for (;;) {
      rest = rest.replace(/^[\s,]+/, '');
      if (!rest) break;
      const url = /^\S+/.exec(rest)![0];
      rest = rest.slice(url.length);
      const bare = url.replace(/,+$/, '');
      if (bare) links.push(bare);
      if (bare === url) {
        const comma = rest.indexOf(',');
        rest = comma < 0 ? '' : rest.slice(comma + 1);
      }
    }
  }
  return links;
}

export function checkLinks(distDir: string, basePath = '/'): LinkReport {
  const root = resolve(distDir);
  const files = listHtmlFiles(root);
  const idCache = new Map<string, Set<string>>();
  const tagCache = new Map<string, Tag[]>();

  const tagsOf = (file: string): Tag[] => {
    let tags = tagCache.get(file);
    if (!tags) {
      tags = parseTags(readFileSync(file, 'utf8'));
      tagCache.set(file, tags);
    }
    return tags;
  };
  const idsOf = (file: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = new Set();
      for (const tag of tagsOf(file)) {
        const id = tag.attrs.get('id');
        if (id) ids.add(id);
        const name = tag.attrs.get('name');
        if (name && (tag.name === 'a' || tag.name === 'map' || tag.name === 'iframe' || tag.name === 'object')) ids.add(name);
      }
      idCache.set(file, ids);
    }
    return ids;
  };

  const report: LinkReport = { pages: files.length, checked: 0, skipped: 0, broken: [] };
  for (const file of files) {
    const pageUrl = withBase(pageUrlFor(root, file), basePath);
    const pageBase = new URL(pageUrl, 'http://site.invalid');
    const tags = tagsOf(file);
    const baseHref = tags.find((t) => t.name === 'base' && t.attrs.has('href'))?.attrs.get('href');
    const base = baseHref && isInternal(baseHref) ? new URL(baseHref, pageBase) : pageBase;

    for (const tag of tags) {
      for (const raw of linksOf(tag)) {
        const link = raw.trim();
        if (tag.name === 'base' || !isInternal(link)) {
          if (link !== '') report.skipped++;
          continue;
        }
        report.checked++;
        const fail = (reason: string) => report.broken.push({ page: pageUrl, link: raw, reason });

        let url: URL;
        try {
          url = new URL(link, base);
        } catch {
          fail('not a valid URL');
          continue;
        }
        const inDist = withoutBase(url.pathname, basePath);
        if (inDist === undefined) {
          fail(`${url.pathname} is outside the site's base path ${basePath}`);
          continue;
        }
        // A link to this very page (`#x`, `?q#x`, `.`) is checked against this file.
        const target = url.pathname === pageBase.pathname ? file : resolveTarget(root, inDist);
        if (!target) {
          fail(`no file for ${url.pathname} in dist/`);
          continue;
        }
        const fragment = url.hash.slice(1);
        if (!fragment || !target.endsWith('.html')) continue;
        let id: string;
        try {
          id = decodeURIComponent(fragment);
        } catch {
          id = fragment;
        }
        // HTML: `#top` scrolls to the top of the document even without such an element.
        if (id.toLowerCase() === 'top') continue;
        if (!idsOf(target).has(id)) {
          const where = target === file ? 'this page' : withBase(pageUrlFor(root, target), basePath);
          fail(`no element with id "${id}" in ${where}`);
        }
      }
    }
  }
  return report;
}

export function formatReport(report: LinkReport): string[] {
  const lines = report.broken.map((b) => `${b.page} -> ${b.link} (${b.reason})`);
  lines.push(
    `pages: ${report.pages}, links checked: ${report.checked}, broken: ${report.broken.length}, external skipped: ${report.skipped}`,
  );
  return lines;
}

if (import.meta.main) {
  const distDir = process.argv[2] ?? 'dist';
  if (!existsSync(distDir)) {
    console.error(`${distDir}/ not found: run \`npm run build\` first.`);
    process.exit(2);
  }
  const { base } = siteAddress(process.env);
  if (base !== '/') console.log(`base path: ${base}`);
  const report = checkLinks(distDir, base);
  for (const line of formatReport(report)) console.log(line);
  if (report.pages === 0) {
    console.error(`no HTML files in ${distDir}/`);
    process.exit(2);
  }
  process.exit(report.broken.length > 0 ? 1 : 0);
}
