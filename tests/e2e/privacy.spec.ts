/**
 * Privacy of the live guide (docs/design.md, Principles): the client secret is never written to
 * storage, URLs or logs, never sent anywhere, and appears in a snippet only when the reader asks
 * for it; the pages ask nothing of any origin but the site's own.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { signingKeys, TOKEN_CASES, TOKEN_INPUTS, tokenFor } from '../support/tokens.ts';
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

test('a pasted token stays in the page: no storage, URL, request or log holds it', async ({ page, context, baseURL }) => {
  const keys = await signingKeys();
  const token = await tokenFor(TOKEN_CASES[0]!, keys);
  // Any of its parts is enough to find it: the claims and the signature are each distinctive.
  const [, claimsPart, signaturePart] = token.split('.') as [string, string, string];
  const holdsToken = (text: string) => text.includes(claimsPart) || text.includes(signaturePart);
  const jwksUrl = 'https://dev-123456.okta.com/oauth2/default/v1/keys';
  await context.route(jwksUrl, (route) => route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(keys.jwks) }));

  const siteOrigin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  const leaks: string[] = [];
  const logs: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== siteOrigin && request.url() !== jwksUrl) foreign.push(request.url());
    if (holdsToken(request.url())) leaks.push(`request URL ${request.url()}`);
    if (holdsToken(request.postData() ?? '')) leaks.push(`request body to ${request.url()}`);
    if (holdsToken(JSON.stringify(request.headers()))) leaks.push(`request headers to ${request.url()}`);
  });
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => logs.push(`uncaught: ${error.message}`));

  await page.goto(`${RELEASE_DIR}/troubleshooting/`);
  await fillPanel(page, { ...TOKEN_INPUTS, adminPrincipals: TOKEN_INPUTS.adminPrincipals.join(', ') });
  const tool = page.locator('section[data-token-check]');
  await tool.locator('[data-token-input]').fill(token);
  await tool.locator('[data-token-keys]').click();
  await expect(tool.locator('[data-token-keys-status="fetched"]')).toHaveCount(1);
  await tool.locator('[data-token-run]').click();
  await expect(tool.locator('[data-token-result] [data-rule-id="OKTA-TOKEN-007"]')).toHaveCount(1);
  // The share link is made from the panel's values: the token is not among them.
  await panel(page).locator('[data-action="share"]').click();
  expect(holdsToken(await page.locator('input[data-share-url]').inputValue()), 'token in the share link').toBe(false);
  await page.waitForLoadState('networkidle');

  const state = JSON.stringify(await context.storageState({ indexedDB: true }));
  expect.soft(holdsToken(state), 'token in cookies, localStorage or IndexedDB').toBe(false);
  const session = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)));
  expect.soft(holdsToken(session), 'token in sessionStorage').toBe(false);
  expect.soft(holdsToken(await page.evaluate(() => document.cookie)), 'token in document.cookie').toBe(false);
  expect.soft(holdsToken(page.url()), `token in the URL ${page.url()}`).toBe(false);
  expect.soft(holdsToken(await page.evaluate(() => JSON.stringify(window.history.state ?? null))), 'token in history.state').toBe(false);

  // A reload does not bring it back into the box.
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-live', 'ready');
  await expect(page.locator('section[data-token-check] [data-token-input]')).toHaveValue('');

  expect(leaks, 'requests carrying the token').toEqual([]);
  expect(logs.filter(holdsToken), 'console messages and errors holding the token').toEqual([]);
  expect(foreign, `requests to origins other than ${siteOrigin} and the key set`).toEqual([]);
});
