import { describe, expect, it } from 'vitest';
import { EXAMPLE_INPUTS, type Inputs } from '../../src/inputs/index.ts';
import { CONSOLE_STEP_IDS, consoleStep } from '../../src/okta/console-steps.ts';
import { latestRelease } from '../../src/releases/index.ts';

const values = (inputs: Inputs, step: (typeof CONSOLE_STEP_IDS)[number], label: string) =>
  consoleStep(step, inputs, latestRelease).fields.find((f) => f.label === label)?.values;

describe('what to enter in the Okta console', () => {
  it('uses the app type that matches the flow', () => {
    expect(values(EXAMPLE_INPUTS, 'create-app', 'Application type')).toEqual(['Single-Page Application']);
    expect(values({ ...EXAMPLE_INPUTS, flow: 'authcode' }, 'create-app', 'Application type')).toEqual(['Web Application']);
  });

  it('lists the exact redirect URIs, with /auth/callback for the confidential flow', () => {
    const inputs = { ...EXAMPLE_INPUTS, omUrl: 'https://om.example.com/' };
    expect(values(inputs, 'app-general', 'Sign-in redirect URIs')).toEqual(['https://om.example.com/callback', 'https://om.example.com/silent-callback']);
    expect(values({ ...inputs, flow: 'authcode' }, 'app-general', 'Sign-in redirect URIs')).toEqual([
      'https://om.example.com/callback',
      'https://om.example.com/auth/callback',
      'https://om.example.com/silent-callback',
    ]);
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
