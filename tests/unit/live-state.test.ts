/**
 * The browser's pure helpers behind the custom elements: the value store, the panel's summary and
 * status words, the checked values with their per-flow checks, when the engine loads at once,
 * and the tools' HTML (linter, explainer, runbook inputs).
 */
import { describe, expect, it, vi } from 'vitest';
import { bringsValues, storageKey } from '../../src/live/form.ts';
import { checkValues } from '../../src/live/state.ts';
import { createStore } from '../../src/live/store.ts';
import { BLANK_STATUS, BLANK_SUMMARY, statusText, summaryText } from '../../src/live/summary.ts';
import { explainHtml, lintInputs, lintView, runbookInputs } from '../../src/live/tools.ts';
import { findRelease } from '../../src/releases/index.ts';
import { checkAll } from '../../src/rules/index.ts';

const r112 = findRelease('1.12')!;
const EXAMPLE = { oktaDomain: 'dev-123456.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9', flow: 'implicit' } as const;

describe('createStore', () => {
  it('gives subscribers the current value at once, then every new one, until they unsubscribe', () => {
    const store = createStore(1);
    const seen: number[] = [];
    const off = store.subscribe((v) => seen.push(v));
    store.set(2);
    off();
    store.set(3);
    expect(seen).toEqual([1, 2]);
    expect(store.get()).toBe(3);
  });
});

describe('summary and status', () => {
  const error = { severity: 'error' };
  const note = { severity: 'warning' };
  it('says nothing is typed, no problem, or counts errors and notes', () => {
    expect(summaryText([], true)).toBe(BLANK_SUMMARY);
    expect(summaryText([], false)).toBe('No problems found in these values.');
    expect(summaryText([error, note, note], false)).toBe('1 error, 2 notes: see each field below.');
    expect(summaryText([error, error], false)).toBe('2 errors, 0 notes: see each field below.');
  });
  it('names the domain and the flow, and the errors when there are any', () => {
    expect(statusText('acme.okta.com', 'authcode', [])).toBe('acme.okta.com · auth code flow');
    expect(statusText('', 'implicit', [error, note])).toBe('no Okta domain · implicit flow · 1 error');
    expect(BLANK_STATUS).toContain('placeholders');
  });
});

describe('checkValues', () => {
  it('checks nothing while the form is blank', () => {
    const check = vi.fn(checkAll);
    const live = checkValues({ flow: 'implicit' }, r112, check);
    expect(live.blank).toBe(true);
    expect(live.diagnostics).toEqual([]);
    expect(check).not.toHaveBeenCalled();
  });
  it('checks the reader flow once, and each other flow once however many snippets ask', () => {
    const check = vi.fn(checkAll);
    const live = checkValues({ ...EXAMPLE, flow: 'authcode', clientSecret: 's3cret' }, r112, check);
    expect(live.inputs?.oktaDomain).toBe('dev-123456.okta.com');
    expect(check).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 3; i++) {
      live.forFlow('implicit');
      live.forFlow('authcode');
    }
    // The auth code snippets read what the reader's check read: no second check for them.
    expect(check).toHaveBeenCalledTimes(2);
    // The implicit snippets never see the secret.
    expect(check.mock.calls[1]![0]).not.toHaveProperty('clientSecret');
    expect(live.forFlow('authcode')).toEqual({ inputs: live.inputs, diagnostics: live.diagnostics });
  });
  it('shares the reader’s check with their flow’s snippets only when the snippets read the same inputs', () => {
    const check = vi.fn(checkAll);
    const implicit = checkValues({ ...EXAMPLE, inlineSecret: false, adminPrincipals: 'jane' }, r112, check);
    implicit.forFlow('implicit');
    expect(check).toHaveBeenCalledTimes(1);
    // A secret typed before switching to implicit: the implicit snippets drop it, so they get their own check.
    const leftSecret = checkValues({ ...EXAMPLE, clientSecret: 's3cret', adminPrincipals: 'jane' }, r112, check);
    leftSecret.forFlow('implicit');
    expect(check).toHaveBeenCalledTimes(3);
    // No admins yet: the reader is told, the snippets show the placeholder.
    const noAdmins = checkValues({ ...EXAMPLE, adminPrincipals: '' }, r112, check);
    expect(noAdmins.diagnostics.some((d) => d.field === 'adminPrincipals')).toBe(true);
    expect(noAdmins.forFlow('implicit').inputs?.adminPrincipals).toEqual(['ADMIN_USER_NAME']);
    expect(check).toHaveBeenCalledTimes(5);
  });
  it('keeps the findings of values the rules refuse', () => {
    const live = checkValues({ ...EXAMPLE, oktaDomain: 'not a domain' }, r112);
    expect(live.diagnostics.some((d) => d.field === 'oktaDomain' && d.severity === 'error')).toBe(true);
  });
});

describe('bringsValues', () => {
  it('is true for a share link or any saved release values, not for other keys', () => {
    expect(bringsValues('#setup?oktaDomain=a.okta.com', [])).toBe(true);
    expect(bringsValues('', ['other', storageKey('0.12')])).toBe(true);
    expect(bringsValues('#your-values', ['om-okta:steps:1.12:/v1.12/:0'])).toBe(false);
  });
});

describe('tools', () => {
  it('the linter names the kind, counts findings and quotes the line', async () => {
    const { html } = await lintView('AUTHENTICATION_PROVIDER=okta\nAUTHENTICATON_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9\n', '1.12');
    expect(html).toContain('data-lint-kind="env"');
    expect(html).toContain('for OpenMetadata 1.12');
    expect(html).toMatch(/data-rule-id="OKTA-KEY-001"/);
    expect(html).toContain('2: AUTHENTICATON_CLIENT_ID');
  });
  it('the linter compares the file with the reader\'s values and offers the file\'s values, never its secret', async () => {
    const file = [
      'AUTHENTICATION_PROVIDER=okta',
      'AUTHENTICATION_CLIENT_TYPE=confidential',
      'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default',
      'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
      'AUTHENTICATION_CALLBACK_URL=http://localhost:8585/callback',
      'AUTHORIZER_PRINCIPAL_DOMAIN=other.org',
      'OIDC_CLIENT_SECRET=a-secret-from-the-file-0123456789',
      '',
    ].join('\n');
    const view = await lintView(file, '1.13', { omUrl: 'https://om.acme.com', principalDomain: 'acme.com', clientSecret: 'typed-secret-0123456789' });
    expect(view.html).toMatch(/data-rule-id="OKTA-REDIR-002"[^>]*>.*Use https:\/\/om\.acme\.com\/callback/);
    expect(view.html).toContain('data-rule-id="OKTA-DOM-002"');
    expect(view.imported).toMatchObject({ oktaDomain: 'acme.okta.com', authServer: 'default', clientId: '0oa1b2c3d4e5f6g7h8i9', flow: 'authcode', principalDomain: 'other.org' });
    expect(view.imported).not.toHaveProperty('clientSecret');
    expect(view.html).toContain('data-import-skipped="clientSecret"');
    expect(view.html).not.toContain('a-secret-from-the-file');
    expect(view.html).not.toContain('typed-secret');
  });
  it('the linter is compared with what the reader gave only, never the secret', () => {
    expect(lintInputs({})).toBeUndefined();
    expect(lintInputs({ flow: 'implicit', omUrl: '' })).toBeUndefined();
    expect(lintInputs({ omUrl: 'https://om.acme.com', oktaDomain: ' ', clientSecret: 'x-secret', adminPrincipals: 'jane\nmax' })).toEqual({ omUrl: 'https://om.acme.com', adminPrincipals: ['jane', 'max'] });
  });
  it('the explainer lists the matching failure modes, or says none matched', async () => {
    expect(await explainHtml('No key found in https://dev-123456.okta.com/oauth2/default/v1/keys with kid 9A8b7C', '1.12')).toMatch(/<li data-fm="/);
    expect(await explainHtml('all good here', '1.12')).toContain('No known failure matches');
  });
  it('the runbook needs at least the Okta domain and the client ID', () => {
    expect(runbookInputs({})).toBeUndefined();
    expect(runbookInputs({ oktaDomain: 'dev-123456.okta.com' })).toBeUndefined();
    expect(runbookInputs(EXAMPLE)?.clientId).toBe('0oa1b2c3d4e5f6g7h8i9');
  });
});
