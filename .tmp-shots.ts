import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
const base = process.env.BASE ?? 'http://127.0.0.1:4321';
const pages = (process.env.PAGES ?? '/v2.0/,/v2.0/implicit-flow/').split(',');
const browser = await chromium.launch(chromiumLaunchOptions());
for (const theme of ['light', 'dark']) for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme as 'light' | 'dark' });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await ctx.newPage();
  for (const path of pages) {
    await page.goto(base + path);
    const sel = process.env.SEL;
    const name = `/tmp/shots/${path.replace(/\//g, '_')}${theme}-${width}.png`;
    if (sel && (await page.locator(sel).count())) { await page.locator(sel).first().scrollIntoViewIfNeeded(); await page.locator(sel).first().screenshot({ path: name }); }
    else await page.screenshot({ path: name, fullPage: false });
    const sw = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    console.log(name, sw.join('/'));
  }
  await ctx.close();
}
await browser.close();
