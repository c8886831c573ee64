/**
 * Without JavaScript (docs/design.md, Principles: pages work without it): every page loads with
 * its content, and every snippet shows the build-time placeholder files (renderValid with
 * PLACEHOLDER_INPUTS from src/inputs/fields.ts), with the placeholder words highlighted
 * (`.tok-placeholder`) and a note saying that JavaScript fills them in. No snippet box, card or
 * value is left empty.
 */
import { expect, test } from '@playwright/test';
import { pageRelease, sitePages } from './site.ts';

test.use({ javaScriptEnabled: false });

interface Box {
  target: string | null;
  flow: string | null;
  state: string | null;
  text: string;
  invalid: boolean;
  placeholders: string[];
  files: { filename: string | null; release: string | null; codeCount: number; text: string | null }[];
}

for (const path of sitePages()) {
  test(`without JavaScript: ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status(), `HTTP status of ${path}`).toBe(200);

    const h1 = (await page.locator('h1').first().textContent())?.trim();
    expect.soft(h1, 'text of the <h1>').toBeTruthy();
    const mainText = (await page.locator('main').first().innerText()).trim();
    expect.soft(mainText.length, `visible text in <main> of ${path}`).toBeGreaterThan(200);

    const boxes: Box[] = await page.locator('.om-snippet').evaluateAll((els) =>
      els.map((c) => ({
        target: c.getAttribute('data-snippet-target'),
        flow: c.getAttribute('data-snippet-flow'),
        state: c.getAttribute('data-state'),
        text: c.textContent ?? '',
        invalid: c.querySelector('[data-snippet-invalid]') !== null,
        placeholders: [...c.querySelectorAll('.tok-placeholder')].map((t) => t.textContent ?? ''),
        files: [...c.querySelectorAll('figure[data-target]')].map((f) => ({
          filename: f.getAttribute('data-filename'),
          release: f.getAttribute('data-release'),
          codeCount: f.querySelectorAll('code').length,
          text: f.querySelector('code')?.textContent ?? null,
        })),
      })),
    );
    // Outside the snippet containers no generated file may stand alone (an empty or orphan box).
    const orphanFigures = await page.locator('figure[data-target]').evaluateAll((els) => els.filter((f) => !f.closest('.om-snippet')).length);
    expect.soft(orphanFigures, 'figure[data-target] outside .om-snippet').toBe(0);

    const release = pageRelease(path);
    if (boxes.length > 0) {
      const { PLACEHOLDER_INPUTS } = await import('../../src/inputs/fields.ts');
      const tokens = Object.values(PLACEHOLDER_INPUTS)
        .flatMap((v) => (Array.isArray(v) ? v : [v]))
        .filter((v): v is string => typeof v === 'string' && /[A-Z]{3,}_[A-Z_]+/.test(v));
      expect(tokens.length, 'placeholder tokens in PLACEHOLDER_INPUTS').toBeGreaterThan(0);
      const { renderValid } = await import('../../src/render/index.ts');
      const { findRelease } = await import('../../src/releases/index.ts');
      const profile = findRelease(release ?? '');
      expect(profile, `release of ${path}`).toBeDefined();

      for (const box of boxes) {
        const label = `${path} snippet ${box.target}/${box.flow}`;
        expect.soft(box.state, `${label}: data-state`).toBe('placeholder');
        expect.soft(box.invalid, `${label}: shows an invalid message`).toBe(false);
        expect.soft(box.files.length, `${label}: files`).toBeGreaterThan(0);
        expect.soft(tokens.some((t) => box.text.includes(t)), `${label}: holds one of the placeholder tokens ${tokens.join(', ')}`).toBe(true);
        expect.soft(box.placeholders.length, `${label}: highlighted placeholders (.tok-placeholder)`).toBeGreaterThan(0);
        for (const word of box.placeholders) {
          expect.soft(tokens.some((t) => t.includes(word)) && word.length > 0, `${label}: .tok-placeholder "${word}" is a placeholder token`).toBe(true);
        }
        const expected = renderValid(box.target as never, { ...(PLACEHOLDER_INPUTS as object), flow: box.flow } as never, profile!);
        expect.soft(box.files.map((f) => f.filename), `${label}: file names`).toEqual(expected.map((f) => f.filename));
        for (const file of box.files) {
          const fl = `${label} ${file.filename}`;
          expect.soft(file.codeCount, `${fl}: number of <code>`).toBe(1);
          expect.soft(file.text?.trim(), `${fl}: <code> text`).toBeTruthy();
          expect.soft(file.release, `${fl}: data-release`).toBe(release);
          const want = expected.find((f) => f.filename === file.filename);
          if (want) expect.soft(file.text, `${fl}: text = the build-time placeholder file`).toBe(want.text);
        }
      }
      // A page whose only snippets are shown on request (the Okta side as Terraform) shows their summary.
      const onRequestOnly = await page.locator('.om-snippet').evaluateAll((els) => els.every((el) => el.closest('details[data-snippet-reveal]:not([open])')));
      if (onRequestOnly) {
        await expect.soft(page.locator('details[data-snippet-reveal] > summary').first(), `${path}: the summary of a snippet shown on request`).toBeVisible();
      } else {
        // The reader sees highlighted placeholders, and is told that JavaScript fills them in (static page: no waiting).
        const shownPlaceholders = await page.locator('.om-snippet .tok-placeholder').filter({ visible: true }).count();
        expect.soft(shownPlaceholders, 'visible highlighted placeholders').toBeGreaterThan(0);
        const notes = await page.locator('body').getByText(/JavaScript/).filter({ visible: true }).allInnerTexts();
        expect.soft(notes.length, 'a visible note that JavaScript fills in the placeholders').toBeGreaterThan(0);
      }
    }

    // Every flow's files can be read: each flow is a section with its heading, not a tab to click.
    const flowPanels = page.locator('[data-flow-panel]');
    for (const flowPanel of await flowPanels.all()) {
      const flow = await flowPanel.getAttribute('data-flow-panel');
      await expect.soft(flowPanel.locator('.om-flow-panel__title'), `${path}: heading of the ${flow} files`).toBeVisible();
      // Files, or (on the Settings > SSO page) the form's fields as a card.
      await expect.soft(flowPanel.locator('figure[data-target], section.om-card').first(), `${path}: the ${flow} files or form`).toBeVisible();
    }
    expect.soft(await page.locator('[role="tablist"]').filter({ visible: true }).count(), `${path}: tab lists, which need JavaScript`).toBe(0);
    // A button that needs JavaScript is not shown (each tool says what to do instead).
    const buttons = await page.locator('button').filter({ visible: true }).allInnerTexts();
    expect.soft(buttons, `${path}: buttons shown without JavaScript`).toEqual([]);

    // Cards and inline values are never empty either.
    const cards = await page.locator('section.om-card').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-step')}:${(e.textContent ?? '').trim().length}`));
    for (const card of cards) expect.soft(Number(card.split(':')[1]), `card ${card.split(':')[0]} text`).toBeGreaterThan(0);
    const values = await page.locator('.om-value').allTextContents();
    values.forEach((v, i) => expect.soft(v.trim(), `.om-value #${i + 1}`).toBeTruthy());
  });
}
