/** OKTA-CLIENT-001 (FM-25): the shape of an Okta client ID. */
import { type Finding, show } from './finding.ts';

/**
 * Characters of a client ID at most. Okta generates 20 (`0oa` and 17 letters and digits), and its
 * Management API takes a client_id of its own of 6 to 100 (ApplicationCredentialsOAuthClient in
 * reference/upstream/okta/management-minimal.yaml): longer is no Okta client ID.
 */
export const MAX_CLIENT_ID_CHARS = 100;

export function checkClientId(value: string, what: string): Finding[] {
  if (value === '') {
    return [{
      id: 'OKTA-CLIENT-001',
      severity: 'error',
      message: `${what} is empty. Copy the Client ID from the Okta app (General tab, Client Credentials).`,
    }];
  }
  if (value.length > MAX_CLIENT_ID_CHARS) {
    return [{
      id: 'OKTA-CLIENT-001',
      severity: 'error',
      message: `${what} ${show(value)} is ${value.length} characters long; Okta client IDs are 20 characters (starting with 0oa), and none is longer than ${MAX_CLIENT_ID_CHARS}. Copy the Client ID again from the Okta app (General tab, Client Credentials).`,
    }];
  }
  // By code point (the u flag): a message names a whole emoji, never half of its surrogate pair.
  const bad = /[^0-9A-Za-z]/u.exec(value);
  if (bad) {
    const char = /\s/.test(bad[0]) ? 'a space or line break' : `the character ${show(bad[0])}`;
    return [{
      id: 'OKTA-CLIENT-001',
      severity: 'error',
      message: `${what} ${show(value)} contains ${char}; Okta client IDs are letters and digits only. Copy the Client ID again from the Okta app (General tab, Client Credentials).`,
    }];
  }
  const doubts: string[] = [];
  if (value.length < 20) doubts.push(`is ${value.length} characters long`);
  if (!value.startsWith('0oa')) doubts.push('does not start with 0oa');
  if (doubts.length === 0) return [];
  return [{
    id: 'OKTA-CLIENT-001',
    severity: 'warning',
    message: `${what} ${show(value)} ${doubts.join(' and ')}; Okta client IDs are usually 20 characters starting with 0oa. Check that you copied the Client ID of the OpenMetadata app, not another value.`,
  }];
}
