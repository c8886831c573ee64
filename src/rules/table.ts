/**
 * The one table of diagnostics. Every rule id the checks emit is a key here (the type system
 * enforces it: `diagnostic()`, in diagnostic.ts, only takes a `RuleId`). Ids and FM numbers follow
 * the failure-mode catalogue (docs/design.md); each id has one heading on the release's
 * troubleshooting page, anchored at the lower-cased id.
 *
 * Messages are not in the table: each finding builds its own, naming the bad value and saying
 * what to enter instead.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import type { Severity } from './types.ts';

/**
 * Where a rule runs: on the reader's inputs, on OpenMetadata settings (resolved or linted), or on
 * the text of a file that `om-okta lint` reads (src/lint), before or beside its settings, as a
 * live check of what Okta's and OpenMetadata's endpoints answer (src/runbook, `om-okta verify`),
 * or in the error explainer, from a message pasted from a log, the browser or Okta (`log`), or by
 * the token judge (src/token, `om-okta token`), from an ID or access token the reader pastes, or
 * from what the Okta org holds, read through its Management API (`org`: `om-okta okta check`).
 */
export type RuleStage = 'input' | 'settings' | 'file' | 'probe' | 'log' | 'token' | 'org';

/** What decides whether a release's troubleshooting page explains a rule. */
type ReleaseTraits = Pick<ReleaseFacts, 'legacy' | 'confidentialClient' | 'ingestion' | 'trustedRedirects' | 'callbackToken'>;

export interface RuleSpec {
  /** The most severe level this rule reports; a single finding may be milder (see each check). */
  severity: Severity;
  /** Short heading, used on the troubleshooting page. */
  title: string;
  /** Failure-mode numbers of the catalogue (FM-nn; docs/design.md, "Failure modes"). */
  fm: readonly number[];
  /** The stages that emit this id (a rule may look at both the inputs and the settings). */
  stage: readonly RuleStage[];
  /**
   * The releases whose troubleshooting page explains this id (all when absent). Every page has a
   * heading for each id a check can emit, since findings link there; an id that only some
   * releases can meet is explained, and linked from the explainer, on those releases' pages.
   */
  explainedFor?: (release: ReleaseTraits) => boolean;
}

const currentLine = (release: ReleaseTraits): boolean => release.legacy === undefined;

export const RULES = {
  'OKTA-INPUT-001': {
    severity: 'error',
    title: 'An input is missing or has the wrong type',
    fm: [],
    stage: ['input'],
  },
  'OKTA-TPL-001': {
    severity: 'error',
    title: 'A placeholder from the docs was left in a value',
    fm: [6],
    stage: ['input', 'settings'],
  },
  'OM-URL-001': {
    severity: 'error',
    title: 'The OpenMetadata URL is not a plain base URL',
    fm: [14],
    stage: ['input'],
  },
  'OKTA-URL-001': {
    severity: 'error',
    title: 'Okta domain, authorization server or authority has the wrong shape',
    fm: [7],
    stage: ['input', 'settings'],
  },
  'OKTA-CLIENT-001': {
    severity: 'error',
    title: 'The client ID does not look like an Okta client ID',
    fm: [25],
    stage: ['input', 'settings'],
  },
  'OKTA-APP-001': {
    severity: 'error',
    title: 'The Okta app type does not match the flow',
    fm: [11, 12],
    stage: ['input'],
  },
  'OKTA-CONF-001': {
    severity: 'error',
    title: 'The confidential client has no (or the wrong) discovery URI',
    fm: [10],
    stage: ['settings'],
  },
  'OKTA-CONF-002': {
    severity: 'error',
    title: 'The client secret is missing or malformed',
    fm: [13],
    stage: ['input', 'settings'],
  },
  'OKTA-TLS-001': {
    severity: 'error',
    title: 'The public client is served over plain HTTP on a remote host',
    fm: [17],
    stage: ['input', 'settings'],
  },
  'OKTA-DOM-001': {
    severity: 'error',
    title: 'The principal domain is not a single lower-case domain',
    fm: [26],
    stage: ['input', 'settings', 'token'],
  },
  'OKTA-ADMIN-001': {
    severity: 'error',
    title: 'Admin principals are not plain user names',
    fm: [27],
    stage: ['input', 'settings', 'token'],
  },
  'OKTA-DOM-002': {
    severity: 'warning',
    title: 'The file\u2019s principal domain is not yours',
    fm: [26],
    stage: ['settings'],
  },
  'OKTA-ADMIN-002': {
    severity: 'warning',
    title: 'The file\u2019s admins are not the ones you named',
    fm: [27],
    stage: ['settings'],
  },
  'OKTA-OMV-001': {
    severity: 'warning',
    title: 'OpenMetadata 1.10+ refuses to save an org authorization server config from the UI',
    fm: [3],
    stage: ['input', 'settings'],
  },
  'OKTA-REDIR-001': {
    severity: 'error',
    title: 'Callback and server URLs do not share the public origin',
    fm: [14, 16],
    stage: ['settings'],
  },
  'OKTA-REDIR-002': {
    severity: 'error',
    title: 'The callback is not OpenMetadata\u2019s /callback route, or points to localhost',
    fm: [15],
    stage: ['input', 'settings'],
  },
  'OKTA-JWKS-001': {
    severity: 'error',
    title: 'The Okta key URL belongs to another authorization server',
    fm: [2],
    stage: ['settings', 'probe'],
  },
  'OKTA-JWKS-002': {
    severity: 'error',
    title: 'The OpenMetadata server cannot fetch an Okta key URL',
    fm: [4],
    stage: ['settings'],
  },
  'OKTA-JWKS-003': {
    severity: 'error',
    title: 'OpenMetadata\u2019s own key URL is missing or misspelled',
    fm: [5],
    stage: ['settings', 'probe'],
  },
  'OKTA-HELM-001': {
    severity: 'error',
    title: 'Helm: oidcConfiguration.enabled is not true for a confidential client',
    fm: [36],
    stage: ['file'],
  },
  'OKTA-OMV-002': {
    severity: 'error',
    title: 'This OpenMetadata release has no confidential client (auth code flow)',
    fm: [12],
    stage: ['input'],
    explainedFor: (release) => !release.confidentialClient,
  },
  'OKTA-LEGACY-001': {
    severity: 'error',
    title: 'The Okta service application for ingestion (0.12) is misconfigured',
    fm: [32, 40],
    stage: ['input'],
    explainedFor: (release) => release.ingestion.kind === 'okta-service-app',
  },
  // File rules: src/lint reads an existing env file, openmetadata.yaml, Helm values or workflow.
  'OKTA-FLOW-001': {
    severity: 'error',
    title: 'The file sets up both flows: a public client with the confidential client\u2019s settings',
    fm: [11, 12],
    stage: ['file'],
    explainedFor: (release) => release.confidentialClient,
  },
  'OKTA-FLOW-002': {
    severity: 'error',
    title: 'The file\u2019s flow is not the one you chose',
    fm: [11, 12],
    stage: ['file'],
    explainedFor: (release) => release.confidentialClient,
  },
  'OKTA-ENV-001': {
    severity: 'error',
    title: 'A list-valued variable is malformed, or a value does not read back as YAML',
    fm: [33],
    stage: ['file'],
  },
  'OKTA-ENV-002': {
    severity: 'error',
    title: 'The env file has lines that are not plain NAME=value',
    fm: [34],
    stage: ['file'],
  },
  'OKTA-ENV-003': {
    severity: 'error',
    title: 'customParams (OIDC_CUSTOM_PARAMS) is not a map',
    fm: [35],
    stage: ['file'],
  },
  'OKTA-HELM-002': {
    severity: 'error',
    title: 'Helm: a Secret reference (secretRef, secretKey) is missing or malformed',
    fm: [37],
    stage: ['file'],
  },
  'OKTA-KEY-001': {
    severity: 'error',
    title: 'A key or variable this release does not read (misspelled, misplaced or from another release)',
    fm: [34, 37],
    stage: ['file'],
  },
  'OKTA-WF-001': {
    severity: 'error',
    title: 'The ingestion workflow does not sign in the way this release expects',
    fm: [31, 32],
    stage: ['file'],
  },
  'OKTA-LINT-001': {
    severity: 'error',
    title: 'The file cannot be read as an env file, openmetadata.yaml, Helm values or workflow',
    fm: [33, 34],
    stage: ['file'],
  },
  'OKTA-LINT-002': { severity: 'warning', title: 'The file holds no Okta sign-in settings to check', fm: [], stage: ['file'] },
  'OKTA-LINT-003': { severity: 'error', title: 'A key is given twice, or a value has the wrong type or shape', fm: [], stage: ['file'] },
  'OKTA-LINT-004': {
    severity: 'info',
    title: 'Which release the file was checked for, and which values come from the environment',
    fm: [],
    stage: ['file'],
  },
  'OKTA-LINT-005': { severity: 'warning', title: 'Not every finding is shown', fm: [], stage: ['file'] },
  // Live checks (src/runbook, om-okta verify): what Okta's and OpenMetadata's endpoints answer.
  'OKTA-ISS-001': {
    severity: 'error',
    title: 'The issuer Okta announces does not match the authority',
    fm: [1],
    stage: ['probe', 'token'],
  },
  'OKTA-AS-001': {
    severity: 'error',
    title: 'The custom authorization server does not exist or is not available in this Okta org',
    fm: [8],
    stage: ['probe', 'org'],
  },
  'OKTA-SCOPE-001': {
    severity: 'error',
    title: 'The authorization server does not offer a scope OpenMetadata requests',
    fm: [21],
    stage: ['probe', 'settings'],
  },
  'OKTA-PERSIST-001': {
    severity: 'error',
    title: 'OpenMetadata serves other sign-in settings than the configuration (a UI-saved configuration may win)',
    fm: [38, 45],
    stage: ['probe'],
  },
  'OKTA-REDIR-004': {
    severity: 'error',
    title: '2.0 refuses the address the browser returns to after sign-in: serverUrl is not the address users browse',
    fm: [16],
    stage: ['settings'],
    explainedFor: (release) => release.trustedRedirects !== undefined,
  },
  'OKTA-UPG-001': {
    severity: 'warning',
    title: "2.0 hands the browser OpenMetadata's own token: a custom jwtPrincipalClaimsMapping stops sign-in",
    fm: [30],
    stage: ['settings'],
    explainedFor: (release) => release.callbackToken?.kind === 'openmetadata-jwt',
  },
  // What the Okta org holds, read through the Management API (src/runbook/okta-org.ts, om-okta okta check).
  'OKTA-ORG-001': { severity: 'error', title: 'The Okta org has no app with the client ID you entered', fm: [25], stage: ['org'] },
  'OKTA-ORG-002': { severity: 'error', title: 'The Okta app is not the type the flow needs', fm: [11, 12], stage: ['org'] },
  'OKTA-ORG-003': { severity: 'error', title: "The Okta app's grant types or response types do not fit the flow", fm: [11, 12, 22], stage: ['org'] },
  'OKTA-ORG-004': { severity: 'error', title: "The Okta app's sign-in or sign-out redirect URIs are not OpenMetadata's", fm: [14, 15, 16], stage: ['org'] },
  'OKTA-ORG-005': { severity: 'error', title: "The Okta app's client authentication or PKCE does not fit the flow", fm: [11, 12, 13], stage: ['org'] },
  'OKTA-ORG-006': { severity: 'error', title: 'The Okta app asks users for consent', fm: [21, 22], stage: ['org'] },
  'OKTA-ORG-007': { severity: 'error', title: 'The issuer is not the Okta URL (Dynamic or custom issuer mode)', fm: [1], stage: ['org'] },
  'OKTA-ORG-008': { severity: 'error', title: "OpenMetadata's origin is not an active Okta Trusted Origin for CORS and Redirect", fm: [18], stage: ['org'] },
  'OKTA-ORG-009': { severity: 'error', title: "No active access policy and rule let OpenMetadata's sign-in through", fm: [9], stage: ['org'] },
  'OKTA-ORG-010': { severity: 'error', title: 'Nobody is assigned to the Okta app', fm: [19], stage: ['org'] },
  'OKTA-ORG-011': { severity: 'error', title: 'The Okta app is inactive', fm: [19, 25], stage: ['org'] },
  'OKTA-ORG-012': {
    severity: 'error',
    title: "The Okta service application (0.12) is missing, misconfigured, or lacks the panel's key",
    fm: [32],
    stage: ['org'],
    explainedFor: (release) => release.ingestion.kind === 'okta-service-app',
  },
  // Named by the error explainer only (src/rules/explain.ts): no check can see these from the
  // configuration; a message in a log, the browser console or Okta's error page shows them.
  'OKTA-AS-002': { severity: 'error', title: "No access policy rule matches OpenMetadata's request", fm: [9], stage: ['log'] },
  'OKTA-CORS-001': { severity: 'error', title: "OpenMetadata's origin is not an Okta Trusted Origin", fm: [18], stage: ['log'] },
  'OKTA-ASSIGN-001': { severity: 'error', title: 'The user is not assigned to the Okta app', fm: [19], stage: ['log'] },
  'OKTA-REDIR-003': {
    severity: 'error',
    title: 'Confidential flow: the callback or the server URL does not match, or the sign-in session is lost',
    fm: [16, 42],
    stage: ['log'],
    explainedFor: (release) => release.confidentialClient,
  },
  'OKTA-TLS-002': { severity: 'error', title: 'http and https are mixed behind a TLS-terminating proxy', fm: [20], stage: ['log'] },
  'OKTA-RENEW-001': { severity: 'error', title: 'Sessions are not renewed', fm: [22], stage: ['log'], explainedFor: currentLine },
  'OKTA-SESS-001': { severity: 'error', title: 'A token is used after logout', fm: [23], stage: ['log'], explainedFor: currentLine },
  'OKTA-SESS-002': {
    severity: 'error',
    title: 'The sign-in request forces a password or refuses to show a login page',
    fm: [23, 43],
    stage: ['settings', 'log'],
    explainedFor: (release) => release.confidentialClient,
  },
  // 2.0 keeps sessions in its database, with the change that hands the browser its own token
  // (OM PR #26314): the same trait tells the releases apart.
  'OKTA-SESS-003': {
    severity: 'warning',
    title: '2.0 signs a user out without a message past maxActiveSessionsPerUser sessions',
    fm: [44],
    stage: ['log'],
    explainedFor: (release) => release.callbackToken?.kind === 'openmetadata-jwt',
  },
  'OKTA-CLOCK-001': { severity: 'error', title: 'A clock is wrong', fm: [24], stage: ['log', 'token'] },
  'OKTA-CLAIM-001': { severity: 'error', title: 'The principal claim is missing from the token', fm: [28], stage: ['log', 'token'] },
  'OKTA-CLAIM-002': { severity: 'error', title: 'The user exists with another email: "Account already exists"', fm: [29], stage: ['log'], explainedFor: currentLine },
  'OKTA-CLAIM-003': { severity: 'error', title: 'jwtPrincipalClaimsMapping is malformed', fm: [30], stage: ['log'], explainedFor: currentLine },
  'OKTA-BOT-001': {
    severity: 'error',
    title: 'A bot or ingestion token is stale',
    fm: [31],
    stage: ['log'],
    explainedFor: (release) => release.ingestion.kind === 'bot-jwt',
  },
  'OKTA-MISC-001': { severity: 'error', title: 'enableSecureSocketConnection is on', fm: [39], stage: ['log'] },
  'OKTA-TOKEN-001': { severity: 'error', title: 'An Okta org access token is used to call OpenMetadata', fm: [40], stage: ['log', 'token'] },
  // The token judge (src/token): what a pasted token shows beyond the ids above it reuses.
  'OKTA-TOKEN-002': { severity: 'error', title: 'The pasted text is not a signed token (JWT)', fm: [], stage: ['token'] },
  'OKTA-TOKEN-003': { severity: 'error', title: 'The token is not signed with RS256', fm: [40], stage: ['token'] },
  'OKTA-TOKEN-004': { severity: 'error', title: "The key that signed the token is not in the key set", fm: [2, 40], stage: ['token'] },
  'OKTA-TOKEN-005': { severity: 'error', title: "The token's signature does not verify", fm: [2, 40], stage: ['token'] },
  'OKTA-TOKEN-006': { severity: 'error', title: "The token's audience is not OpenMetadata's Okta app", fm: [25], stage: ['token'] },
  'OKTA-TOKEN-007': { severity: 'info', title: 'The user OpenMetadata makes of the token', fm: [27, 28, 29], stage: ['token'] },
} as const satisfies Record<string, RuleSpec>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(id: string): id is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, id);
}

/** Whether this release's troubleshooting page explains `id` (see RuleSpec.explainedFor). */
export function isExplainedFor(id: RuleId, release: ReleaseTraits): boolean {
  const spec: RuleSpec = RULES[id];
  return spec.explainedFor?.(release) ?? true;
}
