/**
 * Every built page: loads with 200, has an <h1>, shows no raw Markdoc, logs no console error,
 * throws no uncaught exception, and asks nothing of any origin but the site's own (privacy: readers' values stay
 * in their browser, and the site works offline behind a firewall).
 */
import { expect, test } from '@playwright/test';
import { sitePages } from './site.ts';

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

for (const path of sitePages()) {
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
  });
}
