/**
 * <om-snippet> wraps the build's `.om-snippet` (the files of one target and flow, with
 * placeholders) and re-renders them from the reader's values; its Copy and Download buttons
 * work from the start, placeholders included. On each keystroke only the files whose text changed
 * are written again, and in them only the tokens that changed.
 */
import type { Flow } from '../../src/inputs/fields.ts';
import type { Token } from '../../src/highlight/highlight.ts';
import type { RenderResult } from '../../src/render/checked.ts';
import type { EmittedFile, RendererSet, Target } from '../../src/targets/types.ts';
import { onFileButton, revealDownloads } from '../live/file-buttons.ts';
import { define } from './define.ts';
import { declareParts, LiveElement, liveValues, type LiveValues } from '../live/values.ts';
import { loadRenderers } from '../../src/render/load.ts';

declare module '../live/values.ts' {
  interface PageParts {
    /** The renderers of the page's snippet targets, for the release line. */
    renderers: Partial<RendererSet>;
  }
}

/** The panel loads the renderers of the snippets the page shows (declared below); the others load when shown. */
const hasRenderers = (live: LiveValues, target: string | undefined): live is LiveValues & { renderers: Partial<RendererSet> } =>
  live.renderers?.[target as Target] !== undefined;

export class OmSnippet extends LiveElement {
  /** The files shown with the reader's values, as rendered; undefined while placeholders or findings show. */
  #files: readonly EmittedFile[] | undefined;

  constructor() {
    super();
    this.addEventListener('click', onFileButton);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const reveal = closedReveal(this);
    reveal?.addEventListener('toggle', () => reveal.open && this.#loadMine());
  }

  /** Asks for this snippet's renderer when the page did not load it (a collapsed snippet opened). */
  #loadMine(): void {
    loadLater(this.box.dataset['snippetTarget'] as Target);
  }

  #render({ engine, renderers, release, forFlow }: LiveValues & { renderers: Partial<RendererSet> }): RenderResult {
    const target = this.box.dataset['snippetTarget'] as Target;
    return engine.renderCheckedWith(renderers, target, forFlow(this.box.dataset['snippetFlow'] as Flow, target), release);
  }

  #html(live: LiveValues, result: RenderResult): string {
    const ok = result.files.length > 0;
    this.box.dataset['state'] = ok ? 'live' : 'invalid';
    const attrs = { target: result.target, release: live.release.id, flow: this.box.dataset['snippetFlow']! };
    return ok ? live.engine.snippetBodyHtml(result.files, attrs, 'live') : live.engine.invalidSnippetHtml(result.diagnostics, live.carriedOver);
  }

  render(live: LiveValues): string | undefined {
    if (!hasRenderers(live, this.box.dataset['snippetTarget'])) {
      // Opened before the values arrived, or added after the page's renderers loaded: ask now.
      if (!closedReveal(this)) this.#loadMine();
      return undefined;
    }
    const result = this.#render(live);
    this.#files = result.files.length > 0 ? result.files : undefined;
    return this.#html(live, result);
  }

  /**
   * A keystroke changes a value in some files: only those files' code is highlighted and
   * written again; the others, their figures and buttons keep their DOM.
   */
  override update(live: LiveValues): void {
    if (!hasRenderers(live, this.box.dataset['snippetTarget'])) {
      if (!closedReveal(this)) this.#loadMine();
      return;
    }
    const result = this.#render(live);
    const shown = this.#files;
    const codes = this.box.querySelectorAll(':scope > figure > pre > code');
    const same =
      shown !== undefined &&
      result.files.length === shown.length &&
      codes.length === shown.length &&
      result.files.every((file, i) => file.filename === shown[i]!.filename && file.language === shown[i]!.language);
    if (same) {
      result.files.forEach((file, i) => {
        if (file.text !== shown[i]!.text) writeCode(codes[i]!, live.engine.highlight(file.text, file.language));
      });
      this.changedInPlace();
    } else this.show(this.#html(live, result));
    this.#files = result.files.length > 0 ? result.files : undefined;
  }

  /** What update() computes: the files and their tokens (render() would also mark the state). */
  override rehearse(live: LiveValues): void {
    if (!hasRenderers(live, this.box.dataset['snippetTarget'])) return;
    for (const file of this.#render(live).files) live.engine.highlight(file.text, file.language);
  }

  override placeholders(): void {
    this.#files = undefined;
    this.box.dataset['state'] = 'placeholder';
    revealDownloads(this);
  }
}

/** The text nodes of a code block written by writeCode(), one per token, and the tokens' kinds. */
const codeNodes = new WeakMap<Element, { kinds: string[]; texts: Text[] }>();

/**
 * Writes highlighted tokens into a file's `<code>`. When the tokens are of the same kinds as the
 * ones shown (a keystroke changes a value, not the file's shape), only the text of the tokens
 * that changed is replaced: no element is parsed or added, so neither the page's own mutation
 * observers nor style and layout have more than those few characters to look at.
 */
function writeCode(code: Element, tokens: readonly Token[]): void {
  const list = tokens.filter((token) => token.text !== '');
  const shown = codeNodes.get(code);
  if (shown && shown.kinds.length === list.length && list.every((token, i) => (token.kind ?? '') === shown.kinds[i])) {
    list.forEach((token, i) => {
      const node = shown.texts[i]!;
      if (node.data !== token.text) node.data = token.text;
    });
    return;
  }
  const texts: Text[] = [];
  const nodes = list.map((token) => {
    const text = document.createTextNode(token.text);
    texts.push(text);
    if (!token.kind) return text;
    const span = document.createElement('span');
    span.className = `tok-${token.kind}`;
    span.append(text);
    return span;
  });
  code.replaceChildren(...nodes);
  codeNodes.set(code, { kinds: list.map((token) => token.kind ?? ''), texts });
}

/** A snippet the reader has to ask for (Snippet.astro's `collapsed`): in a closed <details>. */
const closedReveal = (el: Element): HTMLDetailsElement | null => el.closest<HTMLDetailsElement>('details[data-snippet-reveal]:not([open])');

/** The targets of the snippets in `root` the reader sees: only their renderers load with the page. */
const targetsIn = (root: ParentNode): Target[] =>
  [...root.querySelectorAll<HTMLElement>('om-snippet [data-snippet-target]')].filter((el) => !closedReveal(el)).map((el) => el.dataset['snippetTarget'] as Target);

/** Renderers loaded after the page's, when the reader opens a collapsed snippet: once per target. */
const loadingLater = new Map<Target, Promise<void>>();

/**
 * Loads the renderer of `target` into the page's renderers (the object the setup panel keeps for
 * every later keystroke) and publishes the values again, so that the snippet renders.
 */
function loadLater(target: Target): void {
  const live = liveValues.get();
  if (!live?.renderers || live.renderers[target] || loadingLater.has(target)) return;
  const renderers = live.renderers;
  loadingLater.set(
    target,
    loadRenderers(live.release, [target]).then((loaded) => {
      Object.assign(renderers, loaded);
      const now = liveValues.get();
      if (now) liveValues.set({ ...now });
    }),
  );
}

declareParts('om-snippet', { renderers: (release, root) => loadRenderers(release, targetsIn(root)) });
define('om-snippet', OmSnippet);
