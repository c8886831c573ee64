/**
 * What JavaScript a page really loads in the browser, gzipped: the static measure
 * (./measure-js.ts) sees every `import()` as "lazy", but the live engine is imported by the page
 * itself as soon as the reader has values, and it picks its renderers at run time. So this one
 * opens the page in Chromium with the reader's values saved, waits until the engine has started
 * (`[data-setup-panel][data-live="ready"]`), and counts every script response (gzipped with zlib
 * level 9, each URL once) plus the page's inline scripts (gzipped together, as in ./measure-js.ts).
 * What only a click loads (search, a runbook check, key generation, the linter) is not counted:
 * nothing here clicks. Chromium only (the HTTP cache is turned off through the DevTools protocol).
 *
 * Used by the browser suite (tests/e2e/js-budget.spec.ts: every page within the budget) and by
 * `npm run bench` (the report).
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { JS_TYPES, type JsFile } from './measure-js.ts';
import { LAST_RELEASE_KEY, serializeForStorage, storageKey, type FormValues } from '../src/live/form.ts';
import { latestRelease } from '../src/releases/index.ts';

export interface LoadedJs {
  /** The page's URL path. */
  page: string;
  /** Script files fetched, largest (gzipped) first; inline scripts as one `(inline)` entry. */
  files: JsFile[];
  /** Sum of `files`, gzipped. */
  gzip: number;
  /** Whether the page has a setup panel (and so a live engine that was waited for). */
  live: boolean;
}

/**
 * Saves `values` (an inputs file's JSON) as the reader's values of the newest release before every
 * page of `target` loads; every release starts from them (src/live/form.ts), so every release page
 * loads its live engine at once.
 */
export async function saveValuesBeforeEachPage(target: BrowserContext | Page, values: Record<string, unknown>): Promise<void> {
  const form: FormValues = {};
  for (const [name, value] of Object.entries(values)) {
    (form as Record<string, unknown>)[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  await target.addInitScript(
    ({ key, last, value, release }) => {
      localStorage.setItem(key, value);
      localStorage.setItem(last, release);
    },
    { key: storageKey(latestRelease.id), last: LAST_RELEASE_KEY, value: serializeForStorage(form), release: latestRelease.id },
  );
}

const gzipSize = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/**
 * Loads `path` on `page` (whose origin is the site's) and measures its JavaScript. The reader's
 * values must already be in the page's storage for the engine to load at once; without them the
 * engine would load on idle, and the wait for it still counts it.
 */
export async function measureLoadedJs(page: Page, path: string, timeoutMs = 15_000): Promise<LoadedJs> {
  const seen = new Map<string, Promise<JsFile | undefined>>();
  const onResponse = (response: import('@playwright/test').Response) => {
    if (response.request().resourceType() !== 'script' || seen.has(response.url())) return;
    const url = new URL(response.url()).pathname;
    seen.set(
      response.url(),
      response.body().then(
        (body) => ({ url, bytes: body.length, gzip: gzipSize(body) }),
        () => undefined, // a response whose body is gone (navigation) was not run by this page
      ),
    );
  };
  // Every script must be fetched again: a cached one would not be seen, nor counted.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  page.on('response', onResponse);
  try {
    await page.goto(path, { waitUntil: 'load' });
    const live = (await page.locator('[data-setup-panel]').count()) > 0;
    if (live) await page.locator('[data-setup-panel][data-live="ready"]').waitFor({ state: 'attached', timeout: timeoutMs });
    await page.waitForLoadState('networkidle');
    const inline = await page.evaluate(
      (types) =>
        [...document.querySelectorAll('script:not([src])')]
          .filter((s) => types.includes((s.getAttribute('type') ?? '').trim().toLowerCase()) && (s.textContent ?? '').trim() !== '')
          .map((s) => s.textContent ?? ''),
      [...JS_TYPES],
    );
    const files = (await Promise.all(seen.values())).filter((f): f is JsFile => f !== undefined);
    if (inline.length > 0) {
      const text = inline.join('\n');
      files.push({ url: '(inline)', bytes: Buffer.byteLength(text), gzip: gzipSize(text) });
    }
    files.sort((a, b) => b.gzip - a.gzip);
    return { page: path, files, gzip: files.reduce((sum, f) => sum + f.gzip, 0), live };
  } finally {
    page.off('response', onResponse);
    await cdp.detach();
  }
}
