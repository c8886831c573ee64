/**
 * Accessibility in the states a reader brings a page to, per release: its overview with
 * diagnostics shown (an invalid value in the setup panel) and a deployment page with the collapsed
 * setup panel (`<details data-setup-details>`) open. Every page as it loads is checked in both
 * themes by pages.spec.ts, which loads each page once for all its checks.
 *
 * axe-core's default rules (WCAG 2.x A/AA and best practices, support/axe.ts); a violation of
 * impact `serious` or `critical` fails the test, lesser ones are listed in its annotations.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { releases } from '../../src/releases/index.ts';
import { axeTally, expectNoBlockingViolations, themeBeforeLoad } from './support/axe.ts';
import { openReleasePanel, releasePanel, snippetPagesOfRelease } from './support/releases.ts';

const test = base.extend<object, { tallyReport: void }>({ tallyReport: axeTally.fixture });

test.describe.configure({ mode: 'parallel' });

async function open(page: Page, path: string): Promise<void> {
  await themeBeforeLoad(page, 'light');
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await expect(page.locator('html'), `${path}: <html data-theme> follows localStorage starlight-theme`).toHaveAttribute('data-theme', 'light');
}

for (const release of releases) {
  const overview = `/${release.contentDir}/`;

  test(`${release.id} overview with diagnostics shown (invalid value in the setup panel)`, async ({ page }) => {
    await open(page, overview);
    const panel = releasePanel(page, release.id);
    await expect(panel, `inline setup panel on ${overview}`).toBeVisible();
    // A URL where the Okta domain goes: the rules flag it on the field and in the summary.
    // The live engine loads on idle or when the panel gets focus, and starts from the stored
    // (here: no) values; typing again once it is there makes the diagnostics render.
    await expect(async () => {
      await panel.locator('[name="oktaDomain"]').fill('https://acme-admin.okta.com/');
      await panel.locator('[name="clientId"]').fill('0oaAcme1234567890abcd');
      await expect(panel.locator('.om-field[data-field="oktaDomain"] [data-rule-id]').first(), 'diagnostic on the Okta domain field').toBeVisible({ timeout: 6_000 });
    }).toPass({ timeout: 45_000 });
    await expect(panel.locator('[data-summary] [data-rule-id]').first(), 'diagnostic in the summary').toBeVisible();
    await expectNoBlockingViolations(page, `${overview} with diagnostics`);
  });

  test(`${release.id} deployment page with the setup panel open`, async ({ page }) => {
    const candidates = snippetPagesOfRelease(release.id);
    const path = candidates.find((p) => p.includes('/deployment/')) ?? candidates[0];
    expect(path, `a page of ${release.id} with snippets, in dist/`).toBeDefined();
    await open(page, path!);
    await expect(page.locator('details[data-setup-details]'), `collapsed setup panel on ${path}`).toHaveCount(1);
    await openReleasePanel(page, release.id);
    await expectNoBlockingViolations(page, `${path} with the setup panel open`);
  });
}
