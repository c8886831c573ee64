/**
 * No value widens a page (issue 22, item 3): on a 390 px screen, the setup panel filled with
 * 5,000-character values (refused on their fields), and with the longest values the checks take
 * (a 253-character host, 100-character ids: files are generated from them), leaves every kind of
 * page as wide as the screen: the overview (inline panel), a deployment page (snippets, collapsed
 * panel and its status line), an Okta app page (cards) and the troubleshooting page. Values the
 * reader typed are saved per release, so the pages after the first show them without typing.
 */
import { expect, test, type Page } from '@playwright/test';
import { fillPanel, openPanel, panel, RELEASE_DIR, type Values } from './support/live.ts';

const LONG = 'a'.repeat(5000);

/** Values no one could have: each is refused on its field. */
const REFUSED: Values = {
  flow: 'authcode',
  omUrl: `https://${LONG}.example.com`,
  oktaDomain: `${LONG}.okta.com`,
  authServer: `aus${LONG}`,
  clientId: `0oa${LONG}`,
  clientSecret: LONG,
  principalDomain: `${LONG}.example`,
  adminPrincipals: LONG,
};

/** A host of 253 characters, in labels of 63: the longest DNS allows. */
const LONGEST_HOST = `${'h'.repeat(63)}.${'i'.repeat(63)}.${'j'.repeat(63)}.${'k'.repeat(52)}.okta.com`;

/** The longest values the checks take: the files are generated, with lines far wider than a phone. */
const LONGEST: Values = {
  flow: 'implicit',
  omUrl: `https://${'o'.repeat(63)}.${'p'.repeat(63)}.example.com`,
  oktaDomain: LONGEST_HOST,
  authServer: `aus${'1a2b'.repeat(24)}c`,
  clientId: `0oa${'3c4d'.repeat(24)}e`,
  principalDomain: `${'q'.repeat(63)}.example`,
  adminPrincipals: 'r'.repeat(100),
};

const PAGES = [
  { kind: 'overview', path: `${RELEASE_DIR}/` },
  { kind: 'deployment page', path: `${RELEASE_DIR}/deployment/docker/` },
  { kind: 'Okta app page', path: `${RELEASE_DIR}/implicit-flow/` },
  { kind: 'troubleshooting page', path: `${RELEASE_DIR}/troubleshooting/` },
] as const;

test.use({ viewport: { width: 390, height: 844 } });

/** The page's width against the screen's, and what sticks out past the right edge (for the message). */
async function widths(page: Page): Promise<{ scroll: number; inner: number; past: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const held = (el: Element) => {
      for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX !== 'visible') return true;
      }
      return false;
    };
    const past = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && !held(el))
      .slice(-3)
      .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> ends at ${Math.round(el.getBoundingClientRect().right)} px`);
    return { scroll: root.scrollWidth, inner: window.innerWidth, past };
  });
}

async function expectScreenWide(page: Page, what: string): Promise<void> {
  const { scroll, inner, past } = await widths(page);
  expect(scroll, `${what}: the page is ${scroll} px wide on a ${inner} px screen; ${past.join('; ')}`).toBeLessThanOrEqual(inner);
}

for (const [name, values] of [
  ['5,000-character values', REFUSED],
  ['the longest values the checks take', LONGEST],
] as const) {
  test(`${name} widen no page at 390 px`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(PAGES[0].path);
    await fillPanel(page, values);
    if (values === REFUSED) {
      // Refused on the fields, and the values computed from them offer nothing to copy.
      await expect(panel(page).locator('.om-field[data-field="oktaDomain"] [data-severity="error"]')).toHaveCount(1);
      await expect(panel(page).locator('.om-field[data-field="clientId"] [data-severity="error"]')).toHaveCount(1);
      await expect(panel(page).locator('[data-action="copy-derived"][data-copy-from="issuer"]')).toBeHidden();
      await expect(panel(page).locator('[data-derived="issuer"]')).toHaveText('fix Okta domain and Authorization server first');
    } else {
      await expect(panel(page).locator('[data-derived="issuer"] code')).toHaveText(`https://${LONGEST_HOST}/oauth2/${values['authServer']}`);
    }

    for (const { kind, path } of PAGES) {
      if (path !== PAGES[0].path) await page.goto(path);
      await expect(panel(page), `live engine started on ${path}`).toHaveAttribute('data-live', 'ready');
      await expectScreenWide(page, `${kind} ${path}, panel as the page opens`);
      await openPanel(page);
      await expectScreenWide(page, `${kind} ${path}, panel open`);
    }
    expect(errors).toEqual([]);
  });
}
