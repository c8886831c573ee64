/**
 * Writes public/og-image.png, the 1200×630 card link previews show (`og:image` in
 * astro.config.mjs): the site's name, its description and the favicon's mark, rendered by Chromium.
 *
 *   node scripts/og-image.ts        (after changing the title or description; commit the .png)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { OG_IMAGE, SITE_DESCRIPTION, SITE_TITLE } from '../src/site.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const OUT = fileURLToPath(new URL(`../public${OG_IMAGE.path}`, import.meta.url));
const MARK = readFileSync(fileURLToPath(new URL('../public/favicon.svg', import.meta.url)), 'utf8');

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const CARD = `<!doctype html><meta charset="utf-8"><style>
  html, body { margin: 0; }
  body {
    width: ${OG_IMAGE.width}px; height: ${OG_IMAGE.height}px; box-sizing: border-box; padding: 80px 96px;
    display: flex; flex-direction: column; justify-content: space-between;
    background: linear-gradient(135deg, #17181c 0%, #1d2a4d 100%); color: #fff;
    font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif;
  }
  .mark svg { width: 112px; height: 112px; display: block; }
  h1 { margin: 0 0 28px; font-size: 62px; line-height: 1.1; letter-spacing: -0.01em; }
  p { margin: 0; font-size: 34px; line-height: 1.35; color: #c7cfe3; max-width: 980px; }
  .rule { width: 120px; height: 8px; border-radius: 4px; background: #6f94ea; margin-bottom: 40px; }
</style>
<div class="mark">${MARK}</div>
<div><div class="rule"></div><h1>${escape(SITE_TITLE)}</h1><p>${escape(SITE_DESCRIPTION)}</p></div>`;

if (import.meta.main) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({ viewport: { width: OG_IMAGE.width, height: OG_IMAGE.height }, deviceScaleFactor: 1 });
    await page.setContent(CARD);
    writeFileSync(OUT, await page.screenshot({ type: 'png' }));
    console.log(`${OUT}: ${OG_IMAGE.width}×${OG_IMAGE.height}`);
  } finally {
    await browser.close();
  }
}
