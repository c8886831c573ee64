/**
 * The pages as Markdown: the build's `.md` file beside every page (the converter's output on the
 * built page, every generated file in it exactly), llms.txt, the `<link rel="alternate">` in each
 * head.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Window } from 'happy-dom';
import { markdownPath, pageToMarkdown, type MarkdownElement } from '../../src/markdown/page.ts';
import { SITE_URL } from '../../src/site.ts';
import { DIST, sitePages } from './site.ts';

const SAMPLE_PAGES = ['/', '/v1.12/deployment/docker/', '/v1.12/implicit-flow/', '/v2.0/deployment/kubernetes/', '/v2.0/troubleshooting/', '/v0.12/service-application/'];

/** The fenced blocks of a Markdown text: info string and text, a list item's indentation taken off. */
function fencedBlocks(md: string): { info: string; text: string }[] {
  const blocks: { info: string; text: string }[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)(`{3,})(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, marks, info] = open;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== `${indent}${marks}`; i++) body.push(lines[i]!.startsWith(indent!) ? lines[i]!.slice(indent!.length) : lines[i]!);
    blocks.push({ info: info!, text: `${body.join('\n')}\n` });
  }
  return blocks;
}

/** The file in dist/ a URL path of the site names (`/a/` -> a/index.html). */
const distFile = (path: string) => join(DIST, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));

test.describe('the build writes every page as Markdown', () => {
  for (const path of SAMPLE_PAGES) {
    test(`${path}: its .md is the converter's output on the built page, with every generated file exactly`, () => {
      const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
      const document = new window.DOMParser().parseFromString(readFileSync(distFile(path), 'utf8'), 'text/html');
      const root = document.querySelector('.sl-markdown-content');
      expect(root, `${path}: page content`).not.toBeNull();
      const want = pageToMarkdown(root as unknown as MarkdownElement, {
        title: document.querySelector('h1')!.textContent!.trim(),
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
        pageUrl: new URL(path, SITE_URL).href,
      });
      const md = readFileSync(distFile(markdownPath(path)), 'utf8');
      expect(md).toBe(want);
      expect(md.startsWith(`# ${document.querySelector('h1')!.textContent!.trim()}\n`)).toBe(true);
      const blocks = fencedBlocks(md);
      for (const figure of document.querySelectorAll('figure[data-target][data-filename]')) {
        const name = figure.getAttribute('data-filename')!;
        const language = figure.querySelector('pre')?.getAttribute('data-language') ?? '';
        const text = figure.querySelector('code')!.textContent!;
        const info = `${language} title="${name}"`;
        expect(blocks.filter((b) => b.info === info).map((b) => b.text), `${path}: ${name}: a fenced block with its language and name, its text exactly`).toContain(text);
      }
      // No form control's text, no button label of the page's tools.
      expect(md).not.toMatch(/Copy a share link|Run \d+ checks?\b|>Copy<|Nothing typed yet/);
      void window.happyDOM.close();
    });
  }

  test('every page names its .md in its head, and the file exists', () => {
    const missing: string[] = [];
    for (const path of sitePages()) {
      const html = readFileSync(distFile(path), 'utf8');
      const href = /<link rel="alternate" type="text\/markdown" href="([^"]+)"/.exec(html)?.[1];
      if (href === undefined || href !== markdownPath(path)) missing.push(`${path}: alternate link ${href ?? '(none)'}`);
      else if (!existsSync(distFile(href))) missing.push(`${path}: ${href} not in dist/`);
    }
    expect(missing).toEqual([]);
  });

  test('llms.txt lists every page once, newest release first, each link a file of dist/', () => {
    const text = readFileSync(join(DIST, 'llms.txt'), 'utf8');
    expect(text).toMatch(/^# Okta SSO for OpenMetadata\n\n> \S/);
    const links = [...text.matchAll(/^- \[[^\]]+\]\(([^)]+)\)(?:: .+)?$/gm)].map((m) => m[1]!);
    const paths = links.map((link) => {
      expect(link.startsWith(`${SITE_URL}/`), `${link} is absolute on the site`).toBe(true);
      return new URL(link).pathname;
    });
    for (const path of paths) expect(existsSync(distFile(path)), `${path} exists in dist/`).toBe(true);
    expect([...paths].sort()).toEqual(sitePages().map(markdownPath).sort());
    const sections = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(sections[1]).toMatch(/^OpenMetadata 2\.0 \(latest\)$/);
    expect(sections.indexOf('OpenMetadata 1.13')).toBeLessThan(sections.indexOf('OpenMetadata 1.12'));
  });

  test('the site serves the .md files', async ({ request }) => {
    const response = await request.get('/v1.12/deployment/docker/index.md');
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe(readFileSync(distFile('/v1.12/deployment/docker/index.md'), 'utf8'));
  });
});
