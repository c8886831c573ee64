import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
const browser = await chromium.launch(chromiumLaunchOptions());
for (const theme of ['light', 'dark'] as const) for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 1000 }, colorScheme: theme });
  await ctx.addInitScript((t) => { localStorage.setItem('starlight-theme', t); localStorage.setItem('om-okta:inputs:2.0', JSON.stringify({ omUrl: 'https://om.acme.example', flow: 'authcode', oktaDomain: 'acme.okta.com', authServer: 'default', clientId: '0oaAcme1234567890abcd', principalDomain: 'acme.example', adminPrincipals: 'jane.doe' })); }, theme);
  const page = await ctx.newPage();
  await page.goto('http://127.0.0.1:4321/v2.0/deployment/ui/');
  await page.waitForTimeout(1500);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const card = page.locator('[data-sso-form]:visible').first();
  if (await card.count()) { await card.scrollIntoViewIfNeeded(); await card.screenshot({ path: `/tmp/shots/ssoform-${theme}-${width}.png` }); }
  await page.goto('http://127.0.0.1:4321/v2.0/auth-code-flow/');
  await page.waitForTimeout(1500);
  const tf = page.locator('.om-snippet[data-snippet-target="okta"]:visible').first();
  if (await tf.count()) { await tf.scrollIntoViewIfNeeded(); await tf.screenshot({ path: `/tmp/shots/tf-${theme}-${width}.png` }); }
  console.log(theme, width, keys.join(','), await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]));
  await ctx.close();
}
await browser.close();
