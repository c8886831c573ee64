// @vitest-environment happy-dom
/**
 * The page-to-Markdown converter (src/markdown/page.ts) on markup shaped like the built pages:
 * headings, generated files, Expressive Code blocks, "what to enter" cards, tables, asides,
 * links made absolute, the interactive tools replaced by one line, and nothing a form holds.
 */
import { describe, expect, it } from 'vitest';
import { markdownPath, pageToMarkdown, redactSecret } from '../../src/markdown/page.ts';
import { fileFigureHtml, cardBodyHtml } from '../../src/live/html.ts';
import { consoleStep } from '../../src/okta/console-steps.ts';
import { PLACEHOLDER_INPUTS } from '../../src/inputs/fields.ts';
import { release } from './support/elements.ts';

const PAGE = 'http://127.0.0.1:4321/v1.12/deployment/docker/';

function convert(html: string, title = 'Docker', description?: string): string {
  const root = document.createElement('div');
  root.className = 'sl-markdown-content';
  root.innerHTML = html;
  return pageToMarkdown(root, { title, description, pageUrl: PAGE });
}

const anchor = (id: string, text: string, level = 2) =>
  `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span aria-hidden="true"><svg></svg></span><span class="sr-only">Section titled “${text}”</span></a></div>`;

describe('pageToMarkdown', () => {
  it('writes the title, the description, headings and paragraphs with inline markup', () => {
    const md = convert(`<p>Run <code>docker compose</code> with <strong>care</strong> and <em>patience</em>.</p>${anchor('apply-it', 'Apply it')}<h3 id="x">Then</h3><p>Done.</p>`, 'Docker', 'Configure Docker.');
    expect(md).toBe('# Docker\n\n> Configure Docker.\n\nRun `docker compose` with **care** and _patience_.\n\n## Apply it\n\n### Then\n\nDone.\n');
  });

  it('makes links and images absolute against the page URL, anchors included', () => {
    const md = convert('<p>See <a href="../../troubleshooting/#okta-env-002">OKTA-ENV-002</a>, <a href="#your-values">your values</a> and <a href="https://example.com/x">x</a>.</p><figure class="om-shot"><img src="/screenshots/a.png" alt="A card"></figure>');
    expect(md).toContain('[OKTA-ENV-002](http://127.0.0.1:4321/v1.12/troubleshooting/#okta-env-002)');
    expect(md).toContain('[your values](http://127.0.0.1:4321/v1.12/deployment/docker/#your-values)');
    expect(md).toContain('[x](https://example.com/x)');
    expect(md).toContain('![A card](http://127.0.0.1:4321/screenshots/a.png)');
  });

  it('writes each generated file as a fenced block with its language and file name, its text exact', () => {
    const text = 'AUTHENTICATION_PROVIDER=okta\n# a ``` fence inside\nAUTHORIZER_ADMIN_PRINCIPALS=\'["jane"]\'\n';
    const figure = fileFigureHtml({ filename: 'openmetadata-okta.env', language: 'dotenv', text }, { target: 'docker', release: '1.12', flow: 'implicit' }, 'live');
    const md = convert(`<om-snippet><div class="om-snippet" data-state="live">${figure}</div></om-snippet>`);
    expect(md).toContain(`\`\`\`\`dotenv title="openmetadata-okta.env"\n${text}\`\`\`\`\n`);
    expect(md).not.toMatch(/Copy|Download/);
  });

  it('names the placeholders of a build snippet instead of the note about highlighting', () => {
    const figure = fileFigureHtml({ filename: 'a.env', language: 'dotenv', text: 'X=OKTA_DOMAIN\n' }, { target: 'docker', release: '1.12', flow: 'implicit' }, 'placeholder');
    const md = convert(`<div class="om-snippet"><p class="om-snippet__note" data-snippet-placeholder>Highlighted words are placeholders.</p>${figure}</div>`);
    expect(md).toContain('`OKTA_DOMAIN`');
    expect(md).not.toContain('Highlighted');
    expect(md).toContain('```dotenv title="a.env"\nX=OKTA_DOMAIN\n```');
  });

  it('reads an Expressive Code block from its copy text, lines and language kept', () => {
    const md = convert(
      '<div class="expressive-code"><figure class="frame is-terminal"><figcaption class="header"><span class="title"></span><span class="sr-only">Terminal window</span></figcaption>' +
        '<pre data-language="sh"><code><div class="ec-line"><div class="code">docker compose up</div></div></code></pre>' +
        '<div class="copy"><button data-code="docker compose exec x\u007fdocker compose restart x"><div></div></button></div></figure></div>',
    );
    expect(md).toContain('```sh\ndocker compose exec x\ndocker compose restart x\n```');
    expect(md).not.toContain('Terminal window');
  });

  it('writes a "what to enter" card as a list of label: value', () => {
    const card = cardBodyHtml(consoleStep('app-general', { ...PLACEHOLDER_INPUTS, flow: 'implicit' }, release('1.12')));
    const md = convert(`<om-console-card><section class="om-card not-content" data-step="app-general">${card}</section></om-console-card>`);
    expect(md).toContain('**What to enter: General Settings of the new app** (New Single-Page Application App Integration > General Settings)');
    expect(md).toContain('- App integration name: OpenMetadata');
    expect(md).toContain('- Sign-in redirect URIs:\n  - `https://OPENMETADATA_HOST/callback`\n  - `https://OPENMETADATA_HOST/silent-callback`');
    expect(md).toContain('- Base URIs: `https://OPENMETADATA_HOST`');
  });

  it('writes tables, nested lists, steps and asides', () => {
    const md = convert(
      '<table><thead><tr><th>Value</th><th>Where</th></tr></thead><tbody><tr><td>Issuer</td><td><code>a|b</code></td></tr></tbody></table>' +
        '<ol class="sl-steps"><li><p>First.</p><ul><li>inner</li></ul></li><li><p>Second.</p></li></ol>' +
        '<aside class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title"><svg></svg>Mind this</p><div class="starlight-aside__content"><p>Careful.</p></div></aside>',
    );
    expect(md).toContain('| Value | Where |\n| --- | --- |\n| Issuer | `a\\|b` |');
    expect(md).toContain('1. First.\n\n   - inner\n\n2. Second.');
    expect(md).toContain('> **Caution: Mind this**\n>\n> Careful.');
  });

  it('replaces the setup panel and the tools by one line each and keeps nothing a form holds', () => {
    const html =
      '<om-setup-panel><section class="om-setup" data-setup-panel data-release="1.12"><header><h2 class="om-setup__title" id="om-setup-title">Your values for OpenMetadata 1.12</h2><noscript><p>JavaScript is off</p></noscript></header>' +
      '<form><div class="om-field"><label>Client secret</label><input name="clientSecret" type="password" value="typed-secret"><p class="om-field__help">Help text for the field</p></div>' +
      '<textarea name="adminPrincipals">jane</textarea><select name="flow"><option>Implicit flow</option></select></form>' +
      '<div class="om-setup__derived"><h3>Computed</h3><dl><div><dt>Issuer (authority)</dt><dd><span data-derived="issuer"><code>https://acme.okta.com/oauth2/default</code></span><button>Copy</button></dd></div></dl></div>' +
      '<div class="om-setup__actions"><button>Copy a share link</button><input data-share-url value="http://share"></div></section></om-setup-panel>' +
      '<om-runbook-check><section class="om-tool" data-runbook-check data-release="1.12" aria-label="Check: Okta discovery, Okta signing keys"><p>Checks things.</p><button>Run 2 checks</button><ul data-runbook-results><li>Pass</li></ul></section></om-runbook-check>' +
      '<om-config-linter><section class="om-tool" data-config-linter data-release="1.12"><h2 id="om-lint-title" class="om-tool__title">Check a configuration file</h2><label>Paste</label><textarea data-lint-input>AUTHENTICATION_PROVIDER=okta</textarea><div data-lint-result>finding</div></section></om-config-linter>' +
      '<om-error-explainer><section class="om-tool" data-error-explainer data-release="1.12"><h2 class="om-tool__title">Explain an error</h2><textarea>error text</textarea></section></om-error-explainer>' +
      '<om-token-check><section class="om-tool" data-token-check data-release="1.12"><h2 class="om-tool__title">Check a token</h2><textarea data-token-input>eyJhbGciOiJSUzI1NiJ9.pasted</textarea><div data-token-result><dl data-token-user><dd>claimed.user</dd></dl></div></section></om-token-check>' +
      '<om-key-pair><div class="om-keypair" data-keypair><div data-keypair-result><code data-keypair-public>{"kty":"RSA"}</code></div></div></om-key-pair>';
    const md = convert(html);
    expect(md).toContain('## Your values for OpenMetadata 1.12\n\n_On the site, a form here takes your values');
    expect(md).toContain('- Issuer (authority): `https://acme.okta.com/oauth2/default`');
    expect(md).toContain('`om-okta verify --inputs inputs.json --release 1.12`');
    expect(md).toContain('(Okta discovery, Okta signing keys)');
    expect(md).toContain('## Check a configuration file\n\n_On the site, a text box here checks a pasted configuration file');
    expect(md).toContain('`om-okta lint FILE --release 1.12`');
    expect(md).toContain('## Explain an error');
    expect(md).toContain('`om-okta keys --kid YOUR_KID`');
    expect(md).toContain('## Check a token\n\n_On the site, a text box here checks a pasted ID or access token');
    expect(md).toContain('`om-okta token --inputs inputs.json --release 1.12`');
    for (const leaked of ['eyJhbGciOiJSUzI1NiJ9', 'claimed.user', 'typed-secret', 'Help text', 'jane', 'Implicit flow', 'share', 'Run 2', 'Pass', 'AUTHENTICATION_PROVIDER', 'finding', 'error text', 'kty', 'JavaScript is off', 'Copy']) {
      expect(md, leaked).not.toContain(leaked);
    }
  });

  it('keeps both flows of flow tabs, with their titles, and leaves out the tab buttons', () => {
    const md = convert(
      '<om-flow-tabs><div data-flow-tabs data-tabs="on"><div role="tablist"><button role="tab">Implicit flow (public)</button><button role="tab">Auth code flow (confidential)</button></div>' +
        '<section data-flow-panel="implicit"><h3 class="om-flow-panel__title" hidden>Implicit flow (public)</h3><p>A.</p></section>' +
        '<section data-flow-panel="authcode" hidden><h3 class="om-flow-panel__title" hidden>Auth code flow (confidential)</h3><p>B.</p></section></div></om-flow-tabs>',
    );
    expect(md).toBe('# Docker\n\n### Implicit flow (public)\n\nA.\n\n### Auth code flow (confidential)\n\nB.\n');
  });

  it('escapes text Markdown would read as markup, but not underscores inside words', () => {
    const md = convert('<p>Use *stars*, [brackets], <code>`tick`</code> and ENV_VAR_NAME or _x_.</p><p># not a heading</p>');
    expect(md).toContain('Use \\*stars\\*, \\[brackets\\], `` `tick` `` and ENV_VAR_NAME or \\_x\\_.');
    expect(md).toContain('\\# not a heading');
  });

  it('writes link cards as one list of links with their descriptions', () => {
    const card = (href: string, title: string, description: string) =>
      `<div class="sl-link-card"><span class="sl-flex stack"><a href="${href}"><span class="title">${title}</span></a><span class="description">${description}</span></span><svg></svg></div>`;
    const md = convert(`<div class="card-grid">${card('../../ingestion/', 'Ingestion', 'Give workflows the token.')}${card('/v2.0/', 'OpenMetadata 2.0', 'Newest.')}</div>`);
    expect(md).toContain('- [Ingestion](http://127.0.0.1:4321/v1.12/ingestion/): Give workflows the token.\n- [OpenMetadata 2.0](http://127.0.0.1:4321/v2.0/): Newest.');
  });
});

describe('redactSecret', () => {
  it('replaces every occurrence of the secret, as typed and as the files quote it', () => {
    expect(redactSecret('a S3cr3t b S3cr3t', 'S3cr3t')).toBe('a OIDC_CLIENT_SECRET b OIDC_CLIENT_SECRET');
    expect(redactSecret("secret: 'it''s'", "it's")).toBe("secret: 'OIDC_CLIENT_SECRET'");
    expect(redactSecret('"a\\"b"', 'a"b')).toBe('"OIDC_CLIENT_SECRET"');
    expect(redactSecret('x=a%2Fb', 'a/b')).toBe('x=OIDC_CLIENT_SECRET');
    expect(redactSecret(convert('<p>The secret a*b_ is here.</p>'), 'a*b_')).toContain('The secret OIDC_CLIENT_SECRET is here.');
  });

  it('leaves the text alone without a secret', () => {
    expect(redactSecret('text', '')).toBe('text');
    expect(redactSecret('text', undefined)).toBe('text');
  });
});

describe('markdownPath', () => {
  it('puts index.md in the page folder', () => {
    expect(markdownPath('/v1.12/deployment/docker/')).toBe('/v1.12/deployment/docker/index.md');
    expect(markdownPath('/')).toBe('/index.md');
    expect(markdownPath('/releases')).toBe('/releases/index.md');
  });
});
