/**
 * <om-runbook-check> runs the live checks of one part of the guide (src/runbook, through
 * src/live/tools.ts) against the values in the setup panel, from the browser. A request the
 * target refuses for CORS reasons is reported as "could not run here", with the commands to run
 * instead. The check code loads when the reader asks.
 */
import { define } from './define.ts';
import type { GuideStep } from '../../src/runbook/types.ts';
import type { OmSetupPanel } from './setup-panel.ts';

export class OmRunbookCheck extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-runbook-run]')!.addEventListener('click', () => void this.run());
  }

  async run(): Promise<void> {
    const root = this.querySelector<HTMLElement>('[data-runbook-check]')!;
    const out = this.querySelector<HTMLElement>('[data-runbook-results]')!;
    const { runRunbookChecks } = await import('../../src/live/tools.ts');
    const values = document.querySelector<OmSetupPanel>('om-setup-panel')?.values ?? {};
    // window.fetch must be called unbound.
    await runRunbookChecks(values, root.dataset['release'] ?? '', root.dataset['group'] as GuideStep, (input, init) => window.fetch(input, init), (html) => {
      out.innerHTML = html;
    });
  }
}

define('om-runbook-check', OmRunbookCheck);
