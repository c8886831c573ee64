/** OKTA-CONF-002 (FM-13): the shape of a client secret. Messages never include the secret. */
import { type Finding } from './finding.ts';


const QUOTES = /^["'`\u2018\u2019\u201c\u201d]|["'`\u2018\u2019\u201c\u201d]$/;

/**
 * Characters of a client secret at most: Okta generates 40 or 64, and its Management API takes one
 * of 14 to 100 (ApplicationCredentialsOAuthClient in reference/upstream/okta/management-minimal.yaml).
 */
export const MAX_SECRET_CHARS = 100;

export function checkSecretShape(value: string, what: string): Finding[] {
  if (value.length > MAX_SECRET_CHARS) {
    return [{
      id: 'OKTA-CONF-002',
      severity: 'error',
      message: `${what} is ${value.length} characters long; Okta client secrets are at most ${MAX_SECRET_CHARS}, so this is more than the secret. Copy only the secret from the Okta app (General tab, Client Credentials).`,
    }];
  }
  const problems: string[] = [];
  if (value !== value.trim()) problems.push('starts or ends with a space or line break');
  else if (/[\r\n]/.test(value)) problems.push('contains a line break');
  if (QUOTES.test(value.trim())) problems.push('starts or ends with a quote character');
  if (value.includes('\0')) problems.push('contains a NUL character');
  if (problems.length === 0) return [];
  return [{
    id: 'OKTA-CONF-002',
    severity: 'error',
    message: `${what} ${problems.join(' and ')}, which would become part of the secret and make Okta reject it. Paste only the secret itself, without quotes or spaces.`,
  }];
}

/**
 * A typed secret holding `${`: Dropwizard's substitution runs over the whole configuration text,
 * values pasted in included, so the server would send Okta another secret. Inputs only: in a
 * configuration file, `${OIDC_CLIENT_SECRET}` is how the secret is meant to be read.
 */
export function checkSecretSubstitution(value: string, what: string): Finding[] {
  if (!value.includes('${')) return [];
  return [{
    id: 'OKTA-CONF-002',
    severity: 'error',
    message: `${what} contains \${, which OpenMetadata replaces with an environment variable when it reads its configuration, so the server would send Okta another secret. Okta's generated secrets never contain it: paste the secret again, or generate a new one in Okta.`,
  }];
}
