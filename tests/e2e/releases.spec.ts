/**
 * Releases: the header switcher keeps the reader on the same page of the other release with their
 * values, snippets follow the release's profile, and content specific to some releases shows only
 * there.
 */
import { expect, test, type Page } from '@playwright/test';
import { toRawInputs, snippetInputs, type FormValues } from '../../src/live/form.ts';
import { findRelease, latestRelease } from '../../src/releases/index.ts';
import { renderTarget } from '../../src/render/index.ts';
import type { Target } from '../../src/targets/index.ts';
import type { Flow } from '../../src/inputs/fields.ts';
import { openEveryFlow } from './support/live.ts';

const VALUES: FormValues = { oktaDomain: 'acme.okta.com', clientId: '0oaAcme1234567890abcd', omUrl: 'https://om.acme.example', adminPrincipals: 'jane.doe' };

async function fillPanel(page: Page) {
  const details = page.locator('[data-setup-details]');
  if (await details.count()) await details.locator('summary').click();
  for (const [name, value] of Object.entries(VALUES)) await page.locator(`[data-setup-panel] [name="${name}"]`).fill(String(value));
}

/** Every flow's files: each tab is opened first, as its snippets render when shown. */
async function snippetFiles(page: Page) {
  await openEveryFlow(page);
  return page.locator('figure[data-target]').evaluateAll((figures) =>
    figures.map((f) => ({
      target: f.getAttribute('data-target')!,
      release: f.getAttribute('data-release')!,
      flow: f.getAttribute('data-flow')!,
      filename: f.getAttribute('data-filename')!,
      text: f.querySelector('code')!.textContent!,
    })),
  );
}

function expected(releaseId: string, target: string, flow: string, filename: string): string {
  const result = renderTarget({ release: findRelease(releaseId)!, target: target as Target, inputs: snippetInputs(toRawInputs(VALUES), flow as Flow) });
  return result.files.find((f) => f.filename === filename)!.text;
}

test('switching release keeps the page and the values, and the snippets follow the release', async ({ page }) => {
  await page.goto('/v1.12/deployment/kubernetes/');
  await fillPanel(page);
  await expect(page.locator('.om-snippet').first()).toHaveAttribute('data-state', 'live');
  const before = await snippetFiles(page);

  await page.locator('header [data-release-switch] summary').click();
  await page.locator('header [data-release-link="1.8"]').click();
  await expect(page).toHaveURL(/\/v1\.8\/deployment\/kubernetes\/$/);
  await expect(page.locator('[data-setup-panel] [name="oktaDomain"]')).toHaveValue('acme.okta.com');
  await expect(page.locator('.om-snippet').first()).toHaveAttribute('data-state', 'live');

  const after = await snippetFiles(page);
  expect(after.length).toBeGreaterThan(0);
  for (const file of after) {
    expect(file.release).toBe('1.8');
    expect(file.text, `${file.flow} ${file.filename}`).toBe(expected('1.8', file.target, file.flow, file.filename));
  }
  const install = (files: typeof after) => files.find((f) => f.filename === 'helm-install.sh' && f.flow === 'implicit')!.text;
  expect(install(before)).toContain("--version '~1.12.0'");
  expect(install(after)).toContain("--version '~1.8.0'");
});

test('the switcher links to the same page in every release that has it', async ({ page }) => {
  await page.goto('/v1.12/deployment/docker/');
  const links = await page.locator('header [data-release-link]').evaluateAll((as) => as.map((a) => [a.getAttribute('data-release-link'), a.getAttribute('href')]));
  for (const [id, href] of links) expect(href).toBe(`/v${id}/deployment/docker/`);
});

test('content for some releases only shows in those', async ({ page }) => {
  await page.goto('/v1.10/deployment/docker/');
  await expect(page.getByText('Settings saved in the UI win over the env file')).toBeVisible();
  await page.goto('/v1.9/deployment/docker/');
  await expect(page.getByText('Settings saved in the UI win over the env file')).toHaveCount(0);
});

test('the sidebar shows the current release only', async ({ page }) => {
  await page.goto('/v1.9/choose-flow/');
  const groups = await page.locator('#starlight__sidebar .group-label').allTextContents();
  expect(groups.map((g) => g.trim())).toContain('OpenMetadata 1.9');
  expect(groups.map((g) => g.trim())).not.toContain('OpenMetadata 1.12');
});

test('the landing page leads to the newest release', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Start with the newest release' }).click();
  await expect(page).toHaveURL(new RegExp(`/${latestRelease.contentDir.replace('.', '\\.')}/$`));
  expect(latestRelease.id).toBe('2.0');
});

test('search finds pages of the release being read only', async ({ page }) => {
  await page.goto('/v1.10/deployment/docker/');
  await page.locator('header [data-search-open]').click();
  // The dialog also holds Pagefind's filter checkboxes once its index has loaded.
  await page.locator('.om-search__dialog').getByRole('textbox', { name: 'Search' }).fill('issuer');
  const results = page.locator('.om-search__dialog .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/v1\.10\//);
  expect(hrefs.some((href) => href.includes('#om-setup'))).toBe(false);
});

test("search finds a rule by the words readers use and by its id, with the rule's own section among the first results", async ({ page }) => {
  for (const [release, query, rule] of [
    ['v1.12', 'issuer mismatch', 'okta-iss-001'],
    ['v0.12', 'issuer mismatch', 'okta-iss-001'],
    ['v2.0', 'ISS-001', 'okta-iss-001'],
    ['v1.12', 'user not assigned', 'okta-assign-001'],
  ] as const) {
    await page.goto(`/${release}/deployment/docker/`);
    await page.locator('header [data-search-open]').click();
    await page.locator('.om-search__dialog').getByRole('textbox', { name: 'Search' }).fill(query);
    const results = page.locator('.om-search__dialog .pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    await expect
      .poll(async () => (await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, 4), { message: `${release}: "${query}"` })
      .toContain(`/${release}/troubleshooting/#${rule}`);
  }
});
