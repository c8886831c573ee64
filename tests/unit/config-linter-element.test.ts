// @vitest-environment happy-dom
/** <om-config-linter>: a pasted file is read for the page's release and its findings shown with their lines. */
import { beforeEach, describe, expect, it } from 'vitest';
import '../../components/elements/config-linter.ts';
import '../../components/elements/setup-panel.ts';
import { liveValues } from '../../components/live/values.ts';
import { storageKey } from '../../src/live/form.ts';
import { mount, until } from './support/dom.ts';
import { panelMarkup, release } from './support/elements.ts';

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

const LINTER = '<om-config-linter><section data-config-linter data-release="1.13"><textarea data-lint-input></textarea>' +
  '<button type="button" data-lint-run>Check</button><div data-lint-result></div></section></om-config-linter>';
const FILE = [
  'AUTHENTICATION_PROVIDER=okta',
  'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default',
  'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
  'AUTHENTICATION_CALLBACK_URL=https://om.acme.com/callback',
  'AUTHENTICATION_CLIENT_TYPE=confidential',
  'OIDC_CLIENT_SECRET=the-files-secret-0123456789',
  '',
].join('\n');
const field = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

describe('<om-config-linter> with the setup panel: Use these values', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    localStorage.clear();
    liveValues.set(undefined);
    history.replaceState(null, '', '/v1.13/check-config/');
  });

  it('fills an empty panel from the file, saves it, and never takes the secret', async () => {
    mount(panelMarkup(release('1.13')) + LINTER);
    await check(FILE);
    document.querySelector<HTMLElement>('[data-action="import-values"]')!.click();
    const done = await until(() => document.querySelector('[data-import-result] p'), 'the import result');
    expect(done.textContent).toMatch(/^Filled in your values: /);
    expect(field('oktaDomain').value).toBe('acme.okta.com');
    expect(field('clientId').value).toBe('0oa1b2c3d4e5f6g7h8i9');
    expect(field('omUrl').value).toBe('https://om.acme.com');
    expect((document.querySelector<HTMLSelectElement>('[name="flow"]')!).value).toBe('authcode');
    expect(field('clientSecret').value).toBe('');
    const saved = localStorage.getItem(storageKey('1.13')) ?? '';
    expect(JSON.parse(saved)).toMatchObject({ oktaDomain: 'acme.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' });
    expect(saved).not.toContain('the-files-secret');
    expect(document.body.innerHTML).not.toContain('the-files-secret');
  });

  it('asks before replacing what the reader typed, and keeps it when asked to', async () => {
    localStorage.setItem(storageKey('1.13'), JSON.stringify({ flow: 'authcode', oktaDomain: 'acme.okta.com', clientId: '0oaMINE0000000000000' }));
    mount(panelMarkup(release('1.13')) + LINTER);
    await check(FILE);
    document.querySelector<HTMLElement>('[data-action="import-values"]')!.click();
    const conflict = await until(() => document.querySelector('[data-import-conflict="clientId"]'), 'the question');
    expect(conflict.textContent).toContain('yours 0oaMINE0000000000000, the file\'s 0oa1b2c3d4e5f6g7h8i9');
    expect(field('clientId').value).toBe('0oaMINE0000000000000');
    document.querySelector<HTMLElement>('[data-action="import-keep"]')!.click();
    await until(() => document.querySelector('[data-import-result] p:not(:has(strong))'), 'the import result');
    expect(field('clientId').value).toBe('0oaMINE0000000000000');
    expect(field('omUrl').value).toBe('https://om.acme.com');
  });

  it('replaces them when the reader says so', async () => {
    localStorage.setItem(storageKey('1.13'), JSON.stringify({ flow: 'authcode', oktaDomain: 'acme.okta.com', clientId: '0oaMINE0000000000000' }));
    mount(panelMarkup(release('1.13')) + LINTER);
    await check(FILE);
    document.querySelector<HTMLElement>('[data-action="import-values"]')!.click();
    await until(() => document.querySelector('[data-action="import-replace"]'), 'the question');
    document.querySelector<HTMLElement>('[data-action="import-replace"]')!.click();
    await until(() => field('clientId').value === '0oa1b2c3d4e5f6g7h8i9', 'the file\'s client ID');
  });
});

describe('<om-config-linter>: Fix it', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    localStorage.clear();
    liveValues.set(undefined);
    history.replaceState(null, '', '/v1.13/check-config/');
  });

  it("corrects the file from the reader's values and shows the change as a diff, the rest of the file untouched", async () => {
    localStorage.setItem(storageKey('1.13'), JSON.stringify({ flow: 'implicit', oktaDomain: 'acme.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9', omUrl: 'https://om.acme.com', adminPrincipals: 'jane', principalDomain: 'acme.com' }));
    mount(panelMarkup(release('1.13')) + LINTER);
    const broken = [
      '# our staging file',
      'AUTHENTICATION_PROVIDER=okta',
      'AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default/',
      'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
      'AUTHENTICATION_CALLBACK_URL=https://om.acme.com/callback',
      'AUTHENTICATION_PUBLIC_KEYS=[https://acme.okta.com/oauth2/default/v1/keys,https://om.acme.com/api/v1/system/config/jwks]',
      'AUTHORIZER_ADMIN_PRINCIPALS=[jane]',
      'AUTHORIZER_PRINCIPAL_DOMAIN=acme.com',
      '',
    ].join('\n');
    await check(broken);
    expect(document.querySelector('[data-lint-result] [data-rule-id="OKTA-URL-001"]')).not.toBeNull();
    document.querySelector<HTMLElement>('[data-action="fix"]')!.click();
    const diff = await until(() => document.querySelector('[data-fix-diff]'), 'the diff');
    const added = [...diff.querySelectorAll('.om-diff__line--add')].map((l) => l.textContent);
    const removed = [...diff.querySelectorAll('.om-diff__line--del')].map((l) => l.textContent);
    expect(removed).toEqual(['-AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default/']);
    expect(added).toEqual(['+AUTHENTICATION_AUTHORITY=https://acme.okta.com/oauth2/default']);
    const fixed = document.querySelector('[data-fixed]')!.textContent!;
    expect(fixed).toBe(broken.replace('/oauth2/default/\n', '/oauth2/default\n'));
    expect(document.querySelector('[data-fix-clean]')).not.toBeNull();
    const link = document.querySelector<HTMLAnchorElement>('[data-action="download-fixed"]')!;
    expect(link.getAttribute('download')).toBe('openmetadata.env');
  });
});
