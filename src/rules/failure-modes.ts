/**
 * The failure modes of the catalogue (docs/design.md, "Failure modes") that the error explainer
 * names, in our words: title, cause, fix and the rule ids (rows of ./table.ts) whose headings explain them.
 */
import type { ReleaseFacts } from '../releases/facts.ts';
import { isExplainedFor, type RuleId } from './table.ts';

export interface FailureMode {
  title: string;
  cause: string;
  fix: string;
  ruleIds: readonly RuleId[];
}

/** The failure modes section H points to, in our words. */
export const FAILURE_MODES: Readonly<Record<number, FailureMode>> = {
  1: {
    title: "Okta's issuer does not match the configured authority",
    cause: 'The iss claim of the token differs from authority. Usually the authorization server (or the app\'s ID token) has its Issuer set to Dynamic or a custom URL, or the authority names another authorization server.',
    fix: 'In Okta set the Issuer to the Okta URL, then make authority exactly that issuer (no trailing slash), as the discovery document\'s "issuer" shows.',
    ruleIds: ['OKTA-ISS-001'],
  },
  2: {
    title: 'The key URL belongs to another authorization server than the token',
    cause: 'Each Okta authorization server signs with its own keys. publicKeyUrls lists the keys of one server while the tokens come from another (org server keys at /oauth2/v1/keys, custom servers at {issuer}/v1/keys).',
    fix: 'Put the key URL of the authority\'s own server in publicKeyUrls: {issuer}/v1/keys for a custom server, https://{your-org}.okta.com/oauth2/v1/keys for the org server.',
    ruleIds: ['OKTA-JWKS-001'],
  },
  3: {
    title: 'OpenMetadata 1.10+ refuses to save a working Okta configuration from the UI',
    cause: 'The save-time check of Settings > SSO builds {authority}/v1/keys by string, requires a provider name and validates the client ID by introspection; it rejects org authorization servers and some valid hosts. It also requires publicKeyUrls to hold the discovery document\'s jwks_uri letter for letter, so a discovery URI changed without the key URLs is refused (OM#28088).',
    fix: 'Deliver the configuration by env, openmetadata.yaml or Helm and do not save the SSO page, or use a custom authorization server and fill in every field the check asks for (provider name, matching key URL). Put the jwks_uri of {issuer}/.well-known/openid-configuration into publicKeyUrls exactly, in the same save as the discovery URI (since OM PR #32569 a confidential client\'s key URLs are re-read from discovery on save).',
    ruleIds: ['OKTA-OMV-001'],
  },
  4: {
    title: 'The OpenMetadata server cannot download a key set',
    cause: 'The server fetches every publicKeyUrls entry itself. A key URL on localhost, a host the pod cannot resolve, a proxy the JVM does not use, or a failing endpoint leaves it without keys.',
    fix: 'Use the Okta key URL over https on your Okta domain, and for OpenMetadata\'s own keys a host the server reaches (the Service name in Kubernetes). Test with curl from inside the container.',
    ruleIds: ['OKTA-JWKS-002'],
  },
  5: {
    title: "OpenMetadata's own key URL is missing or wrong",
    cause: 'Bots, ingestion and personal access tokens are signed by OpenMetadata and checked against publicKeyUrls too. Without OpenMetadata\'s JWKS URL there, or with the wrong path, those tokens are refused.',
    fix: 'Add {your OpenMetadata URL}/api/v1/system/config/jwks (0.x: /api/v1/config/jwks) next to the Okta key URL, spelled exactly.',
    ruleIds: ['OKTA-JWKS-003'],
  },
  6: {
    title: 'A placeholder from the docs is still in the configuration',
    cause: 'A value still holds {ISSUER_URL}, {your domain}, {Client ID} or braces around a real value, or a URL got its scheme twice (http://https://...).',
    fix: 'Replace every placeholder with your value, without braces, and write each URL with one https:// scheme.',
    ruleIds: ['OKTA-TPL-001'],
  },
  7: {
    title: 'The authority has the wrong shape',
    cause: 'The issuer was copied from the Admin Console host ({org}-admin.okta.com), pasted as a full endpoint (/v1/..., /.well-known/...), or has a trailing slash.',
    fix: 'Use https://{org}.okta.com for the org server or https://{org}.okta.com/oauth2/{server id} for a custom server, with no trailing slash and no -admin.',
    ruleIds: ['OKTA-URL-001'],
  },
  8: {
    title: 'Custom authorization servers are not available in this Okta org',
    cause: 'Custom authorization servers, default included, need Okta API Access Management; without it Okta answers E0000015.',
    fix: 'Use the org authorization server (authority https://{org}.okta.com, keys at /oauth2/v1/keys), or enable API Access Management.',
    ruleIds: ['OKTA-AS-001'],
  },
  9: {
    title: "No access policy rule matches OpenMetadata's request",
    cause: 'A custom authorization server only issues tokens when a policy assigned to the app has a rule allowing the grant type and all requested scopes.',
    fix: 'Add an access policy for the OpenMetadata app with a rule that allows Authorization Code (and Refresh Token) and the scopes openid, email, profile, offline_access.',
    ruleIds: ['OKTA-AS-002'],
  },
  10: {
    title: 'The confidential client has no discovery URI',
    cause: 'With clientType confidential, the server finds Okta through oidcConfiguration.discoveryUri (OIDC_DISCOVERY_URI), which is empty.',
    fix: 'Set the discovery URI to {issuer}/.well-known/openid-configuration.',
    ruleIds: ['OKTA-CONF-001'],
  },
  11: {
    title: 'An Okta Single-Page App is used with the confidential client',
    cause: 'A SPA app is a public client that requires PKCE and has no secret, but the confidential flow sends a secret and disables PKCE by default.',
    fix: 'Use an Okta Web Application for clientType confidential, or keep the SPA app with clientType public.',
    ruleIds: ['OKTA-APP-001', 'OKTA-FLOW-002'],
  },
  12: {
    title: 'An Okta Web app is used with the public client',
    cause: 'A Web app requires client authentication, but the public flow runs in the browser with no secret.',
    fix: 'Use an Okta Single-Page Application for clientType public, or switch to clientType confidential with the Web app\'s secret.',
    ruleIds: ['OKTA-APP-001', 'OKTA-FLOW-001', 'OKTA-FLOW-002'],
  },
  13: {
    title: 'Client secret or PKCE settings do not match the Okta Web app',
    cause: 'The confidential client has an empty or wrong secret, or the Okta app requires PKCE while OpenMetadata sends none (OIDC_DISABLE_PKCE defaults to true).',
    fix: 'Set the Web app\'s client secret (no quotes or spaces). If the app has "Require PKCE" on, set disablePkce to false or turn that option off.',
    ruleIds: ['OKTA-CONF-002'],
  },
  14: {
    title: 'The redirect URI is not registered in the Okta app',
    cause: 'Okta compares redirect_uri letter for letter with the app\'s Sign-in redirect URIs: scheme, host, port, path and trailing slash.',
    fix: 'Add the exact callback URL ({origin}/callback, plus /silent-callback for the implicit flow) to the app\'s Sign-in redirect URIs.',
    ruleIds: ['OKTA-REDIR-001'],
  },
  15: {
    title: "The callback is not OpenMetadata's /callback route",
    cause: 'OpenMetadata handles the sign-in at /callback only; another path, or a stale localhost URL on a remote install, leaves the page spinning or the redirect refused.',
    fix: 'Set callbackUrl to {the URL users browse to}/callback and register exactly that in Okta.',
    ruleIds: ['OKTA-REDIR-002'],
  },
  16: {
    title: 'Confidential flow: the callback or the server URL does not match',
    cause: 'The confidential flow sends oidcConfiguration.callbackUrl to Okta and then sends the browser to {serverUrl}/auth/callback; a callbackUrl or serverUrl left at http://localhost:8585 behind an ingress, or a lost session cookie, break it.',
    fix: 'Set oidcConfiguration.serverUrl and callbackUrl to the public origin, register {origin}/callback in Okta, and serve over https.',
    ruleIds: ['OKTA-REDIR-003', 'OKTA-REDIR-004', 'OKTA-REDIR-001'],
  },
  17: {
    title: 'PKCE sign-in on a plain http page',
    cause: 'The public client always uses PKCE, which needs WebCrypto: browsers offer it only on https pages or on localhost.',
    fix: 'Serve OpenMetadata over https (or use http://localhost for a local trial) and use the https callback URL.',
    ruleIds: ['OKTA-TLS-001'],
  },
  18: {
    title: "OpenMetadata's origin is not an Okta Trusted Origin",
    cause: 'The browser calls Okta\'s discovery, token and key endpoints directly; Okta only answers with CORS headers for Trusted Origins.',
    fix: 'In Okta, Security > API > Trusted Origins, add the OpenMetadata origin (no path) with CORS and Redirect ticked.',
    ruleIds: ['OKTA-CORS-001'],
  },
  19: {
    title: 'The user is not assigned to the Okta app',
    cause: 'Okta refuses sign-in to apps the user (or one of their groups) is not assigned to.',
    fix: 'Assign the users or groups in the app\'s Assignments tab, or allow everyone in the organization.',
    ruleIds: ['OKTA-ASSIGN-001'],
  },
  20: {
    title: 'http and https are mixed behind a TLS-terminating proxy',
    cause: 'TLS ends at a load balancer, so OpenMetadata builds http:// redirect URIs while Okta has https:// ones.',
    fix: 'Use https:// in callbackUrl and serverUrl, enable forwarded headers (SERVER_USE_FORWARDED_HEADERS), and register the https URIs in Okta.',
    ruleIds: ['OKTA-TLS-002', 'OKTA-REDIR-001'],
  },
  21: {
    title: 'A requested scope is not allowed',
    cause: 'A scope is not supported by the authorization server, not allowed for the app\'s grant types, or not allowed by the policy rule; the org server refuses custom scopes.',
    fix: 'Request openid email profile (plus offline_access only with the Refresh Token grant), and allow them in the policy rule of the custom server.',
    ruleIds: ['OKTA-SCOPE-001'],
  },
  22: {
    title: 'Token renewal fails',
    cause: 'The refresh token is expired, rotated away by another tab, or the app has no Refresh Token grant; /silent-callback may be missing.',
    fix: 'Enable the Refresh Token grant with a rotation grace period, register {origin}/silent-callback, and sign in again.',
    ruleIds: ['OKTA-RENEW-001'],
  },
  23: {
    title: 'A token is used after logout',
    cause: 'OpenMetadata revoked this session\'s token at logout, but a tab or client still sends it; the Okta session may also outlive the OpenMetadata one.',
    fix: 'Reload and sign in again; close old tabs. For a full sign-out, end the Okta session too.',
    ruleIds: ['OKTA-SESS-001'],
  },
  24: {
    title: 'A clock is out of sync',
    cause: 'The browser or the OpenMetadata host clock differs from Okta\'s, so tokens look issued in the future or already expired; the server allows no leeway.',
    fix: 'Sync the clocks with NTP on the user\'s machine and the OpenMetadata host.',
    ruleIds: ['OKTA-CLOCK-001'],
  },
  25: {
    title: 'The client ID does not match',
    cause: 'The token\'s audience is another client ID than the configured one: clientId, OIDC_CLIENT_ID and the Okta app\'s Client ID differ.',
    fix: 'Copy the Client ID of the OpenMetadata app in Okta into clientId (and oidcConfiguration.id for the confidential flow).',
    ruleIds: ['OKTA-CLIENT-001'],
  },
  26: {
    title: "The user's email domain is not the principal domain",
    cause: 'With enforcePrincipalDomain on, the email domain from the token must be principalDomain (or in allowedDomains); several domains typed into principalDomain also break.',
    fix: 'Set principalDomain to your users\' email domain, one domain only; list further domains in allowedDomains.',
    ruleIds: ['OKTA-DOM-001'],
  },
  28: {
    title: 'The principal claim is missing from the token',
    cause: 'jwtPrincipalClaims names claims the Okta token does not carry (email without the email scope, claims from another IdP).',
    fix: 'Use jwtPrincipalClaims [email, preferred_username, sub] and request the email and profile scopes.',
    ruleIds: ['OKTA-CLAIM-001'],
  },
  29: {
    title: 'The user name or email OpenMetadata derives is not the one it has',
    cause: 'OpenMetadata takes the user name from the first principal claim, split at @, and builds the email as name@principalDomain when the claim has no @. A user of that name already exists with another email (an initial admin created as name@principalDomain while Okta sends another domain, or an Okta login that is not the email). On 2.0 the token after sign-in is OpenMetadata\'s own, whose preferred_username is the bare user name, so claims starting with preferred_username give name@principalDomain (OM PR #33725).',
    fix: 'Set principalDomain to your users\' email domain and keep email first in jwtPrincipalClaims; fix or remove the existing user whose email differs.',
    ruleIds: ['OKTA-CLAIM-002'],
  },
  30: {
    title: 'jwtPrincipalClaimsMapping is malformed',
    cause: 'The mapping must have exactly a username and an email entry (username:claim, email:claim) and nothing else.',
    fix: 'Write jwtPrincipalClaimsMapping as [username:preferred_username, email:email], or leave it empty.',
    ruleIds: ['OKTA-CLAIM-003'],
  },
  31: {
    title: 'A bot or ingestion token is stale',
    cause: 'The bot token was regenerated, or the signing keys or JWT key id changed, while pipelines still use the old token.',
    fix: 'Copy the current token from Settings > Bots > ingestion-bot into the workflow (or its env var) and redeploy the pipelines.',
    ruleIds: ['OKTA-BOT-001', 'OKTA-WF-001'],
  },
  32: {
    title: 'The 0.12 Okta service application for ingestion is misconfigured',
    cause: 'Ingestion signs in with the SPA client ID, an orgURL that is not {issuer}/v1/token, a private key that is not the JWK, a service app missing from the bot principals, or JSON in an env var that YAML reads as a map.',
    fix: 'Use the service application\'s client ID, orgURL {issuer}/v1/token, the private JWK (single-quoted in env vars), and add the client ID to the bot principals.',
    ruleIds: ['OKTA-LEGACY-001', 'OKTA-WF-001'],
  },
  33: {
    title: 'A list-valued env var is not valid YAML',
    cause: 'OpenMetadata pastes AUTHENTICATION_PUBLIC_KEYS, AUTHORIZER_ADMIN_PRINCIPALS and similar into openmetadata.yaml as raw text, so they must be a YAML list on one line.',
    fix: 'Write the value as ["https://...","https://..."]: square brackets, straight double quotes around each entry, no empty entries. om-okta lint checks the file.',
    ruleIds: ['OKTA-ENV-001'],
  },
  35: {
    title: 'customParams is not a map',
    cause: 'customParams (OIDC_CUSTOM_PARAMS) must be a map; an empty string, as the old Helm default had, makes the server fail at start-up.',
    fix: "Leave customParams out, or set it to {} (in Helm values: customParams: '{}').",
    ruleIds: ['OKTA-ENV-003'],
  },
  37: {
    title: 'The Kubernetes Secret the chart reads does not exist or has other keys',
    cause: 'The Helm values point to a Secret (secretRef) and key (secretKey) that are not in the release\'s namespace.',
    fix: 'Create the Secret in the same namespace with exactly those names (kubectl create secret generic ...), or point the values at the Secret you have.',
    ruleIds: ['OKTA-HELM-002'],
  },
  38: {
    title: 'A configuration stored in the database wins over your files',
    cause: 'Once SSO settings were saved in the UI (1.10 on), or a 2.0 upgrade wrote the default settings row, the server reads the stored configuration at start ("Loaded security configuration from database") and ignores env vars, openmetadata.yaml and Helm values, without a warning (OM#31786); env changes never reach the stored row (OM#26159, still seen on 1.13.5).',
    fix: 'Keep the configuration in one place: remove the stored one (openmetadata-ops.sh remove-security-config --force) and restart every server, or change it in Settings > SSO only.',
    ruleIds: ['OKTA-PERSIST-001'],
  },
  39: {
    title: 'enableSecureSocketConnection is on',
    cause: 'With AUTHORIZER_ENABLE_SECURE_SOCKET true the websocket requires a token the UI does not send, so requests fail with "Token not present".',
    fix: 'Set enableSecureSocketConnection (AUTHORIZER_ENABLE_SECURE_SOCKET) to false.',
    ruleIds: ['OKTA-MISC-001'],
  },
  40: {
    title: 'An Okta org access token is used to call OpenMetadata',
    cause: 'Access tokens of the org authorization server are meant for Okta\'s own APIs and cannot be verified by OpenMetadata.',
    fix: 'Call the API with an OpenMetadata bot or personal access token; if Okta tokens are needed, use a custom authorization server and list its keys.',
    ruleIds: ['OKTA-TOKEN-001'],
  },
  // Not in the failure-mode catalogue (written before 2.0): numbered after its last.
  41: {
    title: "2.0: the token after sign-in is OpenMetadata's own, without the custom claims a mapping names",
    cause: "Since 2.0 the auth code flow hands the browser a token OpenMetadata signs itself (OM PR #26314). A jwtPrincipalClaimsMapping that names a custom Okta claim finds nothing in it (OM#32000).",
    fix: 'Remove jwtPrincipalClaimsMapping and let jwtPrincipalClaims [email, preferred_username, sub] name the user, or stay on 1.13: the issue is still open upstream (a candidate fix, OM PR #33725, was not merged when this guide was checked).',
    ruleIds: ['OKTA-UPG-001'],
  },
  42: {
    title: 'Confidential client: the sign-in session is lost between the login and the callback, and the browser loops',
    cause: 'The server keeps the pending sign-in in a session whose cookie is set at /api/v1/auth/login. When it is gone at /callback ("No session found for callback"), the sign-in failed with 500 and kept the dead cookie, so each new try looped (OM#30304). A refresh from another tab while the user is at Okta, a restart, another replica or another host name loses it.',
    fix: 'Upgrade to a release with the fix (1.13 hotfix OM PR #31183; main OM PR #31181, which 2.0 takes from main), close other OpenMetadata tabs and clear its cookies, and open OpenMetadata at the address of the callback URL.',
    ruleIds: ['OKTA-REDIR-003'],
  },
  43: {
    title: 'Okta refused to sign in without showing a page (login_required, interaction_required, consent_required)',
    cause: 'The sign-in request asked Okta not to show a page (prompt=none), or showed none Okta could finish: no Okta session, a consent the app requires, a choice of account. Since OM PR #31181 the server sends the browser back to /signin with no message instead of answering 500.',
    fix: 'Leave prompt (OIDC_PROMPT_TYPE) at its default instead of none; for consent_required, grant the consent once in a normal sign-in or turn off User consent for the Okta app; then sign in again from the sign-in page.',
    ruleIds: ['OKTA-SESS-002'],
  },
  44: {
    title: '2.0 signs a user out without a message past maxActiveSessionsPerUser sessions',
    cause: 'From 2.0 sessions are kept in the database and a user keeps at most maxActiveSessionsPerUser (default 5; browsers and MCP clients count alike). A further sign-in revokes the least recently used session, and the server logs nothing about it. An upgraded database keeps its stored value whatever the env var says.',
    fix: 'Raise AUTHENTICATION_MAX_ACTIVE_SESSIONS_PER_USER (Helm: extraEnvs) and, on an upgraded install, in the stored configuration too (Settings > SSO); or close sessions you do not use.',
    ruleIds: ['OKTA-SESS-003'],
  },
  45: {
    title: 'Several OpenMetadata servers serve different sign-in settings',
    cause: 'A configuration saved in the UI applies only on the replica that took the save; the others keep what they read at start until restarted, so /api/v1/system/config/auth alternates between "basic" and the SSO provider and the login page flips on refresh (OM#30882, open).',
    fix: 'After saving SSO settings in the UI, restart every replica (kubectl rollout restart deployment/openmetadata), or deliver the configuration by env or Helm only.',
    ruleIds: ['OKTA-PERSIST-001'],
  },
};

/** The troubleshooting heading of the first of a failure mode's ids that `release`'s page explains, else the page. */
export function docsForFailureMode(fm: number, release: ReleaseFacts): string {
  const page = `/${release.contentDir}/troubleshooting/`;
  const id = FAILURE_MODES[fm]?.ruleIds.find((r) => isExplainedFor(r, release));
  return id ? `${page}#${id.toLowerCase()}` : page;
}
