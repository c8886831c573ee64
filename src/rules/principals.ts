/** Who OpenMetadata lets in and makes admin: OKTA-DOM-001 (FM-26, the principal domain) and OKTA-ADMIN-001 (FM-27, the admins). */
import { type Finding, show } from './finding.ts';
import { hostLengthProblem, parseUrl } from './hosts.ts';


const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;
const DEFAULT_PRINCIPAL_DOMAIN = 'open-metadata.org';

export function checkPrincipalDomain(value: string, enforce: boolean, what: string): Finding[] {
  const v = value.trim();
  const error = (message: string): Finding[] => [{ id: 'OKTA-DOM-001', severity: 'error', message }];
  if (v === '') {
    return enforce
      ? error(`${what} is empty while only users of the principal domain may log in, so nobody could. Enter your users' email domain (example.com for jane@example.com).`)
      : [{
        id: 'OKTA-DOM-001',
        severity: 'warning',
        message: `${what} is empty. OpenMetadata builds user emails as name@domain with it: enter your users' email domain (example.com for jane@example.com).`,
      }];
  }
  if (v.includes('@')) {
    const after = v.slice(v.lastIndexOf('@') + 1).toLowerCase();
    const hint = DOMAIN.test(after) ? `: ${after}` : '';
    return error(`${what} ${show(v)} contains @. Enter only the domain, the part after the @${hint}.`);
  }
  if (v.includes('://')) {
    const host = parseUrl(v)?.hostname.toLowerCase();
    const hint = host && DOMAIN.test(host) ? `: ${host}` : '';
    return error(`${what} ${show(v)} is a URL. Enter only the email domain, without scheme or path${hint}.`);
  }
  const tooLong = hostLengthProblem(v);
  if (tooLong) {
    return error(`${what} ${show(v)} has ${tooLong}, so no email address ends in it. Enter your users' email domain, such as example.com.`);
  }
  if (/[,;\s]/.test(v)) {
    return error(`${what} ${show(v)} holds more than one value. Enter one domain; OpenMetadata takes further domains in allowedDomains.`);
  }
  const lower = v.toLowerCase();
  if (!DOMAIN.test(lower)) {
    return error(`${what} ${show(v)} is not a domain name. Enter your users' email domain, such as example.com.`);
  }
  const findings: Finding[] = [];
  if (lower !== v) {
    findings.push({
      id: 'OKTA-DOM-001',
      severity: 'warning',
      message: `${what} ${show(v)} has capital letters; OpenMetadata compares domains as written in some releases. Enter it in lower case: ${lower}.`,
    });
  }
  if (enforce && lower === DEFAULT_PRINCIPAL_DOMAIN) {
    findings.push({
      id: 'OKTA-DOM-001',
      severity: 'warning',
      message: `${what} is still OpenMetadata's default, ${DEFAULT_PRINCIPAL_DOMAIN}, and only users of that domain may log in. Enter your users' email domain.`,
    });
  }
  return findings;
}


const USER_NAME = /^[A-Za-z0-9._-]+$/;
/**
 * Characters of an admin's user name at most: it is the part of an Okta login before the @, and
 * Okta's logins are at most 100 (the user profile's login in reference/upstream/okta/management-minimal.yaml).
 */
export const MAX_USER_NAME_CHARS = 100;

export function checkAdminPrincipals(list: readonly string[], what: string): Finding[] {
  const error = (message: string): Finding => ({ id: 'OKTA-ADMIN-001', severity: 'error', message });
  if (list.length === 0) {
    return [error(`${what} is empty, so nobody would be an OpenMetadata admin. Add at least one user name: the part of the admin's email before the @ (jane for jane@example.com).`)];
  }
  const findings: Finding[] = [];
  const seen = new Map<string, string>();
  for (const raw of list) {
    const entry = raw.trim();
    if (entry === '') {
      findings.push(error(`${what} has an empty entry. Remove it, or put the admin's user name there.`));
      continue;
    }
    if (entry.length > MAX_USER_NAME_CHARS) {
      findings.push(error(`${what}: ${show(entry)} is ${entry.length} characters long; Okta logins are at most ${MAX_USER_NAME_CHARS}, so no user has this name. Enter the user name, the part of the admin's email before the @.`));
      continue;
    }
    if (entry.includes('@')) {
      const local = entry.slice(0, entry.indexOf('@'));
      findings.push(
        USER_NAME.test(local)
          ? error(`${what}: ${show(entry)} is an email address. Enter the user name, the part before the @: ${local}.`)
          : error(`${what}: ${show(entry)} is an email address. Enter only the user name, the part before the @.`),
      );
      continue;
    }
    if (entry.includes(':')) {
      // Looks like name:password (OM#15518). Never repeat what follows the colon.
      const name = entry.slice(0, entry.indexOf(':'));
      const hint = USER_NAME.test(name) ? `: ${name}` : '';
      findings.push(error(`${what}: an entry looks like name:password. Admin principals are user names only, without a password${hint}.`));
      continue;
    }
    if (!USER_NAME.test(entry)) {
      findings.push(error(`${what}: ${show(entry)} is not a user name. Use letters, digits, dots, hyphens and underscores only (the part of the email before the @), one name per entry.`));
      continue;
    }
    const key = entry.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      findings.push({
        id: 'OKTA-ADMIN-001',
        severity: 'warning',
        message: `${what}: ${show(entry)} is listed more than once${first === entry ? '' : ` (also as ${show(first)})`}. Keep one.`,
      });
    } else {
      seen.set(key, entry);
    }
  }
  return findings;
}
