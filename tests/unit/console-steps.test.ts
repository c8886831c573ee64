import { describe, expect, it } from 'vitest';
import { EXAMPLE_INPUTS, type Inputs } from '../../src/inputs/index.ts';
import { CONSOLE_STEP_IDS, consoleStep } from '../../src/okta/console-steps.ts';
import { findRelease, latestRelease, releases } from '../../src/releases/index.ts';

const values = (inputs: Inputs, step: (typeof CONSOLE_STEP_IDS)[number], label: string) =>
  consoleStep(step, inputs, latestRelease).fields.find((f) => f.label === label)?.values;

describe('what to enter in the Okta console', () => {
  it('uses the app type that matches the flow', () => {
    expect(values(EXAMPLE_INPUTS, 'create-app', 'Application type')).toEqual(['Single-Page Application']);
    expect(values({ ...EXAMPLE_INPUTS, flow: 'authcode' }, 'create-app', 'Application type')).toEqual(['Web Application']);
  });

  // The server's /callback servlet is the only redirect_uri of the confidential flow (the
  // citation is the release profile's redirectPaths.source); /auth/callback is the UI's landing page.
  it.each(releases.filter((r) => r.confidentialClient).map((r) => r.id))('lists the exact redirect URIs of %s: the server sends only /callback in the confidential flow', (id) => {
    const release = findRelease(id)!;
    const inputs = { ...EXAMPLE_INPUTS, omUrl: 'https://om.example.com/' };
    const uris = (flow: 'implicit' | 'authcode') => consoleStep('app-general', { ...inputs, flow }, release).fields.find((f) => f.label === 'Sign-in redirect URIs')?.values;
    expect(uris('implicit')).toEqual(['https://om.example.com/callback', 'https://om.example.com/silent-callback']);
    expect(uris('authcode')).toEqual(['https://om.example.com/callback']);
    expect(release.redirectPaths.source).toMatch(/AuthCallbackServlet/);
  });

  it('names the trusted origin', () => {
    const inputs = { ...EXAMPLE_INPUTS, omUrl: 'https://om.example.com/' };
    expect(values(inputs, 'trusted-origin', 'Origin URL')).toEqual(['https://om.example.com']);
  });

  it('shows the issuer the configuration will use and the client id as audience', () => {
    expect(values(EXAMPLE_INPUTS, 'issuer', 'Resulting Issuer URL')).toEqual(['https://dev-123456.okta.com/oauth2/default']);
    expect(values(EXAMPLE_INPUTS, 'id-token', 'Audience')).toEqual([EXAMPLE_INPUTS.clientId]);
  });

  it('skips the authorization-server steps for the org server', () => {
    const org = { ...EXAMPLE_INPUTS, authServer: 'org' };
    for (const step of ['auth-server', 'issuer', 'scope', 'access-policy'] as const) {
      expect(consoleStep(step, org, latestRelease).skip, step).toBeTruthy();
    }
    expect(consoleStep('id-token', org, latestRelease).skip).toBeUndefined();
  });

  it('names admins as emails to assign', () => {
    const inputs = { ...EXAMPLE_INPUTS, adminPrincipals: ['jane', 'ops'], principalDomain: 'example.com' };
    expect(values(inputs, 'assignments', 'Admins to include')).toEqual(['jane@example.com', 'ops@example.com']);
  });

  it.each(CONSOLE_STEP_IDS)('%s has a title, a place and fields', (step) => {
    const card = consoleStep(step, { ...EXAMPLE_INPUTS, flow: 'authcode' }, latestRelease);
    expect(card.title).not.toBe('');
    expect(card.where).toMatch(/ > /);
    expect(card.fields.length).toBeGreaterThan(0);
  });
});
