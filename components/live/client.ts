/**
 * Binds the setup panel and the page's live parts (snippets, cards, derived values) to src/.
 * Everything computed here comes from src/ (rules, renderers, console steps, HTML builders);
 * this file only reads the form, writes the DOM, and keeps non-secret values in localStorage.
 */
import { derive, SHOWN_DERIVED } from '../../src/inputs/derived.ts';
import { FIELD_NAMES, fieldAppliesTo, type FieldName, type Flow } from '../../src/inputs/fields.ts';
import {
  decodeShare,
  encodeShare,
  initialValues,
  isBlank,
  LAST_RELEASE_KEY,
  serializeForStorage,
  snippetInputs,
  storageKey,
  toRawInputs,
  type FormValues,
} from '../../src/live/form.ts';
import { cardBodyHtml, derivedValueHtml, diagnosticHtml, invalidSnippetHtml, snippetBodyHtml } from '../../src/live/html.ts';
import { consoleStep, type ConsoleStepId } from '../../src/okta/console-steps.ts';
import { findRelease } from '../../src/releases/index.ts';
import { copyText, flash, revealDownloads } from './file-buttons.ts';
import { readFormValues } from './form-dom.ts';
import { checkAll } from '../../src/rules/index.ts';
import { loadRenderers } from '../../src/render/load.ts';
import { renderCheckedWith } from '../../src/render/checked.ts';
import type { RendererSet, Target } from '../../src/targets/types.ts';

/** Writes HTML only when it differs from what the element was last given (unchanged parts keep their DOM). */
const lastHtml = new WeakMap<Element, string>();
function setHtml(el: Element, html: string): void {
  if (lastHtml.get(el) === html) return;
  lastHtml.set(el, html);
  el.innerHTML = html;
}

const panel = document.querySelector<HTMLElement>('[data-setup-panel]');
const release = panel ? findRelease(panel.dataset['release'] ?? '') : undefined;

if (panel && release) void loadRenderers(release).then((renderers) => start(panel, release, renderers));

function start(panel: HTMLElement, release: NonNullable<ReturnType<typeof findRelease>>, renderers: RendererSet): void {
  const form = panel.querySelector('form')!;
  const key = storageKey(release.id);
  // The fields this release uses: the panel has an input for each of them and no others.
  const names = FIELD_NAMES.filter((name) => fieldAppliesTo(name, release));
  // What the build rendered (placeholders), to put back when the form is emptied.
  const staticHtml = new Map<Element, string>();
  for (const el of document.querySelectorAll('.om-snippet, .om-card, .om-value, [data-setup-panel] [data-derived]')) {
    staticHtml.set(el, el.innerHTML);
  }
  const field = (name: FieldName) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

  const readForm = (): FormValues => readFormValues(form, names);

  function writeForm(values: FormValues): void {
    for (const name of names) {
      const el = field(name);
      const value = values[name];
      if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = value === true;
      else if (name === 'flow') {
        // A flow carried over from a release that offers it may not exist here (0.12: implicit only).
        const offered = [...(el as HTMLSelectElement).options].some((option) => option.value === value);
        el.value = offered ? (value as string) : 'implicit';
      }
      else el.value = typeof value === 'string' ? value : '';
    }
  }

  // What the page shows was rendered from these values; `change` after `input` must not redraw,
  // or a click that moved focus out of a field would land on a replaced button.
  let rendered: string | undefined;

  function update(): void {
    const values = readForm();
    const signature = JSON.stringify(values);
    if (signature === rendered) return;
    rendered = signature;
    const authcode = values.flow === 'authcode';
    for (const name of ['clientSecret', 'inlineSecret'] as const) {
      (field(name).closest('.om-field') as HTMLElement).hidden = !authcode;
    }
    if (isBlank(values)) {
      showPlaceholders();
      return;
    }
    const raw = toRawInputs(values);
    const { inputs, diagnostics } = checkAll(raw, release!);
    showDiagnostics(diagnostics);

    // Each flow's inputs are checked once, whatever the number of snippets on the page.
    const checkedByFlow = new Map<Flow, ReturnType<typeof checkAll>>();
    for (const container of document.querySelectorAll<HTMLElement>('.om-snippet')) {
      const target = container.dataset['snippetTarget'] as Target;
      const flow = container.dataset['snippetFlow'] as Flow;
      if (!checkedByFlow.has(flow)) checkedByFlow.set(flow, checkAll(snippetInputs(raw, flow), release!));
      const result = renderCheckedWith(renderers, target, checkedByFlow.get(flow)!, release!);
      if (result.files.length > 0) {
        container.dataset['state'] = 'live';
        setHtml(container, snippetBodyHtml(result.files, { target, release: release!.id, flow }, 'live'));
      } else {
        container.dataset['state'] = 'invalid';
        setHtml(container, invalidSnippetHtml(result.diagnostics));
      }
    }
    if (inputs) {
      for (const card of document.querySelectorAll<HTMLElement>('.om-card[data-step]')) {
        const flow = (card.dataset['flow'] as Flow | undefined) ?? inputs.flow;
        setHtml(card, cardBodyHtml(consoleStep(card.dataset['step'] as ConsoleStepId, { ...inputs, flow }, release!)));
      }
      const derived = derive(inputs, release!);
      for (const { name } of SHOWN_DERIVED) {
        for (const el of document.querySelectorAll(`[data-derived="${name}"]`)) setHtml(el, derivedValueHtml(derived[name]));
      }
    }
    setStatus(`${inputs?.oktaDomain || 'no Okta domain'} · ${authcode ? 'auth code flow' : 'implicit flow'}${problemCount(diagnostics)}`);
  }

  function showPlaceholders(): void {
    for (const [el, html] of staticHtml) {
      setHtml(el, html);
      if (el instanceof HTMLElement && el.classList.contains('om-snippet')) el.dataset['state'] = 'placeholder';
    }
    revealDownloads();
    showDiagnostics([]);
    setStatus('not filled in yet: snippets show placeholders');
  }

  function showDiagnostics(diagnostics: ReturnType<typeof checkAll>['diagnostics']): void {
    for (const name of names) {
      const box = form.querySelector<HTMLElement>(`.om-field[data-field="${name}"]`)!;
      const mine = diagnostics.filter((d) => d.field === name);
      setHtml(box.querySelector('[data-field-diags]')!, mine.map((d) => diagnosticHtml(d)).join(''));
      const input = field(name);
      if (mine.some((d) => d.severity === 'error')) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    // Findings about settings (not one input field) still belong in the summary.
    const summary = panel.querySelector('[data-summary-list]')!;
    setHtml(summary, diagnostics.map((d) => diagnosticHtml(d, true)).join(''));
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const others = diagnostics.length - errors;
    panel.querySelector('[data-summary-text]')!.textContent =
      diagnostics.length === 0
        ? isBlank(readForm())
          ? 'Nothing typed yet: the pages show placeholders.'
          : 'No problems found in these values.'
        : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${others} ${others === 1 ? 'note' : 'notes'}: see each field below.`;
  }

  function setStatus(text: string): void {
    const status = document.querySelector('[data-setup-status]');
    if (status) status.textContent = text;
  }

  function save(): void {
    try {
      localStorage.setItem(key, serializeForStorage(readForm()));
      localStorage.setItem(LAST_RELEASE_KEY, release.id);
    } catch {
      // Storage may be full or blocked (private mode): the page still works, values are not kept.
    }
  }

  // Initial values: a share link wins over what this browser stored.
  const shared = decodeShare(location.hash);
  let initial: FormValues = {};
  if (shared) {
    initial = shared;
    history.replaceState(null, '', location.pathname + location.search);
    writeForm(initial);
    save();
  } else if (panel.dataset['touched'] !== 'true' && isBlank(readForm())) {
    try {
      initial = initialValues(release.id, (k) => localStorage.getItem(k));
    } catch {
      initial = {};
    }
    writeForm(initial);
  }
  // Otherwise the reader edited the form before this module finished loading: keep their edit.
  update();
  if (panel.dataset['touched'] === 'true') save();
  // From here on the form holds the reader's values and the page follows them.
  panel.dataset['live'] = 'ready';

  // Saving waits for a pause in typing: storage writes are slow next to a frame.
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const onEdit = () => {
    update();
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 250);
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  // A reader who leaves the page right after typing keeps what they typed.
  window.addEventListener('pagehide', () => {
    if (saveTimer !== undefined) save();
  });

  panel.querySelector('[data-action="share"]')?.addEventListener('click', async () => {
    const url = `${location.origin}${location.pathname}${encodeShare(readForm())}`;
    const box = panel.querySelector<HTMLInputElement>('[data-share-url]')!;
    box.value = url;
    box.select();
    await copyText(url);
  });
  panel.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
    writeForm({});
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing stored to remove.
    }
    (panel.querySelector('[data-share-url]') as HTMLInputElement).value = '';
    update();
  });
  panel.addEventListener('click', async (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action="copy-derived"]');
    if (!button) return;
    const source = panel.querySelector(`[data-derived="${button.dataset['copyFrom']}"]`);
    await flash(button, copyText([...(source?.querySelectorAll('code') ?? [])].map((c) => c.textContent).join('\n')));
  });

  // Links to #your-values open the collapsed panel.
  const openPanel = () => {
    const details = document.querySelector<HTMLDetailsElement>('[data-setup-details]');
    if (details && location.hash === '#your-values') details.open = true;
  };
  window.addEventListener('hashchange', openPanel);
  openPanel();
}

function problemCount(diagnostics: readonly { severity: string }[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return errors === 0 ? '' : ` · ${errors} ${errors === 1 ? 'error' : 'errors'}`;
}

