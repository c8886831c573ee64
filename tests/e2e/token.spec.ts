/**
 * The token check on a troubleshooting page, in the browser: the reader's values in the panel,
 * Okta's keys fetched from the key URL they give (served here by a route), then each case of the
 * shared table pasted and checked: every finding it must show, with its rule id.
 */
import { expect, test, type Page } from '@playwright/test';
import { inputsFor, signingKeys, TOKEN_CASES, TOKEN_INPUTS, tokenFor, type SigningKeys } from '../support/tokens.ts';
import { formatFinding, isBlocking, runAxe } from './support/axe.ts';
import { fillPanel } from './support/live.ts';

const PAGE = '/v1.12/troubleshooting/';
const JWKS_URL = 'https://dev-123456.okta.com/oauth2/default/v1/keys';
const tool = (page: Page) => page.locator('section[data-token-check]');

let keys: SigningKeys;
test.beforeAll(async () => {
  keys = await signingKeys();
});

async function setUp(page: Page): Promise<void> {
  await page.route(JWKS_URL, (route) => route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(keys.jwks) }));
  await page.goto(PAGE);
  await fillPanel(page, { ...TOKEN_INPUTS, adminPrincipals: TOKEN_INPUTS.adminPrincipals.join(', ') });
  await tool(page).locator('[data-token-keys]').click();
  await expect(tool(page).locator('[data-token-keys-status="fetched"]')).toContainText('Fetched 1 key');
}

async function checkToken(page: Page, token: string): Promise<string[]> {
  await tool(page).locator('[data-token-input]').fill(token);
  await tool(page).locator('[data-token-result]').evaluate((el) => (el.innerHTML = ''));
  await tool(page).locator('[data-token-run]').click();
  await expect(tool(page).locator('[data-token-kind]')).toHaveCount(1);
  const ids = await tool(page).locator('[data-token-result] [data-rule-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id')!));
  return [...new Set(ids)].sort();
}

test('each case of the table shows its findings, with rule ids linking to their sections', async ({ page }) => {
  await setUp(page);
  const input = tool(page).locator('[data-token-input]');
  await expect(input).toHaveAttribute('autocomplete', 'off');
  await expect(input).toHaveAttribute('spellcheck', 'false');
  await expect(tool(page)).toContainText('never stored, logged, put in a URL or sent');
  for (const c of TOKEN_CASES) {
    const admins = (inputsFor(c)['adminPrincipals'] as string[]).join(', ');
    await page.locator('section[data-setup-panel] [name="adminPrincipals"]').fill(admins);
    const ids = await checkToken(page, await tokenFor(c, keys));
    expect.soft(ids, c.name).toEqual(c.ids);
    const about = tool(page).locator(`[data-token-result] [data-rule-id="${c.about}"]`).first();
    await expect.soft(about.locator('a'), c.name).toHaveAttribute('href', `/v1.12/troubleshooting/#${c.about.toLowerCase()}`);
    if (c.says) await expect.soft(tool(page).locator(`[data-token-result] [data-rule-id="${c.about}"]`, { hasText: c.says }), c.name).toHaveCount(1);
  }
  // Each linked section is on the page.
  for (const id of new Set(TOKEN_CASES.flatMap((c) => c.ids))) await expect(page.locator(`#${id.toLowerCase()}`)).toHaveCount(1);
});

test('the user OpenMetadata makes is shown', async ({ page }) => {
  await setUp(page);
  await page.locator('section[data-setup-panel] [name="adminPrincipals"]').fill('jane.doe');
  await checkToken(page, await tokenFor(TOKEN_CASES.find((c) => c.name === 'admin')!, keys));
  const user = tool(page).locator('[data-token-user]');
  await expect(user.locator('[data-token-user-name]')).toHaveText('jane.doe');
  await expect(user.locator('[data-token-user-email]')).toHaveText('jane.doe@example.com');
  await expect(user).toHaveAttribute('data-admin', 'yes');
  // The result as shown, header and claims open, passes axe like the rest of the page.
  await tool(page).locator('.om-token__decoded summary').click();
  expect((await runAxe(page)).filter(isBlocking).map(formatFinding)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`fits a 390 px screen without sideways scrolling (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 390, height: 844 });
    await setUp(page);
    await checkToken(page, await tokenFor(TOKEN_CASES.find((c) => c.name === 'other domain')!, keys));
    await tool(page).locator('.om-token__decoded summary').click();
    await tool(page).scrollIntoViewIfNeeded();
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const box = await tool(page).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the buttons are hidden and a note points to om-okta token', async ({ page }) => {
    await page.goto(PAGE);
    await expect(tool(page).locator('[data-token-run]')).toBeHidden();
    await expect(tool(page).locator('[data-token-keys]')).toBeHidden();
    // Read as the reader sees it (the text a locator matches leaves <noscript> out).
    expect(await tool(page).locator('.om-tool__actions').innerText()).toContain('Needs JavaScript; from a terminal: om-okta token --inputs inputs.json --release 1.12');
  });
});
