/**
 * axe-core runs for the accessibility suite: the whole page, axe's default rule set (WCAG 2.x A/AA
 * and best practices), and a readable list of what it found.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

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

export async function runAxe(page: Page): Promise<Finding[]> {
  await settle(page);
  let builder = new AxeBuilder({ page });
  if (EXCLUDED_RULES.length > 0) builder = builder.disableRules([...EXCLUDED_RULES]);
  const results = await builder.analyze();
  return results.violations.map((v) => ({
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
