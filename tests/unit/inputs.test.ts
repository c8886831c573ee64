/**
 * The inputs' reader (parseInputs): types, defaults, trimming and the messages a refused value
 * gets. The rules' tests (rules.test.ts) check what the findings made of these messages look like.
 */
import { describe, expect, it } from 'vitest';
import { FIELD_NAMES, INPUT_DEFAULTS, parseInputs, readInputs, type FieldName } from '../../src/inputs/fields.ts';

const REQUIRED = { oktaDomain: 'dev-1.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9' };

function issues(raw: unknown): { field?: FieldName; message: string }[] {
  const parsed = parseInputs(raw);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return parsed.issues;
}

describe('parseInputs', () => {
  it('fills every default, and copies the list so that no caller changes the next one', () => {
    const first = readInputs(REQUIRED);
    expect(first).toEqual({ ...REQUIRED, ...INPUT_DEFAULTS });
    first.adminPrincipals.push('mallory');
    expect(readInputs(REQUIRED).adminPrincipals).toEqual(['admin']);
  });

  it('trims text, lower-cases the Okta domain, keeps the secret as typed and drops unknown keys', () => {
    const data = readInputs({ ...REQUIRED, oktaDomain: ' Dev-1.OKTA.com ', clientId: ' 0oa1 ', clientSecret: ' s3cret ', omUrl: ' https://om.example.com ', extra: 1 });
    expect(data).toMatchObject({ oktaDomain: 'dev-1.okta.com', clientId: '0oa1', clientSecret: ' s3cret ', omUrl: 'https://om.example.com' });
    expect(Object.keys(data)).not.toContain('extra');
  });

  it('reads the admins from a list or from text, one per line or comma-separated, without empty entries', () => {
    expect(readInputs({ ...REQUIRED, adminPrincipals: 'jane, bob\n\ncarol ' }).adminPrincipals).toEqual(['jane', 'bob', 'carol']);
    expect(readInputs({ ...REQUIRED, adminPrincipals: [' jane ', '', 'bob'] }).adminPrincipals).toEqual(['jane', 'bob']);
  });

  it('leaves optional fields out when they are absent, and does not default them', () => {
    const data = readInputs(REQUIRED);
    for (const name of ['clientSecret', 'serviceClientId', 'serviceEmail', 'serviceKid'] as const) expect(name in data).toBe(false);
  });

  it('names each missing required field with an example', () => {
    expect(issues({})).toEqual([
      { field: 'oktaDomain', message: 'Okta domain (oktaDomain) is missing. Enter it, for example dev-123456.okta.com.' },
      { field: 'clientId', message: 'Client ID (clientId) is missing. Enter it, for example 0oa1b2c3d4e5f6g7h8i9.' },
    ]);
  });

  it('reports every wrong type once, on its field, in the fields’ order', () => {
    const found = issues({ ...REQUIRED, flow: 'pkce', inlineSecret: 'yes', adminPrincipals: [1, 2], omUrl: 8585, serviceKid: null });
    expect(found.map((i) => i.field)).toEqual(['omUrl', 'flow', 'inlineSecret', 'adminPrincipals', 'serviceKid']);
    expect(found.map((i) => i.message)).toEqual([
      'OpenMetadata URL (omUrl) must be text; got a number (8585).',
      'Flow (flow) must be one of implicit, authcode; got "pkce".',
      'Put the client secret in the snippets (inlineSecret) must be true or false; got "yes".',
      'Admin principals (adminPrincipals) must be a list of text values (or one comma-separated text); got a list.',
      'Key ID (kid) (serviceKid) must be text; got null.',
    ]);
  });

  it('names a refused secret by its kind, never by its value', () => {
    const [issue] = issues({ ...REQUIRED, clientSecret: 123456789 });
    expect(issue).toEqual({ field: 'clientSecret', message: 'Client secret (clientSecret) must be text; got a number.' });
  });

  it('refuses what is not an object, with no field, listing the fields', () => {
    for (const raw of [null, 5, 'x', [], undefined]) {
      const [issue, ...rest] = issues(raw);
      expect(rest).toEqual([]);
      expect(issue!.field).toBeUndefined();
      expect(issue!.message).toContain(FIELD_NAMES.join(', '));
    }
  });

  it('readInputs throws with the messages when the inputs are refused', () => {
    expect(() => readInputs({ oktaDomain: 5 })).toThrow(/Okta domain \(oktaDomain\) must be text; got a number \(5\)\. Client ID \(clientId\) is missing/);
  });
});
