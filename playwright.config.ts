/**
 * Browser tests against the built site: `npm run build` first, then `npm run test:e2e`.
 * Playwright serves dist/ with `astro preview` and drives a Chromium found by scripts/chromium.ts
 * (Debian's on CI; `npx playwright install` cannot download there).
 *
 * tests/e2e/screenshots.spec.ts compares pages with the committed images in public/screenshots/;
 * `npm run screenshots` (--update-snapshots) rewrites them.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Project } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { assertPortFree } from './scripts/port.ts';
import { siteAddress } from './src/site.ts';

const CI = !!process.env['CI'];
const HOST = '127.0.0.1';
// E2E_PORT lets a second checkout run the browser tests beside one already serving on 4321.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const BASE_URL = `http://${HOST}:${PORT}`;

// The tests list pages from dist/ (tests/e2e/site.ts). E2E_DIST is the build for a base path that
// npm run test:base-path makes (OM_OKTA_SITE, OM_OKTA_BASE set): it is served under that base and
// only base-path.spec.ts runs on it; that file runs on nothing else.
const E2E_DIST = process.env['E2E_DIST'];
const DIST = E2E_DIST ?? fileURLToPath(new URL('./dist', import.meta.url));
const { base: SITE_BASE } = siteAddress(process.env);
if (!existsSync(DIST)) {
  throw new Error(`${DIST} is missing: run \`npm run build\` before the browser tests (npm run test:e2e).`);
}

// The tests serve dist/ themselves and test nothing else: a port another program holds (another
// checkout's server, or anything else) is reported before any test runs, never reused. Checked
// once, in the runner (its workers load this file too, with our server then on the port).
if (!process.env['TEST_WORKER_INDEX']) {
  await assertPortFree(HOST, PORT, 'The browser tests serve the guide there themselves: stop that program, or run them on another port: E2E_PORT=4400 npm test.').catch((error: Error) => {
    // The message is the whole story: no stack trace under it.
    console.error(error.message);
    process.exit(1);
  });
}

const use = {
  baseURL: BASE_URL,
  launchOptions: chromiumLaunchOptions(),
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  colorScheme: 'light',
  locale: 'en-US',
  timezoneId: 'UTC',
  reducedMotion: 'reduce',
  // A trace records every action's DOM: it doubled the suite's time. E2E_TRACE=1 keeps one for each
  // failed test (re-run the failing test with it); a failure always leaves its screenshot.
  trace: process.env['E2E_TRACE'] ? 'retain-on-failure' : 'off',
  screenshot: 'only-on-failure',
} satisfies Project['use'];

const BASE_PATH_SPEC = /base-path\.spec\.ts$/;
const projects: Project[] = [
  E2E_DIST
    ? { name: 'chromium under a base path', testMatch: BASE_PATH_SPEC, use }
    : { name: 'chromium', testMatch: /\.spec\.ts$/, testIgnore: BASE_PATH_SPEC, use },
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: 2,
  // Limits that stop a hang, not measures: three times what the slowest test or wait needs on a
  // busy 2-core machine (how long things take is npm run bench's business).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // `list` ends with the summary line ("N passed (12.3s)"), which CI logs show last.
  reporter: [['list']],
  projects,
  // The screenshot suite's baselines are the guide's own images (npm run screenshots rewrites them).
  snapshotPathTemplate: 'public/screenshots/{arg}{ext}',
  webServer: {
    command: `npx astro preview --host ${HOST} --port ${PORT}${E2E_DIST ? ` --outDir ${E2E_DIST}` : ''}`,
    url: `${BASE_URL}${SITE_BASE}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
