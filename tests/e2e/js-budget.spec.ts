/**
 * The JavaScript an interactive page loads stays within the budget (40 KB gzipped, Starlight's own
 * included), measured in the browser with the reader's values saved, so the live engine and the
 * renderers of the page's release are loaded and counted (scripts/measure-page-js.ts). The
 * static check (`npm run test:size`) covers what loads before any of that.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DEFAULT_BUDGET_BYTES, kb } from '../../scripts/measure-js.ts';
import { measureLoadedJs, saveValuesBeforeEachPage, type LoadedJs } from '../../scripts/measure-page-js.ts';
import { pageRelease, sitePages } from './site.ts';

const VALUES = JSON.parse(readFileSync(new URL('../fixtures/inputs/example-implicit.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const pages = sitePages();
const groups = new Map<string, string[]>();
for (const path of pages) {
  const group = pageRelease(path) ?? 'outside any release';
  groups.set(group, [...(groups.get(group) ?? []), path]);
}

for (const [group, paths] of groups) {
  test(`${group}: every page loads at most ${DEFAULT_BUDGET_BYTES / 1024} KB of JavaScript (gzipped) with the live engine`, async ({ page }) => {
    await saveValuesBeforeEachPage(page, VALUES);
    const measured: LoadedJs[] = [];
    for (const path of paths) {
      const result = await measureLoadedJs(page, path);
      measured.push(result);
      expect
        .soft(result.gzip, `${path}: ${kb(result.gzip)} KB gz\n${result.files.map((f) => `  ${kb(f.gzip)} ${f.url}`).join('\n')}`)
        .toBeLessThanOrEqual(DEFAULT_BUDGET_BYTES);
    }
    const heaviest = measured.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    const live = measured.filter((m) => m.live).length;
    console.log(`[js-budget] ${group}: ${measured.length} pages (${live} with the live engine), heaviest ${heaviest.page} ${kb(heaviest.gzip)} KB gz`);
    if (group !== 'outside any release') expect(live, `${group}: pages with the live engine`).toBe(paths.length);
  });
}
