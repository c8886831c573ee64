/**
 * The example org the pages show when they show an example (the overview's computed values, the
 * console card on a flow page) and the screenshots are made with: one set, so they agree.
 */
import { PLACEHOLDER_INPUTS, type Inputs } from './fields.ts';

export const PAGE_EXAMPLE_INPUTS: Inputs = {
  ...PLACEHOLDER_INPUTS,
  omUrl: 'https://openmetadata.acme.example',
  oktaDomain: 'acme.okta.com',
  authServer: 'default',
  clientId: '0oa1b2c3d4e5f6g7h8i9',
  principalDomain: 'acme.example',
  adminPrincipals: ['jane.doe'],
};
