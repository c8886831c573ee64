/**
 * <om-token-check>: the reader pastes an ID or access token; src/token judges it against the
 * values in the setup panel (through src/live/token.ts, loaded on first use) and shows each
 * finding with its rule id and the user OpenMetadata makes. "Fetch Okta's keys" gets the key set
 * from the key URL those values give, kept in this element's memory only, so the next check
 * verifies the signature. The token is never stored, logged, put in a URL or sent: the textarea
 * has no name (the panel and share links never read it), and the only request is the key set's GET.
 */
import { define } from './define.ts';
import type { OmSetupPanel } from './setup-panel.ts';

/** The judge and its HTML, loaded on first use (one import site: the bundle lists its chunks once). */
const tokenTools = () => import('../../src/live/token.ts');

export class OmTokenCheck extends HTMLElement {
  /** Okta's key set once fetched; in memory only. */
  private jwks: Record<string, unknown> | undefined;

  connectedCallback(): void {
    this.querySelector('[data-token-run]')!.addEventListener('click', () => void this.run());
    this.querySelector('[data-token-keys]')!.addEventListener('click', () => void this.fetchKeys());
  }

  private get releaseId(): string {
    return this.querySelector<HTMLElement>('[data-token-check]')!.dataset['release'] ?? '';
  }

  private get values() {
    return document.querySelector<OmSetupPanel>('om-setup-panel')?.values ?? {};
  }

  async run(): Promise<void> {
    const { tokenResultHtml } = await tokenTools();
    const token = this.querySelector<HTMLTextAreaElement>('[data-token-input]')!.value;
    this.querySelector('[data-token-result]')!.innerHTML = await tokenResultHtml(token, this.values, this.releaseId, this.jwks);
  }

  async fetchKeys(): Promise<void> {
    const status = this.querySelector<HTMLElement>('[data-token-keys-result]')!;
    status.textContent = 'Fetching\u2026';
    const { fetchOktaKeys } = await tokenTools();
    // window.fetch must be called unbound.
    const fetched = await fetchOktaKeys(this.values, this.releaseId, (input, init) => window.fetch(input, init));
    if (fetched.jwks) this.jwks = fetched.jwks;
    status.innerHTML = fetched.html;
  }
}

define('om-token-check', OmTokenCheck);
