/**
 * Accessibility: axe-core (default rules: WCAG 2.x A/AA and best practices) on every page of the
 * built site (tests/e2e/site.ts, from dist/), in Starlight's light and dark themes; and, per
 * release, on its overview with diagnostics shown (an invalid value in the setup panel) and on a
 * deployment page with the collapsed setup panel (`<details data-setup-details>`) open.
 *
 * A violation of impact `serious` or `critical` fails the test, reported as id, impact, help and
 * the first 3 target selectors. Lesser ones are listed in the test's annotations. No rule is
 * disabled (support/axe.ts EXCLUDED_RULES is where a documented Starlight false positive would go).
 *
 * Each page is loaded once and checked in both themes: first light, as Starlight's ThemeProvider
 * reads it before the first paint (localStorage `starlight-theme`, written by an init script
 * before the page loads), then dark, switched the way Starlight's theme picker does it (the
 * `data-theme` attribute of `<html>`, which every theme style follows, and the stored choice).
 * The test checks that `<html data-theme>` took each.
 */
import { expect, test as base, type Page } from '@playwright/test';
import { releases } from '../../src/releases/index.ts';
import { formatFinding, isBlocking, runAxe } from './support/axe.ts';
import { openReleasePanel, releasePanel, snippetPagesOfRelease } from './support/releases.ts';
import { createTally } from './support/tally.ts';
import { sitePages } from './site.ts';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const pages = sitePages();
const EXPECTED_RUNS = pages.length * THEMES.length + releases.length * 2;
const tally = createTally('a11y', 'axe runs', EXPECTED_RUNS);
const test = base.extend<object, { tallyReport: void }>({ tallyReport: tally.fixture });

test.describe.configure({ mode: 'parallel' });

async function useTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => {
    try {
      window.localStorage.setItem('starlight-theme', value);
    } catch {
      // about:blank has no storage.
    }
  }, theme);
}

async function open(page: Page, path: string, theme: Theme): Promise<void> {
  await useTheme(page, theme);
  const response = await page.goto(path);
  expect(response?.status(), `HTTP status of ${path}`).toBe(200);
  await expect(page.locator('html'), `${path}: <html data-theme> follows localStorage starlight-theme`).toHaveAttribute('data-theme', theme);
}

/** Runs axe, counts the run, fails on serious/critical violations, notes the rest. */
async function expectNoBlockingViolations(page: Page, where: string): Promise<void> {
  const findings = await runAxe(page);
  tally.add(1);
  const lesser = findings.filter((f) => !isBlocking(f));
  if (lesser.length > 0) {
    test.info().annotations.push({ type: 'axe (minor/moderate)', description: lesser.map(formatFinding).join('\n') });
  }
  const blocking = findings.filter(isBlocking);
  expect(
    blocking.map(formatFinding),
    `${where}: axe violations of impact serious or critical\n${blocking.map((f) => `${f.id}: ${f.helpUrl}\n  html: ${f.html.join('\n        ')}`).join('\n')}\n`,
  ).toEqual([]);
}

test('the built site has pages', () => {
  expect(pages.length, 'pages in dist/').toBeGreaterThan(0);
});

/** Switches the loaded page to `theme` as Starlight's theme picker does. */
async function switchTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((value) => {
    window.localStorage.setItem('starlight-theme', value);
    document.documentElement.dataset['theme'] = value;
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const path of pages) {
  test(`${path} (${THEMES.join(' and ')} themes)`, async ({ page }) => {
    await open(page, path, THEMES[0]);
    for (const [index, theme] of THEMES.entries()) {
      if (index > 0) await switchTheme(page, theme);
      await expectNoBlockingViolations(page, `${path}, ${theme} theme`);
    }
  });
}

for (const release of releases) {
  const overview = `/${release.contentDir}/`;

  test(`${release.id} overview with diagnostics shown (invalid value in the setup panel)`, async ({ page }) => {
    await open(page, overview, 'light');
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
    await open(page, path!, 'light');
    await expect(page.locator('details[data-setup-details]'), `collapsed setup panel on ${path}`).toHaveCount(1);
    await openReleasePanel(page, release.id);
    await expectNoBlockingViolations(page, `${path} with the setup panel open`);
  });
}
