// @vitest-environment happy-dom
/**
 * <om-copy-page>: shows its button once defined (the build renders it hidden), and copies the page
 * as Markdown as it is now, with the client secret typed in the setup panel replaced wherever it
 * appears.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../components/elements/copy-page.ts';
import { fileFigureHtml } from '../../src/live/html.ts';
import { mount, until } from './support/dom.ts';

const SECRET = 'S3cr3t-canary-value';
let copied: string[] = [];

beforeEach(() => {
  copied = [];
  vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text: string) => {
    copied.push(text);
  });
  const file = fileFigureHtml(
    { filename: 'openmetadata-okta.env', language: 'dotenv', text: `OIDC_CLIENT_ID=0oaAcme\nOIDC_CLIENT_SECRET='${SECRET}'\n` },
    { target: 'docker', release: '1.12', flow: 'authcode' },
    'live',
  );
  mount(
    '<div class="om-title"><h1 id="_top">Docker</h1><om-copy-page data-site-url="https://guide.example"><button type="button" data-copy-page hidden>Copy page as Markdown</button><a href="/x/index.md">View as Markdown</a></om-copy-page></div>' +
      `<section data-setup-panel data-release="1.12"><form><input name="clientSecret" type="password"></form></section>` +
      `<div class="sl-markdown-content"><p>Your secret is ${SECRET}.</p><div class="om-snippet">${file}</div></div>`,
  );
  document.querySelector<HTMLInputElement>('[name="clientSecret"]')!.value = SECRET;
});

describe('<om-copy-page>', () => {
  it('shows its button and copies the page without the client secret', async () => {
    const button = document.querySelector<HTMLButtonElement>('[data-copy-page]')!;
    expect(button.hidden).toBe(false);
    button.click();
    await until(() => copied.length > 0, 'the copy');
    const md = copied[0]!;
    expect(md.startsWith('# Docker\n')).toBe(true);
    expect(md).toContain('```dotenv title="openmetadata-okta.env"\nOIDC_CLIENT_ID=0oaAcme\n');
    expect(md).toContain("OIDC_CLIENT_SECRET='OIDC_CLIENT_SECRET'");
    expect(md).toContain('Your secret is OIDC_CLIENT_SECRET.');
    expect(md).not.toContain(SECRET);
    await until(() => button.textContent === 'Copied', 'the Copied feedback');
  });
});
