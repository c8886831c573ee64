/**
 * `om-okta okta check`: reads what the org holds for the model, with reads only (GET), and lists
 * every difference. The app is read by the client ID the inputs name; the policies are judged by
 * what they do (a policy that includes the app, a rule that lets its grant and scopes through),
 * not by their names, so a console-made setup that works passes.
 */
import type { OktaModel } from '../model.ts';
import type { OktaClient } from './http.ts';
import { OktaApiError } from './http.ts';
import { appDifferences, isJson, originDifferences, policyIncludes, ruleAllows, SIGN_IN_SCOPES, type Difference, type Json } from './resources.ts';

export interface Inspection {
  differences: Difference[];
  /** What was read, one line each (for the text output). */
  read: string[];
}

async function getOrNull(read: () => Promise<unknown>): Promise<Json | null> {
  try {
    const found = await read();
    return isJson(found) ? found : null;
  } catch (error) {
    if (error instanceof OktaApiError && error.kind === 'not-found') return null;
    throw error;
  }
}

export async function inspectOrg(model: OktaModel, client: OktaClient): Promise<Inspection> {
  const differences: Difference[] = [];
  const read: string[] = [];
  const apps = new Map<string, Json>();

  for (const app of model.apps) {
    const subject = `App "${app.label}"`;
    if (!app.clientId) {
      differences.push({ code: 'app-missing', app: app.ref, subject, want: 'a client ID in the inputs', got: '(none)', severity: 'error' });
      continue;
    }
    const found = await getOrNull(() => client.call('getApplication', { appId: app.clientId }));
    read.push(`app with client ID ${app.clientId}`);
    if (!found || found['status'] === 'DELETED') {
      differences.push({ code: 'app-missing', app: app.ref, subject: `${subject}: client ID`, want: app.clientId, got: '(no app with this client ID)', severity: 'error' });
      continue;
    }
    if (found['signOnMode'] !== 'OPENID_CONNECT') {
      differences.push({ code: 'app-type', app: app.ref, subject: `${subject}: sign-in method`, want: 'OPENID_CONNECT', got: String(found['signOnMode'] ?? '(none)'), severity: 'error' });
      continue;
    }
    apps.set(app.ref, found);
    differences.push(...appDifferences(app, found));
  }

  for (const origin of model.trustedOrigins) {
    const listed = await client.list('listTrustedOrigins', {}, { filter: `origin eq "${origin.origin}"` });
    read.push(`trusted origin ${origin.origin}`);
    const found = listed.find((o) => o['origin'] === origin.origin);
    if (!found) differences.push({ code: 'origin-missing', subject: `Trusted origin ${origin.origin}`, want: origin.scopes.join(' and '), got: '(none)', severity: 'error' });
    else differences.push(...originDifferences(origin, found));
  }

  const server = model.authServer;
  if (server) {
    const found = await getOrNull(() => client.call('getAuthorizationServer', { authServerId: server.id }));
    read.push(`authorization server ${server.id}`);
    if (!found) {
      differences.push({ code: 'server-missing', subject: `Authorization server "${server.id}"`, want: server.issuer, got: '(no such server)', severity: 'error' });
    } else {
      if (found['issuer'] !== server.issuer || (found['issuerMode'] !== undefined && found['issuerMode'] !== server.issuerMode)) {
        differences.push({
          code: 'server-issuer',
          subject: `Authorization server "${server.id}": issuer`,
          want: `${server.issuer} (Okta URL)`,
          got: `${String(found['issuer'] ?? '(none)')}${found['issuerMode'] ? ` (${String(found['issuerMode'])})` : ''}`,
          severity: 'error',
        });
      }
      const policies = await client.list('listAuthorizationServerPolicies', { authServerId: server.id });
      read.push(`access policies of ${server.id}`);
      for (const policy of server.policies) {
        const app = apps.get(policy.ref);
        if (!app) continue;
        const clientId = String(app['id'] ?? '');
        const subject = `Authorization server "${server.id}": access policy for "${policy.ref === 'openmetadata' ? model.apps[0]!.label : policy.name}"`;
        const including = policies.filter((p) => policyIncludes(p, clientId));
        if (including.length === 0) {
          differences.push({ code: 'policy-missing', subject, want: `a policy assigned to client ${clientId}`, got: policies.length === 0 ? '(no policy)' : `${policies.length} policies, none assigned to it`, severity: 'error' });
          continue;
        }
        const active = including.filter((p) => p['status'] !== 'INACTIVE');
        if (active.length === 0) {
          differences.push({ code: 'policy-inactive', subject, want: 'ACTIVE', got: `INACTIVE (${including.map((p) => JSON.stringify(p['name'])).join(', ')})`, severity: 'error' });
          continue;
        }
        let allowed = false;
        const seen: string[] = [];
        for (const p of active) {
          const rules = await client.list('listAuthorizationServerPolicyRules', { authServerId: server.id, policyId: String(p['id']) });
          for (const rule of rules) {
            if (ruleAllows(policy, rule)) allowed = true;
            const c = isJson(rule['conditions']) ? rule['conditions'] : {};
            const grants = isJson(c['grantTypes']) && Array.isArray(c['grantTypes']['include']) ? c['grantTypes']['include'].join(', ') : '(none)';
            const scopes = isJson(c['scopes']) && Array.isArray(c['scopes']['include']) ? c['scopes']['include'].join(', ') : '(none)';
            seen.push(`rule ${JSON.stringify(rule['name'])}${rule['status'] === 'INACTIVE' ? ' (inactive)' : ''}: grants ${grants}; scopes ${scopes}`);
          }
        }
        if (!allowed) {
          differences.push({
            code: seen.length === 0 ? 'rule-missing' : 'rule-grants',
            subject: `${subject}: rule`,
            want: `an active rule with the grant types ${policy.rule.grantTypes.join(', ')} and the scopes * (or ${SIGN_IN_SCOPES.join(', ')})`,
            got: seen.length === 0 ? '(no rule)' : seen.join(' | '),
            severity: 'error',
          });
        }
      }
    }
  }

  for (const assignment of model.assignments) {
    const app = apps.get(assignment.app);
    if (!app) continue;
    const appId = String(app['id']);
    const groups = await client.list('listApplicationGroupAssignments', { appId });
    const users = await client.call('listApplicationUsers', { appId });
    read.push(`assignments of ${appId}`);
    const userCount = Array.isArray(users) ? users.length : 0;
    if (groups.length === 0 && userCount === 0) {
      differences.push({ code: 'assignment-none', subject: `App "${model.apps[0]!.label}": assignments`, want: `the group "${assignment.group}" (or the people who sign in)`, got: '(nobody)', severity: 'error' });
    } else if (groups.length > 0 || userCount > 0) {
      const names = await client.list('listGroups', {}, { q: assignment.group });
      const group = names.find((g) => isJson(g['profile']) && g['profile']['name'] === assignment.group);
      if (!group || !groups.some((a) => a['id'] === group['id'])) {
        differences.push({
          code: 'assignment-group',
          subject: `App "${model.apps[0]!.label}": assignments`,
          want: `the group "${assignment.group}"`,
          got: `${groups.length} other group(s) and ${userCount} person(s): make sure everyone who signs in, the admins included, is among them`,
          severity: 'warning',
        });
      }
    }
  }

  for (const app of model.apps) {
    if (!app.apiScopes) continue;
    const found = apps.get(app.ref);
    if (!found) continue;
    const grants = await client.list('listScopeConsentGrants', { appId: String(found['id']) });
    read.push(`Okta API scopes of ${String(found['id'])}`);
    const held = new Set(grants.filter((g) => g['issuer'] === app.apiScopes!.issuer && g['status'] !== 'REVOKED').map((g) => g['scopeId']));
    const missing = app.apiScopes.scopes.filter((s) => !held.has(s));
    if (missing.length > 0) {
      differences.push({ code: 'app-api-scopes', app: app.ref, subject: `App "${app.label}": Okta API Scopes`, want: app.apiScopes.scopes.join(', '), got: [...held].join(', ') || '(none)', severity: 'error' });
    }
  }
  return { differences, read };
}

