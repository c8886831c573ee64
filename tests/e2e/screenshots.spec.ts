/**
 * Screenshot sync: every image in the guide is made here from the running site and committed
 * under public/screenshots/. The test fails when a page no longer looks like its image
 * (`npm run screenshots` regenerates them) and when an image is no longer used by any page.
 * Rendering is pinned: fixed viewport and scale (playwright.config.ts), animations off, caret
 * hidden, and the fonts set to the DejaVu faces that .ci/run installs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGE_EXAMPLE_INPUTS } from '../../src/inputs/example.ts';
import { releases } from '../../src/releases/index.ts';
import { DIST } from './site.ts';

const SCREENSHOTS = new URL('../../public/screenshots/', import.meta.url).pathname;

/** The example org the pages show (src/inputs/example.ts), for every picture, so that pictures and pages agree. */
const VALUES: Record<string, string> = {
  omUrl: PAGE_EXAMPLE_INPUTS.omUrl,
  oktaDomain: PAGE_EXAMPLE_INPUTS.oktaDomain,
  authServer: PAGE_EXAMPLE_INPUTS.authServer,
  clientId: PAGE_EXAMPLE_INPUTS.clientId,
  principalDomain: PAGE_EXAMPLE_INPUTS.principalDomain,
  adminPrincipals: PAGE_EXAMPLE_INPUTS.adminPrincipals.join(', '),
  serviceClientId: '0oa9s8r7q6p5o4n3m2l1',
  serviceEmail: 'ingestion-bot@acme.example',
  serviceKid: 'acme-ingestion-1',
};

async function prepare(page: Page, path: string): Promise<void> {
  await page.goto(path);
  // The same faces on every machine: .ci/run installs fonts-dejavu-core.
  // Starlight's header is fixed: it would be painted over elements taller than the viewport.
  await page.addStyleTag({
    content: ":root { --sl-font: 'DejaVu Sans'; --sl-font-mono: 'DejaVu Sans Mono'; } header.header { display: none !important; }",
  });
  const details = page.locator('[data-setup-details]');
  if (await details.count()) await details.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  const panel = page.locator('[data-setup-panel]');
  for (const [name, value] of Object.entries(VALUES)) {
    const input = panel.locator(`[name="${name}"]`);
    if (await input.count()) await input.fill(value);
  }
  await expect(panel).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => document.fonts.ready);
}

interface Shot {
  name: string;
  perRelease: boolean;
  page: (contentDir: string) => string;
  target: (page: Page) => Locator;
  /** What to do on the page before the picture. */
  act?: (page: Page) => Promise<void>;
}

const BROKEN_ENV = [
  'AUTHENTICATION_PROVIDER=okta',
  'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default',
  'AUTHENTICATION_PUBLIC_KEYS=[https://acme.okta.com/oauth2/v1/keys]',
  'AUTHORIZER_PRINCIPAL_DOMAIN: acme.example',
].join('\n');

const SHOTS: Shot[] = [
  {
    name: 'lint-result',
    perRelease: true,
    page: (dir) => `/${dir}/check-config/`,
    target: (page) => page.locator('[data-config-linter]'),
    act: async (page) => {
      await page.locator('[data-lint-input]').fill(BROKEN_ENV);
      await page.locator('[data-lint-run]').click();
      await expect(page.locator('[data-lint-result] [data-rule-id]').first()).toBeVisible();
    },
  },
  {
    // A check this page cannot run: OpenMetadata at a closed loopback port, so the picture is the
    // same on every machine.
    name: 'check-result',
    perRelease: true,
    page: (dir) => `/${dir}/deployment/docker/`,
    target: (page) => page.locator('[data-runbook-check][data-group="openmetadata"]'),
    act: async (page) => {
      await page.locator('[data-setup-panel] [name="omUrl"]').fill('http://127.0.0.1:9');
      const box = page.locator('[data-runbook-check][data-group="openmetadata"]');
      await box.locator('[data-runbook-run]').click();
      await expect(box.locator('[data-check-id]')).toHaveCount(3, { timeout: 20_000 });
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    },
  },
  // The README's picture: the Docker page's generated files, with the reader's values in them.
  { name: 'readme-docker-page', perRelease: false, page: (dir) => `/${dir}/deployment/docker/`, target: (page) => page.locator('.om-snippet').first() },
];

for (const shot of SHOTS) {
  const targets = shot.perRelease ? releases : releases.slice(0, 1);
  for (const release of targets) {
    const file = shot.perRelease ? `${release.id}/${shot.name}.png` : `${shot.name}.png`;
    test(`screenshot ${file}`, async ({ page }) => {
      await prepare(page, shot.page(release.contentDir));
      await shot.act?.(page);
      // Not one pixel may differ (beyond the per-pixel colour threshold): fonts are pinned and the
      // browser is the same, so captures repeat exactly, and a ratio tolerance (0.002 before) let
      // a changed word ("findings" -> "finding") through.
      await expect(shot.target(page)).toHaveScreenshot(file.split('/'), { animations: 'disabled', caret: 'hide', maxDiffPixels: 0 });
    });
  }
}

test('every committed screenshot is used by a page, and every used one exists', () => {
  const committed = (readdirSync(SCREENSHOTS, { recursive: true }) as string[]).filter((f) => f.endsWith('.png')).map((f) => `/screenshots/${f}`);
  const html = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(DIST, f), 'utf8'));
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const used = new Set([
    ...html.flatMap((page) => [...page.matchAll(/src="(\/screenshots\/[^"]+\.png)"/g)].map((m) => m[1]!)),
    ...[...readme.matchAll(/\(public(\/screenshots\/[^)]+\.png)\)/g)].map((m) => m[1]!),
  ]);
  expect(committed.filter((f) => !used.has(f)), 'screenshots no page uses (delete them or reference them)').toEqual([]);
  expect([...used].filter((f) => !committed.includes(f)), 'screenshots pages use that do not exist').toEqual([]);
});
