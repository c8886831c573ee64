/**
 * axe-core runs for the accessibility suite: the whole page, axe's default rule set (WCAG 2.x A/AA
 * and best practices), and a readable list of what it found.
 *
 * axe runs in the page itself (its script injected once per page load, then `axe.run`), the way
 * its own docs show, rather than through @axe-core/playwright: that wrapper runs axe in every frame
 * and then opens a second page to merge the frames' results, injecting axe there too, which cost
 * about as much as the scan itself (6.5 s instead of 3.7 s on a troubleshooting page). The guide's
 * pages have no frames; `runAxe` fails on a page that has one, so that the shortcut never hides one.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { releases } from '../../../src/releases/index.ts';
import { sitePages } from '../site.ts';
import { createTally } from './tally.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
export const BLOCKING: readonly Impact[] = ['serious', 'critical'];

/**
 * Rules excluded from every run, each with the documented Starlight-internal false positive that
 * justifies it. Empty: nothing has needed excluding. Add an entry only with a comment naming the
 * Starlight issue, never to make our own markup pass.
 */
export const EXCLUDED_RULES: readonly string[] = [];

export interface Finding {
  id: string;
  impact: Impact | null;
  help: string;
  helpUrl: string;
  /** Every target selector (axe's `target`, frames joined with ` >>> `). */
  targets: string[];
  /** The HTML of the first few nodes, for reports. */
  html: string[];
}

/**
 * Waits until the page is as a reader would find it: scripts loaded on idle have run (the live
 * engine is imported when the page is idle and then redraws the panel and snippets; axe must not
 * race that), web fonts loaded (widths, hence overflow, depend on them) and Expressive Code's
 * script done. That script (Starlight's code blocks) gives
 * an overflowing `<pre>` `tabindex="0"` and `role="region"` from a ResizeObserver, 250 ms plus an
 * idle callback after layout; axe run earlier reports those blocks as not focusable. If they never
 * settle, axe reports them.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll<HTMLElement>('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

export interface AxeScope {
  /** A CSS selector: only that part of the page (default: the whole document). */
  include?: string;
  /** Only rules with these tags (default: axe's default rule set). */
  tags?: string[];
}

export async function runAxe(page: Page, scope: AxeScope = {}): Promise<Finding[]> {
  await settle(page);
  const frames = page.frames().length - 1;
  if (frames > 0) throw new Error(`${page.url()} has ${frames} frame(s): runAxe checks the top document only; run axe in each frame too.`);
  // Only the violations are read: axe then keeps no node lists for the rules that pass or do not
  // apply (every rule still runs on every element; the report is what shrinks).
  const options: RunOptions = { resultTypes: ['violations'] };
  if (scope.tags) options.runOnly = { type: 'tag', values: scope.tags };
  if (EXCLUDED_RULES.length > 0) options.rules = Object.fromEntries(EXCLUDED_RULES.map((id) => [id, { enabled: false }]));
  const results = await page.evaluate(
    async ({ source, options, include }) => {
      const w = window as unknown as { axe?: { run(context: unknown, options: object): Promise<unknown> } };
      // Once per page load: a second run on the same page (the other theme) reuses it.
      if (!w.axe) (0, eval)(source);
      return JSON.stringify(await w.axe!.run(include ? { include: [include] } : document, options));
    },
    { source: AXE_SOURCE, options, include: scope.include },
  );
  const { violations } = JSON.parse(results) as AxeResults;
  return violations.map((v) => ({
    id: v.id,
    impact: (v.impact ?? null) as Impact | null,
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' >>> ')),
    html: v.nodes.slice(0, 3).map((n) => n.html.replace(/\s+/g, ' ').slice(0, 200)),
  }));
}

/** One line per violation: id, impact, help, the first 3 target selectors (and how many more). */
export function formatFinding(f: Finding): string {
  const shown = f.targets.slice(0, 3).map((t) => `\`${t}\``).join(', ');
  const more = f.targets.length > 3 ? ` (+${f.targets.length - 3} more)` : '';
  return `${f.id} [${f.impact ?? 'no impact'}] ${f.help} -> ${shown}${more}`;
}

export const isBlocking = (f: Finding): boolean => f.impact !== null && BLOCKING.includes(f.impact);

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * The axe runs of a whole `playwright test` run, printed at the end: every page in both themes
 * (pages.spec.ts) and, per release, two pages in a state a reader brings them to (a11y.spec.ts).
 * One tally for both files: a worker runs tests of either.
 */
export const axeTally = createTally('a11y', 'axe runs', sitePages().length * THEMES.length + releases.length * 2);

/** Runs axe, counts the run, fails on serious/critical violations, notes the rest in the test's annotations. */
export async function expectNoBlockingViolations(page: Page, where: string): Promise<void> {
  const findings = await runAxe(page);
  axeTally.add(1);
  const lesser = findings.filter((f) => !isBlocking(f));
  if (lesser.length > 0) {
    test.info().annotations.push({ type: 'axe (minor/moderate)', description: lesser.map(formatFinding).join('\n') });
  }
  const blocking = findings.filter(isBlocking);
  expect(
    blocking.map(formatFinding),
    `${where}: axe violations of impact serious or critical\n${blocking.map((f) => `${f.id}: ${f.helpUrl}\n  html: ${f.html.join('\n        ')}`).join('\n')}\n`,
  ).toEqual([]);
}

/**
 * The theme before the first paint, as Starlight's ThemeProvider reads it: localStorage
 * `starlight-theme`, written by an init script before each page of `page` loads.
 */
export async function themeBeforeLoad(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => {
    try {
      window.localStorage.setItem('starlight-theme', value);
    } catch {
      // about:blank has no storage.
    }
  }, theme);
}

/** Switches a loaded page to `theme` as Starlight's theme picker does: `<html data-theme>`, which every theme style follows, and the stored choice. */
export async function switchTheme(page: Page, theme: Theme): Promise<void> {
  await page.evaluate((value) => {
    window.localStorage.setItem('starlight-theme', value);
    document.documentElement.dataset['theme'] = value;
  }, theme);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
