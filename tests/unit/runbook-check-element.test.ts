// @vitest-environment happy-dom
/** <om-runbook-check>: asks for values first, then runs its group's checks against the panel's values. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../components/elements/runbook-check.ts';
import '../../components/elements/setup-panel.ts';
import { RUNBOOK_CHECKS } from '../../src/runbook/checks.ts';
import { EXAMPLE, mount, panelMarkup, release, until } from './support/elements.ts';

const CHECK =
  '<om-runbook-check><section data-runbook-check data-group="okta" data-release="1.12">' +
  '<button type="button" data-runbook-run>Run</button><ul data-runbook-results></ul></section></om-runbook-check>';
const results = () => document.querySelector('[data-runbook-results]')!;

beforeEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
});
afterEach(() => vi.restoreAllMocks());

describe('<om-runbook-check>', () => {
  it('asks the reader to fill in their values when the panel is empty', async () => {
    mount(panelMarkup(release('1.12')) + CHECK);
    document.querySelector<HTMLElement>('[data-runbook-run]')!.click();
    const item = await until(() => results().querySelector('.om-check--could-not-run'), 'the request for values');
    expect(item.textContent).toContain('Fill in your values first');
    expect(item.querySelector('a[href="#your-values"]')).not.toBeNull();
  });

  it('runs each check of its group against the typed values, and reports what it could not reach', async () => {
    const fetch = vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    mount(panelMarkup(release('1.12')) + CHECK);
    for (const name of ['oktaDomain', 'clientId'] as const) {
      const input = document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      input.value = EXAMPLE[name] as string;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
    document.querySelector<HTMLElement>('[data-runbook-run]')!.click();
    const okta = RUNBOOK_CHECKS.filter((c) => c.step === 'okta').map((c) => c.id);
    await until(() => results().querySelectorAll('[data-check-id]').length === okta.length, 'every okta check');
    expect([...results().querySelectorAll<HTMLElement>('[data-check-id]')].map((li) => li.dataset['checkId'])).toEqual(okta);
    expect(fetch).toHaveBeenCalled();
    expect(String(fetch.mock.calls[0]![0])).toContain('dev-123456.okta.com');
    expect(results().textContent).not.toContain('Fill in');
  });
});
