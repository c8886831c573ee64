/**
 * <om-error-explainer>: the reader pastes an error or log lines; src/rules/explain.ts names the
 * matching failure modes, offline (src/live/tools.ts). That code loads on the first question.
 */
import { define } from './define.ts';
export class OmErrorExplainer extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-explain-run]')!.addEventListener('click', () => void this.run());
  }

  async run(): Promise<void> {
    const { explainHtml } = await import('../../src/live/tools.ts');
    const text = this.querySelector<HTMLTextAreaElement>('[data-explain-input]')!.value;
    this.querySelector('[data-explain-result]')!.innerHTML = await explainHtml(text, this.querySelector<HTMLElement>('[data-error-explainer]')!.dataset['release'] ?? '');
  }
}

define('om-error-explainer', OmErrorExplainer);
