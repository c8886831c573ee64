/**
 * <om-copy-page>: "Copy page as Markdown" next to the page title. It copies the page as the
 * reader sees it now (their values filled in) through the converter that writes the build's
 * `.md` files (src/markdown/page.ts, loaded on the first click), with the client secret the
 * reader typed replaced by `OIDC_CLIENT_SECRET` wherever it appears. The build renders the button
 * hidden: without JavaScript only the "View as Markdown" link shows.
 */
import { copyText, flash } from '../live/file-buttons.ts';
import { define } from './define.ts';

export class OmCopyPage extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-copy-page]');
    if (!button || button.dataset['ready']) return;
    button.dataset['ready'] = 'true';
    button.hidden = false;
    button.addEventListener('click', () => void flash(button, this.markdown().then(copyText, () => false)));
  }

  /** The page's content as Markdown, without the reader's client secret. */
  async markdown(): Promise<string> {
    const [{ pageToMarkdown, redactSecret }, { renderDeferred }] = await Promise.all([import('../../src/markdown/page.ts'), import('../live/values.ts')]);
    // The other flow's snippets, hidden behind their tab, are brought up to the reader's values too.
    renderDeferred();
    const root = document.querySelector('.sl-markdown-content');
    if (!root) throw new Error('no page content');
    const title = document.querySelector('h1')?.textContent?.trim() ?? document.title;
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    // The site's public address comes with the element (PageTitle.astro), like the build's .md files use.
    const site = this.dataset['siteUrl'] ?? location.origin;
    const markdown = pageToMarkdown(root, { title, description, pageUrl: new URL(location.pathname, site).href });
    const secret = document.querySelector<HTMLInputElement>('section[data-setup-panel] [name="clientSecret"]')?.value;
    return redactSecret(markdown, secret);
  }
}

define('om-copy-page', OmCopyPage);
