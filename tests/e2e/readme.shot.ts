/**
 * The README screenshot: `npm run build && npm run screenshots` writes
 * public/screenshots/overview.png (1280x800) of the Docker deployment page. Not part of
 * `npm test`: this project exists only when PW_SCREENSHOTS is set (see playwright.config.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const PAGE = '/v1.12/deployment/docker/';
const OUT = fileURLToPath(new URL('../../public/screenshots/overview.png', import.meta.url));

test(`README screenshot of ${PAGE}`, async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const response = await page.goto(PAGE);
  expect(response?.status(), `${PAGE} must exist in dist/ (npm run build)`).toBe(200);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  mkdirSync(dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT, fullPage: false, animations: 'disabled', caret: 'hide' });
  console.log(`wrote ${OUT}`);
});
