/**
 * Privacy of the live guide (DESIGN.md, Principles): the client secret is never written to
 * storage, URLs or logs, never sent anywhere, and appears in a snippet only when the reader asks
 * for it; the pages ask nothing of any origin but the site's own.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { AUTHCODE_VALUES, PANEL, RELEASE_DIR, SECRET, field, fillPanel, openPanel, panel, releasePages } from './support/live.ts';

/** Schemes that never leave the browser. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

const ALL_VALUES = { ...AUTHCODE_VALUES, clientSecret: SECRET, inlineSecret: false, enforcePrincipalDomain: true };

/** Everything the browser keeps or shows outside the page's memory, searched for the secret. */
async function expectNoSecretStored(page: Page, context: BrowserContext, where: string) {
  const state = JSON.stringify(await context.storageState({ indexedDB: true }));
  expect.soft(state.includes(SECRET), `${where}: secret in cookies, localStorage or IndexedDB`).toBe(false);
  const session = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)));
  expect.soft(session.includes(SECRET), `${where}: secret in sessionStorage`).toBe(false);
  const cookie = await page.evaluate(() => document.cookie);
  expect.soft(cookie.includes(SECRET), `${where}: secret in document.cookie`).toBe(false);
  expect.soft(page.url().includes(SECRET), `${where}: secret in the URL ${page.url()}`).toBe(false);
  const historyState = await page.evaluate(() => JSON.stringify(window.history.state ?? null));
  expect.soft(historyState.includes(SECRET), `${where}: secret in history.state`).toBe(false);
}

test('the client secret stays in the page, and nothing goes to another origin', async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const siteOrigin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const leaks: string[] = [];
  const logs: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== siteOrigin) foreign.push(request.url());
    if (request.url().includes(SECRET)) leaks.push(`request URL ${request.url()}`);
    const body = request.postData();
    if (body?.includes(SECRET)) leaks.push(`request body to ${request.url()}`);
    const headers = JSON.stringify(request.headers());
    if (headers.includes(SECRET)) leaks.push(`request headers to ${request.url()}`);
  });
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logs.push(`uncaught: ${error.message}\n${error.stack ?? ''}`));

  const pages = await releasePages();
  expect(pages.length, 'pages of the release in dist/').toBeGreaterThan(1);

  // Every value typed once on the overview, including the secret.
  await page.goto(`${RELEASE_DIR}/`);
  await fillPanel(page, ALL_VALUES);
  await expect(field(page, 'clientSecret')).toHaveValue(SECRET);
  await expectNoSecretStored(page, context, `${RELEASE_DIR}/ after typing`);

  // Walk every page of the release; the secret is memory-only, so type it again on each.
  let withPanel = 0;
  for (const path of pages) {
    const response = await page.goto(path);
    expect.soft(response?.status(), `HTTP status of ${path}`).toBe(200);
    if ((await page.locator(PANEL).count()) === 0) continue;
    withPanel++;
    await openPanel(page);
    await expect.soft(field(page, 'clientSecret'), `${path}: the secret is not restored`).toHaveValue('');
    await field(page, 'clientSecret').fill(SECRET);
    await field(page, 'clientSecret').blur();

    // Share: the link and the page URL stay free of the secret.
    await panel(page).locator('[data-action="share"]').click();
    const link = await page.locator('input[data-share-url]').inputValue();
    expect.soft(link, `${path}: share link`).toMatch(/#setup\?/);
    expect.soft(link.includes(SECRET), `${path}: secret in the share link ${link}`).toBe(false);

    // With "Put the client secret in the snippets" off, no snippet holds it.
    const snippetText = (await page.locator('.om-snippet').allTextContents()).join('\n');
    expect.soft(snippetText.includes(SECRET), `${path}: secret in a snippet while inlineSecret is off`).toBe(false);

    await page.waitForLoadState('networkidle');
    await expectNoSecretStored(page, context, path);
  }
  expect(withPanel, 'pages with the setup panel').toBe(pages.length);

  // Asking for the secret in the snippets puts it there, and still nowhere else.
  await page.goto(`${RELEASE_DIR}/deployment/docker/`);
  await openPanel(page);
  await field(page, 'clientSecret').fill(SECRET);
  await field(page, 'inlineSecret').check();
  const authcode = page.locator('.om-snippet[data-snippet-flow="authcode"]');
  await expect(authcode).toHaveAttribute('data-state', 'live');
  expect((await authcode.allTextContents()).join('\n'), 'inlineSecret on: the secret is in the auth code snippet').toContain(SECRET);
  await panel(page).locator('[data-action="share"]').click();
  expect((await page.locator('input[data-share-url]').inputValue()).includes(SECRET), 'secret in the share link (inlineSecret on)').toBe(false);
  await page.waitForLoadState('networkidle');
  await expectNoSecretStored(page, context, 'docker page with inlineSecret on');

  // After a reload the secret is gone from the form.
  await page.reload();
  await openPanel(page);
  await expect(field(page, 'clientSecret')).toHaveValue('');
  await expectNoSecretStored(page, context, 'docker page after reload');

  expect(leaks, 'requests carrying the secret').toEqual([]);
  expect(logs.filter((l) => l.includes(SECRET)), 'console messages and errors holding the secret').toEqual([]);
  expect(foreign, `requests to origins other than ${siteOrigin}`).toEqual([]);
});
