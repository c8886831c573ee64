/**
 * The live checks, in the order of the guide: first what Okta publishes (discovery document,
 * signing keys), then what the running OpenMetadata serves (its release, the sign-in settings the
 * UI reads, its own signing keys). Each check makes one GET with `getJson` and compares the answer
 * with the reader's inputs (a redirect is a finding of its own, never a silent pass); failure modes and rule ids follow
 * the failure-mode catalogue (FM-01, FM-02, FM-05, FM-08, FM-21, FM-38; docs/design.md, "Failure modes").
 *
 * Pure TypeScript, no DOM: the guide runs these in the browser and `om-okta verify` in Node.
 */
import { normalizeBaseUrl } from '../inputs/derived.ts';
import { findReleaseFacts as findRelease, RELEASE_FACT_IDS as RELEASE_IDS } from '../releases/lookup.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { docsFor } from '../rules/diagnostic.ts';
import type { RuleId } from '../rules/table.ts';
import { shellQuote } from '../targets/shell.ts';
import { clip } from '../text/quote.ts';
import { getJson, MAX_REDIRECTS, type HttpOutcome, type Redirect } from './http.ts';
import type { CheckContext, CheckId, CheckProgress, CheckResult, CheckSpec, CheckStatus, CheckTarget } from './types.ts';

export const RUNBOOK_CHECKS: readonly CheckSpec[] = [
  { id: 'okta-discovery', title: 'Okta discovery document', step: 'okta', consoleStep: 'issuer' },
  { id: 'okta-jwks', title: 'Okta signing keys', step: 'okta', consoleStep: 'auth-server' },
  { id: 'om-version', title: 'OpenMetadata release', step: 'openmetadata' },
  { id: 'om-auth-config', title: 'OpenMetadata sign-in settings', step: 'openmetadata' },
  { id: 'om-jwks', title: 'OpenMetadata signing keys', step: 'openmetadata' },
];

export type Check = (target: CheckTarget, ctx: CheckContext) => Promise<CheckResult>;

/**
 * Scopes OpenMetadata asks Okta for. Public client (implicit flow): the UI's okta-auth-js config,
 * `scopes: ['openid', 'profile', 'email', 'offline_access']` in `getAuthConfig`
 * (OM:openmetadata-ui/src/main/resources/ui/src/utils/AuthProvider.util.ts, case AuthTypes.OKTA).
 * Confidential client (auth code flow): the server's `OIDC_SCOPE` default "openid email profile"
 * (OM:conf/openmetadata.yaml, at the main snapshots src/releases/openmetadata-1x.ts cites), which
 * the generated files keep.
 */
export const REQUESTED_SCOPES = {
  implicit: ['openid', 'profile', 'email', 'offline_access'],
  authcode: ['openid', 'email', 'profile'],
} as const;

/**
 * OpenMetadata's API paths per release line. The JWKS path is in the release profile; the version
 * and auth-config resources sit beside it:
 * - 1.x: `@Path("/v1/system/version")` in
 *   OM:openmetadata-service/src/main/java/org/openmetadata/service/resources/version/VersionResource.java,
 *   and `@Path("/v1/system/config")` + `/auth`, `/jwks` in .../resources/system/ConfigResource.java.
 * - 0.12.1: `@Path("/v1/version")` (same file at OM@0.12.1-release) and `@Path("/v1/config")` in
 *   .../resources/config/ConfigResource.java.
 * Everything is under the server's `/api` root.
 */
export function omApiPaths(release: Pick<ReleaseFacts, 'omJwksPath'>): { version: string; authConfig: string; jwks: string } {
  const base = release.omJwksPath.replace(/\/config\/jwks$/, '');
  return { version: `${base}/version`, authConfig: `${base}/config/auth`, jwks: release.omJwksPath };
}

// ---------------------------------------------------------------------------------------------
// Building results

const BROWSER_BLOCKED = 'the browser was not allowed to read this URL from this page (CORS) or could not reach it';

export function commandsFor(url: string, release: Pick<ReleaseFacts, 'id'>): { curl: string; verify: string } {
  return {
    curl: `curl -sS ${shellQuote(url)}`,
    verify: `om-okta verify --inputs inputs.json --release ${shellQuote(release.id)}`,
  };
}

function specOf(id: CheckId): CheckSpec {
  return RUNBOOK_CHECKS.find((c) => c.id === id)!;
}

interface Finding {
  status: Exclude<CheckStatus, 'pass'>;
  message: string;
  fix?: string;
  ruleId?: RuleId;
}

function result(id: CheckId, target: CheckTarget, url: string, status: CheckStatus, message: string, extra: { fix?: string; ruleId?: RuleId } = {}): CheckResult {
  const out: CheckResult = { id, title: specOf(id).title, status, message, url, commands: commandsFor(url, target.release) };
  if (extra.fix !== undefined) out.fix = extra.fix;
  if (extra.ruleId !== undefined) {
    out.ruleId = extra.ruleId;
    out.docs = docsFor(extra.ruleId, target.release);
  }
  return out;
}

const RANK: Record<CheckStatus, number> = { pass: 0, warn: 1, 'could-not-run': 2, fail: 3 };

/** One result from several findings: the worst status; its first finding gives the rule. */
function combine(id: CheckId, target: CheckTarget, url: string, findings: readonly Finding[], passMessage: string): CheckResult {
  if (findings.length === 0) return result(id, target, url, 'pass', passMessage);
  const worst = findings.reduce((a, b) => (RANK[b.status] > RANK[a.status] ? b : a));
  const ordered = [worst, ...findings.filter((f) => f !== worst)];
  const tag = (f: Finding) => (ordered.length > 1 && f.ruleId ? ` (${f.ruleId})` : '');
  const message = ordered.map((f) => `${f.message}${tag(f)}`).join(' ');
  const fixes = ordered.filter((f) => f.fix).map((f) => `${f.fix}${tag(f)}`);
  const extra: { fix?: string; ruleId?: RuleId } = {};
  if (fixes.length > 0) extra.fix = fixes.join(' ');
  if (worst.ruleId) extra.ruleId = worst.ruleId;
  return result(id, target, url, worst.status, message, extra);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const q = (value: unknown): string => JSON.stringify(typeof value === 'string' ? clip(value, 200) : value);

/**
 * The result for an answer that never got to be compared: nothing at the URL, no connection, an
 * error status, a body that is not JSON. `what` names the document ("Okta's discovery document").
 */
function unusable(id: CheckId, target: CheckTarget, ctx: CheckContext, outcome: Exclude<HttpOutcome, { kind: 'json' }>, what: string, extra: { fix?: string; ruleId?: RuleId } = {}): CheckResult {
  const url = outcome.url;
  const r = (status: CheckStatus, message: string, fix?: string) => {
    const e = { ...extra };
    if (fix !== undefined) e.fix = fix;
    return result(id, target, url, status, message, e);
  };
  switch (outcome.kind) {
    case 'invalid-url':
      return result(id, target, url, 'could-not-run', `The URL of ${what}, ${q(url)}, cannot be requested: ${outcome.reason}.`, { fix: 'Correct the inputs it is computed from (see the messages next to them), then run the check again.' });
    case 'network':
      if (ctx.environment === 'browser') {
        const fix = 'Run the same request from a terminal with the curl command, or every check with om-okta verify.';
        if (outcome.reachable === true) {
          return result(id, target, url, 'could-not-run', `Could not read ${what}: the server answered, but it does not allow this page to read the answer (CORS). This says nothing about the server's settings.`, { fix });
        }
        if (outcome.reachable === false) {
          return result(id, target, url, 'could-not-run', `Could not reach ${url} from this browser: nothing answered. The host name may not resolve (a typo, or a name only your network knows), the server may be down or refuse the connection, its certificate may not be trusted, or the browser blocks an http:// address from this https:// page.`, {
            fix: 'Check the address and that the server runs; the curl command run from a machine on the same network says which of these it is.',
          });
        }
        return result(id, target, url, 'could-not-run', `Could not read ${what}: ${BROWSER_BLOCKED}. This says nothing about the server.`, { fix });
      }
      return r('fail', `Could not get ${what} from ${url}: ${outcome.reason}.`, extra.fix ?? 'Check that the server is running and that this machine can reach it, then run the check again.');
    case 'timeout': {
      if (outcome.phase === 'not-started') {
        return result(id, target, url, 'could-not-run', `Not requested: the time limit of ${seconds(outcome.timeoutMs)} for all checks ran out before this one.`, {
          fix: 'Run again with a longer --timeout once the checks above answer in time; the curl command makes this request alone.',
        });
      }
      // The first request of a run has (nearly) the whole limit: said as the limit.
      const within = outcome.limitMs < outcome.timeoutMs - 100
        ? `within the ${seconds(outcome.limitMs)} left of the ${seconds(outcome.timeoutMs)} all checks share`
        : `within ${seconds(outcome.timeoutMs)}`;
      return r(
        'fail',
        outcome.phase === 'headers'
          ? `No answer from ${url} ${within}: the server is overloaded or the request hangs (a firewall or proxy may hold it).`
          : `The answer from ${url} started but did not finish ${within}.`,
        extra.fix ?? 'Check that the server is up and reachable from here; the curl command shows what it answers. A slow network may need a longer --timeout.',
      );
    }
    case 'redirect':
      return redirectResult(id, target, outcome, what);
    case 'not-object':
      return r('fail', `${url} answered JSON, but ${outcome.type} (${q(outcome.snippet)}) instead of an object, so it is not ${what}.`, extra.fix ?? 'Open the URL with the curl command to see what answers there, and check the URL.');
    case 'too-deep':
      return r('fail', `${url} answered JSON nested more than ${outcome.maxDepth} levels deep, far deeper than ${what} or any real document, so it was not read.`, extra.fix ?? 'Open the URL with the curl command to see what answers there, and check the URL.');
    case 'too-large':
      return r('fail', `The answer from ${url} is larger than ${Math.round(outcome.maxBytes / 1024)} KiB, so it is not ${what}: reading stopped there.`, extra.fix ?? 'Open the URL with the curl command to see what answers there, and check the URL.');
    case 'not-json':
      return r(
        'fail',
        `${url} answered with ${outcome.contentType || 'no content type'}, not JSON, so it is not ${what}${outcome.snippet ? `; it starts with ${q(outcome.snippet)}` : ''}. A sign-in page of a proxy, an error page or a wrong URL answers like this.`,
        extra.fix ?? 'Open the URL with the curl command to see what answers there; check the URL and any proxy in front of the server.',
      );
    case 'bad-json':
      return r('fail', `${url} says it answers JSON (${outcome.contentType}) but the body does not parse (${outcome.error}), so ${what} cannot be read.`, extra.fix ?? 'Open the URL with the curl command; a proxy may be cutting the answer short.');
    case 'status':
      return r('fail', `${url} answered HTTP ${outcome.status}${outcome.statusText ? ` ${outcome.statusText}` : ''}${oktaError(outcome.json)} instead of ${what}.`, extra.fix ?? 'Check the URL; the curl command shows the whole answer.');
  }
}

function seconds(ms: number): string {
  return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** Which inputs a check's URL is computed from, for "use that URL" fixes. */
const SOURCE: Record<CheckId, string> = {
  'okta-discovery': 'Okta domain and authorization server inputs',
  'okta-jwks': 'Okta domain and authorization server inputs',
  'om-version': 'OpenMetadata URL input',
  'om-auth-config': 'OpenMetadata URL input',
  'om-jwks': 'OpenMetadata URL input',
};

/** What differs between two origins, in words. */
function originChange(from: URL, to: URL): string {
  if (from.protocol !== to.protocol) return `another scheme (${from.protocol} to ${to.protocol})`;
  if (from.hostname !== to.hostname) return `another host (${to.host})`;
  return `another port (${to.port || 'the default'})`;
}

/** A redirect that was not followed: to another origin, without a Location, one too many, or opaque (a browser). */
function redirectResult(id: CheckId, target: CheckTarget, outcome: Extract<HttpOutcome, { kind: 'redirect' }>, what: string): CheckResult {
  const { url, from, status, location } = outcome;
  const code = status === undefined ? '' : ` (HTTP ${status})`;
  switch (outcome.reason) {
    case 'opaque':
      return result(id, target, url, 'could-not-run', `${from} answered with a redirect, which the browser does not let this page follow or see: where it leads could not be checked here. This says nothing about the server.`, {
        fix: 'Run the same request from a terminal with the curl command (add -i to see the Location header), or every check with om-okta verify.',
      });
    case 'no-location':
      return result(id, target, url, 'fail', `${from} answered with a redirect${code} without a usable Location${location === undefined ? '' : ` (${q(location)})`}, so ${what} could not be read.`, {
        fix: 'Open the URL with the curl command (add -i to see the headers) and check the URL and any proxy in front of the server.',
      });
    case 'too-many':
      return result(id, target, url, 'fail', `${url} redirected more than ${MAX_REDIRECTS} times (the last time to ${q(location)}), so ${what} could not be read.`, {
        fix: `Open the URL with the curl command (add -i to see each Location) and change the ${SOURCE[id]} so that it names the final address directly.`,
      });
    case 'other-origin': {
      const fromUrl = new URL(from);
      let change = 'another place';
      let origin = location ?? '';
      try {
        const to = new URL(location ?? '');
        change = originChange(fromUrl, to);
        origin = to.origin;
      } catch {
        // Shown as given.
      }
      return result(id, target, url, 'fail', `${from} redirects${code} to ${q(location)}, on ${change}: your configuration points at ${fromUrl.origin}, but what answers there sends everyone elsewhere. The redirect was not checked further.`, {
        fix: `If ${q(origin)} is the right address, change the ${SOURCE[id]} so that the URLs start with it, and render the files again; otherwise find out what sends the redirect (a proxy, a load balancer, a sign-in page).`,
      });
    }
  }
}

/**
 * A check whose requests may be redirected within the same origin: the result gets a warning
 * (or, when it is worse already, a note) naming the URL to use instead. Never a silent pass.
 */
function withRedirects(id: CheckId, check: (target: CheckTarget, ctx: CheckContext, get: (url: string) => Promise<HttpOutcome>) => Promise<CheckResult>): Check {
  return async (target, ctx) => {
    const seen: Redirect[] = [];
    const get = async (url: string): Promise<HttpOutcome> => {
      const outcome = await getJson(url, ctx);
      if (outcome.redirects) seen.push(...outcome.redirects);
      return outcome;
    };
    const r = await check(target, ctx, get);
    if (seen.length === 0) return r;
    const first = seen[0]!;
    const last = seen.at(-1)!;
    const code = last.status === undefined ? '' : ` (HTTP ${last.status})`;
    const note = `${first.from} redirects${code} to ${q(last.to)}: use that URL.`;
    const fix = `Change the ${SOURCE[id]} so that this URL is ${q(last.to)}, without the redirect: OpenMetadata and some clients do not follow redirects.`;
    if (r.status === 'pass') {
      const out: CheckResult = { ...r, status: 'warn', message: `${note} ${r.message}`, fix };
      return out;
    }
    return { ...r, message: `${r.message} Also, ${note}`, fix: r.fix ? `${r.fix} ${fix}` : fix };
  };
}

/** Okta's error body: `{ errorCode: "E0000015", errorSummary: "..." }`. */
function oktaError(json: unknown): string {
  if (!isRecord(json)) return '';
  const code = typeof json['errorCode'] === 'string' ? json['errorCode'] : undefined;
  const summary = typeof json['errorSummary'] === 'string' ? json['errorSummary'] : undefined;
  if (!code && !summary) return '';
  return ` (${[code, summary].filter(Boolean).join(': ')})`;
}

// ---------------------------------------------------------------------------------------------
// a. Okta discovery document (FM-01, FM-02, FM-08, FM-21)

export const checkOktaDiscovery: Check = withRedirects('okta-discovery', async (target, ctx, get) => {
  const { release, inputs, derived } = target;
  const url = derived.discoveryUrl;
  const what = "Okta's discovery document";
  const outcome = await get(url);
  if (outcome.kind === 'status' && [401, 403, 404].includes(outcome.status) && !derived.isOrgAuthServer) {
    return result('okta-discovery', target, url, 'fail',
      `Okta answered HTTP ${outcome.status}${oktaError(outcome.json)} for the discovery document of the authorization server ${q(inputs.authServer)}. Either no authorization server has that id in this Okta org, or the org lacks API Access Management, which every custom authorization server (default included) needs.`,
      {
        ruleId: 'OKTA-AS-001',
        fix: `Check the id under Security > API > Authorization Servers in the Okta Admin Console (ids are case-sensitive). Without API Access Management, use the org authorization server: set Authorization server to org${release.uiSsoConfig ? ', and deliver the configuration by env vars, YAML or Helm rather than the SSO settings page (OKTA-OMV-001)' : ''}.`,
      });
  }
  if (outcome.kind !== 'json') {
    return unusable('okta-discovery', target, ctx, outcome, what, outcome.kind === 'status' && outcome.status === 404
      ? { fix: `Check the Okta domain (${inputs.oktaDomain}): Okta serves a discovery document for every org at this path.` }
      : {});
  }
  const doc = outcome.json;

  const findings: Finding[] = [];
  const issuer = doc['issuer'];
  if (issuer !== derived.issuer) {
    findings.push(issuerFinding(issuer, derived.issuer));
  }

  const jwksUri = doc['jwks_uri'];
  if (jwksUri !== derived.oktaJwksUrl) {
    findings.push({
      status: 'fail',
      ruleId: 'OKTA-JWKS-001',
      message: typeof jwksUri === 'string'
        ? `Okta publishes this authorization server's signing keys at ${q(jwksUri)}, but the Okta key URL in the generated publicKeyUrls is ${q(derived.oktaJwksUrl)}: OpenMetadata would not find the key that signed a token ("No key found in ... with kid ...").`
        : `The discovery document names no jwks_uri (Okta always does), so the Okta key URL ${q(derived.oktaJwksUrl)} cannot be confirmed.`,
      fix: typeof jwksUri === 'string'
        ? `Check the Okta domain and authorization server inputs, which the key URL is computed from. If ${q(jwksUri)} is right for your org, put it in publicKeyUrls (AUTHENTICATION_PUBLIC_KEYS) instead of ${q(derived.oktaJwksUrl)}.`
        : 'Check that the Okta domain is your Okta org.',
    });
  }

  const requested: readonly string[] = REQUESTED_SCOPES[inputs.flow];
  const supported = Array.isArray(doc['scopes_supported']) ? doc['scopes_supported'].filter((s): s is string => typeof s === 'string') : undefined;
  if (supported === undefined) {
    findings.push({
      status: 'warn',
      ruleId: 'OKTA-SCOPE-001',
      message: `The discovery document lists no scopes_supported, so the scopes OpenMetadata requests (${requested.join(' ')}) could not be checked.`,
    });
  } else {
    const missing = requested.filter((s) => !supported.includes(s));
    const core = missing.filter((s) => s !== 'offline_access');
    if (core.length > 0) {
      findings.push({
        status: 'fail',
        ruleId: 'OKTA-SCOPE-001',
        message: `OpenMetadata requests the scopes ${requested.join(' ')}, but this authorization server does not offer ${core.join(', ')}: Okta would answer invalid_scope.`,
        fix: 'Add the missing scopes on the authorization server (Security > API > Authorization Servers > your server > Scopes). Every Okta authorization server has the OpenID scopes; if they are missing, check that the Okta domain is your Okta org.',
      });
    }
    if (missing.includes('offline_access')) {
      findings.push({
        status: 'warn',
        ruleId: 'OKTA-SCOPE-001',
        message: 'This authorization server does not offer offline_access, which the public client requests at every sign-in (for refresh tokens).',
        fix: 'Add the offline_access scope to the authorization server, give the app the Refresh Token grant, and allow the scope in the access policy rule; otherwise Okta refuses the sign-in with invalid_scope.',
      });
    }
  }

  return combine('okta-discovery', target, url, findings,
    `Okta's discovery document names the issuer ${derived.issuer}, the key URL ${derived.oktaJwksUrl}, and offers the scopes OpenMetadata requests (${requested.join(' ')}).`);
});

function issuerFinding(got: unknown, want: string): Finding {
  if (typeof got !== 'string') {
    return {
      status: 'fail',
      ruleId: 'OKTA-ISS-001',
      message: `The discovery document has no issuer, so it cannot be compared with the authority ${q(want)}.`,
      fix: 'Check that the Okta domain is your Okta org.',
    };
  }
  const message = `Okta says the issuer is ${q(got)}, but the authority you configure is ${q(want)}. The browser compares them letter for letter and refuses the sign-in ("The issuer [...] does not match [...]").`;
  let gotUrl: URL | undefined;
  let wantUrl: URL | undefined;
  try {
    gotUrl = new URL(got);
    wantUrl = new URL(want);
  } catch {
    // Compared as text below.
  }
  if (gotUrl && wantUrl && gotUrl.host !== wantUrl.host) {
    return {
      status: 'fail',
      ruleId: 'OKTA-ISS-001',
      message,
      fix: `The issuer uses another host (${gotUrl.host}). In the Okta Admin Console, set Issuer to "Okta URL" instead of "Dynamic" (Security > API > Authorization Servers > your server > Settings, and the app's Sign On tab for the org server). If you sign in through the custom domain ${gotUrl.host}, choose "Custom URL" and enter ${gotUrl.host} as the Okta domain here.`,
    };
  }
  return {
    status: 'fail',
    ruleId: 'OKTA-ISS-001',
    message,
    fix: 'The discovery document at this URL announces another issuer: set Issuer to "Okta URL" on the authorization server (Security > API > Authorization Servers > your server > Settings), and check the authorization server input.',
  };
}

// ---------------------------------------------------------------------------------------------
// b. Okta signing keys (FM-02)

export const checkOktaJwks: Check = withRedirects('okta-jwks', async (target, ctx, get) => {
  const { derived } = target;
  const url = derived.oktaJwksUrl;
  const outcome = await get(url);
  if (outcome.kind !== 'json') {
    return unusable('okta-jwks', target, ctx, outcome, "Okta's key set (JWKS)", outcome.kind === 'status' && outcome.status === 404
      ? { ruleId: 'OKTA-JWKS-001', fix: 'Nothing is at this key URL, which happens when it names another authorization server than the issuer. Use the jwks_uri of the discovery document.' }
      : {});
  }
  const keys = isRecord(outcome.json) && Array.isArray(outcome.json['keys']) ? outcome.json['keys'] : undefined;
  if (keys === undefined) {
    return result('okta-jwks', target, url, 'fail', `${url} answered JSON without a keys list, so it is not a key set (JWKS).`, {
      ruleId: 'OKTA-JWKS-001',
      fix: 'Use the jwks_uri of the discovery document as the Okta key URL.',
    });
  }
  const usable = keys.filter((k): k is Record<string, unknown> => isRecord(k) && k['kty'] === 'RSA' && (k['use'] === undefined || k['use'] === 'sig') && typeof k['kid'] === 'string' && k['kid'] !== '');
  if (usable.length === 0) {
    return result('okta-jwks', target, url, 'fail', `The key set at ${url} holds ${keys.length} key${keys.length === 1 ? '' : 's'}, but no RSA signing key with a kid; OpenMetadata verifies Okta's RS256 tokens by the kid of such a key.`, {
      ruleId: 'OKTA-JWKS-001',
      fix: 'Check that this is the key URL of your authorization server (the jwks_uri of its discovery document).',
    });
  }
  const kids = usable.map((k) => String(k['kid']));
  return result('okta-jwks', target, url, 'pass', `Okta publishes ${usable.length} RSA signing key${usable.length === 1 ? '' : 's'} at ${url} (kid ${kids.join(', ')}).`);
});

// ---------------------------------------------------------------------------------------------
// c. OpenMetadata's release
//
// Shape: `OpenMetadataServerVersion` { version, revision, timestamp }
// (OM:openmetadata-spec/src/main/resources/json/schema/api/openMetadataServerVersion.json), served
// by VersionResource.getCatalogVersion from the /catalog/VERSION properties; "unknown" when the
// file could not be read.

export const checkOmVersion: Check = withRedirects('om-version', async (target, ctx, get) => {
  const { release, inputs } = target;
  const url = urlOf('om-version', target);
  const outcome = await get(url);
  if (outcome.kind !== 'json') {
    return unusable('om-version', target, ctx, outcome, "OpenMetadata's version", outcome.kind === 'status' && outcome.status === 404
      ? { fix: `Check the OpenMetadata URL (${inputs.omUrl}): ${release.label} answers its version at this path.` }
      : { fix: `Check the OpenMetadata URL (${inputs.omUrl}) and that OpenMetadata is running.` });
  }
  const version = isRecord(outcome.json) && typeof outcome.json['version'] === 'string' ? outcome.json['version'] : undefined;
  const line = version ? /^(\d+)\.(\d+)(?:\.|$|-)/.exec(version) : null;
  if (!version || !line) {
    return result('om-version', target, url, 'warn', `OpenMetadata answered at ${url} without a release number (version ${q(version ?? null)}), so it could not be compared with ${release.label}.`, {
      fix: `Check the release on the OpenMetadata page (the "?" menu > About) and read the guide for that release.`,
    });
  }
  const running = `${Number(line[1])}.${Number(line[2])}`;
  if (running === release.id) {
    return result('om-version', target, url, 'pass', `OpenMetadata ${version} answers at ${normalizeBaseUrl(inputs.omUrl)}: the release this guide is for.`);
  }
  const other = findRelease(running);
  return result('om-version', target, url, 'warn',
    `OpenMetadata at ${normalizeBaseUrl(inputs.omUrl)} runs ${version}, but you are reading the guide for ${release.label}: setting names, defaults and pitfalls differ between releases.`,
    {
      fix: other
        ? `Switch to the guide for ${other.label} (/${other.contentDir}/), or upgrade OpenMetadata to ${release.id}.`
        : `This guide covers OpenMetadata ${RELEASE_IDS.join(', ')}; read the one closest to ${running}, and check each setting against that release's documentation.`,
    });
});

// ---------------------------------------------------------------------------------------------
// d. The sign-in settings OpenMetadata serves (FM-38)
//
// Shape: `AuthenticationConfiguration` (OM:openmetadata-spec/.../configuration/authenticationConfiguration.json)
// as ConfigResource.getAuthConfig returns it to the UI before sign-in, no authentication needed:
// 1.x copies provider, providerName, clientType, enableSelfSignup, jwtPrincipalClaims(Mapping),
// clientId, authority and callbackUrl into a new object and drops oidcConfiguration and
// ldapConfiguration (OM:openmetadata-service/.../resources/system/ConfigResource.java; from 1.10
// it reads SecurityConfigurationManager.getCurrentAuthConfig(), so a UI-saved configuration shows
// here). 0.12.1 returns the whole configuration, without clientType (OM@0.12.1-release,
// .../resources/config/ConfigResource.java).

export const checkOmAuthConfig: Check = withRedirects('om-auth-config', async (target, ctx, get) => {
  const { release, inputs, derived } = target;
  const omUrl = normalizeBaseUrl(inputs.omUrl);
  const url = urlOf('om-auth-config', target);
  const outcome = await get(url);
  if (outcome.kind !== 'json') {
    return unusable('om-auth-config', target, ctx, outcome, "OpenMetadata's sign-in settings", { fix: `Check the OpenMetadata URL (${inputs.omUrl}) and that OpenMetadata is running.` });
  }
  const served = isRecord(outcome.json) ? outcome.json : {};
  const expected: [field: string, want: string, same: (got: unknown) => boolean][] = [
    ['provider', 'okta', (got) => got === 'okta'],
    ['authority', derived.issuer, (got) => typeof got === 'string' && got.replace(/\/+$/, '') === derived.issuer],
    ['clientId', inputs.clientId, (got) => got === inputs.clientId],
  ];
  // 0.12 has no clientType (public only); 1.x serves it.
  if (release.confidentialClient) {
    const clientType = inputs.flow === 'authcode' ? 'confidential' : 'public';
    expected.push(['clientType', clientType, (got) => got === clientType]);
  }
  const diffs = expected.filter(([field, , same]) => !same(served[field]));
  const shown = (field: string) => (served[field] === undefined ? 'nothing' : q(served[field]));
  if (diffs.length === 0) {
    return result('om-auth-config', target, url, 'pass',
      `OpenMetadata serves the sign-in settings you generated: ${expected.map(([field, want]) => `${field} ${want}`).join(', ')}.`);
  }
  const list = diffs.map(([field, want]) => `${field} is ${shown(field)} instead of ${q(want)}`).join('; ');
  const basic = served['provider'] === 'basic' ? ' Provider basic is OpenMetadata\'s default: the Okta settings did not reach the server.' : '';
  if (release.uiSsoConfig) {
    return result('om-auth-config', target, url, 'fail',
      `OpenMetadata at ${omUrl} serves other sign-in settings than yours: ${list}.${basic} A configuration saved in the UI may be overriding yours: since 1.10, SSO settings saved under Settings > SSO are kept in the database and win over env vars, openmetadata.yaml and Helm values.`,
      {
        ruleId: 'OKTA-PERSIST-001',
        fix: 'If SSO settings were saved in the UI, remove them where the server runs with ./bootstrap/openmetadata-ops.sh remove-security-config --force, then restart every OpenMetadata server. Otherwise, check that the server was restarted with the generated configuration (the env file passed to docker compose, the Helm release upgraded, the edited openmetadata.yaml).',
      });
  }
  return result('om-auth-config', target, url, 'fail',
    `OpenMetadata at ${omUrl} serves other sign-in settings than yours: ${list}.${basic} The server is not running with the generated configuration.`,
    { fix: 'Restart OpenMetadata with the generated configuration: pass the env file to docker compose (--env-file), upgrade the Helm release, or edit the openmetadata.yaml the server reads; then run the check again.' });
});

// ---------------------------------------------------------------------------------------------
// e. OpenMetadata's own signing keys (FM-05)
//
// Shape: `JWKSResponse` { keys: [JWKSKey { kty, kid, n, e, alg: "RS256", use: "sig" }] }
// (OM:openmetadata-service/.../security/jwt/JWKSResponse.java and JWKSKey.java), from
// ConfigResource.getJWKSResponse.

export const checkOmJwks: Check = withRedirects('om-jwks', async (target, ctx, get) => {
  const { release, derived } = target;
  const url = derived.omJwksUrl;
  const outcome = await get(url);
  if (outcome.kind !== 'json') {
    return unusable('om-jwks', target, ctx, outcome, "OpenMetadata's key set (JWKS)", outcome.kind === 'status' && outcome.status === 404
      ? { ruleId: 'OKTA-JWKS-003', fix: `${release.label} serves its key set at ${release.omJwksPath}; a 404 there means another release or another server answers at this URL. Check the OpenMetadata URL and the release.` }
      : {});
  }
  const keys = isRecord(outcome.json) && Array.isArray(outcome.json['keys']) ? outcome.json['keys'] : [];
  const kids = keys.filter(isRecord).map((k) => k['kid']).filter((kid): kid is string => typeof kid === 'string' && kid !== '');
  if (kids.length === 0) {
    return result('om-jwks', target, url, 'fail', `OpenMetadata's key set at ${url} holds no key with a kid, so the tokens of bots, ingestion and personal access tokens cannot be validated.`, {
      ruleId: 'OKTA-JWKS-003',
      fix: 'Check jwtTokenConfiguration on the server (RSA_PUBLIC_KEY_FILE_PATH, RSA_PRIVATE_KEY_FILE_PATH, JWT_KEY_ID) and its log at startup.',
    });
  }
  return result('om-jwks', target, url, 'pass',
    `OpenMetadata publishes ${kids.length} signing key${kids.length === 1 ? '' : 's'} at ${url} (kid ${kids.join(', ')}); keep this URL in publicKeyUrls next to Okta's, for bot and ingestion tokens.`);
});

// ---------------------------------------------------------------------------------------------

export const CHECKS: Readonly<Record<CheckId, Check>> = {
  'okta-discovery': checkOktaDiscovery,
  'okta-jwks': checkOktaJwks,
  'om-version': checkOmVersion,
  'om-auth-config': checkOmAuthConfig,
  'om-jwks': checkOmJwks,
};

/**
 * Runs every check within one deadline: ctx.timeoutMs from the start (or ctx.deadline), so a server
 * that never answers costs the time limit once; checks left without time are could-not-run. The
 * Okta checks and the OpenMetadata checks run side by side, each group one check after the other
 * in RUNBOOK_CHECKS order (a slow server is not hit several times at once), so that an Okta that
 * never answers does not leave OpenMetadata unchecked, nor the other way round. Progress is
 * reported in RUNBOOK_CHECKS order all the same: a check's `start` once the one before it is done,
 * its `done` once it is done and reported; results come back in that order. Never throws: a check
 * that throws is reported as could-not-run with the error.
 */
export async function runChecks(target: CheckTarget, ctx: CheckContext, onProgress?: (event: CheckProgress) => void): Promise<CheckResult[]> {
  const total = RUNBOOK_CHECKS.length;
  const results: (CheckResult | undefined)[] = new Array<CheckResult | undefined>(total);
  // One deadline for the whole run: a server that never answers costs --timeout once, not per check.
  const shared: CheckContext = ctx.deadline === undefined ? { ...ctx, deadline: Date.now() + ctx.timeoutMs } : ctx;

  // Progress in the guide's order, whichever group answers first.
  let reported = 0;
  let announced = -1;
  const report = (): void => {
    while (reported < total) {
      const check = RUNBOOK_CHECKS[reported]!;
      if (announced < reported) {
        announced = reported;
        onProgress?.({ type: 'start', index: reported, total, check });
      }
      const result = results[reported];
      if (result === undefined) return;
      onProgress?.({ type: 'done', index: reported, total, check, result });
      reported++;
    }
  };

  const run = async (index: number): Promise<void> => {
    const check = RUNBOOK_CHECKS[index]!;
    let r: CheckResult;
    try {
      r = await CHECKS[check.id](target, shared);
    } catch (error) {
      r = {
        id: check.id,
        title: check.title,
        status: 'could-not-run',
        message: `The check stopped with an error: ${(error as Error)?.message ?? String(error)}.`,
        fix: 'Run the same request from a terminal with the curl command.',
        commands: commandsFor(urlOf(check.id, target), target.release),
        url: urlOf(check.id, target),
      };
    }
    results[index] = r;
    report();
  };

  const groups = new Map<string, number[]>();
  RUNBOOK_CHECKS.forEach((check, index) => groups.set(check.step, [...(groups.get(check.step) ?? []), index]));
  report();
  await Promise.all(
    [...groups.values()].map(async (indices) => {
      for (const index of indices) await run(index);
    }),
  );
  return results as CheckResult[];
}

/** The URL each check requests. */
export function urlOf(id: CheckId, target: CheckTarget): string {
  const omUrl = normalizeBaseUrl(target.inputs.omUrl);
  switch (id) {
    case 'okta-discovery':
      return target.derived.discoveryUrl;
    case 'okta-jwks':
      return target.derived.oktaJwksUrl;
    case 'om-version':
      return `${omUrl}${omApiPaths(target.release).version}`;
    case 'om-auth-config':
      return `${omUrl}${omApiPaths(target.release).authConfig}`;
    case 'om-jwks':
      return target.derived.omJwksUrl;
  }
}
