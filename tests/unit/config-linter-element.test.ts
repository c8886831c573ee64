// @vitest-environment happy-dom
/** <om-config-linter>: a pasted file is read for the page's release and its findings shown with their lines. */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/config-linter.ts';
import { mount, until } from './support/dom.ts';

const check = async (text: string) => {
  document.querySelector<HTMLTextAreaElement>('[data-lint-input]')!.value = text;
  document.querySelector<HTMLElement>('[data-lint-run]')!.click();
  return until(() => document.querySelector('[data-lint-result] [data-lint-kind]'), 'the verdict');
};

beforeEach(() => {
  mount('<om-config-linter><section data-config-linter data-release="1.12"><textarea data-lint-input></textarea>' +
    '<button type="button" data-lint-run>Check</button><div data-lint-result></div></section></om-config-linter>');
});

describe('<om-config-linter>', () => {
  it('shows the findings of a bad env file, each with its rule id and line', async () => {
    const verdict = await check('AUTHENTICATION_PROVIDER=okta\nAUTHENTICATON_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9\n');
    expect(verdict.getAttribute('data-lint-kind')).toBe('env');
    expect(verdict.textContent).toMatch(/for OpenMetadata 1\.12: \d+ errors?/);
    const finding = document.querySelector('[data-lint-result] [data-rule-id="OKTA-KEY-001"]')!;
    expect(finding).not.toBeNull();
    expect(finding.querySelector('.om-tool__line')!.textContent).toBe('2: AUTHENTICATON_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9');
  });

  it("shows the file's lines with control characters as visible escapes, cut to a readable length", async () => {
    await check(`AUTHENTICATION_PROVIDER=okta\n\u001b]0;pwned\u0007KEY=1\nAUTHENTICATION_AUTHORITY=${'x'.repeat(5000)}\n`);
    const lines = [...document.querySelectorAll('[data-lint-result] .om-tool__line')].map((el) => el.textContent ?? '');
    expect(lines.some((line) => line.startsWith('2: \\x1b]0;pwned\\x07KEY=1'))).toBe(true);
    expect(lines.join('')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(260);
  });
});
