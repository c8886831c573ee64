/**
 * The Okta model (src/okta/model.ts) is what the console cards show: every card value that says
 * what the org holds equals the model's, for every release and input case.
 */
import { describe, expect, it } from 'vitest';
import { derive, readInputs } from '../../src/inputs/index.ts';
import { consoleStep, type ConsoleStep } from '../../src/okta/console-steps.ts';
import { CONSOLE_APP_TYPE, consoleGrantLabels, consoleRuleGrantLabels, oktaModel } from '../../src/okta/model.ts';
import { releases } from '../../src/releases/index.ts';
import { casesFor, loadInputs } from '../fixtures/cases.ts';

const cases = releases.flatMap((release) => casesFor(release.id).map((name) => ({ release, name })));
const values = (step: ConsoleStep, label: string): string[] => {
  const found = step.fields.find((f) => f.label === label);
  if (!found) throw new Error(`${step.id} has no field ${label}`);
  return found.values;
};

describe('the console cards are a view of the Okta model', () => {
  it.each(cases)('$release.id $name', ({ release, name }) => {
    const inputs = readInputs(loadInputs(name));
    const model = oktaModel(inputs, release);
    const app = model.apps[0]!;
    const card = (id: Parameters<typeof consoleStep>[0]) => consoleStep(id, inputs, release);

    expect(values(card('create-app'), 'Application type')).toEqual([CONSOLE_APP_TYPE[app.type]]);
    const general = card('app-general');
    expect(values(general, 'App integration name')).toEqual([app.label]);
    expect(values(general, 'Grant type')).toEqual(consoleGrantLabels(app));
    expect(values(general, 'Refresh token behavior')).toEqual([app.refreshToken?.rotation === 'ROTATE' ? 'Rotate token after every use' : 'Use persistent token']);
    expect(values(general, 'Sign-in redirect URIs')).toEqual(app.redirectUris);
    expect(values(general, 'Sign-out redirect URIs')).toEqual(app.postLogoutRedirectUris);
    expect(general.fields.some((f) => f.label === 'Client authentication')).toBe(app.tokenEndpointAuthMethod === 'client_secret_basic');
    expect(values(card('credentials'), 'Client ID')).toEqual([app.clientId]);
    expect(values(card('credentials'), 'User consent (General Settings > Edit)')).toEqual([app.consentMethod === 'TRUSTED' ? 'Require consent: unchecked' : 'Require consent: checked']);
    expect(values(card('id-token'), 'Issuer')).toEqual([app.issuerMode === 'ORG_URL' ? 'Okta URL' : 'Dynamic']);

    // The trusted origin: the public flow's, or (auth code) the origin of the Base URIs.
    const origin = model.trustedOrigins[0];
    expect(model.trustedOrigins.length).toBe(inputs.flow === 'implicit' ? 1 : 0);
    if (origin) {
      const trusted = card('trusted-origin');
      expect(values(trusted, 'Name')).toEqual([origin.name]);
      expect(values(trusted, 'Origin URL')).toEqual([origin.origin]);
      expect(values(trusted, 'Type').map((t) => t.toUpperCase())).toEqual(origin.scopes);
      expect(values(general, 'Base URIs')).toEqual([origin.origin]);
    }

    const server = model.authServer;
    expect(server === null).toBe(derive(inputs, release).isOrgAuthServer);
    for (const id of ['auth-server', 'scope', 'access-policy'] as const) expect(card(id).skip !== undefined).toBe(server === null);
    if (server) {
      expect(values(card('issuer'), 'Resulting Issuer URL')).toEqual([server.issuer]);
      expect(values(card('scope'), 'Name')).toEqual([server.defaultScope.name]);
      expect(values(card('scope'), 'Display phrase')).toEqual([server.defaultScope.displayName]);
      const policy = server.policies[0]!;
      const access = card('access-policy');
      expect(values(access, 'Name')).toEqual([policy.name]);
      expect(values(access, 'Assign to')).toEqual([`The following clients: ${app.label} (${app.clientId})`]);
      expect(values(access, 'Rule: Grant type is')).toEqual(consoleRuleGrantLabels(policy.rule));
      expect(policy.rule.scopes).toEqual(['*']);
      expect(values(access, 'Rule: Scopes requested')).toEqual(['Any scopes']);
      expect(policy.rule.groups).toEqual(['EVERYONE']);
      expect(values(access, 'Rule: User is')).toEqual(['Any user assigned the app']);
      if (server.id !== 'default') expect(values(card('auth-server'), 'Name')).toEqual([server.name]);
    }
    expect(values(card('assignments'), 'Admins to include')).toEqual(model.assignments[0]!.mustInclude);
  });
});

describe('the model follows Okta and the provider', () => {
  it.each(cases)('$release.id $name: public client with PKCE, web app with a secret, 0.12 service app with a key', ({ release, name }) => {
    const inputs = readInputs(loadInputs(name));
    const model = oktaModel(inputs, release);
    for (const app of model.apps) {
      if (app.tokenEndpointAuthMethod === 'none') expect(app.pkceRequired).toBe(true);
      if (app.type === 'web') expect(app.grantTypes).toContain('authorization_code');
      if (app.grantTypes.includes('implicit')) expect(app.responseTypes.some((t) => t === 'token' || t === 'id_token')).toBe(true);
      if (app.tokenEndpointAuthMethod === 'private_key_jwt') expect(app.publicKeys?.file).toMatch(/public/);
      expect(app.grantTypes.includes('refresh_token')).toBe(app.refreshToken !== undefined);
    }
    expect(model.apps.map((a) => a.type)).toEqual(release.ingestion.kind === 'okta-service-app' ? ['browser', 'service'] : [inputs.flow === 'implicit' ? 'browser' : 'web']);
    expect(model.groupsClaim).toBeNull();
    expect(model.assignments.map((a) => a.group)).toEqual(['Everyone']);
  });
});
