/**
 * <om-config-linter>: the reader pastes a configuration file; src/lint detects its kind, reads it
 * for the page's release and runs the rules (src/live/tools.ts), compared with the reader's values
 * when the setup panel has some. "Use these values" then fills the panel from the file, asking
 * first when that would replace values the reader typed. That code loads on the first check.
 */
import type { FormValues } from '../../src/live/form.ts';
import { copyText, flash, pointAt } from '../live/file-buttons.ts';
import { define } from './define.ts';
import type { OmSetupPanel } from './setup-panel.ts';

export class OmConfigLinter extends HTMLElement {
  /** The panel's fields as the last checked file gives them (never a secret). */
  #imported: FormValues = {};
  /** The last "Fix it": the corrected file and its patch, for Copy and Download. */
  #fix: { fixed: string; patch: string } | undefined;

  connectedCallback(): void {
    this.querySelector('[data-lint-run]')!.addEventListener('click', () => void this.run());
    this.querySelector('[data-lint-result]')!.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'import-values') void this.#import();
      else if (action === 'import-replace' || action === 'import-keep') void this.#import(action === 'import-replace' ? 'file' : 'mine');
      else if (action === 'fix') void this.#fixIt();
      else if (action === 'copy-fixed' && this.#fix) void flash(event.target as HTMLElement, copyText(this.#fix.fixed));
      else if ((action === 'download-fixed' || action === 'download-patch') && this.#fix) {
        pointAt((event.target as Element).closest('a')!, action === 'download-fixed' ? this.#fix.fixed : this.#fix.patch);
      }
    });
  }

  get #panel(): OmSetupPanel | null {
    return document.querySelector<OmSetupPanel>('om-setup-panel');
  }

  /** The reader's values, once the panel has restored them (undefined on a page without one). */
  async #readerValues(): Promise<FormValues | undefined> {
    const panel = this.#panel;
    if (!panel) return undefined;
    await panel.load();
    return panel.values;
  }

  async run(): Promise<void> {
    const [{ lintView }, values] = await Promise.all([import('../../src/live/tools.ts'), this.#readerValues()]);
    const text = this.querySelector<HTMLTextAreaElement>('[data-lint-input]')!.value;
    const view = await lintView(text, this.querySelector<HTMLElement>('[data-config-linter]')!.dataset['release'] ?? '', values);
    this.#imported = view.imported;
    this.querySelector('[data-lint-result]')!.innerHTML = view.html;
  }

  /** The pasted file corrected from the reader's values, as a diff, with Copy and Download. */
  async #fixIt(): Promise<void> {
    const box = this.querySelector<HTMLElement>('[data-fix-result]');
    if (!box) return;
    const [{ fixView }, values] = await Promise.all([import('../../src/live/tools.ts'), this.#readerValues()]);
    const text = this.querySelector<HTMLTextAreaElement>('[data-lint-input]')!.value;
    const view = await fixView(text, this.querySelector<HTMLElement>('[data-config-linter]')!.dataset['release'] ?? '', values);
    this.#fix = { fixed: view.fixed, patch: view.patch };
    box.innerHTML = view.html;
  }

  /** Fills the panel; when the file contradicts what the reader typed, asks first (`choice` is the answer). */
  async #import(choice?: 'file' | 'mine'): Promise<void> {
    const panel = this.#panel;
    const box = this.querySelector<HTMLElement>('[data-import-result]');
    if (!panel || !box) return;
    const [{ importPlan }, { importConfirmHtml, importDoneHtml }] = await Promise.all([import('../../src/live/import-plan.ts'), import('../../src/live/tools.ts')]);
    const plan = importPlan((await this.#readerValues()) ?? {}, this.#imported);
    if (plan.conflicts.length > 0 && !choice) {
      box.innerHTML = importConfirmHtml(plan);
      box.querySelector<HTMLElement>('[data-action="import-replace"]')?.focus();
      return;
    }
    const useFile = choice === 'file';
    await panel.importValues(useFile ? plan.useFile : plan.keepMine);
    const changed = useFile ? [...plan.filled, ...plan.conflicts.map((c) => c.field)] : plan.filled;
    box.innerHTML = importDoneHtml(changed, useFile ? 0 : plan.conflicts.length);
  }
}

define('om-config-linter', OmConfigLinter);
