/**
 * What the browser tests know about the built site: its pages, discovered from dist/ so that the
 * tests follow the content as it is written, and the release each page belongs to.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { releaseForPath } from '../../src/releases/index.ts';

/** The build under test: the project's dist/, or E2E_DIST (a fixture build served on the same port). */
export const DIST = process.env['E2E_DIST'] ? resolve(process.env['E2E_DIST']) : fileURLToPath(new URL('../../dist', import.meta.url));

/** Folders of dist/ that hold no pages of ours (latest/ holds redirects to the newest release). */
const NOT_PAGES = new Set(['pagefind', '_astro', '404', 'latest']);

/** URL paths of every page (`index.html` under dist/), sorted, e.g. `/`, `/v1.12/deployment/docker/`. */
export function sitePages(dist: string = DIST): string[] {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html not found: run \`npm run build\` before the browser tests.`);
  }
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (dir === dist && NOT_PAGES.has(entry.name)) continue;
        walk(full);
      } else if (entry.name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * The release id a page belongs to, from its first URL segment: `/v1.12/...` -> `1.12`.
 * The release profiles map folders to ids (the legacy guide's folder need not be `v0.12`);
 * a `v<id>` segment is read directly when no profile claims it. Undefined for pages outside
 * any release (the landing page).
 */
export function pageRelease(pathname: string): string | undefined {
  const profile = releaseForPath(pathname);
  if (profile) return profile.id;
  const first = pathname.replace(/^\/+/, '').split('/')[0] ?? '';
  return /^v\d+\.\d+$/.test(first) ? first.slice(1) : undefined;
}
