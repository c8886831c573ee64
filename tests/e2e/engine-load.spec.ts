/**
 * The live engine loads after the page (components/live/bootstrap.ts). What a reader types or
 * chooses before it arrives must survive its start and be saved.
 */
import { expect, test } from '@playwright/test';

test('edits made before the live engine has loaded are kept and saved', async ({ page }) => {
  // Hold the engine's script back until the reader has made their edits.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/client\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/v1.12/');
  const panel = page.locator('[data-setup-panel]');
  await panel.locator('[name="flow"]').selectOption('authcode');
  await panel.locator('[name="oktaDomain"]').fill('acme.okta.com');
  await panel.locator('[name="clientId"]').fill('0oaAcme1234567890abcd');
  release();

  await expect(panel.locator('[data-derived="issuer"]')).toHaveText('https://acme.okta.com/oauth2/default');
  await expect(panel.locator('[name="flow"]')).toHaveValue('authcode');
  await expect(panel.locator('[name="oktaDomain"]')).toHaveValue('acme.okta.com');
  await expect(panel.locator('[name="clientSecret"]')).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('om-okta:inputs:1.12') ?? '')).toContain('acme.okta.com');
});
