import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, formatReport, isInternal, parseTags } from '../../scripts/check-links.ts';

let dist: string;

function write(path: string, html: string) {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'check-links-'));
  write(
    'index.html',
    `<!doctype html><html><head><link rel="stylesheet" href="/_astro/site.css">
     <script>const s = '<a href="/not-a-link/">';</script></head>
     <body><h1 id="_top">Home</h1>
     <!-- <a href="/commented-out/"> -->
     <a href="/guide/#setup">good page and anchor</a>
     <a href=guide/>good relative, unquoted</a>
     <a href="/guide">good without slash</a>
     <a href="#_top">good same-page anchor</a>
     <a href="/missing/">missing page</a>
     <a href="/guide/#nowhere">missing anchor</a>
     <a href="https://example.com/x">external</a>
     <a href="mailto:a@example.com">mail</a>
     <img src="data:image/png;base64,AAAA" alt="">
     <img src="/img/logo.svg" srcset="/img/logo.svg 1x, /img/logo@2x.svg 2x" alt="">
     </body></html>`,
  );
  write(
    'guide/index.html',
    `<!doctype html><html><body><h1>Guide</h1><h2 id="setup">Setup</h2>
     <a href="../">up</a><a href="../index.html#_top">home anchor</a>
     <a href="step&#45;two/">entity in href</a><a name="legacy"></a><a href="#legacy">name anchor</a>
     </body></html>`,
  );
  write('guide/step-two/index.html', '<h1>Two</h1>');
  write('_astro/site.css', 'body{}');
  write('img/logo.svg', '<svg/>');
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('reports the missing page, the missing anchor and the missing srcset file, and nothing else', () => {
    const report = checkLinks(dist);
    expect(report.pages).toBe(3);
    expect(report.broken).toEqual([
      { page: '/', link: '/missing/', reason: 'no file for /missing/ in dist/' },
      { page: '/', link: '/guide/#nowhere', reason: 'no element with id "nowhere" in /guide/' },
      { page: '/', link: '/img/logo@2x.svg', reason: 'no file for /img/logo@2x.svg in dist/' },
    ]);
    // index: css, 6 internal <a>, img src, 2 srcset; guide: 4 <a>
    expect(report.checked).toBe(14);
    expect(report.skipped).toBe(3);
  });

  it('under a base path, checks the pages at their served URLs and fails every root link that leaves the base', () => {
    const report = checkLinks(dist, '/okta-sso/');
    // The fixture's root links (`/guide/`, `/_astro/site.css`, ...) were written for the root: each
    // one now leaves the base; its relative links (`guide/`, `../`) stay inside and still resolve.
    expect(report.broken.map((b) => `${b.page} ${b.link}`)).toEqual([
      '/okta-sso/ /_astro/site.css',
      '/okta-sso/ /guide/#setup',
      '/okta-sso/ /guide',
      '/okta-sso/ /missing/',
      '/okta-sso/ /guide/#nowhere',
      '/okta-sso/ /img/logo.svg',
      '/okta-sso/ /img/logo.svg',
      '/okta-sso/ /img/logo@2x.svg',
    ]);
    expect(report.broken[0]!.reason).toBe("/_astro/site.css is outside the site's base path /okta-sso/");
    expect(report.checked).toBe(14);
  });

  it('prints one line per broken link and a summary line', () => {
    const lines = formatReport(checkLinks(dist));
    expect(lines[0]).toBe('/ -> /missing/ (no file for /missing/ in dist/)');
    expect(lines.at(-1)).toMatch(/links checked: 14, broken: 3/);
  });
});

describe('parseTags', () => {
  it('skips comments and script bodies, decodes entities, handles quoting', () => {
    const tags = parseTags(`<!-- <a href="/x"> --><script>"<a href='/y'>"</script><A HREF='/a?b=1&amp;c=2' data-x=y id=z>`);
    expect(tags.map((t) => t.name)).toEqual(['script', 'a']);
    expect(Object.fromEntries(tags[1]!.attrs)).toEqual({ href: '/a?b=1&c=2', 'data-x': 'y', id: 'z' });
  });
});

describe('isInternal', () => {
  it.each([
    ['/a/', true],
    ['a/b', true],
    ['#x', true],
    ['../x', true],
    ['https://example.com', false],
    ['http://example.com', false],
    ['//cdn.example.com/x.js', false],
    ['mailto:a@b.c', false],
    ['data:image/png;base64,AA', false],
    ['', false],
  ])('%s -> %s', (link, internal) => {
    expect(isInternal(link)).toBe(internal);
  });
});
