/**
 * Snippet sync: every snippet on the site (`[data-target][data-release]`, the DOM hooks of docs/design.md)
 * holds its text in exactly one non-empty <code>, belongs to its page's release, and, as served
 * without JavaScript, is exactly what the renderer prints with the placeholder inputs
 * (renderPlaceholders, with `flow` from the snippet's `data-flow`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseTags } from '../../scripts/check-links.ts';
import { FLOWS, type Flow } from '../../src/inputs/fields.ts';
import { findRelease } from '../../src/releases/index.ts';
import type { Target } from '../../src/targets/index.ts';

/**
 * The renderers are loaded inside the tests, not at the top: a broken src/render then fails these
 * tests with its error, instead of stopping every browser test from being collected.
 */
const loadRender = async () => ({ ...(await import('../../src/render/index.ts')), ...(await import('../../src/targets/index.ts')) });
import { DIST, pageRelease, sitePages } from './site.ts';

interface SnippetInfo {
  target: string;
  release: string;
  flow: string | null;
  filename: string | null;
  codeCount: number;
  text: string | null;
}

/** Pages whose built HTML has a snippet, found in dist/ without a browser. */
function pagesWithSnippets(): string[] {
  return sitePages().filter((path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    return parseTags(html).some((tag) => tag.attrs.has('data-target') && tag.attrs.has('data-release'));
  });
}

async function readSnippets(page: Page): Promise<SnippetInfo[]> {
  return page.locator('[data-target][data-release]').evaluateAll((elements) =>
    elements.map((el) => {
      const codes = el.querySelectorAll('code');
      return {
        target: el.getAttribute('data-target') ?? '',
        release: el.getAttribute('data-release') ?? '',
        flow: el.getAttribute('data-flow'),
        filename: el.getAttribute('data-filename'),
        codeCount: codes.length,
        text: codes[0]?.textContent ?? null,
      };
    }),
  );
}

function checkShape(snippets: SnippetInfo[], path: string) {
  const release = pageRelease(path);
  expect(snippets.length, `snippets on ${path}`).toBeGreaterThan(0);
  snippets.forEach((s, i) => {
    const label = `snippet ${i + 1} (${s.target}${s.filename ? ` ${s.filename}` : ''}) on ${path}`;
    expect.soft(s.codeCount, `${label}: number of <code> elements`).toBe(1);
    expect.soft(s.text?.trim(), `${label}: <code> text`).toBeTruthy();
    if (release !== undefined) expect.soft(s.release, `${label}: data-release vs the page's release`).toBe(release);
  });
}

const pages = pagesWithSnippets();

test('the built site has pages with snippets', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const path of pages) {
  test.describe(`snippets on ${path}`, () => {
    test('as served, without JavaScript: one <code> each, same text as the CLI', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        const snippets = await readSnippets(page);
        checkShape(snippets, path);

        const { renderPlaceholders, TARGETS } = await loadRender();
        snippets.forEach((s, i) => {
          const label = `snippet ${i + 1} (${s.target}${s.filename ? ` ${s.filename}` : ''}) on ${path}`;
          const flow = s.flow ?? 'implicit';
          expect(FLOWS as readonly string[], `${label}: data-flow`).toContain(flow);
          const profile = findRelease(s.release);
          expect(profile, `${label}: data-release ${s.release} is not a known release`).toBeDefined();
          expect(TARGETS as readonly string[], `${label}: data-target`).toContain(s.target);
          const result = { files: renderPlaceholders(s.target as Target, flow as Flow, profile!) };
          const names = result.files.map((f) => f.filename);
          const file = s.filename
            ? result.files.find((f) => f.filename === s.filename)
            : result.files.length === 1
              ? result.files[0]
              : undefined;
          expect(
            file,
            s.filename
              ? `${label}: the CLI renders no file named ${s.filename} (it renders: ${names.join(', ')})`
              : `${label}: no data-filename, and the CLI renders ${names.length} files (${names.join(', ')})`,
          ).toBeDefined();
          expect.soft(s.text, `${label}: text differs from renderPlaceholders(${s.target}, ${flow})`).toBe(
            file!.text,
          );
        });
      } finally {
        await context.close();
      }
    });

    test('with JavaScript: one non-empty <code> each, release of the page', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      checkShape(await readSnippets(page), path);
      expect(errors, 'uncaught exceptions').toEqual([]);
    });
  });
}
