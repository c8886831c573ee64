/**
 * Where a new reader was misled (issue 22): examples that read as a second form, an upgrade
 * page without a way back, search excerpts made of hidden keywords, and a Kubernetes page on
 * 0.12 that said a value was empty without saying why.
 */
import { expect, test } from '@playwright/test';
import { fillPanel, IMPLICIT_VALUES } from './support/live.ts';

test('examples are framed, captioned and offer nothing to type into or copy', async ({ page }) => {
  for (const [path, example] of [
    ['/v2.0/', '[data-example-values]'],
    ['/v0.12/', '[data-example-values]'],
    ['/v2.0/implicit-flow/', '[data-example-card="app-general"]'],
  ] as const) {
    await page.goto(path);
    const frame = page.locator('figure.om-example', { has: page.locator(example) });
    await expect(frame, path).toHaveCount(1);
    await expect(frame.locator('figcaption')).toContainText('Example');
    await expect(frame.locator('input, select, textarea, button'), path).toHaveCount(0);
    await expect(frame.locator('code').first()).toBeVisible();
  }
  await expect(page.locator('img[src*="console-card-app-general"], img[src*="setup-panel"]')).toHaveCount(0);
});

test('the upgrade page keeps a way back for each way of running OpenMetadata', async ({ page }) => {
  await page.goto('/v2.0/upgrade/');
  for (const heading of ['Before you upgrade: keep a way back', 'If Okta sign-in fails after the upgrade', 'If the upgrade itself fails: go back']) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  const runs = page.locator('[data-upgrade-runbook]');
  await expect(runs).toHaveCount(9);
  await expect(page.locator('[data-upgrade-runbook="docker"]').first()).toContainText('mysqldump');
  // The stored-configuration commands recreate the container: a restart keeps the old env file.
  const stored = page.locator('[data-security-config="docker"]');
  await expect(stored).toContainText('docker compose --env-file openmetadata-okta.env up -d');
  await expect(stored).not.toContainText('docker compose restart');
  // A 1.12 reader learns what 1.13 changed without opening its page.
  await expect(page.getByText('Coming from 1.12 or earlier')).toBeVisible();
});

test('search shows a rule section by its text, not its hidden search words, and ranks it for the words readers paste', async ({ page }) => {
  await page.goto('/v1.12/deployment/docker/');
  await page.locator('header [data-search-open]').click();
  await page.locator('.om-search__dialog').getByRole('textbox', { name: 'Search' }).fill('redirect_uri mismatch');
  const results = page.locator('.om-search__dialog .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  await expect
    .poll(async () => {
      const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const redirect = hrefs.indexOf('/v1.12/troubleshooting/#okta-redir-001');
      const clientId = hrefs.indexOf('/v1.12/troubleshooting/#okta-client-001');
      return redirect >= 0 && redirect < 4 && (clientId < 0 || redirect < clientId);
    })
    .toBe(true);
  const excerpts = await page.locator('.om-search__dialog .pagefind-ui__result-excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const excerpt of excerpts) {
    expect(excerpt).not.toMatch(/[\u27E6\u27E7]/);
    expect(excerpt).not.toContain('redirect uri mismatch, redirect_uri mismatch');
  }
});

test('after a switch to 0.12, the Kubernetes page says why its client ID is empty', async ({ page }) => {
  await page.goto('/v1.12/deployment/kubernetes/');
  await fillPanel(page, { ...IMPLICIT_VALUES, flow: 'authcode' });
  await page.goto('/v0.12/deployment/kubernetes/');
  const invalid = page.locator('[data-snippet-invalid]').first();
  await expect(invalid).toBeVisible();
  await expect(invalid.locator('[data-snippet-why]')).toContainText('was not carried over');
});
