/**
 * Helpers for the live guide's browser tests: the setup panel (fill, read, open), the snippets it
 * drives and what the CLI prints for the same values. Locators follow the panel's DOM contract:
 * `section[data-setup-panel][data-release]`, inputs named after src/inputs/fields.ts, snippets as
 * `.om-snippet[data-snippet-target][data-snippet-flow][data-state]` holding
 * `figure[data-target][data-release][data-flow][data-filename]` with one <code> each.
 *
 * src/ is imported lazily (inside the helpers, not at the top) so that a broken src/ fails the
 * tests with its error instead of stopping every browser test from being collected.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const RELEASE = '1.12';
export const RELEASE_DIR = `/v${RELEASE}`;
export const PANEL = `section[data-setup-panel][data-release="${RELEASE}"]`;

/** The deployment pages whose snippets the live tests compare with the CLI. */
export const SNIPPET_PAGES = [
  `${RELEASE_DIR}/deployment/docker/`,
  `${RELEASE_DIR}/deployment/bare-metal/`,
  `${RELEASE_DIR}/deployment/kubernetes/`,
  `${RELEASE_DIR}/ingestion/`,
] as const;

/** What the form holds, keyed by field name; text as typed, checkboxes as booleans. */
export type Values = Record<string, string | boolean>;

export const IMPLICIT_VALUES: Values = {
  omUrl: 'https://om.acme.example',
  flow: 'implicit',
  oktaDomain: 'acme.okta.com',
  authServer: 'default',
  clientId: '0oaAcme1234567890abcd',
  principalDomain: 'acme.example',
  adminPrincipals: 'jane.doe, ops',
  enforcePrincipalDomain: false,
  inlineSecret: false,
};

export const SECRET = 'S3cr3t-canary-value';

export const AUTHCODE_VALUES: Values = {
  ...IMPLICIT_VALUES,
  flow: 'authcode',
  authServer: 'aus1a2b3c4d5e6f7g8h9',
  clientSecret: SECRET,
  inlineSecret: false,
};

/** Fields that are text boxes (input or textarea), in the order the helpers fill them. */
const TEXT_FIELDS = ['omUrl', 'oktaDomain', 'authServer', 'clientId', 'clientSecret', 'principalDomain', 'adminPrincipals'];
const BOOLEAN_FIELDS = ['inlineSecret', 'enforcePrincipalDomain'];

export const panel = (page: Page): Locator => page.locator(PANEL);
export const field = (page: Page, name: string): Locator => panel(page).locator(`[name="${name}"]`);
export const fieldBox = (page: Page, name: string): Locator => panel(page).locator(`.om-field[data-field="${name}"]`);

/** Opens the panel where it sits in a closed `<details data-setup-details>` (every page but the overview). */
export async function openPanel(page: Page): Promise<void> {
  await expect(panel(page), `setup panel ${PANEL} on ${page.url()}`).toHaveCount(1);
  // The live engine loads after the page and restores saved or shared values as it starts; what
  // the panel holds before then is the build's empty form.
  await expect(panel(page), `live engine started on ${page.url()}`).toHaveAttribute('data-live', 'ready');
  const details = page.locator('details[data-setup-details]').filter({ has: page.locator(PANEL) });
  if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator(':scope > summary').click();
    await expect(details).toHaveJSProperty('open', true);
  }
  await expect(field(page, 'oktaDomain')).toBeVisible();
}

/**
 * Types the values into the panel: flow first (it may show or hide the secret fields), then the
 * text fields, then the checkboxes. Fields missing from `values` are left alone.
 */
export async function fillPanel(page: Page, values: Values): Promise<void> {
  await openPanel(page);
  if (typeof values['flow'] === 'string') await field(page, 'flow').selectOption(values['flow']);
  for (const name of TEXT_FIELDS) {
    const value = values[name];
    if (typeof value !== 'string') continue;
    await field(page, name).fill(value);
  }
  for (const name of BOOLEAN_FIELDS) {
    const value = values[name];
    if (typeof value !== 'boolean') continue;
    await field(page, name).setChecked(value);
  }
}

/** The panel's current values, read from the DOM. */
export async function readPanel(page: Page): Promise<Values> {
  return panel(page).evaluate((section) => {
    const out: Record<string, string | boolean> = {};
    for (const el of section.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[name], select[name], textarea[name]')) {
      if (el instanceof HTMLInputElement && el.type === 'checkbox') out[el.name] = el.checked;
      else out[el.name] = el.value;
    }
    return out;
  });
}

export interface FileInfo {
  target: string | null;
  release: string | null;
  flow: string | null;
  filename: string | null;
  codeCount: number;
  text: string | null;
  /** Hidden by the snippet container itself (`hidden` or display:none between it and the figure). */
  hiddenInContainer: boolean;
}

export interface SnippetInfo {
  target: string | null;
  flow: string | null;
  state: string | null;
  invalidMessage: string | null;
  files: FileInfo[];
}

/**
 * Opens each flow's tab in turn, as a reader clicks them, then the one that was open again, and
 * every snippet shown on request: the
 * snippets of a flow whose tab is closed render when it opens (components/live/values.ts).
 */
export async function openEveryFlow(page: Page): Promise<void> {
  await page.evaluate(() => {
    // Snippets shown on request (the Okta side as Terraform) load their renderer once opened.
    for (const reveal of document.querySelectorAll<HTMLDetailsElement>('details[data-snippet-reveal]')) reveal.open = true;
    for (const list of document.querySelectorAll('om-flow-tabs [role="tablist"]')) {
      const tabs = [...list.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
      const open = tabs.find((tab) => tab.getAttribute('aria-selected') === 'true');
      for (const tab of tabs) tab.click();
      open?.click();
    }
  });
}

/** Every snippet container on the page with its files, read in one go (every flow's tab opened first). */
export async function readSnippets(page: Page): Promise<SnippetInfo[]> {
  await openEveryFlow(page);
  return page.locator('.om-snippet').evaluateAll((containers) =>
    containers.map((c) => {
      const invalid = c.querySelector('[data-snippet-invalid]');
      return {
        target: c.getAttribute('data-snippet-target'),
        flow: c.getAttribute('data-snippet-flow'),
        state: c.getAttribute('data-state'),
        invalidMessage: invalid ? (invalid.textContent ?? '').trim() : null,
        files: [...c.querySelectorAll('figure[data-target]')].map((f) => {
          const codes = f.querySelectorAll('code');
          let hiddenInContainer = false;
          for (let n: Element | null = f; n && n !== c; n = n.parentElement) {
            if ((n as HTMLElement).hidden || getComputedStyle(n).display === 'none') hiddenInContainer = true;
          }
          return {
            hiddenInContainer,
            target: f.getAttribute('data-target'),
            release: f.getAttribute('data-release'),
            flow: f.getAttribute('data-flow'),
            filename: f.getAttribute('data-filename'),
            codeCount: codes.length,
            text: codes[0]?.textContent ?? null,
          };
        }),
      };
    }),
  );
}

/** Waits until every snippet container on the page is in `state`. */
export async function expectSnippetStates(page: Page, state: 'placeholder' | 'live' | 'invalid'): Promise<void> {
  const containers = page.locator('.om-snippet');
  expect(await containers.count(), `snippet containers on ${page.url()}`).toBeGreaterThan(0);
  await expect
    .poll(async () => (await readSnippets(page)).map((s) => `${s.target}/${s.flow}: ${s.state}`), {
      message: `every .om-snippet on ${page.url()} has data-state="${state}"`,
    })
    .toEqual((await readSnippets(page)).map((s) => `${s.target}/${s.flow}: ${state}`));
}

export interface ExpectedFile {
  filename: string;
  text: string;
}

/** What `om-okta render` prints for the form's values, as the page must render one snippet. */
export async function cliFiles(values: Values, target: string, flow: string): Promise<{ files: ExpectedFile[]; errors: string[] }> {
  const { renderTarget } = await import('../../../src/render/index.ts');
  const { findRelease } = await import('../../../src/releases/index.ts');
  const { toRawInputs, snippetInputs } = await import('../../../src/live/form.ts');
  const release = findRelease(RELEASE);
  if (!release) throw new Error(`release ${RELEASE} is unknown to src/releases`);
  const result = renderTarget({
    release,
    target: target as Parameters<typeof renderTarget>[0]['target'],
    inputs: snippetInputs(toRawInputs(values as never), flow as 'implicit' | 'authcode'),
  });
  return {
    files: result.files.map(({ filename, text }) => ({ filename, text })),
    errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.id}: ${d.message}`),
  };
}

/**
 * Every snippet on the page is live and each of its files is exactly what the CLI prints for
 * `values` (with the snippet's own flow). Soft: one run reports every differing file.
 */
export async function expectSnippetsMatchCli(page: Page, values: Values): Promise<string[]> {
  await expectSnippetStates(page, 'live');
  const snippets = await readSnippets(page);
  const compared: string[] = [];
  for (const s of snippets) {
    const label = `${page.url()} snippet ${s.target}/${s.flow}`;
    const expected = await cliFiles(values, s.target ?? '', s.flow ?? '');
    expect(expected.errors, `${label}: the CLI reports errors for the test's inputs`).toEqual([]);
    expect.soft(s.files.map((f) => f.filename), `${label}: file names`).toEqual(expected.files.map((f) => f.filename));
    for (const file of s.files) {
      const fl = `${label} ${file.filename}`;
      expect.soft(file.codeCount, `${fl}: number of <code>`).toBe(1);
      expect.soft(file.release, `${fl}: data-release`).toBe(RELEASE);
      expect.soft(file.target, `${fl}: data-target`).toBe(s.target);
      expect.soft(file.flow, `${fl}: data-flow`).toBe(s.flow);
      const want = expected.files.find((f) => f.filename === file.filename);
      if (!want) continue;
      expect.soft(file.text, `${fl}: text differs from om-okta render --release ${RELEASE} --target ${s.target} (flow ${s.flow})`).toBe(want.text);
      compared.push(`${s.target}/${s.flow}/${file.filename}`);
    }
  }
  return compared;
}

/** The stored form state (localStorage, `om-okta:inputs:<release>`), raw. */
export async function storedInputs(page: Page): Promise<string | null> {
  const { storageKey } = await import('../../../src/live/form.ts');
  return page.evaluate((key) => window.localStorage.getItem(key), storageKey(RELEASE));
}

/** Pages of the release, as listed from dist/. */
export async function releasePages(): Promise<string[]> {
  const { sitePages, pageRelease } = await import('../site.ts');
  return sitePages().filter((p) => pageRelease(p) === RELEASE);
}

/** Derived values (issuer, discovery URL, ...) the CLI computes for the form's values. */
export async function cliDerived(values: Values): Promise<Record<string, string | string[]>> {
  const { derive, readInputs } = await import('../../../src/inputs/index.ts');
  const { findRelease } = await import('../../../src/releases/index.ts');
  const { toRawInputs, snippetInputs } = await import('../../../src/live/form.ts');
  const flow = (values['flow'] as 'implicit' | 'authcode' | undefined) ?? 'implicit';
  const inputs = readInputs(snippetInputs(toRawInputs(values as never), flow));
  return derive(inputs, findRelease(RELEASE)!) as unknown as Record<string, string | string[]>;
}

/** The shown text of a derived value: an input's value, or an element's text. */
export async function shownValue(locator: Locator): Promise<string> {
  return locator.evaluate((el) =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : (el.textContent ?? ''),
  );
}

/** The values minus the secret: what a page holds after a navigation or reload. */
export function withoutSecret(values: Values): Values {
  const { clientSecret: _secret, ...rest } = values;
  return rest;
}
