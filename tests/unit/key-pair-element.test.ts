// @vitest-environment happy-dom
/**
 * <om-key-pair>: generates an RSA key pair with the panel's kid (or a new one it puts in the panel),
 * shows the public key set only, and offers both files for download.
 */
import { describe, expect, it } from 'vitest';
import '../../components/elements/key-pair.ts';
import { mount, until } from './support/dom.ts';

describe('<om-key-pair>', () => {
  it('generates a key pair, puts the new kid in the panel and never shows the private key', async () => {
    mount('<section data-setup-panel><input name="serviceKid" value="not valid!"></section>' +
      '<om-key-pair><div data-keypair><div data-keypair-ui hidden><button type="button" data-keypair-generate>Generate</button>' +
      '<p data-keypair-status></p><div data-keypair-result hidden><code data-keypair-kid></code><code data-keypair-public></code>' +
      '<a href="data:," data-keypair-download="public">public</a><a href="data:," data-keypair-download="private">private</a></div></div></div></om-key-pair>');
    expect(document.querySelector<HTMLElement>('[data-keypair-ui]')!.hidden).toBe(false);
    let edited = 0;
    document.addEventListener('input', () => edited++);
    document.querySelector<HTMLElement>('[data-keypair-generate]')!.click();
    await until(() => document.querySelector('[data-keypair-status]')!.textContent!.startsWith('Done'), 'the key pair', 15_000);
    const kid = document.querySelector('[data-keypair-kid]')!.textContent!;
    expect(kid).not.toBe('not valid!');
    expect(document.querySelector<HTMLInputElement>('[name="serviceKid"]')!.value).toBe(kid);
    expect(edited).toBe(1);
    const jwks = JSON.parse(document.querySelector('[data-keypair-public]')!.textContent!) as { keys: Record<string, unknown>[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', kid });
    expect(document.body.innerHTML).not.toMatch(/"d"\s*:/);
    expect(document.querySelector<HTMLElement>('[data-keypair-result]')!.hidden).toBe(false);
    const link = document.querySelector<HTMLAnchorElement>('[data-keypair-download="private"]')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(link.href).toMatch(/^blob:/);
  });
});
