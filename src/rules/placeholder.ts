/** OKTA-TPL-001 (FM-06): placeholders copied from the docs, left in a value. */
import { type Finding, show } from './finding.ts';


const PLACEHOLDER_WORDS = ['ISSUER_URL', 'your domain', 'Client ID', 'Client Secret'];

/**
 * What in `value` looks like a placeholder, in words, or undefined. Secrets are held to a looser
 * test (a secret may contain braces or angle brackets): only the doc's words, or a value wrapped
 * whole in {...} or <...>, count; and the description never quotes the secret.
 */
export function placeholderIn(value: string, secret = false): string | undefined {
  const lower = value.toLowerCase();
  for (const word of PLACEHOLDER_WORDS) {
    if (lower.includes(word.toLowerCase())) return `the placeholder text "${word}"`;
  }
  if (secret) {
    return /^\s*(?:\{[^]*\}|<[^]*>)\s*$/.test(value) ? 'a placeholder in braces or angle brackets' : undefined;
  }
  const braced = /\{[^{}]{0,40}\}|<[^<>]{0,40}>/.exec(value);
  if (braced) return `the placeholder ${show(braced[0])}`;
  const bracket = /[{}<>]/.exec(value);
  if (bracket) return `the character ${show(bracket[0])}`;
  if (value.split('://').length > 2) return 'the scheme "://" twice (as in http://https://...)';
  if (/x{6,}/i.test(value)) return 'the placeholder "xxxxxx"';
  return undefined;
}

export function checkPlaceholder(value: string, what: string, secret = false): Finding | undefined {
  const found = placeholderIn(value, secret);
  if (!found) return undefined;
  const subject = secret ? what : `${what} ${show(value)}`;
  return {
    id: 'OKTA-TPL-001',
    severity: 'error',
    message: `${subject} contains ${found}, left from the documentation. Replace the placeholder with your value.`,
  };
}
