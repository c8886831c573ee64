/**
 * The 404 page helps: for a release page that is missing (an older or unknown release, a page
 * that moved), a link to the same page in the newest release; always the newest release's overview
 * and troubleshooting, and a search button that opens the site search. `astro preview` serves the
 * 404 page for every missing path, as a static host does.
 */
import { expect, test } from '@playwright/test';
import { latestRelease } from '../../src/releases/index.ts';

const NEWEST = `/${latestRelease.contentDir}`;

for (const [missing, same] of [
  ['/v1.7/deployment/docker/', `${NEWEST}/deployment/docker/`],
  ['/v9.9/troubleshooting/', `${NEWEST}/troubleshooting/`],
] as const) {
  test(`${missing} offers ${same}, the newest release's same page`, async ({ page }) => {
    const response = await page.goto(missing);
    expect(response?.status()).toBe(404);
    const link = page.getByRole('link', { name: `This page in ${latestRelease.label}` });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', same);
    await link.click();
    await expect(page).toHaveURL(same);
    await expect(page.locator('h1')).not.toHaveText('Page not found');
  });
}

test('the 404 page links the newest overview and troubleshooting, and its search button searches the guide', async ({ page }) => {
  await page.goto('/v1.7/deployment/docker/');
  const help = page.locator('om-not-found-help');
  await expect(help.getByRole('link', { name: `Overview of ${latestRelease.label}` })).toHaveAttribute('href', `${NEWEST}/`);
  await expect(help.getByRole('link', { name: /Troubleshooting/ })).toHaveAttribute('href', `${NEWEST}/troubleshooting/`);

  await help.getByRole('button', { name: 'Search the guide' }).click();
  const dialog = page.locator('om-search dialog');
  await expect(dialog).toBeVisible();
  const input = dialog.locator('.pagefind-ui__search-input');
  await expect(input).toBeFocused();
  await input.fill('issuer');
  await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toHaveAttribute('href', /^\/v\d/);
});

test('a missing path outside the releases gets no "this page in" link', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('om-not-found-help').getByRole('link', { name: `Overview of ${latestRelease.label}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `This page in ${latestRelease.label}` })).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the 404 page still links the newest overview and troubleshooting', async ({ page }) => {
    await page.goto('/v1.7/deployment/docker/');
    const help = page.locator('om-not-found-help');
    await expect(help.getByRole('link', { name: `Overview of ${latestRelease.label}` })).toBeVisible();
    await expect(help.getByRole('link', { name: /Troubleshooting/ })).toBeVisible();
    await expect(help.getByRole('button', { name: 'Search the guide' })).toBeHidden();
  });
});
