/**
 * The pages as Markdown: the build's `.md` file beside every page (the converter's output on the
 * built page, every generated file in it exactly), llms.txt, the `<link rel="alternate">` in each
 * head, and the "Copy page as Markdown" button: the reader's values in, the client secret never.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { Window } from 'happy-dom';
import { markdownPath, pageToMarkdown, type MarkdownElement } from '../../src/markdown/page.ts';
import { DEFAULT_SITE as SITE_URL } from '../../src/site.ts';
import { DIST, sitePages } from './site.ts';
import { AUTHCODE_VALUES, field, fillPanel, SECRET, expectSnippetStates } from './support/live.ts';

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

test.describe('Copy page as Markdown', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('copies the page with the reader values filled in and the client secret replaced', async ({ page }) => {
    await page.goto('/v1.12/deployment/docker/');
    await fillPanel(page, { ...AUTHCODE_VALUES, inlineSecret: true });
    await expectSnippetStates(page, 'live');
    await expect(field(page, 'clientSecret')).toHaveValue(SECRET);
    // The reader asked for the secret in the snippets: the page shows it.
    await expect(page.locator('.om-snippet[data-snippet-flow="authcode"] figure code').filter({ hasText: SECRET }).first()).toBeVisible();

    await page.evaluate(() => navigator.clipboard.writeText('(clipboard before copy)'));
    const button = page.locator('om-copy-page [data-copy-page]');
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await expect(button).toHaveText('Copied');
    await expect.poll(() => clipboard(page)).not.toBe('(clipboard before copy)');
    const md = await clipboard(page);
    expect(md.startsWith('# Docker\n')).toBe(true);
    expect(md).toContain('AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/aus1a2b3c4d5e6f7g8h9');
    expect(md).toContain(`AUTHENTICATION_CLIENT_ID=${AUTHCODE_VALUES['clientId']}`);
    expect(md).toContain('https://om.acme.example/callback');
    expect(md).toContain('```dotenv title="openmetadata-okta.env"');
    expect(md).toContain('OIDC_CLIENT_SECRET');
    expect(md).not.toContain(SECRET);
    expect(md).not.toContain('OKTA_DOMAIN');
  });

  test('without JavaScript the button is not shown and the Markdown link is', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/v1.12/deployment/docker/');
    await expect(page.locator('[data-copy-page]')).toBeHidden();
    const link = page.getByRole('link', { name: 'View as Markdown' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', '/v1.12/deployment/docker/index.md');
    await context.close();
  });
});
