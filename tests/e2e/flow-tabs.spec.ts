/**
 * The flow tabs follow the reader: on every deployment page of every release that has both
 * flows, choosing auth code in the setup panel opens the auth-code tab there and on the next
 * pages the reader opens; choosing implicit brings its tab back. (Without JavaScript both flows
 * are sections: tests/e2e/nojs.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { findRelease } from '../../src/releases/index.ts';
import { pageRelease, sitePages } from './site.ts';

const byRelease = new Map<string, string[]>();
for (const path of sitePages().filter((p) => p.includes('/deployment/') && !p.endsWith('/deployment/'))) {
  const release = pageRelease(path);
  // 0.12 has the implicit flow only: its pages have no flow tabs.
  if (release && findRelease(release)?.confidentialClient) byRelease.set(release, [...(byRelease.get(release) ?? []), path]);
}

/**
 * The page's flow tabs (one set, or several that follow the same choice, as on the Settings > SSO
 * page): which flow is selected and which panels show, across all of them.
 */
async function flowTabs(page: Page) {
  const groups = page.locator('om-flow-tabs');
  const count = await groups.count();
  expect(count, `flow tabs on ${page.url()}`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(groups.nth(i).locator('[role="tab"]'), `flow tabs ${i + 1} on ${page.url()}`).toHaveCount(2);
  const unique = (values: (string | null)[]) => [...new Set(values)];
  return {
    selected: unique(await page.locator('om-flow-tabs [role="tab"][aria-selected="true"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-flow')))).join(','),
    shown: unique(
      await page.locator('om-flow-tabs [data-flow-panel]').evaluateAll((els) => els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => el.getAttribute('data-flow-panel'))),
    ),
  };
}

test('the built site has deployment pages with both flows', () => {
  expect([...byRelease.keys()].length).toBeGreaterThan(0);
});

for (const [release, paths] of byRelease) {
  test(`${release}: the flow chosen in the panel opens its tab on every deployment page`, async ({ page }) => {
    const panelOf = `section[data-setup-panel][data-release="${release}"]`;
    const choose = async (flow: string) => {
      const details = page.locator('details[data-setup-details]');
      if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator(':scope > summary').click();
      await page.locator(panelOf).locator('[name="flow"]').selectOption(flow);
    };
    const settle = async () => expect(page.locator(panelOf)).toHaveAttribute('data-live', 'ready');

    await page.goto(paths[0]!);
    await settle();
    expect(await flowTabs(page), `${paths[0]} with nothing chosen`).toEqual({ selected: 'implicit', shown: ['implicit'] });
    await choose('authcode');
    await expect.poll(() => flowTabs(page), `${paths[0]} after choosing auth code`).toEqual({ selected: 'authcode', shown: ['authcode'] });

    for (const path of paths.slice(1)) {
      await page.goto(path);
      await settle();
      await expect.poll(() => flowTabs(page), `${path}, reached after choosing auth code`).toEqual({ selected: 'authcode', shown: ['authcode'] });
    }
    await choose('implicit');
    await expect.poll(() => flowTabs(page), `${paths.at(-1)} after choosing implicit again`).toEqual({ selected: 'implicit', shown: ['implicit'] });
  });
}
