/**
 * A page of the guide as Markdown, for AI assistants and terminals: the one converter behind the
 * build's `.md` files (scripts/markdown-pages.ts reads dist/*.html) and the "Copy page as
 * Markdown" button (components/elements/copy-page.ts reads the live page).
 *
 * It takes a DOM subtree (a page's `.sl-markdown-content`) and only reads it: no global `document`,
 * so Node (with a parsed page) and the browser give the same result for the same markup. It reads
 * text, never a form control's value; interactive tools become one line saying what they do on the
 * site. Pure: no import of the rest of src/.
 */

/** What the converter reads of a DOM node: a browser's and a parsed page's nodes both fit. */
export interface MarkdownNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}

export interface MarkdownElement extends MarkdownNode {
  readonly tagName: string;
  readonly childNodes: Iterable<MarkdownNode>;
  getAttribute(name: string): string | null;
  matches(selectors: string): boolean;
  querySelector(selectors: string): MarkdownElement | null;
  querySelectorAll(selectors: string): Iterable<MarkdownElement>;
  closest(selectors: string): MarkdownElement | null;
}

export interface PageInfo {
  /** The page's title (Starlight's `<h1>`), written as `# title`. */
  title: string;
  /** The page's description, written under the title as a quote (left out when empty). */
  description?: string;
  /** The page's absolute URL on the site: relative links and images are resolved against it. */
  pageUrl: string;
}

/** Where the Markdown version of a page is served: `/v1.12/deployment/docker/` -> `/v1.12/deployment/docker/index.md`. */
export function markdownPath(pagePath: string): string {
  return `${pagePath.endsWith('/') ? pagePath : `${pagePath}/`}index.md`;
}

const ELEMENT = 1;
const TEXT = 3;

const isElement = (node: MarkdownNode): node is MarkdownElement => node.nodeType === ELEMENT;

/** Never shown as content: controls, scripts, decoration, screen-reader-only words, no-JS notes. */
const SKIP =
  'script, style, link, template, noscript, svg, button, input, select, textarea, label, form, ' +
  '.sr-only, .sl-anchor-link, [role="tablist"], .om-file__bar, .om-setup__actions';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);

const BLOCK_SELECTOR = [...BLOCK_TAGS].map((t) => t.toLowerCase()).join(', ');

/** A custom element or a span is a block when it holds blocks (<om-snippet>), inline otherwise (<om-derived-value>). */
function isBlock(el: MarkdownElement): boolean {
  if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return true;
  return el.tagName.includes('-') && el.querySelector(BLOCK_SELECTOR) !== null;
}

interface Context {
  page: URL;
}

/** The page as Markdown: `# title`, the description, then the content; ends with one newline. */
export function pageToMarkdown(root: MarkdownElement, info: PageInfo): string {
  const ctx: Context = { page: new URL(info.pageUrl) };
  const head = [`# ${oneLine(info.title)}`];
  if (info.description?.trim()) head.push(`> ${oneLine(info.description)}`);
  const body = blocks(root, ctx);
  return `${[...head, ...body].join('\n\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/**
 * Replaces every occurrence of the reader's client secret, as typed or as the generated files
 * quote it (YAML, JSON, shell, URL encoding) or this converter escapes it in running text, with
 * `OIDC_CLIENT_SECRET`.
 */
export function redactSecret(text: string, secret: string | undefined | null): string {
  if (!secret) return text;
  const forms = new Set([
    secret,
    JSON.stringify(secret).slice(1, -1),
    secret.replaceAll("'", "''"),
    secret.replaceAll("'", "'\\''"),
    secret.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('$', '\\$').replaceAll('`', '\\`'),
    encodeURIComponent(secret),
    escapeText(secret),
  ]);
  let out = text;
  for (const form of [...forms].filter((f) => f.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(form).join('OIDC_CLIENT_SECRET');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** The children of `el` as Markdown blocks: runs of inline content become paragraphs. */
function blocks(el: MarkdownElement, ctx: Context): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    const text = paragraph(inline);
    if (text) out.push(text);
    inline = '';
  };
  for (const child of el.childNodes) {
    if (isElement(child)) {
      if (child.matches(SKIP)) continue;
      if (isBlock(child)) {
        flush();
        out.push(...block(child, ctx));
        continue;
      }
      inline += inlineOf(child, ctx);
    } else if (child.nodeType === TEXT) {
      inline += escapeText(collapse(child.textContent ?? ''));
    }
  }
  flush();
  return out.filter((b) => b.trim() !== '');
}

function block(el: MarkdownElement, ctx: Context): string[] {
  const tool = toolLine(el, ctx);
  if (tool) return tool;
  if (el.matches('figure[data-filename]')) return [fileBlock(el)];
  if (el.matches('.expressive-code')) return [codeBlockOfFrame(el)];
  if (el.matches('section.om-card')) return [cardBlock(el, ctx)];
  if (el.matches('.sl-link-card')) return [linkCard(el, ctx)];
  if (el.matches('.card-grid, .om-release-list')) return [blocks(el, ctx).join('\n')];
  if (el.matches('.starlight-aside')) return [aside(el, ctx)];
  if (el.matches('[data-snippet-placeholder]')) return [placeholderNote(el)];
  if (el.matches('figure.om-shot')) return blocks(el, ctx);
  const tag = el.tagName.toUpperCase();
  const heading = /^H([1-6])$/.exec(tag);
  if (heading) {
    const text = oneLine(inlineChildren(el, ctx));
    return text ? [`${'#'.repeat(Number(heading[1]))} ${text}`] : [];
  }
  switch (tag) {
    case 'P':
    case 'FIGCAPTION':
    case 'SUMMARY':
    case 'DT':
      return [paragraph(inlineChildren(el, ctx))];
    case 'UL':
    case 'OL':
      return [list(el, ctx, tag === 'OL')];
    case 'DL':
      return [definitionList(el, ctx)];
    case 'TABLE':
      return [table(el, ctx)];
    case 'PRE':
      return [fence(el.textContent ?? '', '')];
    case 'BLOCKQUOTE':
      return [quote(blocks(el, ctx).join('\n\n'))];
    case 'HR':
      return ['---'];
    default:
      return blocks(el, ctx);
  }
}

function list(el: MarkdownElement, ctx: Context, ordered: boolean): string {
  const items = [...el.childNodes].filter((n): n is MarkdownElement => isElement(n) && n.tagName.toUpperCase() === 'LI');
  const start = Number(el.getAttribute('start') ?? '1') || 1;
  return items
    .map((item, i) => listItem(ordered ? `${start + i}.` : '-', blocks(item, ctx)))
    .join(items.some((item) => blocks(item, ctx).length > 1) ? '\n\n' : '\n');
}

/** One list item: the marker, then its blocks indented under it. */
function listItem(marker: string, content: string[], afterFirst = '\n\n'): string {
  const pad = ' '.repeat(marker.length + 1);
  const [first = '', ...rest] = content;
  const text = rest.length > 0 ? `${first}${afterFirst}${rest.join('\n\n')}` : first;
  return `${marker} ${text.split('\n').map((line, i) => (i === 0 || line === '' ? line : pad + line)).join('\n')}`;
}

/** A definition list (the setup panel's computed values) as `- term: value`. */
function definitionList(el: MarkdownElement, ctx: Context): string {
  const rows: string[] = [];
  for (const dt of el.querySelectorAll('dt')) {
    const dd = nextDd(dt, el);
    rows.push(labelValue(oneLine(inlineChildren(dt, ctx)), dd ? blocks(dd, ctx) : []));
  }
  return rows.join('\n');
}

function nextDd(dt: MarkdownElement, dl: MarkdownElement): MarkdownElement | undefined {
  const all = [...dl.querySelectorAll('dt, dd')];
  const next = all[all.indexOf(dt) + 1];
  return next && next.tagName.toUpperCase() === 'DD' ? next : undefined;
}

/** `- label: value`, or the label with the value's blocks (a list, a note) under it. */
function labelValue(label: string, value: string[]): string {
  if (value.length === 0) return `- ${label}`;
  if (value.length === 1 && !value[0]!.includes('\n')) return `- ${label}: ${value[0]}`;
  return listItem('-', [`${label}:`, ...value], '\n');
}

function table(el: MarkdownElement, ctx: Context): string {
  const rows = [...el.querySelectorAll('tr')].map((tr) =>
    [...tr.querySelectorAll('th, td')].map((cell) => oneLine(inlineChildren(cell, ctx)).replaceAll('|', '\\|')),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head!), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
}

function aside(el: MarkdownElement, ctx: Context): string {
  const kind = /starlight-aside--(\w+)/.exec(el.getAttribute('class') ?? '')?.[1] ?? 'note';
  const label = kind.charAt(0).toUpperCase() + kind.slice(1);
  const titleEl = el.querySelector('.starlight-aside__title');
  const title = titleEl ? oneLine(escapeText(collapse(titleEl.textContent ?? ''))) : '';
  const content = el.querySelector('.starlight-aside__content');
  const head = title && title !== label ? `**${label}: ${title}**` : `**${label}**`;
  return quote([head, ...(content ? blocks(content, ctx) : [])].join('\n\n'));
}

const quote = (text: string) => text.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n');

/** A generated file: a fenced block with its language and file name, the exact text of its `<code>`. */
function fileBlock(figure: MarkdownElement): string {
  const code = figure.querySelector('code');
  const language = figure.querySelector('pre')?.getAttribute('data-language') ?? '';
  const name = figure.getAttribute('data-filename') ?? '';
  return fence(code?.textContent ?? '', `${language}${name ? ` title="${name.replaceAll('"', "'")}"` : ''}`);
}

/** An Expressive Code frame: its copy button's text (lines joined by U+007F), or its lines. */
function codeBlockOfFrame(el: MarkdownElement): string {
  const pre = el.querySelector('pre');
  const language = pre?.getAttribute('data-language') ?? '';
  const title = oneLine(el.querySelector('figcaption .title')?.textContent ?? '');
  const copied = el.querySelector('[data-code]')?.getAttribute('data-code');
  const text =
    copied ?? [...el.querySelectorAll('.ec-line')].map((line) => (line.querySelector('.code')?.textContent ?? '').replace(/\n$/, '')).join('\n');
  return fence(text.replaceAll('\u007f', '\n'), `${language}${title ? ` title="${title.replaceAll('"', "'")}"` : ''}`);
}

function fence(text: string, info: string): string {
  const body = text.replace(/\n$/, '');
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${info}\n${body}\n${marks}`;
}

/** A "What to enter" card: its title and where, then each field as `- label: value`. */
function cardBlock(card: MarkdownElement, ctx: Context): string {
  const kicker = oneLine(card.querySelector('.om-card__kicker')?.textContent ?? 'What to enter');
  const title = oneLine(card.querySelector('.om-card__title')?.textContent ?? '');
  const where = oneLine(card.querySelector('.om-card__where')?.textContent ?? '');
  const head = `**${escapeText(kicker)}: ${escapeText(title)}**${where ? ` (${escapeText(where)})` : ''}`;
  const rows = [...card.querySelectorAll('.om-card__row')].map((row) => {
    const dt = row.querySelector('dt');
    const dd = row.querySelector('dd');
    return labelValue(dt ? oneLine(inlineChildren(dt, ctx)) : '', dd ? blocks(dd, ctx) : []);
  });
  const skip = card.querySelector('.om-card__skip');
  return [head, ...(skip ? [paragraph(inlineChildren(skip, ctx))] : []), rows.join('\n')].filter(Boolean).join('\n\n');
}

function linkCard(card: MarkdownElement, ctx: Context): string {
  const a = card.querySelector('a[href]');
  const title = oneLine(escapeText(collapse(card.querySelector('.title')?.textContent ?? a?.textContent ?? '')));
  const description = oneLine(escapeText(collapse(card.querySelector('.description')?.textContent ?? '')));
  const link = a ? `[${title}](${absolute(a.getAttribute('href') ?? '', ctx)})` : title;
  return `- ${link}${description ? `: ${description}` : ''}`;
}

/** The build's note above placeholder files: in Markdown there is no highlighting, so name the placeholders. */
function placeholderNote(note: MarkdownElement): string {
  const box = note.closest('.om-snippet');
  const words = box ? [...new Set([...box.querySelectorAll('.tok-placeholder')].map((w) => (w.textContent ?? '').trim()))].filter(Boolean) : [];
  const list = words.length > 0 ? ` (${words.map((w) => `\`${w}\``).join(', ')})` : '';
  return `_Words in capitals${list} are placeholders: replace them with your values (on the site, the setup panel fills them in)._`;
}

/**
 * Interactive tools: one line saying what they do on the site (their heading kept, so that the
 * page's anchors still name something). Undefined for anything else.
 */
function toolLine(el: MarkdownElement, ctx: Context): string[] | undefined {
  const release = el.getAttribute('data-release') ?? '';
  const releaseArg = release ? ` --release ${release}` : '';
  const heading = (selector: string) => {
    const h = el.querySelector(selector);
    const text = h ? oneLine(escapeText(collapse(h.textContent ?? ''))) : '';
    const level = h ? /^H([1-6])$/.exec(h.tagName.toUpperCase())?.[1] : undefined;
    return text ? [level ? `${'#'.repeat(Number(level))} ${text}` : `**${text}**`] : [];
  };
  if (el.matches('[data-setup-panel]')) {
    const derived = el.querySelector('.om-setup__derived dl');
    return [
      ...heading('.om-setup__title'),
      `_On the site, a form here takes your values (OpenMetadata URL, flow, Okta domain, authorization server, client ID, principal domain, admins) and fills them into every snippet, card and value of this release's pages; nothing leaves the page._`,
      ...(derived ? ['Computed from your values:', definitionList(derived, ctx)] : []),
    ];
  }
  if (el.matches('[data-runbook-check]')) {
    const checks = (el.getAttribute('aria-label') ?? '').replace(/^Check:\s*/, '');
    return [
      `_On the site, a "Check it now" button here runs these checks from the browser against your values${checks ? ` (${escapeText(checks)})` : ''}. From a terminal: \`om-okta verify --inputs inputs.json${releaseArg}\`._`,
    ];
  }
  if (el.matches('[data-config-linter]')) {
    return [
      ...heading('.om-tool__title'),
      `_On the site, a text box here checks a pasted configuration file (env file, openmetadata.yaml, Helm values or ingestion workflow) without sending it anywhere. From a terminal: \`om-okta lint FILE${releaseArg}\`._`,
    ];
  }
  if (el.matches('[data-error-explainer]')) {
    return [
      ...heading('.om-tool__title'),
      `_On the site, a text box here takes a pasted error message or log lines and names the failure modes below that match. Without it, search this page for the words of the message._`,
    ];
  }
  if (el.matches('[data-token-check]')) {
    // One line, whatever the reader pasted or the check showed: a copied page never holds the token or its claims.
    return [
      ...heading('.om-tool__title'),
      `_On the site, a text box here checks a pasted ID or access token against your values without sending it anywhere, and shows the user OpenMetadata makes of it. From a terminal: \`om-okta token --inputs inputs.json${releaseArg}\` with the token on standard input._`,
    ];
  }
  if (el.matches('[data-keypair]')) {
    return ['_On the site, a button here generates the RSA key pair in the browser. From a terminal: `om-okta keys --kid YOUR_KID`._'];
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Inline

function inlineChildren(el: MarkdownElement, ctx: Context): string {
  let out = '';
  for (const child of el.childNodes) {
    if (isElement(child)) {
      if (!child.matches(SKIP)) out += isBlock(child) ? ` ${blocks(child, ctx).join(' ')} ` : inlineOf(child, ctx);
    } else if (child.nodeType === TEXT) out += escapeText(collapse(child.textContent ?? ''));
  }
  return out;
}

function inlineOf(el: MarkdownElement, ctx: Context): string {
  switch (el.tagName.toUpperCase()) {
    case 'CODE':
    case 'KBD':
      return code(collapse(el.textContent ?? ''));
    case 'STRONG':
    case 'B':
      return wrap('**', inlineChildren(el, ctx));
    case 'EM':
    case 'I':
      return wrap('_', inlineChildren(el, ctx));
    case 'A': {
      const text = inlineChildren(el, ctx).trim();
      const href = el.getAttribute('href');
      return href ? `[${text || absolute(href, ctx)}](${absolute(href, ctx)})` : text;
    }
    case 'IMG': {
      const src = el.getAttribute('src');
      return src ? `![${escapeText(collapse(el.getAttribute('alt') ?? ''))}](${absolute(src, ctx)})` : '';
    }
    case 'BR':
      return '\n';
    default:
      return inlineChildren(el, ctx);
  }
}

/** `**x**` around the words, with the spaces around them kept outside. */
function wrap(mark: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : text;
}

function code(text: string): string {
  if (text === '') return '';
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${marks}${pad}${text}${pad}${marks}`;
}

function absolute(href: string, ctx: Context): string {
  try {
    return new URL(href, ctx.page).href;
  } catch {
    return href;
  }
}

const collapse = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Escapes what Markdown would read as markup in running text (underscores inside words are left alone). */
function escapeText(text: string): string {
  return text
    .replace(/([\\`*[\]])/g, '\\$1')
    .replace(/(^|[^A-Za-z0-9])_|_(?=[^A-Za-z0-9]|$)/g, (m) => m.replace('_', '\\_'))
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

/** A paragraph's text: spaces tidied, and a start that Markdown would read as a heading, quote or list escaped. */
function paragraph(text: string): string {
  const tidy = text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .trim();
  return tidy.replace(/^(#{1,6} |>|[-+] |(\d+)\. )/, (m, _all, digits: string | undefined) => (digits ? `${digits}\\. ` : `\\${m}`));
}
