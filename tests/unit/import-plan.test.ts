/** "Use these values": what the file fills, what it would replace, and that a secret never moves. */
import { describe, expect, it } from 'vitest';
import { importPlan } from '../../src/live/import-plan.ts';
import { importConfirmHtml, importDoneHtml } from '../../src/live/tools.ts';

const FILE = { oktaDomain: 'acme.okta.com', authServer: 'default', clientId: '0oa1b2c3d4e5f6g7h8i9', flow: 'authcode', omUrl: 'https://om.acme.com', adminPrincipals: 'jane\nmax' } as const;

describe('importPlan', () => {
  it('fills an untouched panel with everything, asking nothing', () => {
    const plan = importPlan({ flow: 'implicit', omUrl: '' }, FILE);
    expect(plan.conflicts).toEqual([]);
    expect(plan.keepMine).toEqual({ ...FILE });
    expect(plan.filled.sort()).toEqual(['adminPrincipals', 'authServer', 'clientId', 'flow', 'oktaDomain', 'omUrl']);
  });

  it('fills empty fields and lists the typed values the file contradicts', () => {
    const mine = { flow: 'authcode', oktaDomain: 'ACME.okta.com', clientId: '0oaTYPED000000000000', omUrl: 'https://om.acme.com/', adminPrincipals: 'max\njane', principalDomain: '' };
    const plan = importPlan(mine, FILE);
    // Same values written differently (host case, trailing slash, list order) are not conflicts.
    expect(plan.conflicts).toEqual([{ field: 'clientId', mine: '0oaTYPED000000000000', file: '0oa1b2c3d4e5f6g7h8i9' }]);
    expect(plan.filled).toEqual(['authServer']);
    expect(plan.keepMine).toMatchObject({ clientId: '0oaTYPED000000000000', authServer: 'default', oktaDomain: 'ACME.okta.com' });
    expect(plan.useFile).toMatchObject({ clientId: '0oa1b2c3d4e5f6g7h8i9', authServer: 'default', oktaDomain: 'acme.okta.com' });
  });

  it('a flow the reader chose is a conflict once they have typed anything', () => {
    expect(importPlan({ flow: 'implicit', oktaDomain: 'acme.okta.com' }, FILE).conflicts.map((c) => c.field)).toEqual(['flow']);
  });

  it('never carries a secret, even if one reached it', () => {
    const plan = importPlan({ clientSecret: 'mine-0123456789' }, { ...FILE, clientSecret: 'theirs-0123456789' });
    expect(plan.useFile.clientSecret).toBe('mine-0123456789');
    expect(plan.keepMine.clientSecret).toBe('mine-0123456789');
    expect(JSON.stringify(plan)).not.toContain('theirs');
  });

  it('asks with both values of each field, and says what it filled', () => {
    const plan = importPlan({ clientId: '0oa<b>TYPED</b>', oktaDomain: 'acme.okta.com' }, FILE);
    const html = importConfirmHtml(plan);
    expect(html).toContain('data-import-conflict="clientId"');
    expect(html).toContain('yours <code>0oa&lt;b&gt;TYPED&lt;/b&gt;</code>, the file\'s <code>0oa1b2c3d4e5f6g7h8i9</code>');
    expect(html).toContain('data-action="import-replace"');
    expect(html).toContain('Keep mine, fill the empty ones');
    expect(importDoneHtml(['oktaDomain', 'clientId'], 1)).toContain('Okta domain, Client ID; 1 of yours kept');
  });
});
