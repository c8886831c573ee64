/**
 * The Okta side as Terraform creates the app whose client ID the other targets need: a reader
 * without one gets okta.tf (CLI and page), the stand-in never reaches the file, and every other
 * target still refuses a missing client ID.
 */
import { describe, expect, it } from 'vitest';
import { checkValues } from '../../src/live/state.ts';
import { releases } from '../../src/releases/index.ts';
import { renderTarget } from '../../src/render/index.ts';
import { STAND_IN_CLIENT_ID } from '../../src/render/stand-ins.ts';

const WITHOUT_CLIENT_ID = { omUrl: 'https://om.acme.example', flow: 'implicit', oktaDomain: 'acme.okta.com', authServer: 'default', principalDomain: 'acme.example', adminPrincipals: ['jane.doe'] };

describe('a reader who has no client ID yet', () => {
  it.each(releases.map((r) => [r.id, r] as const))('%s: gets okta.tf, without the stand-in in it', (_id, release) => {
    const extra = release.ingestion.kind === 'okta-service-app' ? { serviceClientId: '0oa9s8r7q6p5o4n3m2l1', serviceEmail: 'bot@acme.example' } : {};
    for (const flow of release.confidentialClient ? ['implicit', 'authcode'] : ['implicit']) {
      const result = renderTarget({ release, target: 'okta', inputs: { ...WITHOUT_CLIENT_ID, ...extra, flow } });
      expect(result.diagnostics.filter((d) => d.severity === 'error'), `${release.id} ${flow}`).toEqual([]);
      expect(result.files.map((f) => f.filename)).toContain('okta.tf');
      for (const file of result.files) expect(file.text).not.toContain(STAND_IN_CLIENT_ID);
    }
  });

  it('is still refused the files that need a client ID', () => {
    const result = renderTarget({ release: releases[0]!, target: 'docker', inputs: WITHOUT_CLIENT_ID });
    expect(result.files).toEqual([]);
    expect(result.diagnostics.find((d) => d.severity === 'error')?.field).toBe('clientId');
  });

  it('gets the Terraform snippet on the page, and the other snippets still say what is missing', () => {
    const values = { omUrl: WITHOUT_CLIENT_ID.omUrl, flow: 'implicit', oktaDomain: WITHOUT_CLIENT_ID.oktaDomain, authServer: 'default', principalDomain: 'acme.example', adminPrincipals: 'jane.doe' };
    const live = checkValues(values, releases[0]!);
    expect(live.forFlow('implicit', 'okta').inputs).toBeDefined();
    expect(live.forFlow('implicit', 'okta').inputs?.clientId).toBe(STAND_IN_CLIENT_ID);
    expect(live.forFlow('implicit', 'docker').inputs).toBeUndefined();
    expect(live.forFlow('implicit').diagnostics.some((d) => d.field === 'clientId' && d.severity === 'error')).toBe(true);
  });
});
