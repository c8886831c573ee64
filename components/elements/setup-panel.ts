/**
 * <om-setup-panel> owns the setup panel's form: it restores the reader's values (a share link
 * wins over what this browser saved), saves the non-secret ones, shares and resets them, shows
 * their findings, and publishes them checked (components/live/values.ts) for the page's live
 * elements. The engine that checks and renders (components/live/client.ts) loads right away when the
 * reader brings values, otherwise when the page is idle or the reader opens or enters the panel;
 * an edit made before it arrives is kept (`data-touched`). `data-live="ready"` on the panel
 * (`[data-setup-panel]`) says the values are restored and the page rendered from them.
 */
import type { Derived } from '../../src/inputs/derived.ts';
import { FIELD_NAMES, type FieldName, type Flow } from '../../src/inputs/fields.ts';
import {
  bringsValues,
  decodeShare,
  encodeShare,
  fitToRelease,
  startingValues,
  inputsFileText,
  isBlank,
  LAST_RELEASE_KEY,
  serializeForStorage,
  storageKey,
  type FormValues,
} from '../../src/live/form.ts';
import { BLANK_STATUS, statusText, summaryText } from '../../src/live/summary.ts';
import type { ReleaseFacts } from '../../src/releases/facts.ts';
import { loadReleaseFacts, releaseLabel } from '../../src/releases/load.ts';
import { copyText, flash, pointAt } from '../live/file-buttons.ts';
import { readFormValues } from '../live/form-dom.ts';
import { define } from './define.ts';
import { liveValues, loadPageParts, rehearse, type Engine, type LiveValues, type PageParts } from '../live/values.ts';

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export class OmSetupPanel extends HTMLElement {
  #loading: Promise<void> | undefined;
  /** Writes values into the form, re-renders the page and saves them; set once the engine has started. */
  #apply: ((values: FormValues) => void) | undefined;
  /** The panel's notice about values fitted to this release, which invalid snippets repeat. */
  #carriedOver: string | undefined;
  /** JSON of the values the page was last rendered from: `change` after `input` must not redraw. */
  #rendered: string | undefined;

  get panel(): HTMLElement {
    return this.querySelector<HTMLElement>('[data-setup-panel]')!;
  }
  get form(): HTMLFormElement {
    return this.querySelector('form')!;
  }
  /** The fields this release uses: the form has an input for each of them and no others. */
  get names(): FieldName[] {
    return this.#fields().names;
  }
  /** What the reader has typed and chosen, as it is now. */
  get values(): FormValues {
    return readFormValues(this.form, this.names);
  }

  connectedCallback(): void {
    if (this.panel.dataset['live'] !== undefined || this.#loading) return;
    const panel = this.panel;
    // An edit made before the engine has loaded must survive its start (it would otherwise restore
    // the saved values over what the reader just typed or chose).
    const touched = () => (panel.dataset['touched'] = 'true');
    panel.addEventListener('input', touched, { once: true });
    panel.addEventListener('change', touched, { once: true });
    let stored: string[] = [];
    try {
      stored = Object.keys(localStorage);
    } catch {
      // Storage blocked: nothing saved to show.
    }
    const load = () => void this.load();
    if (bringsValues(location.hash, stored)) load();
    else {
      this.closest('details')?.addEventListener('toggle', load, { once: true });
      panel.addEventListener('focusin', load, { once: true });
      whenIdle(load);
    }
    // Links to #your-values open the collapsed panel.
    const open = () => {
      const details = this.closest('details');
      if (details && location.hash === '#your-values') details.open = true;
    };
    window.addEventListener('hashchange', open);
    open();
  }

  /**
   * Loads the engine, the page's release facts and its renderers once, side by side (the
   * renderers follow the facts, which say which set the release needs), then takes over the form.
   */
  load(): Promise<void> {
    return (this.#loading ??= (async () => {
      const facts = loadReleaseFacts(this.panel.dataset['release'] ?? '');
      // The parts the page's elements declared (renderers for snippets, console steps for cards),
      // asked once the facts are in, when the page after the panel has been parsed too.
      const parts = facts.then((release) => (release ? loadPageParts(release, document) : {}));
      const [engine, release, loaded] = await Promise.all([import('../live/client.ts'), facts, parts]);
      if (release) this.#start(engine, release, loaded);
    })());
  }

  /**
   * Takes values from elsewhere on the page (the configuration checker's "Use these values"): the
   * form shows them, the page follows, and they are saved like typed ones.
   */
  async importValues(values: FormValues): Promise<void> {
    await this.load();
    this.#apply?.(values);
    const details = this.closest('details');
    if (details) details.open = true;
  }

  #field(name: FieldName): Field {
    return this.form.elements.namedItem(name) as Field;
  }

  /** The form's fields and where their findings go, looked up once per form: every keystroke needs them. */
  #fields(): FormFields {
    const form = this.form;
    let found = formFields.get(form);
    if (!found) {
      const names = FIELD_NAMES.filter((name) => form.elements.namedItem(name));
      const diagnostics = new Map(names.map((name) => [name, form.querySelector(`.om-field[data-field="${name}"] [data-field-diags]`)!]));
      found = { names, diagnostics };
      formFields.set(form, found);
    }
    return found;
  }

  #write(values: FormValues): void {
    for (const name of this.names) {
      const el = this.#field(name);
      const value = values[name];
      if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = value === true;
      else if (name === 'flow') {
        // A flow carried over from a release that offers it may not exist here (0.12: implicit only).
        const offered = [...(el as HTMLSelectElement).options].some((option) => option.value === value);
        el.value = offered ? (value as string) : 'implicit';
      } else el.value = typeof value === 'string' ? value : '';
    }
  }

  /** Takes over the form once the engine is in: restore the values, render from them, then follow the reader. */
  #start(engine: Engine, release: ReleaseFacts, parts: Partial<PageParts>): void {
    const panel = this.panel;
    const save = () => this.#save(release);
    const update = () => {
      const values = this.values;
      const signature = JSON.stringify(values);
      if (signature === this.#rendered) return;
      this.#rendered = signature;
      for (const name of ['clientSecret', 'inlineSecret'] as const) {
        (this.#field(name).closest('.om-field') as HTMLElement).hidden = values.flow !== 'authcode';
      }
      const { live, findings } = this.#check(engine, release, parts, values);
      this.#showFindings(findings);
      liveValues.set(live);
      // A value computed from a field in error shows which field to fix (<om-derived-value>): no Copy beside it.
      for (const button of panel.querySelectorAll<HTMLElement>('[data-action="copy-derived"]')) {
        button.hidden = !live.blank && live.engine.derivedBlockers(button.dataset['copyFrom'] as keyof Derived, live) !== undefined;
      }
    };
    if (this.#restore(release)) save();
    update();
    // From here on the form holds the reader's values and the page follows them.
    panel.dataset['live'] = 'ready';
    this.#rehearse(engine, release, parts);
    this.#listen(update, save);
    this.#apply = (values) => {
      this.#write(values);
      update();
      save();
    };
    this.#wireActions(release, update);
  }

  /** Saves the non-secret values for this release (serializeForStorage leaves the secrets out). */
  #save(release: ReleaseFacts): void {
    try {
      localStorage.setItem(storageKey(release.id), serializeForStorage(this.values));
      localStorage.setItem(LAST_RELEASE_KEY, release.id);
    } catch {
      // Storage may be full or blocked (private mode): the page still works, values are not kept.
    }
  }

  /**
   * Puts the starting values in the form: a share link wins over what this browser stored, and an
   * edit made before the engine loaded wins over both. Values from elsewhere are made fit for this
   * release, and the panel says what that changed. True when the values should be saved now.
   */
  #restore(release: ReleaseFacts): boolean {
    const panel = this.panel;
    const notice = panel.querySelector<HTMLElement>('[data-setup-notice]');
    const start = (values: FormValues, from?: string) => {
      const { values: fitted, moved } = fitToRelease(values, release);
      this.#write(fitted);
      if (notice && moved) {
        const fromLabel = from ? releaseLabel(from) : undefined;
        void import('../../src/live/carry-over.ts').then(({ carryOverNotice }) => {
          const text = carryOverNotice(release, fromLabel, moved);
          notice.textContent = text;
          notice.hidden = false;
          // The page's invalid snippets say it too, where the reader is.
          this.#carriedOver = text;
          const live = liveValues.get();
          if (live) liveValues.set({ ...live, carriedOver: text });
        });
        this.#field('clientId').addEventListener(
          'input',
          () => {
            notice.hidden = true;
            this.#carriedOver = undefined;
          },
          { once: true },
        );
      }
    };
    const touched = panel.dataset['touched'] === 'true';
    const shared = decodeShare(location.hash);
    if (shared) {
      history.replaceState(null, '', location.pathname + location.search);
      start(shared);
      return true;
    }
    if (!touched && isBlank(this.values)) {
      let initial: { values: FormValues; from?: string } = { values: {} };
      try {
        initial = startingValues(release.id, (k) => localStorage.getItem(k));
      } catch {
        // Storage blocked: start empty.
      }
      start(initial.values, initial.from);
    }
    // Otherwise the reader edited the form before the engine loaded: keep their edit, and save it.
    return touched;
  }

  /** Each edit updates the page at once; saving waits for a pause in typing (storage writes are slow next to a frame). */
  #listen(update: () => void, save: () => void): void {
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const onEdit = () => {
      update();
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, 250);
    };
    this.form.addEventListener('input', onEdit);
    this.form.addEventListener('change', onEdit);
    // A reader who leaves the page right after typing keeps what they typed.
    window.addEventListener('pagehide', () => {
      if (saveTimer !== undefined) save();
    });
  }

  /** The panel's buttons: download inputs.json, share, reset (asked twice), copy a derived value. */
  #wireActions(release: ReleaseFacts, update: () => void): void {
    const panel = this.panel;
    // inputs.json for `om-okta verify --inputs inputs.json` (never with the secret): a link, made
    // when clicked, like the snippets' downloads.
    const inputsLink = panel.querySelector<HTMLAnchorElement>('[data-action="download-inputs"]');
    if (inputsLink) inputsLink.hidden = false;
    // Reset asks first: a second click within a few seconds clears the values.
    const resetButton = panel.querySelector<HTMLButtonElement>('[data-action="reset"]');
    const resetLabel = resetButton?.textContent ?? 'Reset';
    let resetTimer: ReturnType<typeof setTimeout> | undefined;
    const disarmReset = () => {
      clearTimeout(resetTimer);
      if (resetButton) {
        delete resetButton.dataset['confirm'];
        resetButton.textContent = resetLabel;
      }
    };
    resetButton?.addEventListener('blur', disarmReset);

    panel.addEventListener('click', async (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      const action = button?.dataset['action'];
      const shareBox = panel.querySelector<HTMLInputElement>('[data-share-url]')!;
      if (action === 'download-inputs' && button instanceof HTMLAnchorElement) {
        pointAt(button, inputsFileText(this.values), 'application/json');
      } else if (action === 'reset' && button!.dataset['confirm'] !== 'armed') {
        button!.dataset['confirm'] = 'armed';
        button!.textContent = 'Clear all values? Click again';
        clearTimeout(resetTimer);
        resetTimer = setTimeout(disarmReset, 5_000);
      } else if (action === 'share') {
        const url = `${location.origin}${location.pathname}${encodeShare(this.values)}`;
        shareBox.value = url;
        shareBox.select();
        await copyText(url);
      } else if (action === 'reset') {
        disarmReset();
        this.#write({});
        try {
          localStorage.removeItem(storageKey(release.id));
        } catch {
          // Nothing stored to remove.
        }
        shareBox.value = '';
        update();
      } else if (action === 'copy-derived') {
        const source = panel.querySelector(`[data-derived="${button!.dataset['copyFrom']}"]`);
        await flash(button!, copyText([...(source?.querySelectorAll('code') ?? [])].map((c) => c.textContent).join('\n')));
      }
    });
  }

  /** A few keystrokes run while the page is idle, shown nowhere, so the reader's first keys find the code compiled. */
  #rehearse(engine: Engine, release: ReleaseFacts, parts: Partial<PageParts>): void {
    let round = 0;
    const next = (deadline?: IdleDeadline) => {
      // As many as fit in the browser's idle time, at least one each time it is idle.
      do {
        if (round >= engine.REHEARSALS || !this.isConnected) return;
        const values = engine.rehearsalValues(this.values, round++);
        rehearse(this.#check(engine, release, parts, values).live);
      } while (deadline && deadline.timeRemaining() > REHEARSAL_MS);
      whenIdle(next);
    };
    whenIdle(next);
  }

  /** The values checked, as the page's live parts take them, and the panel's findings about them. */
  #check(engine: Engine, release: ReleaseFacts, parts: Partial<PageParts>, values: FormValues): { live: LiveValues; findings: Findings } {
    const live = engine.checkValues(values, release);
    const { diagnostics, blank } = live;
    const { diagnosticHtml } = engine;
    const findings: Findings = {
      byField: this.names.map((name) => {
        const mine = diagnostics.filter((d) => d.field === name);
        return { name, html: mine.map((d) => diagnosticHtml(d)).join(''), invalid: mine.some((d) => d.severity === 'error') };
      }),
      // Findings about settings (not one input field) still belong in the summary.
      summaryHtml: diagnostics.map((d) => diagnosticHtml(d, true)).join(''),
      summary: summaryText(diagnostics, blank),
      status: blank ? BLANK_STATUS : statusText(live.inputs?.oktaDomain, values.flow as Flow, diagnostics),
    };
    return { live: { ...live, ...parts, engine, ...(this.#carriedOver ? { carriedOver: this.#carriedOver } : {}) }, findings };
  }

  #showFindings({ byField, summaryHtml, summary, status }: Findings): void {
    const boxes = this.#fields().diagnostics;
    for (const { name, html, invalid } of byField) {
      setHtml(boxes.get(name)!, html);
      const input = this.#field(name);
      if (invalid) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    setHtml(this.panel.querySelector('[data-summary-list]')!, summaryHtml);
    this.panel.querySelector('[data-summary-text]')!.textContent = summary;
    const statusLine = document.querySelector('[data-setup-status]');
    if (statusLine) statusLine.textContent = status;
  }
}

/** Rehearsals go on while the browser says this much idle time (ms) is left: about one at a 4x CPU throttle, warm. */
const REHEARSAL_MS = 8;

/** What the panel shows about the reader's values: each field's findings, the summary, the status line. */
interface Findings {
  byField: { name: FieldName; html: string; invalid: boolean }[];
  summaryHtml: string;
  summary: string;
  status: string;
}

/** Runs `run` when the browser is idle (or soon, where it cannot say). */
function whenIdle(run: (deadline?: IdleDeadline) => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run);
  else setTimeout(run, 200);
}

interface FormFields {
  names: FieldName[];
  /** Each field's findings box. */
  diagnostics: Map<FieldName, Element>;
}
const formFields = new WeakMap<HTMLFormElement, FormFields>();

/** Writes HTML only when it differs from what the element was last given (unchanged parts keep their DOM). */
const lastHtml = new WeakMap<Element, string>();
function setHtml(el: Element, html: string): void {
  if (lastHtml.get(el) === html) return;
  lastHtml.set(el, html);
  el.innerHTML = html;
}

define('om-setup-panel', OmSetupPanel);
