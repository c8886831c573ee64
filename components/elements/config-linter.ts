/**
 * <om-config-linter>: the reader pastes a configuration file; src/lint detects its kind, reads it
 * for the page's release and runs the rules (src/live/tools.ts). That code loads on the first check.
 */
import { define } from './define.ts';
export class OmConfigLinter extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-lint-run]')!.addEventListener('click', () => void this.run());
  }

  async run(): Promise<void> {
    const { lintResultHtml } = await import('../../src/live/tools.ts');
    const text = this.querySelector<HTMLTextAreaElement>('[data-lint-input]')!.value;
    this.querySelector('[data-lint-result]')!.innerHTML = await lintResultHtml(text, this.querySelector<HTMLElement>('[data-config-linter]')!.dataset['release'] ?? '');
  }
}

define('om-config-linter', OmConfigLinter);
