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

const CI = !!process.env['CI'];
const HOST = '127.0.0.1';
// E2E_PORT lets a second checkout run the browser tests beside one already serving on 4321.
const PORT = Number(process.env['E2E_PORT'] ?? 4321);
const BASE_URL = `http://${HOST}:${PORT}`;

// The tests list pages from dist/ (tests/e2e/site.ts); E2E_DIST points them at another build,
// which must then already be served on BASE_URL (outside CI the server is reused).
const DIST = process.env['E2E_DIST'] ?? fileURLToPath(new URL('./dist', import.meta.url));
if (!existsSync(DIST)) {
  throw new Error(`${DIST} is missing: run \`npm run build\` before the browser tests (npm run test:e2e).`);
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
  trace: 'retain-on-failure',
  screenshot: 'only-on-failure',
} satisfies Project['use'];

const projects: Project[] = [{ name: 'chromium', testMatch: /\.spec\.ts$/, use }];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: CI,
  retries: 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // `list` ends with the summary line ("N passed (12.3s)"), which CI logs show last.
  reporter: [['list']],
  projects,
  // The screenshot suite's baselines are the guide's own images (npm run screenshots rewrites them).
  snapshotPathTemplate: 'public/screenshots/{arg}{ext}',
  webServer: {
    command: `npx astro preview --host ${HOST} --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
