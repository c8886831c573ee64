/**
 * Start from what you have: a broken file pasted into "Check a configuration" fills the setup
 * panel ("Use these values", asking before it replaces what the reader typed) and comes back
 * corrected ("Fix it": a diff, Copy, Download). The secret in the file is never kept.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';

const SECRET = 'file-secret-do-not-keep-0123456789';
const BROKEN = [
  '# staging, copied from the wiki',
  'AUTHENTICATION_PROVIDER=okta',
  'AUTHENTICATION_CLIENT_TYPE=confidential',
  'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default/',
  'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
  'AUTHENTICATION_CALLBACK_URL=https://om.acme.com/callback',
  'AUTHENTICATION_PUBLIC_KEYS=[https://acme.okta.com/oauth2/default/v1/keys,https://om.acme.com/api/v1/system/config/jwks]',
  'AUTHORIZER_ADMIN_PRINCIPALS=[jane]',
  'AUTHORIZER_PRINCIPAL_DOMAIN=acme.com',
  'OIDC_TYPE=okta',
  'OIDC_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
  `OIDC_CLIENT_SECRET=${SECRET}`,
  'OIDC_DISCOVERY_URI=https://acme.okta.com/oauth2/default/.well-known/openid-configuration',
  'OIDC_CALLBACK=https://om.acme.com/callback',
  'OIDC_SERVER_URL=https://om.acme.com',
  '',
].join('\n');

async function check(page: import('@playwright/test').Page, text: string): Promise<void> {
  await page.goto('/v1.13/check-config/');
  await page.locator('[data-lint-input]').fill(text);
  await page.locator('[data-lint-run]').click();
  await expect(page.locator('[data-lint-result] [data-lint-kind="env"]')).toBeVisible();
}

test('"Use these values" fills the setup panel from a pasted file and never keeps its secret', async ({ page }) => {
  await check(page, BROKEN);
  const result = page.locator('[data-lint-result]');
  await expect(result.locator('[data-import-field="clientId"]')).toContainText('0oa1b2c3d4e5f6g7h8i9');
  await expect(result.locator('[data-import-skipped="clientSecret"]')).toContainText('never kept');
  await result.locator('[data-action="import-values"]').click();
  await expect(result.locator('[data-import-result]')).toContainText('Filled in your values');
  await expect(page.locator('[name="oktaDomain"]')).toHaveValue('acme.okta.com');
  await expect(page.locator('[name="flow"]')).toHaveValue('authcode');
  await expect(page.locator('[name="omUrl"]')).toHaveValue('https://om.acme.com');
  await expect(page.locator('[name="clientSecret"]')).toHaveValue('');
  // The values follow the reader to the other pages, the secret does not.
  await page.goto('/v1.13/deployment/docker/');
  await expect(page.locator('figure[data-target="docker"] code').first()).toContainText('https://acme.okta.com/oauth2/default');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).toContain('acme.okta.com');
  expect(stored).not.toContain(SECRET);
});

test('"Use these values" asks before replacing a value the reader typed', async ({ page }) => {
  await page.goto('/v1.13/check-config/');
  await page.locator('.om-setup-details > summary').click();
  await page.locator('[name="oktaDomain"]').fill('acme.okta.com');
  await page.locator('[name="clientId"]').fill('0oaTYPEDBYREADER0000');
  await page.locator('[data-lint-input]').fill(BROKEN);
  await page.locator('[data-lint-run]').click();
  await page.locator('[data-action="import-values"]').click();
  const conflict = page.locator('[data-import-conflict="clientId"]');
  await expect(conflict).toContainText("yours 0oaTYPEDBYREADER0000, the file's 0oa1b2c3d4e5f6g7h8i9");
  // The flow the panel shows is the reader's too once they have typed: the file's auth code flow is asked about.
  await expect(page.locator('[data-import-conflict]')).toHaveCount(2);
  await page.locator('[data-action="import-keep"]').click();
  await expect(page.locator('[data-import-result]')).toContainText('2 of yours kept');
  await expect(page.locator('[name="clientId"]')).toHaveValue('0oaTYPEDBYREADER0000');
  await expect(page.locator('[name="omUrl"]')).toHaveValue('https://om.acme.com');
});

test('"Fix it" shows the diff and downloads the corrected file, every other line as written', async ({ page }) => {
  await check(page, BROKEN);
  await page.locator('[data-action="fix"]').click();
  const diff = page.locator('[data-fix-diff]');
  await expect(diff.locator('.om-diff__line--del')).toHaveText(['-AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default/']);
  await expect(diff.locator('.om-diff__line--add')).toHaveText(['+AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default']);
  await expect(page.locator('[data-fix-clean]')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-fixed"]').click()]);
  expect(download.suggestedFilename()).toBe('openmetadata.env');
  const fixed = await readFile(await download.path(), 'utf8');
  expect(fixed).toBe(BROKEN.replace('/oauth2/default/\n', '/oauth2/default\n'));
  const [patch] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="download-patch"]').click()]);
  expect(await readFile(await patch.path(), 'utf8')).toContain('+AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default\n');
});
