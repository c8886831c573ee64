/**
 * The guide published under a path: a build made with OM_OKTA_SITE=https://docs.example.org and
 * OM_OKTA_BASE=/okta-sso/ (npm run test:base-path builds it into .tmp/base-path/ and serves it
 * under /okta-sso/, as a static host would). Only this file runs against that build; the rest of
 * the browser suite runs against dist/ at the root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { latestRelease } from '../../src/releases/index.ts';
import { DEFAULT_SITE, siteAddress } from '../../src/site.ts';
import { listHtmlFiles, linksOf, parseTags, isInternal } from '../../scripts/check-links.ts';
import { DIST } from './site.ts';

const address = siteAddress(process.env);
const BASE = address.base;
const PUBLIC = address.url;
const BUNDLE = join(DIST, '..', 'om-okta.js');
const latest = latestRelease.contentDir;

test.beforeAll(() => {
  expect(BASE, 'this suite runs on a build for a base path (npm run test:base-path)').not.toBe('/');
});

test('every internal href and src of every page starts with the base path', () => {
  const outside: string[] = [];
  let checked = 0;
  for (const file of listHtmlFiles(DIST)) {
    for (const tag of parseTags(readFileSync(file, 'utf8'))) {
      for (const link of linksOf(tag)) {
        if (!isInternal(link) || !link.startsWith('/')) continue;
        checked++;
        if (!link.startsWith(BASE)) outside.push(`${file.slice(DIST.length)}: <${tag.name}> ${link}`);
      }
    }
  }
  expect(checked, 'root links found in the build').toBeGreaterThan(1000);
  expect(outside.slice(0, 20), `${outside.length} links leave ${BASE}`).toEqual([]);
});

test(`${BASE}latest/ leads to the newest release`, async ({ page }) => {
  await page.goto(`${BASE}latest/`);
  await expect(page).toHaveURL(new RegExp(`${BASE}${latest.replace('.', '\\.')}/$`));
  await expect(page.locator('h1')).toBeVisible();
});

test('the landing page, its assets and the head are under the base', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(BASE);
  await page.waitForLoadState('networkidle');
  expect(failed).toEqual([]);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', `${PUBLIC}og-image.png`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', PUBLIC);
  await expect(page.locator('link[rel="alternate"][type="text/markdown"]')).toHaveAttribute('href', `${BASE}index.md`);
});

test('the switcher keeps the page and the values', async ({ page }) => {
  await page.goto(`${BASE}v1.13/deployment/docker/`);
  await page.locator('[data-setup-details] summary').click();
  const domain = page.locator('[data-setup-panel] [name="oktaDomain"]');
  await domain.fill('acme.okta.com');
  await page.locator('[data-setup-panel] [name="clientId"]').fill('0oaAcme1234567890abcd');
  await expect(page.locator('.om-snippet').first()).toHaveAttribute('data-state', 'live');
  await page.locator('header [data-release-switch] summary').click();
  await page.locator(`header [data-release-link="${latestRelease.id}"]`).click();
  await expect(page).toHaveURL(`${BASE}${latest}/deployment/docker/`);
  await expect(domain).toHaveValue('acme.okta.com');
  await expect(page.locator('.om-snippet').first()).toHaveAttribute('data-state', 'live');
});

test('a diagnostic links to its troubleshooting section under the base', async ({ page }) => {
  await page.goto(`${BASE}${latest}/`);
  const panel = page.locator('section[data-setup-panel]');
  await expect(async () => {
    await panel.locator('[name="oktaDomain"]').fill('https://acme-admin.okta.com/');
    await expect(panel.locator('.om-field[data-field="oktaDomain"] [data-rule-id]').first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const link = panel.locator('.om-field[data-field="oktaDomain"] a.om-diag__id').first();
  await expect(link).toHaveAttribute('href', new RegExp(`^${BASE}${latest.replace('.', '\\.')}/troubleshooting/#okta-`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}${latest.replace('.', '\\.')}/troubleshooting/#okta-`));
});

test('search finds pages of the release being read, under the base', async ({ page }) => {
  await page.goto(`${BASE}${latest}/deployment/docker/`);
  await page.locator('[data-search-open]').click();
  await page.locator('.pagefind-ui__search-input').fill('docker');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 30_000 });
  const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href, 'a search result of the release being read').toMatch(new RegExp(`^${BASE}${latest.replace('.', '\\.')}/`));
});

test('a missing page offers the same page of the newest release, under the base', async ({ page }) => {
  const response = await page.goto(`${BASE}v1.7/deployment/docker/`);
  expect(response?.status()).toBe(404);
  const link = page.locator('[data-same-page-link]');
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('href', `${BASE}${latest}/deployment/docker/`);
});

test('llms.txt, llms-full.txt and the sitemap list only URLs of the published address', async ({ request }) => {
  const urlsIn = (text: string) => [...text.matchAll(/https?:\/\/[^\s)<>"]+/g)].map((m) => m[0]);
  const llms = await (await request.get(`${BASE}llms.txt`)).text();
  const full = await (await request.get(`${BASE}llms-full.txt`)).text();
  const index = await (await request.get(`${BASE}sitemap-index.xml`)).text();
  const sitemaps = urlsIn(index).filter((u) => u.endsWith('.xml') && u.startsWith(PUBLIC));
  expect(sitemaps.length, 'sitemaps listed in sitemap-index.xml').toBeGreaterThan(0);
  const sitemapUrls: string[] = [];
  for (const sitemap of sitemaps) {
    const text = await (await request.get(new URL(sitemap).pathname)).text();
    sitemapUrls.push(...[...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
  }
  const pageLinks = urlsIn(llms).filter((u) => u.includes('index.md'));
  expect(pageLinks.length, 'pages in llms.txt').toBeGreaterThan(50);
  expect(sitemapUrls.length, 'pages in the sitemap').toBeGreaterThan(50);
  // llms-full.txt: each page after its URL in a comment; its links to the guide are absolute.
  const headers = [...full.matchAll(/^<!-- (\S+) -->$/gm)].map((m) => m[1]!);
  expect(headers.length, 'pages in llms-full.txt').toBe(pageLinks.length);
  const guideLinks = urlsIn(full).filter((u) => u.startsWith('https://docs.example.org') || u.startsWith(DEFAULT_SITE));
  const ours = [...pageLinks, ...sitemapUrls, ...headers, ...guideLinks];
  expect(ours.filter((u) => !u.startsWith(PUBLIC))).toEqual([]);
  // A listed Markdown page is there to fetch.
  expect((await request.get(new URL(pageLinks[0]!).pathname)).status()).toBe(200);
});

test('the CLI bundle of this build prints docs links to the published address', async () => {
  expect(existsSync(BUNDLE), `${BUNDLE} (npm run test:base-path builds it)`).toBe(true);
  const { runCli } = (await import(pathToFileURL(BUNDLE).href)) as { runCli: (args: string[], io: object) => Promise<number> };
  const inputs = JSON.stringify({ oktaDomain: 'https://acme-admin.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' });
  let out = '';
  // The address is the bundle's own: the variables of this process are not read by it.
  const code = await runCli(['render', '--target', 'docker', '--inputs', '-', '--format', 'json'], {
    readInput: async () => inputs,
    stdout: (text: string) => void (out += text),
    stderr: () => undefined,
  });
  expect(code, 'exit status: the Okta domain given as a URL is an error').toBe(1);
  const { diagnostics } = JSON.parse(out) as { diagnostics: { docs?: string }[] };
  const docs = diagnostics.map((d) => d.docs).filter((d): d is string => !!d);
  expect(docs.length, 'diagnostics with docs links').toBeGreaterThan(0);
  for (const link of docs) expect(link.startsWith(`${PUBLIC}${latest}/troubleshooting/#`), link).toBe(true);
});
