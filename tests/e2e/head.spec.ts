/**
 * What every page puts in its <head> for browsers and link previews, read from the built HTML:
 * the link-preview image (og:image, an absolute URL of a PNG of the stated size that the build
 * serves), and the title (the landing page names the site once, other pages "Page | Site").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEFAULT_SITE as SITE_URL, OG_IMAGE, SITE_TITLE } from '../../src/site.ts';
import { DIST, sitePages } from './site.ts';

const decode = (text: string) => text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The built HTML of each page, and the 404 page. */
const files = [...sitePages().map((path) => ({ path, file: join(DIST, path, 'index.html') })), { path: '404', file: join(DIST, '404.html') }];

function metaContent(html: string, property: string): string | undefined {
  // A quoted attribute value may hold ">" (a title such as "Settings > SSO").
  for (const [tag] of html.matchAll(/<meta\b(?:[^>"']|"[^"]*"|'[^']*')*>/g)) {
    if (new RegExp(`\\bproperty="${property.replace(/[.:]/g, '\\$&')}"`).test(tag)) return decode(tag.match(/\bcontent="([^"]*)"/)?.[1] ?? '');
  }
  return undefined;
}

test('every page names its link-preview image: an absolute URL of a built PNG of the stated size, with a description', () => {
  expect(files.length).toBeGreaterThan(10);
  for (const { path, file } of files) {
    const html = readFileSync(file, 'utf8');
    expect(metaContent(html, 'twitter:card') ?? html.match(/name="twitter:card" content="([^"]*)"/)?.[1], path).toBe('summary_large_image');
    const image = metaContent(html, 'og:image');
    expect(image, `${path}: og:image`).toBeDefined();
    const url = new URL(image!);
    expect(url.origin, `${path}: og:image is absolute on the site's origin`).toBe(new URL(SITE_URL).origin);
    const png = join(DIST, decodeURIComponent(url.pathname));
    expect(existsSync(png), `${path}: ${url.pathname} is in dist/`).toBe(true);
    const bytes = readFileSync(png);
    expect(bytes.toString('latin1', 1, 4)).toBe('PNG');
    const width = metaContent(html, 'og:image:width');
    const height = metaContent(html, 'og:image:height');
    expect([width, height], `${path}: og:image size`).toEqual([String(bytes.readUInt32BE(16)), String(bytes.readUInt32BE(20))]);
    expect([Number(width), Number(height)]).toEqual([OG_IMAGE.width, OG_IMAGE.height]);
    expect(metaContent(html, 'og:image:alt')?.length, `${path}: og:image:alt`).toBeGreaterThan(20);
  }
});

test('the landing page is titled with the site name once; other pages "Page | Site"', () => {
  for (const { path, file } of files) {
    const html = readFileSync(file, 'utf8');
    const titles = [...html.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => decode(m[1]!));
    expect(titles, `${path}: one <title>`).toHaveLength(1);
    if (path === '/') expect(titles[0]).toBe(SITE_TITLE);
    else expect(titles[0], path).toBe(`${metaContent(html, 'og:title')} | ${SITE_TITLE}`);
  }
});

test('/favicon.ico is served as an icon', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  const body = await response.body();
  expect([body.readUInt16LE(0), body.readUInt16LE(2)]).toEqual([0, 1]);
});
