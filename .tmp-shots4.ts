import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
const browser = await chromium.launch(chromiumLaunchOptions());
for (const theme of ['light', 'dark'] as const) for (const width of [360, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  await ctx.addInitScript((t) => { localStorage.setItem('starlight-theme', t); localStorage.setItem('om-okta:inputs:2.0', JSON.stringify({ omUrl: 'https://om.acme.example', flow: 'implicit', oktaDomain: 'acme.okta.com', authServer: 'default', clientId: '0oaAcme1234567890abcd', principalDomain: 'acme.example', adminPrincipals: 'jane.doe' })); }, theme);
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4321/v2.0/implicit-flow/');
  const reveal = page.locator('details[data-snippet-reveal]');
  await reveal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/reveal-closed-${theme}-${width}.png` });
  await reveal.locator('summary').click();
  await page.locator('[data-snippet-target="okta"][data-state="live"]').waitFor({ timeout: 10000 });
  await reveal.screenshot({ path: `/tmp/shots/reveal-open-${theme}-${width}.png` });
  console.log(theme, width, await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]));
  await ctx.close();
}
await browser.close();
