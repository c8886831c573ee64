/**
 * The live guide: the reader types their values once in the setup panel and every snippet, card
 * and derived value of the release follows. Each live snippet file must be exactly what
 * `om-okta render` prints for the same values (renderTarget with toRawInputs/snippetInputs from
 * src/live/form.ts); values persist (without the secret), travel in share links (without the
 * secret), reset, and work from the keyboard.
 */
import { readFile } from 'node:fs/promises';
import { formatFinding, runAxe } from './support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import {
  AUTHCODE_VALUES,
  IMPLICIT_VALUES,
  PANEL,
  RELEASE,
  RELEASE_DIR,
  SECRET,
  SNIPPET_PAGES,
  cliDerived,
  cliFiles,
  expectSnippetStates,
  expectSnippetsMatchCli,
  field,
  fieldBox,
  fillPanel,
  openPanel,
  panel,
  readPanel,
  readSnippets,
  shownValue,
  storedInputs,
  withoutSecret,
  type Values,
} from './support/live.ts';

const OVERVIEW = `${RELEASE_DIR}/`;
const DOCKER = `${RELEASE_DIR}/deployment/docker/`;
const DERIVED = ['issuer', 'discoveryUrl', 'oktaJwksUrl', 'omJwksUrl', 'redirectUris', 'callbackUrl', 'origin'] as const;

/** The panel shows `values` (the secret field, when not in `values`, is empty). */
async function expectPanelHolds(page: Page, values: Values) {
  await openPanel(page);
  const shown = await readPanel(page);
  for (const [name, value] of Object.entries(values)) {
    expect.soft(shown[name], `field ${name} on ${page.url()}`).toBe(value);
  }
  if (!('clientSecret' in values) && 'clientSecret' in shown) {
    expect.soft(shown['clientSecret'], `clientSecret on ${page.url()} (memory only)`).toBe('');
  }
}

/** Every derived value of the panel shows what src/inputs derives for `values`. */
async function expectPanelDerived(page: Page, values: Values) {
  const want = await cliDerived(values);
  for (const name of DERIVED) {
    const el = panel(page).locator(`[data-derived="${name}"]`);
    await expect(el, `panel [data-derived="${name}"]`).toHaveCount(1);
    const expected = want[name]!;
    if (Array.isArray(expected)) {
      await expect.poll(() => shownValue(el), { message: `panel derived ${name}` }).toContain(expected[0]!);
      const text = await shownValue(el);
      for (const uri of expected) expect.soft(text, `panel derived ${name} lists ${uri}`).toContain(uri);
    } else {
      await expect.poll(async () => (await shownValue(el)).trim(), { message: `panel derived ${name}` }).toBe(expected);
    }
  }
}

for (const [flow, values] of [
  ['implicit', IMPLICIT_VALUES],
  ['authcode', AUTHCODE_VALUES],
] as const) {
  test(`${flow}: values typed on the overview fill every snippet, card and derived value of the release`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(OVERVIEW);
    // On the overview the panel is shown inline, open, and only once.
    await expect(panel(page), `exactly one ${PANEL} on ${OVERVIEW}`).toHaveCount(1);
    await expect(panel(page)).toBeVisible();
    expect(await panel(page).evaluate((el) => el.closest('details') === null), 'the overview panel is not inside <details>').toBe(true);
    await fillPanel(page, values);
    await expectPanelDerived(page, values);
    await expect(panel(page).locator('[data-summary] [data-rule-id][data-severity="error"]'), 'no errors for valid inputs').toHaveCount(0);

    // After a navigation the secret is gone (memory only); everything else follows the reader.
    const kept = withoutSecret(values);
    const compared: string[] = [];
    for (const path of SNIPPET_PAGES) {
      await page.goto(path);
      await expectPanelHolds(page, kept);
      compared.push(...(await expectSnippetsMatchCli(page, kept)));
      if (path === DOCKER) {
        // A derived value in the page's prose follows too.
        const issuer = (await cliDerived(kept))['issuer'] as string;
        const prose = page.locator('main .om-value[data-derived="issuer"]');
        expect(await prose.count(), 'issuer mentioned in the Docker page prose').toBeGreaterThan(0);
        await expect(prose.first()).toHaveText(issuer);
        if (values['clientSecret']) {
          // With the secret typed again, the snippets are still exactly what the CLI prints.
          await field(page, 'clientSecret').fill(values['clientSecret'] as string);
          await expectSnippetsMatchCli(page, values);
        }
      }
    }
    // Four targets, both flows' tabs (the ingestion page has one snippet): every file compared.
    const pairs = [...new Set(compared.map((c) => c.split('/').slice(0, 2).join('/')))].sort();
    expect(pairs, 'snippets compared with the CLI').toEqual(
      expect.arrayContaining(['bare-metal/authcode', 'bare-metal/implicit', 'docker/authcode', 'docker/implicit', 'ingestion/implicit', 'kubernetes/authcode', 'kubernetes/implicit']),
    );

    // The "what to enter" card of the app's General Settings lists the reader's redirect URIs.
    await page.goto(flow === 'implicit' ? `${RELEASE_DIR}/implicit-flow/` : `${RELEASE_DIR}/auth-code-flow/`);
    const card = page.locator(`section.om-card[data-step="app-general"][data-flow="${flow}"]`);
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(`${values['omUrl']}/callback`);
    for (const uri of (await cliDerived(kept))['redirectUris'] as string[]) await expect.soft(card).toContainText(uri);
    await expect.soft(card).not.toContainText('localhost:8585');

    expect(errors, 'uncaught exceptions').toEqual([]);
  });
}

test('a bad Okta domain is flagged on the field, in the summary and on every snippet; fixing it brings them back', async ({ page }) => {
  await page.goto(DOCKER);
  await fillPanel(page, IMPLICIT_VALUES);
  await expectSnippetsMatchCli(page, IMPLICIT_VALUES);

  const bad = { ...IMPLICIT_VALUES, oktaDomain: 'https://acme-admin.okta.com/' };
  await field(page, 'oktaDomain').fill(bad.oktaDomain as string);

  const diag = fieldBox(page, 'oktaDomain').locator('[data-rule-id="OKTA-URL-001"]');
  await expect(diag.first(), 'OKTA-URL-001 inside .om-field[data-field="oktaDomain"]').toBeVisible();
  await expect(fieldBox(page, 'oktaDomain').locator('[data-rule-id="OKTA-URL-001"][data-severity="error"]')).toHaveCount(1);
  const link = diag.first().locator('a[href]');
  await expect(link.first()).toHaveAttribute('href', /troubleshooting\/#okta-url-001$/);
  await expect(field(page, 'oktaDomain')).toHaveAttribute('aria-invalid', 'true');

  const summary = panel(page).locator('[data-summary]');
  await expect(summary).toHaveCount(1);
  const live = await summary.evaluate((el) => el.closest('[aria-live]')?.getAttribute('aria-live') ?? el.querySelector('[aria-live]')?.getAttribute('aria-live') ?? null);
  expect(live, 'the summary is (in) an aria-live region').toMatch(/polite|assertive/);
  await expect(summary.locator('[data-rule-id="OKTA-URL-001"]').first()).toBeVisible();

  await expectSnippetStates(page, 'invalid');
  for (const s of await readSnippets(page)) {
    const label = `snippet ${s.target}/${s.flow}`;
    expect.soft(s.invalidMessage, `${label}: [data-snippet-invalid] message`).toMatch(/OKTA-URL-001|Okta domain/i);
    expect.soft(s.files.filter((f) => !f.hiddenInContainer).map((f) => f.filename), `${label}: figures shown while invalid`).toEqual([]);
  }
  // The CLI agrees that this is an error.
  expect((await cliFiles(bad, 'docker', 'implicit')).errors.join('\n')).toContain('OKTA-URL-001');

  await field(page, 'oktaDomain').fill(IMPLICIT_VALUES['oktaDomain'] as string);
  await expect(fieldBox(page, 'oktaDomain').locator('[data-rule-id="OKTA-URL-001"][data-severity="error"]')).toHaveCount(0);
  await expect(field(page, 'oktaDomain')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary.locator('[data-rule-id="OKTA-URL-001"]')).toHaveCount(0);
  await expectSnippetsMatchCli(page, IMPLICIT_VALUES);
  for (const s of await readSnippets(page)) expect.soft(s.invalidMessage, `snippet ${s.target}/${s.flow}: invalid message gone`).toBeFalsy();
});

test('a reload keeps the non-secret values and forgets the client secret', async ({ page }) => {
  const { storageKey } = await import('../../src/live/form.ts');
  await page.goto(OVERVIEW);
  await fillPanel(page, AUTHCODE_VALUES);
  // Saving waits for a pause in typing, and a slow machine can pause between two fields: a save
  // may hold the first fields only. Wait for the save of the whole form, not for one of its fields.
  const kept = withoutSecret(AUTHCODE_VALUES);
  const storedKept = async () => {
    const stored = JSON.parse((await storedInputs(page)) ?? '{}') as Record<string, unknown>;
    expect(stored, 'stored values hold no clientSecret').not.toHaveProperty('clientSecret');
    return Object.fromEntries(Object.keys(kept).map((name) => [name, stored[name]]));
  };
  await expect.poll(storedKept, { message: `localStorage ${storageKey(RELEASE)}` }).toEqual(kept);

  await page.reload();
  await expectPanelHolds(page, kept);
  await expect(field(page, 'clientSecret')).toHaveValue('');
  await expect(field(page, 'clientSecret')).toHaveAttribute('type', 'password');

  // ... and on another page of the release.
  await page.goto(DOCKER);
  await expectPanelHolds(page, kept);
  await expectSnippetsMatchCli(page, kept);
});

test('a share link fills the panel in a fresh browser and carries no secret', async ({ page, browser }) => {
  const { decodeShare } = await import('../../src/live/form.ts');
  await page.goto(OVERVIEW);
  await fillPanel(page, AUTHCODE_VALUES);
  const share = page.locator('[data-action="share"]');
  await expect(share).toHaveCount(1);
  await share.click();
  const urlBox = page.locator('input[data-share-url]');
  await expect(urlBox).toHaveValue(/#setup\?/);
  const link = await urlBox.inputValue();

  expect(link, 'the share link holds no secret').not.toContain(SECRET);
  expect(link, 'the share link holds no secret').not.toContain(encodeURIComponent(SECRET));
  const parsed = new URL(link);
  const here = new URL(page.url());
  expect(`${parsed.origin}${parsed.pathname}`, 'the link points to the page it was made on').toBe(`${here.origin}${here.pathname}`);
  const decoded = decodeShare(parsed.hash) ?? {};
  expect(decoded).not.toHaveProperty('clientSecret');
  for (const name of ['oktaDomain', 'authServer', 'clientId', 'omUrl', 'principalDomain', 'adminPrincipals', 'flow']) {
    expect.soft(decoded[name as keyof typeof decoded], `${name} in the share link`).toBe(AUTHCODE_VALUES[name]);
  }
  expect(page.url(), 'the page URL holds no secret after sharing').not.toContain(SECRET);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    expect(await other.evaluate(() => window.sessionStorage.length), 'fresh context: no session storage').toBe(0);
    await expectPanelHolds(other, withoutSecret(AUTHCODE_VALUES));
    await expect(field(other, 'clientSecret')).toHaveValue('');
  } finally {
    await fresh.close();
  }
});

test('reset asks, then brings back the placeholders and empties storage', async ({ page }) => {
  const { parseStored } = await import('../../src/live/form.ts');
  await page.goto(DOCKER);
  await expectSnippetStates(page, 'placeholder');
  const before = await readSnippets(page);

  await fillPanel(page, IMPLICIT_VALUES);
  await expectSnippetsMatchCli(page, IMPLICIT_VALUES);
  await expect.poll(() => storedInputs(page)).toContain(IMPLICIT_VALUES['clientId'] as string);

  const reset = page.locator('[data-action="reset"]');
  await expect(reset).toHaveCount(1);
  // The first click asks; nothing is cleared yet.
  await reset.click();
  await expect(reset).toHaveText('Clear all values? Click again');
  await expect(field(page, 'clientId')).toHaveValue(IMPLICIT_VALUES['clientId'] as string);
  await reset.click();
  await expect(reset).toHaveText('Reset');

  await expectSnippetStates(page, 'placeholder');
  expect(await readSnippets(page), 'snippets after reset = as built').toEqual(before);
  for (const name of ['omUrl', 'oktaDomain', 'authServer', 'clientId', 'clientSecret', 'principalDomain', 'adminPrincipals']) {
    await expect.soft(field(page, name), `${name} after reset`).toHaveValue('');
  }
  for (const name of ['inlineSecret', 'enforcePrincipalDomain']) await expect.soft(field(page, name)).not.toBeChecked();
  const stored = await storedInputs(page);
  const left = Object.entries(parseStored(stored)).filter(([, v]) => v !== '' && v !== false && v !== 'implicit');
  expect(left, `localStorage after reset: ${stored}`).toEqual([]);

  await page.reload();
  await expectSnippetStates(page, 'placeholder');
  expect(await readSnippets(page), 'snippets after reset and reload = as built').toEqual(before);
});

test('keyboard only: Tab reaches the panel fields in order and typing updates the snippets', async ({ page }) => {
  await page.goto(DOCKER);
  await expectSnippetStates(page, 'placeholder');

  const active = () =>
    page.evaluate((panelSel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return { kind: 'none' };
      const summary = el.matches('details[data-setup-details] > summary');
      const inPanel = !!el.closest(panelSel);
      return { kind: summary ? 'summary' : inPanel ? 'panel' : 'other', name: el.getAttribute('name'), tag: el.tagName };
    }, PANEL);

  // Tab from the top of the page to the closed panel's summary, open it with Enter.
  let found = false;
  for (let i = 0; i < 200 && !found; i++) {
    await page.keyboard.press('Tab');
    found = (await active()).kind === 'summary';
  }
  expect(found, 'Tab reaches the summary of details[data-setup-details]').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('details[data-setup-details]')).toHaveJSProperty('open', true);

  const typed: Record<string, string> = {
    omUrl: IMPLICIT_VALUES['omUrl'] as string,
    oktaDomain: IMPLICIT_VALUES['oktaDomain'] as string,
    authServer: IMPLICIT_VALUES['authServer'] as string,
    clientId: IMPLICIT_VALUES['clientId'] as string,
    principalDomain: IMPLICIT_VALUES['principalDomain'] as string,
    adminPrincipals: IMPLICIT_VALUES['adminPrincipals'] as string,
  };
  const order: string[] = [];
  let left = false;
  for (let i = 0; i < 120 && !left; i++) {
    await page.keyboard.press('Tab');
    const a = await active();
    if (a.kind !== 'panel') {
      left = order.length > 0;
      continue;
    }
    if (!a.name || order.at(-1) === a.name) continue;
    order.push(a.name);
    const value = typed[a.name];
    if (value !== undefined) {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value);
    }
  }
  const domOrder = await panel(page).evaluate((section) =>
    [...section.querySelectorAll<HTMLElement>('input[name], select[name], textarea[name]')]
      .filter((el) => el.checkVisibility() && !(el as HTMLInputElement).disabled && el.tabIndex >= 0)
      .map((el) => el.getAttribute('name')!),
  );
  test.info().annotations.push({ type: 'tab order', description: order.join(' > ') });
  expect(order, 'fields reached by Tab, in order').toEqual(domOrder);
  for (const name of Object.keys(typed)) expect(order, `Tab reaches ${name}`).toContain(name);

  await expectPanelHolds(page, typed);
  await expectSnippetsMatchCli(page, { ...typed, flow: 'implicit', inlineSecret: false, enforcePrincipalDomain: false });
});

test.describe('copy and download', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });

  const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

  test('the copy button copies exactly the shown file; download saves it under its file name', async ({ page }) => {
    await page.goto(DOCKER);
    await fillPanel(page, IMPLICIT_VALUES);
    // Focus leaves the panel before the buttons are used (see the next test for the direct path).
    await page.locator('h1').first().click();
    await expectSnippetsMatchCli(page, IMPLICIT_VALUES);
    const expected = await cliFiles(IMPLICIT_VALUES, 'docker', 'implicit');

    const figures = page.locator('.om-snippet[data-snippet-target="docker"][data-snippet-flow="implicit"] figure[data-target]');
    const count = await figures.count();
    expect(count, 'docker implicit files').toBe(expected.files.length);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const filename = (await figure.getAttribute('data-filename'))!;
      const want = expected.files.find((f) => f.filename === filename)!.text;
      const shown = await figure.locator('code').textContent();
      expect(shown, `${filename}: shown text`).toBe(want);

      await page.evaluate(() => navigator.clipboard.writeText('(clipboard before copy)'));
      await figure.locator('figcaption').getByRole('button', { name: /copy/i }).click();
      await expect.poll(() => clipboard(page), { message: `${filename}: clipboard after Copy` }).toBe(want);

      const download = figure.locator('[data-action="download"]');
      await expect(download, `${filename}: download control`).toHaveCount(1);
      await expect(download).toHaveAttribute('download', filename);
      const [event] = await Promise.all([page.waitForEvent('download'), download.click()]);
      expect(event.suggestedFilename(), `${filename}: downloaded file name`).toBe(filename);
      const path = await event.path();
      expect.soft(await readFile(path, 'utf8'), `${filename}: downloaded content`).toBe(want);
    }
  });

  test('Copy and Download work on the first click right after typing (focus still in the panel)', async ({ page }) => {
    await page.goto(DOCKER);
    await fillPanel(page, IMPLICIT_VALUES);
    await expect(field(page, 'adminPrincipals'), 'the last field typed keeps the focus').toBeFocused();
    const expected = await cliFiles(IMPLICIT_VALUES, 'docker', 'implicit');
    const figure = page.locator('.om-snippet[data-snippet-flow="implicit"] figure[data-target]').first();
    const filename = (await figure.getAttribute('data-filename'))!;
    const want = expected.files.find((f) => f.filename === filename)!.text;

    await page.evaluate(() => navigator.clipboard.writeText('(clipboard before copy)'));
    await figure.locator('figcaption').getByRole('button', { name: /copy/i }).click();
    let copied = '';
    await expect
      .poll(async () => (copied = await clipboard(page)), { message: `${filename}: clipboard after the first click on Copy` })
      .not.toBe('(clipboard before copy)')
      .catch(() => undefined);
    expect.soft(copied, `${filename}: clipboard after the first click on Copy, right after typing`).toBe(want);

    // Type a new client id, then click Download straight away.
    const changed = { ...IMPLICIT_VALUES, clientId: '0oaAcme1234567890abce' };
    await field(page, 'clientId').fill(changed['clientId'] as string);
    const wantChanged = (await cliFiles(changed, 'docker', 'implicit')).files.find((f) => f.filename === filename)!.text;
    const again = page.locator('.om-snippet[data-snippet-flow="implicit"] figure[data-target]').first();
    await expect(again.locator('code')).toHaveText(wantChanged, { useInnerText: false });
    const event = await Promise.all([
      page.waitForEvent('download'),
      again.locator('[data-action="download"]').click(),
    ]).then(([e]) => e, () => undefined);
    expect(event, `${filename}: a download starts on the first click on Download, right after typing`).toBeDefined();
    expect(event!.suggestedFilename()).toBe(filename);
    expect.soft(await readFile(await event!.path(), 'utf8'), `${filename}: downloaded content`).toBe(wantChanged);
  });
});

test('the panel is accessible: every field is labelled and described', async ({ page }) => {
  const { FIELDS, FIELD_NAMES: ALL_FIELDS, fieldAppliesTo } = await import('../../src/inputs/fields.ts');
  const { FIELD_HELP } = await import('../../src/inputs/help.ts');
  const { findRelease } = await import('../../src/releases/index.ts');
  // Fields a release does not use have no input.
  const release = findRelease(RELEASE);
  if (!release) throw new Error(`no release profile for ${RELEASE}`);
  const FIELD_NAMES = ALL_FIELDS.filter((name) => fieldAppliesTo(name, release));
  await page.goto(DOCKER);
  await openPanel(page);
  await fillPanel(page, { flow: 'authcode' }); // shows the secret fields too

  for (const name of FIELD_NAMES) {
    const input = field(page, name);
    await expect(input, `one input named ${name}`).toHaveCount(1);
    // The accessible name is the field's label, and the label points at the input.
    await expect.soft(panel(page).getByLabel(FIELDS[name].label, { exact: true }), `label of ${name}`).toHaveAttribute('name', name);
    const id = await input.getAttribute('id');
    const labelFor = id ? await panel(page).locator(`label[for="${id}"]`).count() : 0;
    const wrapped = await input.evaluate((el) => el.closest('label') !== null);
    expect.soft(labelFor > 0 || wrapped, `${name}: <label for=${id}> or a wrapping <label>`).toBe(true);
    // The help text is part of its description.
    await expect.soft(input, `${name}: aria-describedby holds the help text`).toHaveAccessibleDescription(new RegExp(escapeRegExp(FIELD_HELP[name].slice(0, 40))));
  }
});

// Its own test: each axe run takes seconds.
test('the panel is accessible: axe finds no violation, blank and with an error shown', async ({ page }) => {
  await page.goto(DOCKER);
  await openPanel(page);
  await fillPanel(page, { flow: 'authcode' }); // shows the secret fields too
  const scan = async (state: string) => {
    const found = (await runAxe(page, { include: PANEL, tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).map(formatFinding);
    expect.soft(found, `axe violations in the panel, ${state}`).toEqual([]);
  };
  await scan('blank (auth code)');
  await fillPanel(page, { ...AUTHCODE_VALUES, oktaDomain: 'https://acme-admin.okta.com/' });
  await expect(fieldBox(page, 'oktaDomain').locator('[data-rule-id]').first()).toBeVisible();
  await scan('with an error shown');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
