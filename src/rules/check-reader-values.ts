/**
 * A file compared with the reader's own values (the setup panel, or `--inputs` for the CLI): the
 * addresses OpenMetadata sends the browser to, the principal domain and the admins. A file can be
 * sound on its own and still not be the reader's: the callback left at the chart's in-cluster
 * default or at localhost while users browse a public address, another team's domain, last
 * year's admins. Each finding names both values and says which to use.
 */
import { normalizeBaseUrl } from '../inputs/derived.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import type { SettingId } from '../releases/types.ts';
import type { Settings } from '../settings/index.ts';
import { show, type Finding } from './finding.ts';
import { isLoopbackHost, parseUrl } from './hosts.ts';
import { diagnostic } from './diagnostic.ts';
import type { Diagnostic } from './types.ts';

/** The reader's values these checks compare with; each absent one is not compared. */
export interface ReaderValues {
  omUrl?: string;
  /** The sign-in flow the reader chose (compared by src/lint/flow.ts, a file rule). */
  flow?: 'implicit' | 'authcode';
  principalDomain?: string;
  enforcePrincipalDomain?: boolean;
  adminPrincipals?: readonly string[];
}

/**
 * Hosts that only make sense inside the cluster or on the server itself: the Helm chart's
 * defaults are http://openmetadata:8585/callback and http://openmetadata:8585 (its values.yaml,
 * reference/upstream/helm/), the Docker quickstart's http://localhost:8585.
 */
function isInternalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return isLoopbackHost(host) || host === '0.0.0.0' || !host.includes('.') || host.endsWith('.svc.cluster.local') || host.endsWith('.svc');
}

const CALLBACKS = ['callbackUrl', 'oidcCallbackUrl'] as const satisfies readonly SettingId[];

export function checkReaderValues(settings: Settings, release: ReleaseFacts, reader: ReaderValues): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const add = (field: SettingId, finding: Finding | undefined): void => {
    if (finding) diagnostics.push(diagnostic(finding.id, finding.severity, field, finding.message, release));
  };
  const text = (id: SettingId): string | undefined => {
    const v: unknown = settings[id];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };

  const browsed = reader.omUrl ? parseUrl(normalizeBaseUrl(reader.omUrl)) : undefined;
  if (browsed && (browsed.protocol === 'http:' || browsed.protocol === 'https:')) {
    const origin = browsed.origin;
    for (const id of CALLBACKS) {
      const value = text(id);
      if (value !== undefined) add(id, addressFinding(id, value, origin, '/callback', 'OKTA-REDIR-002'));
    }
    const server = text('oidcServerUrl');
    if (server !== undefined) add('oidcServerUrl', addressFinding('oidcServerUrl', server, origin, '', release.trustedRedirects ? 'OKTA-REDIR-004' : 'OKTA-REDIR-001'));
  }

  const domain = text('principalDomain');
  const yourDomain = reader.principalDomain?.trim().toLowerCase();
  if (domain !== undefined && yourDomain && domain.toLowerCase() !== yourDomain) {
    add('principalDomain', {
      id: 'OKTA-DOM-002',
      severity: 'warning',
      message: `principalDomain is ${show(domain)} here, but your users' email domain is ${show(yourDomain)} in your values: OpenMetadata would build their emails and check them against ${show(domain)}. Set it to ${yourDomain}, or correct your values if the file is right.`,
    });
  }
  const enforce = settings.enforcePrincipalDomain;
  const enforced = typeof enforce === 'boolean' ? enforce : typeof enforce === 'string' ? String(enforce).trim().toLowerCase() === 'true' : undefined;
  if (enforced !== undefined && reader.enforcePrincipalDomain !== undefined && enforced !== reader.enforcePrincipalDomain) {
    add('enforcePrincipalDomain', {
      id: 'OKTA-DOM-002',
      severity: 'warning',
      message: reader.enforcePrincipalDomain
        ? `enforcePrincipalDomain is false here, but your values only let users of the principal domain in: anyone Okta signs in would get an account. Set it to true.`
        : `enforcePrincipalDomain is true here, but your values let users of any domain in: users whose email is not on the principal domain would be refused ("Email does not match the principal domain"). Set it to false, or correct your values.`,
    });
  }

  const admins = settings.adminPrincipals;
  const fileAdmins = Array.isArray(admins) ? admins.map((a) => String(a).trim()) : typeof admins === 'string' ? [String(admins).trim()] : undefined;
  const yourAdmins = (reader.adminPrincipals ?? []).map((a) => a.trim()).filter((a) => a !== '');
  if (fileAdmins && yourAdmins.length > 0) {
    const missing = yourAdmins.filter((a) => !fileAdmins.includes(a));
    if (missing.length > 0) {
      const list = [...fileAdmins.filter((a) => a !== ''), ...missing];
      add('adminPrincipals', {
        id: 'OKTA-ADMIN-002',
        severity: 'warning',
        message: `adminPrincipals does not list ${missing.map((a) => show(a)).join(', ')}, whom your values name as admin${missing.length === 1 ? '' : 's'}: ${missing.length === 1 ? 'that user' : 'they'} would sign in without admin rights. List ${list.map((a) => show(a)).join(', ')}.`,
      });
    }
  }
  return diagnostics;
}

/** A callback or server URL on another address than the one the reader browses. */
function addressFinding(id: SettingId, value: string, origin: string, path: string, mismatchId: Finding['id']): Finding | undefined {
  const url = parseUrl(value);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin === origin) return undefined;
  const use = `${origin}${path}`;
  if (isInternalHost(url.hostname) && !isInternalHost(new URL(origin).hostname)) {
    return {
      id: mismatchId,
      severity: 'error',
      message: `${id} ${show(value)} is an address inside the server or cluster (${url.host}), but users browse OpenMetadata at ${origin}: after sign-in the browser would be sent to ${url.host}, which it cannot reach. Use ${use}.`,
    };
  }
  return {
    id: mismatchId,
    severity: 'error',
    message: `${id} ${show(value)} is on ${url.origin}, but users browse OpenMetadata at ${origin} (your values): the sign-in would end on another address. Use ${use}, or correct your values if the file is right.`,
  };
}
