/**
 * Golden sync: for every release, every fixture input set of that release (tests/fixtures/cases.ts)
 * and every page of the release that shows live snippets (found in dist/), the values are put in the
 * setup panel and each snippet file the browser shows for the fixture's flow must equal, byte for
 * byte, the golden file tests/fixtures/golden/<release>/<target>/<case>/<data-filename>; and every
 * golden file of the release and case must be shown on some page. tests/unit/targets.test.ts proves
 * golden == `om-okta render`, so this makes browser == golden == CLI.
 *
 * Values are loaded the way a returning reader's are: stored in localStorage under
 * storageKey(release) (written by an init script before every page load). The client secret is
 * never stored by design, so it is typed into the panel on each page.
 *
 * Flow: a page that shows a target in both flows (one tab each) is compared on the fixture's flow
 * (`figure[data-flow="<flow>"]`). A target shown in one flow only (the ingestion workflow: it does
 * not depend on the flow, so the page has a single snippet) is what a reader of either flow sees, and
 * is compared with the fixture's golden as is; the test says so in an annotation. The Okta side
 * (Terraform) is shown on each flow's own page, in that flow only: it is compared on the page of
 * the fixture's flow.
 *
 * One browser page per (release, case), visiting the release's snippet pages in turn.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test as base, type Page } from '@playwright/test';
import { casesFor, FIXTURES_DIR, goldenDir, loadInputs, type InputCase } from '../fixtures/cases.ts';
import { releases } from '../../src/releases/index.ts';
import { fixtureToForm, openReleasePanel, readReleasePanel, snippetPagesOfRelease } from './support/releases.ts';
import { createTally } from './support/tally.ts';
import { shortDiff } from './support/text-diff.ts';

const HINT = 'run `npm run goldens` if the renderer change is intended';

const runs = releases.flatMap((release) => casesFor(release.id).map((name) => ({ release, name })));
const tally = createTally('golden-sync', 'snippet files compared with their goldens', runs.length);
const test = base.extend<object, { tallyReport: void }>({ tallyReport: tally.fixture });

test.describe.configure({ mode: 'parallel' });

/** The golden files of a release and case, keyed `<target>/<filename>`. */
function goldensOf(releaseId: string, name: InputCase): Map<string, { path: string; bytes: Buffer }> {
  const out = new Map<string, { path: string; bytes: Buffer }>();
  const releaseDir = join(FIXTURES_DIR, 'golden', releaseId);
  for (const target of existsSync(releaseDir) ? readdirSync(releaseDir) : []) {
    const dir = goldenDir(releaseId, target, name);
    if (!existsSync(dir)) continue;
    for (const filename of readdirSync(dir)) {
      const path = join(dir, filename);
      out.set(`${target}/${filename}`, { path, bytes: readFileSync(path) });
    }
  }
  return out;
}

interface Shown {
  containers: { target: string; flow: string; state: string; invalid: string | null }[];
  figures: { target: string; flow: string; filename: string; codeCount: number; text: string | null; state: string | null }[];
}

async function readShown(page: Page): Promise<Shown> {
  return page.evaluate(() => ({
    containers: [...document.querySelectorAll<HTMLElement>('.om-snippet')].map((c) => ({
      target: c.dataset['snippetTarget'] ?? '',
      flow: c.dataset['snippetFlow'] ?? '',
      state: c.dataset['state'] ?? '',
      invalid: c.querySelector('[data-snippet-invalid]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
    })),
    figures: [...document.querySelectorAll<HTMLElement>('figure[data-target]')].map((f) => {
      const codes = f.querySelectorAll('code');
      return {
        target: f.dataset['target'] ?? '',
        flow: f.dataset['flow'] ?? '',
        filename: f.dataset['filename'] ?? '',
        codeCount: codes.length,
        text: codes[0]?.textContent ?? null,
        state: f.closest<HTMLElement>('.om-snippet')?.dataset['state'] ?? null,
      };
    }),
  }));
}

/** Targets whose files do not depend on the flow: one snippet stands for both. */
const FLOW_INDEPENDENT = new Set(['ingestion']);

/** The flow whose snippets stand for `flow` on this page, per target (see the header comment). */
function flowsToCompare(shown: Shown, flow: string): Map<string, string> {
  const flowsByTarget = new Map<string, Set<string>>();
  for (const item of [...shown.containers, ...shown.figures]) {
    if (!flowsByTarget.has(item.target)) flowsByTarget.set(item.target, new Set());
    flowsByTarget.get(item.target)!.add(item.flow);
  }
  const chosen = new Map<string, string>();
  for (const [target, flows] of flowsByTarget) {
    // A flow page shows the Okta side (Terraform) of its own flow only: another flow's file is not
    // this fixture's, and the fixture's own flow page shows it.
    const independent = FLOW_INDEPENDENT.has(target);
    chosen.set(target, flows.has(flow) || flows.size !== 1 || !independent ? flow : [...flows][0]!);
  }
  return chosen;
}

// Titles are fixed: what they would count (pages, goldens) is read when the test runs.
for (const { release, name } of runs) {
  test(`${release.id} ${name}: every snippet shown equals its golden, every golden is shown`, async ({ page }) => {
    const goldens = goldensOf(release.id, name);
    const pages = snippetPagesOfRelease(release.id);
    expect(pages.length, `pages of ${release.id} with data-snippet-target in dist/`).toBeGreaterThan(0);
    expect(goldens.size, `golden files of ${release.id} ${name}: ${HINT}`).toBeGreaterThan(0);
    const { serializeForStorage, storageKey } = await import('../../src/live/form.ts');

    const values = await fixtureToForm(loadInputs(name), release.id);
    const flow = typeof values['flow'] === 'string' ? values['flow'] : 'implicit';
    const secret = typeof values['clientSecret'] === 'string' ? values['clientSecret'] : undefined;
    const { clientSecret: _secret, ...stored } = values;
    await page.addInitScript(
      ({ key, value }) => {
        try {
          window.localStorage.setItem(key, value);
        } catch {
          // about:blank and other opaque origins have no storage.
        }
      },
      { key: storageKey(release.id), value: serializeForStorage(stored) },
    );
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));

    const shownKeys = new Map<string, string[]>();
    let compared = 0;
    for (const path of pages) {
      const where = `release ${release.id}, case ${name}, page ${path}`;
      // Images and fonts need not be waited for; the live client may load after DOMContentLoaded
      // (the panel imports it on demand), so the next step waits for it to fill the form.
      const response = await page.goto(path, { waitUntil: 'domcontentloaded' });
      expect(response?.status(), `HTTP status of ${path}`).toBe(200);

      // The stored values reached the form (else every comparison below would be meaningless).
      await expect
        .poll(
          async () => {
            const held = await readReleasePanel(page, release.id);
            return Object.fromEntries(Object.keys(stored).map((field) => [field, held[field]]));
          },
          { message: `${where}: the setup panel holds the fixture's values, loaded from localStorage ${storageKey(release.id)}` },
        )
        .toEqual(stored);
      if (secret !== undefined) {
        const panel = await openReleasePanel(page, release.id);
        await panel.locator('[name="clientSecret"]').fill(secret);
      }

      // Snippets shown on request (the Okta side as Terraform) render once opened, as a reader opens them.
      await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('details[data-snippet-reveal]').forEach((reveal) => (reveal.open = true)));
      // Wait until every snippet compared on this page is live (rendered from the values).
      let shown = await readShown(page);
      const chosen = flowsToCompare(shown, flow);
      const compareOn = (target: string, f: string) => chosen.get(target) === f;
      await expect
        .poll(
          async () => {
            shown = await readShown(page);
            return shown.containers.filter((c) => compareOn(c.target, c.flow)).map((c) => `${c.target}/${c.flow}: ${c.state}${c.invalid ? ` (${c.invalid})` : ''}`);
          },
          { message: `${where}: snippets of flow ${flow} are live` },
        )
        .toEqual(shown.containers.filter((c) => compareOn(c.target, c.flow)).map((c) => `${c.target}/${c.flow}: live`));

      for (const [target, used] of chosen) {
        if (used !== flow) {
          test.info().annotations.push({
            type: 'single-flow snippet',
            description: `${path}: ${target} is shown for flow ${used} only; compared with the ${flow} golden`,
          });
        }
      }
      const figures = shown.figures.filter((f) => compareOn(f.target, f.flow));
      for (const f of figures) {
        const key = `${f.target}/${f.filename}`;
        const label = `${where}, file ${f.target}/${f.filename} (flow ${f.flow})`;
        expect.soft(f.codeCount, `${label}: number of <code> elements`).toBe(1);
        const golden = goldens.get(key);
        if (!golden) {
          expect.soft(golden, `${label}: shown in the browser but there is no golden ${goldenDir(release.id, f.target, name)}/${f.filename}; ${HINT}`).toBeDefined();
          continue;
        }
        shownKeys.set(key, [...(shownKeys.get(key) ?? []), path]);
        compared++;
        const text = f.text ?? '';
        const same = Buffer.from(text, 'utf8').equals(golden.bytes);
        if (!same) {
          const diff = shortDiff(golden.bytes.toString('utf8'), text, {
            expectedLabel: `golden ${relative(process.cwd(), golden.path)}`,
            actualLabel: `browser ${path} ${f.filename}`,
          });
          expect.soft(same, `${label} differs from its golden: ${HINT}\n${diff}\n`).toBe(true);
        }
      }
    }

    const missing = [...goldens.keys()].filter((key) => !shownKeys.has(key));
    expect
      .soft(missing, `release ${release.id}, case ${name}: golden files (flow ${flow}) not shown on any page of the release (visited: ${pages.join(', ')})`)
      .toEqual([]);
    expect.soft(errors, 'uncaught exceptions in the pages').toEqual([]);

    tally.add(compared);
    test.info().annotations.push({ type: 'compared', description: `${compared} snippet files on ${pages.length} pages` });
    console.log(`[golden-sync] ${release.id} ${name}: ${compared} snippet files compared on ${pages.length} pages (${shownKeys.size}/${goldens.size} goldens shown)`);
  });
}
