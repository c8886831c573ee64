/**
 * HTML for the parts of a page that follow the reader's values: generated files, snippet states,
 * "what to enter" cards and diagnostics. The build renders them with placeholders and the browser
 * re-renders them on each input with the same functions, so both always have the same markup.
 * Every value is escaped.
 */
import { highlightToHtml, escapeHtml } from '../highlight/highlight.ts';
import { FIELDS, PLACEHOLDER_WORDS, type FieldName } from '../inputs/fields.ts';
import type { ConsoleStep } from '../okta/console-steps.ts';
import type { Diagnostic } from '../rules/types.ts';
import type { EmittedFile } from '../targets/types.ts';
import { withBase } from '../site.ts';

export interface SnippetAttrs {
  target: string;
  release: string;
  flow: string;
}

export type SnippetState = 'placeholder' | 'live' | 'invalid';

const attr = (value: string) => escapeHtml(value);
// Docs links (`d.docs`) are root paths of the guide (`/v2.0/troubleshooting/#...`), as the CLI prints
// them after its docs address; a page puts them under the site's base path (withBase).

/** One file: name, copy and download buttons, and its exact text in one <code>. */
export function fileFigureHtml(file: EmittedFile, { target, release, flow }: SnippetAttrs, state: SnippetState): string {
  const code = highlightToHtml(file.text, file.language, state === 'placeholder' ? PLACEHOLDER_WORDS : []);
  const name = attr(file.filename);
  return (
    `<figure class="om-file not-content" data-target="${attr(target)}" data-release="${attr(release)}" data-flow="${attr(flow)}" data-filename="${name}">` +
    `<figcaption class="om-file__bar"><span class="om-file__name">${name}</span><span class="om-file__actions">` +
    `<button type="button" class="om-file__button" data-action="copy" aria-label="Copy ${name}">Copy</button>` +
    // The download link gets its blob URL when clicked; the build's copy stays hidden until
    // JavaScript shows it.
    `<a class="om-file__button" data-action="download" download="${name}" href="data:,"${state === 'placeholder' ? ' hidden' : ''} aria-label="Download ${name}">Download</a>` +
    `</span></figcaption>` +
    `<pre class="om-file__code" data-language="${attr(file.language)}" tabindex="0"><code>${code}</code></pre></figure>`
  );
}

/** The inside of a snippet container in the given state. */
export function snippetBodyHtml(files: readonly EmittedFile[], attrs: SnippetAttrs, state: SnippetState): string {
  const note =
    state === 'placeholder'
      ? '<p class="om-snippet__note" data-snippet-placeholder>Highlighted words are placeholders. With JavaScript on, fill in <a href="#your-values">your values</a> and they are replaced everywhere; without it, replace them by hand.</p>'
      : '';
  return note + files.map((file) => fileFigureHtml(file, attrs, state)).join('');
}

/** What an invalid snippet shows instead of a file: which inputs to fix. */
/**
 * Why a snippet cannot be generated, where the reader is. `why`: what the setup panel did to the
 * values on the way here (a client ID not carried over to a release without a Web Application).
 */
export function invalidSnippetHtml(diagnostics: readonly Diagnostic[], why?: string): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const items = errors
    .map((d) => `<li><strong>${escapeHtml(fieldLabel(d.field))}</strong>: ${escapeHtml(d.message)}</li>`)
    .join('');
  return (
    `<div class="om-snippet__invalid" data-snippet-invalid role="note">` +
    `<p><strong>These files cannot be generated yet.</strong> Fix ${errors.length === 1 ? 'this value' : 'these values'} in <a href="#your-values">your values</a>:</p>` +
    `<ul>${items}</ul>${why ? `<p class="om-snippet__why" data-snippet-why>${escapeHtml(why)}</p>` : ''}</div>`
  );
}

export function fieldLabel(field: string | undefined): string {
  if (field && field in FIELDS) return FIELDS[field as FieldName].label;
  return field ?? 'Inputs';
}

/** One diagnostic: severity, id (linking to its explanation) and the message. */
export function diagnosticHtml(d: Diagnostic, withField = false): string {
  const where = withField && d.field ? `<strong>${escapeHtml(fieldLabel(d.field))}:</strong> ` : '';
  return (
    `<li class="om-diag om-diag--${d.severity}" data-rule-id="${attr(d.id)}" data-severity="${d.severity}"${d.field ? ` data-field="${attr(d.field)}"` : ''}>` +
    `<span class="om-diag__severity">${d.severity}</span> ${where}${escapeHtml(d.message)} ` +
    `<a class="om-diag__id" href="${attr(withBase(d.docs))}">${escapeHtml(d.id)}</a></li>`
  );
}

/**
 * A "what to enter" card's inner HTML. A value to copy that comes from a field in `invalid` shows
 * which field to fix instead, with no Copy button; `copy: false` (an example card) offers no Copy
 * button at all.
 */
/** A card of values to enter: an Okta console step, or OpenMetadata's own Settings > SSO form (src/targets/ui.ts). */
export type Card = Pick<ConsoleStep, 'title' | 'where' | 'fields' | 'skip'>;

export function cardBodyHtml(card: Card, { invalid = [], copy = true }: { invalid?: readonly string[]; copy?: boolean } = {}): string {
  const head =
    `<header class="om-card__head"><span class="om-card__kicker">What to enter</span>` +
    `<strong class="om-card__title">${escapeHtml(card.title)}</strong>` +
    `<span class="om-card__where">${escapeHtml(card.where)}</span></header>`;
  if (card.skip) return `${head}<p class="om-card__skip">${escapeHtml(card.skip)}</p>`;
  const rows = card.fields
    .map((f) => {
      const blockers = f.copy ? (f.from ?? []).filter((field) => invalid.includes(field)) : [];
      if (blockers.length > 0) return `<div class="om-card__row"><dt>${escapeHtml(f.label)}</dt><dd>${blockedValueHtml(blockers)}</dd></div>`;
      // Values typed into the Okta console get a Copy button each (redirect URIs are long and exact).
      const copyLabel = (i: number) => escapeHtml(f.values.length === 1 ? `Copy ${f.label}` : `Copy ${f.label} ${i + 1}`);
      const value = (v: string, i: number) => {
        if (!f.copy) return escapeHtml(v);
        const code = `<code>${escapeHtml(v)}</code>`;
        // An example card's values are not the reader's: nothing offers to copy them.
        return copy ? `<span class="om-card__value">${code}<button type="button" class="om-card__copy" data-action="copy-value" aria-label="${copyLabel(i)}">Copy</button></span>` : code;
      };
      const values = f.values.length === 1 ? value(f.values[0]!, 0) : `<ul>${f.values.map((v, i) => `<li>${value(v, i)}</li>`).join('')}</ul>`;
      const note = f.note ? `<p class="om-card__note">${escapeHtml(f.note)}</p>` : '';
      return `<div class="om-card__row"><dt>${escapeHtml(f.label)}</dt><dd>${values}${note}</dd></div>`;
    })
    .join('');
  return `${head}<dl class="om-card__fields">${rows}</dl>`;
}

/** A derived value (or list of values) as inline code. */
export function derivedValueHtml(value: string | readonly string[]): string {
  const values = typeof value === 'string' ? [value] : value;
  return values.map((v) => `<code>${escapeHtml(v)}</code>`).join(', ');
}

/**
 * What a derived value shows while a field it is computed from holds an error: which field to fix,
 * and no value (so nothing to copy).
 */
export function blockedValueHtml(fields: readonly string[]): string {
  const names = fields.length > 0 ? fields.map(fieldLabel).join(' and ') : 'your values';
  return `<span class="om-value__blocked" data-derived-blocked>fix ${escapeHtml(names)} first</span>`;
}
