/**
 * Release-generic helpers for the browser tests (support/live.ts is fixed to the newest release):
 * a release's pages as built in dist/, its setup panel, and fixture inputs (tests/fixtures/inputs,
 * JSON) turned into what the form holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { DIST, pageRelease, sitePages } from '../site.ts';

/** The setup panel of a release (inline on its overview, in a closed <details> elsewhere). */
export const panelSelector = (releaseId: string): string => `section[data-setup-panel][data-release="${releaseId}"]`;

export const releasePanel = (page: Page, releaseId: string): Locator => page.locator(panelSelector(releaseId));

/** The built HTML of a page of dist/. */
export function builtHtml(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

/** Pages of a release, from dist/, sorted. */
export function pagesOfRelease(releaseId: string): string[] {
  return sitePages().filter((p) => pageRelease(p) === releaseId);
}

/** Pages of a release whose built HTML shows live snippets (`data-snippet-target`). */
export function snippetPagesOfRelease(releaseId: string): string[] {
  return pagesOfRelease(releaseId).filter((p) => builtHtml(p).includes('data-snippet-target'));
}

/** Opens the release's panel where it sits in a closed `<details data-setup-details>`. */
export async function openReleasePanel(page: Page, releaseId: string): Promise<Locator> {
  const panel = releasePanel(page, releaseId);
  await expect(panel, `setup panel ${panelSelector(releaseId)} on ${page.url()}`).toHaveCount(1);
  const details = page.locator('details[data-setup-details]').filter({ has: panel });
  if ((await details.count()) > 0 && !(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator(':scope > summary').click();
    await expect(details).toHaveJSProperty('open', true);
  }
  await expect(panel.locator('[name="oktaDomain"]')).toBeVisible();
  return panel;
}

/** What the form holds, keyed by field name (src/live/form.ts FormValues). */
export type FormValues = Record<string, string | boolean>;

/**
 * A JSON inputs fixture as the form holds it: text as is, lists comma-separated (the form's list
 * field splits on commas and new lines), booleans as checkboxes. Throws on a value the form cannot
 * hold, or on a field the release's panel does not have (the golden would then not be reachable
 * from the browser).
 */
export async function fixtureToForm(fixture: unknown, releaseId: string): Promise<FormValues> {
  const { FIELD_NAMES, FIELDS, fieldAppliesTo } = await import('../../../src/inputs/fields.ts');
  const { findRelease } = await import('../../../src/releases/index.ts');
  const release = findRelease(releaseId);
  if (!release) throw new Error(`release ${releaseId} is unknown to src/releases`);
  if (typeof fixture !== 'object' || fixture === null || Array.isArray(fixture)) throw new Error('inputs fixture is not a JSON object');
  const out: FormValues = {};
  for (const [name, value] of Object.entries(fixture)) {
    if (!(FIELD_NAMES as readonly string[]).includes(name)) throw new Error(`fixture field ${name} is not a form field (src/inputs/fields.ts)`);
    const field = name as (typeof FIELD_NAMES)[number];
    if (!fieldAppliesTo(field, release)) throw new Error(`fixture field ${name} has no input in the ${releaseId} setup panel`);
    if (FIELDS[field].kind === 'boolean') {
      if (typeof value !== 'boolean') throw new Error(`fixture field ${name}: expected a boolean, got ${JSON.stringify(value)}`);
      out[name] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      out[name] = value.join(', ');
    } else if (typeof value === 'string') {
      out[name] = value;
    } else {
      throw new Error(`fixture field ${name}: the form cannot hold ${JSON.stringify(value)}`);
    }
  }
  return out;
}

/** The panel's current values, read from the DOM (checkboxes as booleans). */
export async function readReleasePanel(page: Page, releaseId: string): Promise<FormValues> {
  return releasePanel(page, releaseId).evaluate((section) => {
    const out: Record<string, string | boolean> = {};
    for (const el of section.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input[name], select[name], textarea[name]')) {
      if (el instanceof HTMLInputElement && el.type === 'checkbox') out[el.name] = el.checked;
      else out[el.name] = el.value;
    }
    return out;
  });
}
