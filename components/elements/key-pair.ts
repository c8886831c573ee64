/**
 * <om-key-pair> generates the Okta service application's RSA key pair in the browser (src/keys,
 * WebCrypto). The public key set is shown and downloadable; the private key is only downloadable:
 * it lives in this element until the page is left, never shown, stored, put in a URL or sent.
 */
import { define } from './define.ts';
import { isValidKid, keyPairFiles, keyPairSet, publicJwksFileText, randomKid, type KeyPairSet } from '../../src/keys/index.ts';

export class OmKeyPair extends HTMLElement {
  #current: KeyPairSet | undefined;

  connectedCallback(): void {
    this.querySelector<HTMLElement>('[data-keypair-ui]')!.hidden = false;
    this.querySelector('[data-keypair-generate]')!.addEventListener('click', () => void this.generate());
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('[data-keypair-download]');
      if (!link || !this.#current) return;
      const file = keyPairFiles(this.#current).find((f) => f.secret === (link.dataset['keypairDownload'] === 'private'))!;
      const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
      link.href = url;
      setTimeout(() => {
        URL.revokeObjectURL(url);
        link.href = 'data:,';
      }, 10_000);
    });
  }

  async generate(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-keypair-status]')!;
    const kidInput = document.querySelector<HTMLInputElement>('[data-setup-panel] [name="serviceKid"]');
    let kid = kidInput?.value.trim() ?? '';
    if (!isValidKid(kid)) {
      kid = randomKid();
      if (kidInput) {
        // The generated id goes into the panel so the generated scripts check the same kid.
        kidInput.value = kid;
        kidInput.dispatchEvent(new Event('input', { bubbles: true }));
      }
    }
    status.textContent = 'Generating a 2048-bit RSA key pair…';
    try {
      this.#current = await keyPairSet(kid);
    } catch (error) {
      status.textContent = `This browser cannot generate the key here (${(error as Error).message}). Use om-okta keys instead.`;
      return;
    }
    this.querySelector('[data-keypair-kid]')!.textContent = kid;
    this.querySelector('[data-keypair-public]')!.textContent = publicJwksFileText(this.#current);
    this.querySelector<HTMLElement>('[data-keypair-result]')!.hidden = false;
    status.textContent = 'Done. Download both files; generating again replaces both keys.';
  }
}

define('om-key-pair', OmKeyPair);
