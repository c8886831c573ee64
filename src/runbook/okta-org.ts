/**
 * What `om-okta okta check` found in the Okta org (src/okta/api/inspect.ts), as findings: each
 * difference with its rule id (src/rules/table.ts), a message with both values (what the org holds
 * and what the guide's values need), the fix in the Admin Console's words, and the link to the
 * rule's troubleshooting section.
 */
import type { DiffCode, Difference } from '../okta/api/index.ts';
import type { ReleaseFacts } from '../releases/facts.ts';
import { docsFor } from '../rules/diagnostic.ts';
import type { RuleId } from '../rules/table.ts';

export interface OrgFinding {
  ruleId: RuleId;
  severity: 'error' | 'warning';
  subject: string;
  /** What the org holds and what it must hold. */
  message: string;
  fix: string;
  docs: string;
}

const RULE_OF: Record<DiffCode, RuleId> = {
  'app-missing': 'OKTA-ORG-001',
  'app-type': 'OKTA-ORG-002',
  'app-grant-types': 'OKTA-ORG-003',
  'app-response-types': 'OKTA-ORG-003',
  'app-refresh-token': 'OKTA-ORG-003',
  'app-redirect-uris': 'OKTA-ORG-004',
  'app-sign-out-uris': 'OKTA-ORG-004',
  'app-client-auth': 'OKTA-ORG-005',
  'app-pkce': 'OKTA-ORG-005',
  'app-consent': 'OKTA-ORG-006',
  'app-issuer-mode': 'OKTA-ORG-007',
  'server-issuer': 'OKTA-ORG-007',
  'origin-missing': 'OKTA-ORG-008',
  'origin-scopes': 'OKTA-ORG-008',
  'origin-inactive': 'OKTA-ORG-008',
  'server-missing': 'OKTA-AS-001',
  'policy-missing': 'OKTA-ORG-009',
  'policy-clients': 'OKTA-ORG-009',
  'policy-inactive': 'OKTA-ORG-009',
  'rule-missing': 'OKTA-ORG-009',
  'rule-grants': 'OKTA-ORG-009',
  'rule-scopes': 'OKTA-ORG-009',
  'rule-groups': 'OKTA-ORG-009',
  'rule-inactive': 'OKTA-ORG-009',
  'assignment-none': 'OKTA-ORG-010',
  'assignment-group': 'OKTA-ORG-010',
  'app-inactive': 'OKTA-ORG-011',
  'app-keys': 'OKTA-ORG-012',
  'app-api-scopes': 'OKTA-ORG-012',
};

const APPLY = 'or run om-okta okta apply, which sets it';

const FIX: Record<DiffCode, string> = {
  'app-missing': 'Enter the Client ID of the app integration the guide set up (Applications > Applications > the app > General), or create it with om-okta okta apply --write-inputs.',
  'app-type': 'The application type cannot be changed: create a new app integration of the right type (Single-Page Application for the implicit flow, Web Application for auth code) and enter its Client ID.',
  'app-grant-types': `Tick exactly the grant types listed under General Settings > Edit > Grant type, ${APPLY}.`,
  'app-response-types': `Tick the Implicit (hybrid) boxes the guide lists under General Settings > Edit > Grant type, ${APPLY}.`,
  'app-refresh-token': `Under General Settings > Edit > Refresh token, choose "Rotate token after every use", ${APPLY}.`,
  'app-redirect-uris': `Enter the sign-in redirect URIs exactly as the guide shows them (scheme, host, port and path, character for character), ${APPLY}.`,
  'app-sign-out-uris': `Enter the sign-out redirect URI exactly as the guide shows it, ${APPLY}.`,
  'app-client-auth': `Under Client Credentials > Edit, choose the client authentication the guide shows (none with PKCE for the Single-Page Application, a client secret for the Web Application), ${APPLY}.`,
  'app-pkce': `Under Client Credentials > Edit, set "Require PKCE" as the guide shows (on for the Single-Page Application, off for the Web Application: OpenMetadata's server sends no PKCE challenge), ${APPLY}.`,
  'app-consent': `Under General Settings > Edit > User Consent, untick "Require consent" (a silent renewal cannot show a consent screen), ${APPLY}.`,
  'app-issuer-mode': `Under Sign On > OpenID Connect ID Token > Edit, set Issuer to Okta URL, ${APPLY}.`,
  'server-issuer': 'Under Security > API > the authorization server > Settings > Edit, set Issuer to Okta URL (apply leaves it alone: other apps may use the server).',
  'origin-missing': `Add the origin under Security > API > Trusted Origins with both CORS and Redirect ticked, ${APPLY}.`,
  'origin-scopes': `Edit the trusted origin under Security > API > Trusted Origins and tick both CORS and Redirect, ${APPLY}.`,
  'origin-inactive': `Activate the trusted origin under Security > API > Trusted Origins, ${APPLY}.`,
  'server-missing': 'Use an authorization server the org has (Security > API > Authorization Servers; default is there on orgs with API Access Management), or the org server.',
  'policy-missing': `Under Security > API > the authorization server > Access Policies, add a policy assigned to the app, ${APPLY}.`,
  'policy-clients': `Assign the access policy to the app (Edit > Assign to > The following clients), ${APPLY}.`,
  'policy-inactive': `Activate the access policy under Security > API > the authorization server > Access Policies, ${APPLY}.`,
  'rule-missing': `Add a rule to the access policy with the grant types the guide lists and any scopes, for any user assigned the app, ${APPLY}.`,
  'rule-grants': `Edit the policy's rule: tick the grant types the guide lists and allow any scopes (or at least openid, profile and email), and make sure it is active, ${APPLY}.`,
  'rule-scopes': `Edit the policy's rule to allow any scopes (or at least openid, profile and email), ${APPLY}.`,
  'rule-groups': `Edit the policy's rule: assigned to any user assigned the app, ${APPLY}.`,
  'rule-inactive': `Activate the policy's rule, ${APPLY}.`,
  'assignment-none': `Assign the app to the people who sign in, or to a group they are in (Assignments > Assign), ${APPLY}.`,
  'assignment-group': 'Assign the group the guide names too, or make sure every user who signs in to OpenMetadata, the admins first, is assigned.',
  'app-inactive': `Activate the app (Applications > Applications > the app > Active), ${APPLY}.`,
  'app-keys': 'Add the public key set the guide made (okta-service-app.public.jwks.json) under the service app\'s Client Credentials > Public Keys, or set the Key ID in the guide to the one Okta holds; om-okta okta apply adds it.',
  'app-api-scopes': 'Grant the Okta API Scopes the guide lists on the service app\'s Okta API Scopes tab, or run om-okta okta apply.',
};

export function orgFindings(differences: readonly Difference[], release: ReleaseFacts): OrgFinding[] {
  return differences.map((d) => {
    const ruleId = d.app === 'ingestion' && d.code.startsWith('app-') ? 'OKTA-ORG-012' : RULE_OF[d.code];
    return {
      ruleId,
      severity: d.severity,
      subject: d.subject,
      message: `${d.subject}: the org holds ${d.got}; your values need ${d.want}.`,
      fix: FIX[d.code],
      docs: docsFor(ruleId, release),
    };
  });
}
