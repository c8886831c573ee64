/**
 * Every built page: loads with 200, has an <h1>, shows no raw Markdoc, logs no console error,
 * throws no uncaught exception, and asks nothing of any origin but the site's own (privacy: readers' values stay
 * in their browser, and the site works offline behind a firewall). On a phone (360 and 390 px) and a
 * desktop (1280 px), in both themes, nothing makes the page wider than the screen. Then, on the
 * desktop, axe-core finds no serious or critical violation in either theme (support/axe.ts; the
 * light theme as Starlight reads it before the first paint, then dark as its theme picker sets it).
 *
 * One page load serves every check of the page: loading it was a third of the time of each.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { axeTally, expectNoBlockingViolations, switchTheme, themeBeforeLoad, THEMES } from './support/axe.ts';
import { sitePages } from './site.ts';

const test = base.extend<object, { tallyReport: void }>({ tallyReport: axeTally.fixture });

/** Phones first: the page loads at the narrowest width, then grows. */
const SCREENS = [
  { width: 360, height: 780 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
] as const;

test.use({ viewport: SCREENS[0] });

/**
 * What sticks out of the screen, for the message: elements past its right edge that no scrolling
 * or clipping box holds (a code block scrolls inside itself; that is fine).
 */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const held = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    const out = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !held(el))
      .slice(-3)
      .map((el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 50)}" ends at ${Math.round(el.getBoundingClientRect().right)} px`);
    return [`the page is ${root.scrollWidth} px wide on a ${root.clientWidth} px screen`, ...out];
  });
}

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

const pages = sitePages();

test('the built site has pages', () => {
  expect(pages.length, 'pages in dist/').toBeGreaterThan(0);
});

for (const path of pages) {
  test(`page ${path}`, async ({ page, baseURL }) => {
    const siteOrigin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== siteOrigin) foreign.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const { url, lineNumber } = message.location();
        errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      }
    });
    page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));

    await themeBeforeLoad(page, 'light');
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response, 'no response').not.toBeNull();
    expect(response!.status(), `HTTP status of ${path}`).toBe(200);
    // Late requests (lazy scripts, fonts, custom elements starting up) count too.
    await page.waitForLoadState('networkidle');

    // Soft: one run reports every problem of the page, not only the first.
    const h1s = await page.locator('h1').allTextContents();
    expect.soft(h1s.length, 'number of <h1> elements').toBeGreaterThan(0);
    expect.soft(h1s[0]?.trim(), 'text of the <h1>').toBeTruthy();
    expect.soft(errors, 'console errors and uncaught exceptions').toEqual([]);
    // A Markdoc tag inside a code span or a typo is printed as it is: the reader sees `{% ... %}`.
    expect.soft(await page.locator('body').innerText(), 'raw Markdoc in the page text').not.toMatch(/\{%|%\}/);
    expect.soft(foreign, `requests to origins other than ${siteOrigin}`).toEqual([]);

    // The theme switch sets data-theme on <html>, as here; the styles follow that attribute.
    for (const screen of SCREENS) {
      await page.setViewportSize(screen);
      for (const theme of THEMES) {
        await page.evaluate((name) => { document.documentElement.dataset['theme'] = name; }, theme);
        expect.soft(await overflow(page), `horizontal overflow at ${screen.width}x${screen.height}, ${theme} theme`).toEqual([]);
      }
      const title = await page.locator('.site-title span').first().evaluate((el) => ({ text: el.textContent?.trim(), cut: el.scrollWidth > el.clientWidth }));
      expect.soft(title.cut, `the site title "${title.text}" is cut at ${screen.width} px`).toBe(false);
    }
    expect.soft(errors, 'console errors after resizing and switching theme').toEqual([]);

    // Accessibility, at the desktop width the loop ends on.
    for (const theme of THEMES) {
      await switchTheme(page, theme);
      await expectNoBlockingViolations(page, `${path}, ${theme} theme`);
    }
  });
}
