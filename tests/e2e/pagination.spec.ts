/**
 * Previous/next links (the footer's pagination) stay inside the page's release: the chain of Next
 * links walks the release's sidebar in order, from its overview to its last page, and the first and
 * last pages have no link out of the release. Read from the built HTML of every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST, pageRelease, sitePages } from './site.ts';

function html(pathname: string): string {
  return readFileSync(join(DIST, pathname, 'index.html'), 'utf8');
}

/** The href of the page's `rel="prev"` or `rel="next"` link, if it has one. */
function relLink(source: string, rel: 'prev' | 'next'): string | undefined {
  const links = [...source.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]).filter((tag) => new RegExp(`\\brel="${rel}"`).test(tag));
  expect(links.length, `at most one rel="${rel}" link`).toBeLessThanOrEqual(1);
  return links[0]?.match(/\bhref="([^"]*)"/)?.[1];
}

/** The release's pages in the order of the page's sidebar (the sidebar shows the page's release). */
function sidebarPages(source: string, release: string): string[] {
  const start = source.indexOf('<nav class="sidebar');
  expect(start, 'the page has a sidebar').toBeGreaterThan(-1);
  const nav = source.slice(start, source.indexOf('</nav>', start));
  const hrefs = [...nav.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map((m) => m[1]!);
  return [...new Set(hrefs.filter((href) => pageRelease(href) === release))];
}

const pages = sitePages();
const releasePages = pages.filter((path) => pageRelease(path) !== undefined);
const releaseIds = [...new Set(releasePages.map((path) => pageRelease(path)!))];

test('every release page links previous and next only to pages of its own release', () => {
  expect(releaseIds.length).toBeGreaterThan(1);
  for (const path of releasePages) {
    const source = html(path);
    for (const rel of ['prev', 'next'] as const) {
      const href = relLink(source, rel);
      if (href !== undefined) expect(pageRelease(href), `${path} rel="${rel}" -> ${href}`).toBe(pageRelease(path));
    }
  }
});

for (const release of releaseIds) {
  test(`the Next links of ${release} walk its sidebar in order, and Previous walks back`, () => {
    const overview = releasePages.filter((path) => pageRelease(path) === release).sort((a, b) => a.length - b.length)[0]!;
    const order = sidebarPages(html(overview), release);
    expect(order.length).toBeGreaterThan(2);
    expect(order[0]).toBe(overview);
    // Every page of the release that is built is in its sidebar, and the other way round.
    expect([...order].sort()).toEqual(releasePages.filter((path) => pageRelease(path) === release));

    const walked: string[] = [order[0]!];
    expect(relLink(html(order[0]!), 'prev'), `${order[0]} is the first page: no Previous`).toBeUndefined();
    for (let next = relLink(html(order[0]!), 'next'); next !== undefined; next = relLink(html(next), 'next')) {
      expect(walked, `the Next chain loops at ${next}`).not.toContain(next);
      expect(relLink(html(next), 'prev'), `Previous of ${next}`).toBe(walked.at(-1));
      walked.push(next);
    }
    expect(walked).toEqual(order);
  });
}
