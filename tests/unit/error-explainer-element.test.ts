// @vitest-environment happy-dom
/** <om-error-explainer>: pasted log lines are matched to the catalogue's failure modes. */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/error-explainer.ts';
import { mount, until } from './support/dom.ts';

const explain = async (text: string) => {
  document.querySelector<HTMLTextAreaElement>('[data-explain-input]')!.value = text;
  document.querySelector('[data-explain-result]')!.innerHTML = '';
  document.querySelector<HTMLElement>('[data-explain-run]')!.click();
  return until(() => document.querySelector('[data-explain-result]')!.firstElementChild, 'the answer');
};

beforeEach(() => {
  mount('<om-error-explainer><section data-error-explainer data-release="1.12"><textarea data-explain-input></textarea>' +
    '<button type="button" data-explain-run>Explain</button><div data-explain-result></div></section></om-error-explainer>');
});

describe('<om-error-explainer>', () => {
  it('shows the matching entry with cause, fix and link, and says when nothing matches', async () => {
    const answer = await explain('com.auth0.jwk.SigningKeyNotFoundException: No key found in https://dev-123456.okta.com/oauth2/default/v1/keys with kid 9A8b7C');
    const first = answer.querySelector('li[data-fm]')!;
    expect(first).not.toBeNull();
    expect(first.textContent).toContain('matched');
    expect(first.textContent).toContain('Cause.');
    expect(first.querySelector('a')!.getAttribute('href')).toMatch(/troubleshooting/);
    expect((await explain('everything is fine')).textContent).toContain('No known failure matches this text');
  });
});
