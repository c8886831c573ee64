/**
 * The Okta Management API operations `om-okta okta apply` and `okta check` call: each with its
 * method, path and the permission Okta's description names for it (its `oauth2` security scope),
 * from reference/upstream/okta/management-minimal.yaml (release 2026.06.3), the contract the tests
 * validate every request against. An API token acts with its admin's role; the scope names say
 * which permission a 403 lacks.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT';

export const OPERATIONS = {
  listApplications: { method: 'GET', path: '/api/v1/apps', permission: 'okta.apps.read' },
  getApplication: { method: 'GET', path: '/api/v1/apps/{appId}', permission: 'okta.apps.read' },
  createApplication: { method: 'POST', path: '/api/v1/apps', permission: 'okta.apps.manage' },
  replaceApplication: { method: 'PUT', path: '/api/v1/apps/{appId}', permission: 'okta.apps.manage' },
  activateApplication: { method: 'POST', path: '/api/v1/apps/{appId}/lifecycle/activate', permission: 'okta.apps.manage' },
  listApplicationGroupAssignments: { method: 'GET', path: '/api/v1/apps/{appId}/groups', permission: 'okta.apps.read' },
  assignGroupToApplication: { method: 'PUT', path: '/api/v1/apps/{appId}/groups/{groupId}', permission: 'okta.apps.manage' },
  listApplicationUsers: { method: 'GET', path: '/api/v1/apps/{appId}/users', permission: 'okta.apps.read' },
  listScopeConsentGrants: { method: 'GET', path: '/api/v1/apps/{appId}/grants', permission: 'okta.appGrants.read' },
  grantConsentToScope: { method: 'POST', path: '/api/v1/apps/{appId}/grants', permission: 'okta.appGrants.manage' },
  listGroups: { method: 'GET', path: '/api/v1/groups', permission: 'okta.groups.read' },
  listTrustedOrigins: { method: 'GET', path: '/api/v1/trustedOrigins', permission: 'okta.trustedOrigins.read' },
  createTrustedOrigin: { method: 'POST', path: '/api/v1/trustedOrigins', permission: 'okta.trustedOrigins.manage' },
  replaceTrustedOrigin: { method: 'PUT', path: '/api/v1/trustedOrigins/{trustedOriginId}', permission: 'okta.trustedOrigins.manage' },
  activateTrustedOrigin: { method: 'POST', path: '/api/v1/trustedOrigins/{trustedOriginId}/lifecycle/activate', permission: 'okta.trustedOrigins.manage' },
  getAuthorizationServer: { method: 'GET', path: '/api/v1/authorizationServers/{authServerId}', permission: 'okta.authorizationServers.read' },
  listAuthorizationServerPolicies: { method: 'GET', path: '/api/v1/authorizationServers/{authServerId}/policies', permission: 'okta.authorizationServers.read' },
  createAuthorizationServerPolicy: { method: 'POST', path: '/api/v1/authorizationServers/{authServerId}/policies', permission: 'okta.authorizationServers.manage' },
  replaceAuthorizationServerPolicy: { method: 'PUT', path: '/api/v1/authorizationServers/{authServerId}/policies/{policyId}', permission: 'okta.authorizationServers.manage' },
  activateAuthorizationServerPolicy: {
    method: 'POST',
    path: '/api/v1/authorizationServers/{authServerId}/policies/{policyId}/lifecycle/activate',
    permission: 'okta.authorizationServers.manage',
  },
  listAuthorizationServerPolicyRules: {
    method: 'GET',
    path: '/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules',
    permission: 'okta.authorizationServers.read',
  },
  createAuthorizationServerPolicyRule: {
    method: 'POST',
    path: '/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules',
    permission: 'okta.authorizationServers.manage',
  },
  replaceAuthorizationServerPolicyRule: {
    method: 'PUT',
    path: '/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}',
    permission: 'okta.authorizationServers.manage',
  },
  activateAuthorizationServerPolicyRule: {
    method: 'POST',
    path: '/api/v1/authorizationServers/{authServerId}/policies/{policyId}/rules/{ruleId}/lifecycle/activate',
    permission: 'okta.authorizationServers.manage',
  },
} as const satisfies Record<string, { method: HttpMethod; path: string; permission: string }>;

export type OperationId = keyof typeof OPERATIONS;

/** An id a dry run cannot know: `{appId}`, `{policyId}`, ... */
export const PLACEHOLDER = /^\{[A-Za-z]+\}$/;

/** One request to the org: what `--dry-run` prints, and what the client sends. */
export interface ApiRequest {
  operationId: OperationId;
  method: HttpMethod;
  /** The path with its parameters filled in (and the query string, when there is one). */
  path: string;
  body?: unknown;
}

export function apiRequest(operationId: OperationId, params: Readonly<Record<string, string>> = {}, extra: { query?: Record<string, string>; body?: unknown } = {}): ApiRequest {
  const op = OPERATIONS[operationId];
  let path: string = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${operationId}: no value for {${name}}`);
    // A dry run's stand-in for an id Okta has not given yet ({appId}) is printed as it is.
    return PLACEHOLDER.test(value) ? value : encodeURIComponent(value);
  });
  if (extra.query && Object.keys(extra.query).length > 0) path += `?${new URLSearchParams(extra.query).toString()}`;
  return { operationId, method: op.method, path, ...(extra.body !== undefined ? { body: extra.body } : {}) };
}

/** What each permission lets an admin do, in the words a 403 and the guide use. */
export const PERMISSION_WORDS: Readonly<Record<string, string>> = {
  'okta.apps.read': 'read applications and their assignments',
  'okta.apps.manage': 'create and edit applications and their assignments',
  'okta.appGrants.read': "read an application's granted Okta API scopes",
  'okta.appGrants.manage': 'grant Okta API scopes to an application',
  'okta.groups.read': 'read groups',
  'okta.trustedOrigins.read': 'read trusted origins',
  'okta.trustedOrigins.manage': 'create and edit trusted origins',
  'okta.authorizationServers.read': 'read authorization servers and their access policies',
  'okta.authorizationServers.manage': 'create and edit access policies and rules of authorization servers',
};

/** The permissions a command needs: `check` reads, `apply` reads and writes (0.12 adds the service app's API scope grants). */
export function permissionsFor(command: 'apply' | 'check', legacy: boolean): string[] {
  const reads = ['okta.apps.read', 'okta.groups.read', 'okta.trustedOrigins.read', 'okta.authorizationServers.read', ...(legacy ? ['okta.appGrants.read'] : [])];
  if (command === 'check') return reads;
  return [...reads, 'okta.apps.manage', 'okta.trustedOrigins.manage', 'okta.authorizationServers.manage', ...(legacy ? ['okta.appGrants.manage'] : [])];
}
