/** The values the setup panel rehearses keystrokes with while the page is idle (src/live/rehearsal.ts). */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_INPUTS } from '../../src/inputs/fields.ts';
import { checkValues } from '../../src/live/state.ts';
import { REHEARSALS, rehearsalValues } from '../../src/live/rehearsal.ts';
import { releases } from '../../src/releases/index.ts';

const EXAMPLE = { omUrl: 'https://om.example.com', oktaDomain: 'dev-123456.okta.com', clientId: '0oa1b2c3d4e5f6g7h8i9', adminPrincipals: 'alice', principalDomain: 'example.com' };

describe('rehearsalValues', () => {
  it("types onto the reader's client ID, one key more each round, and changes nothing else", () => {
    const reader = { ...EXAMPLE, oktaDomain: 'acme.okta.com', flow: 'authcode', clientSecret: 'kept-in-memory-only' };
    const rounds = Array.from({ length: REHEARSALS }, (_, round) => rehearsalValues(reader, round));
    expect(rounds.map((values) => values.clientId)).toEqual(Array.from({ length: REHEARSALS }, (_, round) => `${EXAMPLE.clientId}${'abcdefghijklmnop'.slice(0, round + 1)}`));
    for (const values of rounds) expect({ ...values, clientId: reader.clientId }).toEqual(reader);
  });

  it('uses the example values, in the flow the reader chose, while the form is blank', () => {
    const values = rehearsalValues({ flow: 'authcode' }, 0);
    expect(values).toMatchObject({ oktaDomain: EXAMPLE_INPUTS.oktaDomain, clientId: `${EXAMPLE_INPUTS.clientId}a`, adminPrincipals: 'admin', flow: 'authcode' });
    expect(rehearsalValues({}, 1)).toMatchObject({ flow: 'implicit', clientId: `${EXAMPLE_INPUTS.clientId}ab` });
  });

  it("gives values every release's checks pass, so a rehearsal runs the renderers as a reader's keystroke does", () => {
    for (const release of releases) {
      const checked = checkValues(rehearsalValues({}, 3), release);
      expect(checked.blank).toBe(false);
      expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(checked.inputs?.clientId).toBe(`${EXAMPLE_INPUTS.clientId}abcd`);
    }
  });
});
