/**
 * `om-okta okta apply`: makes an org hold the Okta model, and `--dry-run`'s requests.
 *
 * Idempotent: each resource is found first (the app by its client ID, else by its label; the
 * trusted origin by its URL; the policy and rule by their names; the assignment by the group's
 * name) and compared with the model (./resources.ts); it is created when missing, updated where it
 * differs, and left alone otherwise. A second run changes nothing. Nothing is written before the
 * reads that can stop the run (the authorization server and its issuer, the group) have passed.
 * A run that fails halfway says what it made and what is left; running it again finishes the job.
 */
import type { OktaApp, OktaModel } from '../model.ts';
import { apiRequest, type ApiRequest } from './endpoints.ts';
import type { OktaClient } from './http.ts';
import { OktaApiError } from './http.ts';
import {
  appBody,
  appDifferences,
  appReplaceBody,
  clientIdOf,
  isJson,
  originDifferences,
  policyBody,
  policyDifferences,
  resourceNames,
  ruleBody,
  ruleDifferences,
  trustedOriginBody,
  type Json,
  type PublicJwks,
} from './resources.ts';

export interface ApplyOptions {
  /** The 0.12 service app's public key set (required when the model has a service app). */
  jwks?: PublicJwks;
  /** The client IDs the inputs name (an app is looked up by these first). */
  clientIds: Partial<Record<OktaApp['ref'], string>>;
  /** Called as each resource is done (a line per resource in the terminal). */
  onProgress?: (outcome: Outcome, name: string) => void;
}

export type Outcome = 'created' | 'updated' | 'unchanged';

export interface ApplyResult {
  created: string[];
  updated: string[];
  unchanged: string[];
  clientId: string;
  serviceClientId?: string;
  /** Only when Okta made a new app with a secret: the caller decides whether anyone sees it. */
  clientSecret?: string;
}

/** A run that stopped: what it did before, and what is left for the next run. */
export class ApplyFailure extends Error {
  readonly error: Error;
  readonly done: { created: string[]; updated: string[]; unchanged: string[] };
  readonly left: string[];
  constructor(error: Error, done: ApplyFailure['done'], left: string[]) {
    super(error.message);
    this.name = 'ApplyFailure';
    this.error = error;
    this.done = done;
    this.left = left;
  }
}

/** A placeholder's meaning, for the dry run's note. */
export const DRY_RUN_IDS: Readonly<Record<string, string>> = {
  '{appId}': 'the client ID Okta gives the new app (for OIDC apps, the app id)',
  '{serviceAppId}': "the service app's client ID",
  '{policyId}': "the new access policy's id",
  '{servicePolicyId}': "the service app's access policy's id",
  '{groupId}': 'the id of the group to assign',
};

const appPlaceholder = (app: OktaApp) => (app.ref === 'openmetadata' ? '{appId}' : '{serviceAppId}');
const policyPlaceholder = (ref: OktaApp['ref']) => (ref === 'openmetadata' ? '{policyId}' : '{servicePolicyId}');

/** The requests a run on an org that holds nothing yet would send: writes only, in order. */
export function dryRunRequests(model: OktaModel, jwks?: PublicJwks): ApiRequest[] {
  const requests: ApiRequest[] = [];
  for (const app of model.apps) requests.push(apiRequest('createApplication', {}, { query: { activate: 'true' }, body: appBody(app, app.publicKeys ? jwks : undefined) }));
  for (const origin of model.trustedOrigins) requests.push(apiRequest('createTrustedOrigin', {}, { body: trustedOriginBody(origin) }));
  const server = model.authServer;
  if (server) {
    for (const policy of server.policies) {
      const ids = policy.clients.map((ref) => appPlaceholder(model.apps.find((a) => a.ref === ref)!));
      requests.push(apiRequest('createAuthorizationServerPolicy', { authServerId: server.id }, { body: policyBody(policy, ids) }));
      requests.push(apiRequest('createAuthorizationServerPolicyRule', { authServerId: server.id, policyId: policyPlaceholder(policy.ref) }, { body: ruleBody(policy) }));
    }
  }
  for (const assignment of model.assignments) {
    const app = model.apps.find((a) => a.ref === assignment.app)!;
    requests.push(apiRequest('assignGroupToApplication', { appId: appPlaceholder(app), groupId: '{groupId}' }, { body: {} }));
  }
  for (const app of model.apps) {
    for (const scopeId of app.apiScopes?.scopes ?? []) {
      requests.push(apiRequest('grantConsentToScope', { appId: appPlaceholder(app) }, { body: { issuer: app.apiScopes!.issuer, scopeId } }));
    }
  }
  return requests;
}

/** The app the model names: by client ID, else the one OIDC app with its label; null when there is none. */
export async function findApp(client: OktaClient, app: OktaApp, clientId: string | undefined): Promise<Json | null> {
  if (clientId) {
    try {
      const found = await client.call('getApplication', { appId: clientId });
      if (isJson(found) && found['status'] !== 'DELETED') return found;
    } catch (error) {
      if (!(error instanceof OktaApiError && error.kind === 'not-found')) throw error;
    }
  }
  const listed = await client.list('listApplications', {}, { q: app.label });
  const same = listed.filter((a) => a['label'] === app.label && a['signOnMode'] === 'OPENID_CONNECT' && a['status'] !== 'DELETED');
  if (same.length > 1) {
    throw new Error(`${same.length} apps in the org are labelled "${app.label}" (client IDs ${same.map(clientIdOf).join(', ')}): put the client ID of the one to keep in the inputs${app.ref === 'openmetadata' ? ' (clientId)' : ' (serviceClientId)'}, and run again`);
  }
  return same[0] ?? null;
}

/** The group the model assigns, by its exact name. */
async function findGroup(client: OktaClient, name: string): Promise<Json> {
  const groups = await client.list('listGroups', {}, { q: name });
  const group = groups.find((g) => isJson(g['profile']) && g['profile']['name'] === name);
  if (!group) throw new Error(`the org has no group named "${name}": create it, or assign the app to another group`);
  return group;
}

export async function applyModel(model: OktaModel, client: OktaClient, options: ApplyOptions): Promise<ApplyResult> {
  const names = resourceNames(model);
  const done = { created: [] as string[], updated: [] as string[], unchanged: [] as string[] };
  let next = 0;
  const result: ApplyResult = { ...done, clientId: '' };
  const record = (outcome: Outcome, name: string) => {
    done[outcome].push(name);
    next = names.indexOf(name.replace(/ \(.*\)$/, '')) + 1 || next + 1;
    options.onProgress?.(outcome, name);
  };
  const fail = (error: unknown): never => {
    throw new ApplyFailure(error instanceof Error ? error : new Error(String(error)), done, names.slice(next));
  };

  try {
    // Reads that may stop the run, before anything is written.
    const server = model.authServer;
    if (server) {
      let found: unknown;
      try {
        found = await client.call('getAuthorizationServer', { authServerId: server.id });
      } catch (error) {
        if (error instanceof OktaApiError && error.kind === 'not-found') {
          throw new Error(`the org has no authorization server with the id "${server.id}" (authServer in the inputs): create it under Security > API, or use default`);
        }
        throw error;
      }
      const issuer = isJson(found) ? found['issuer'] : undefined;
      if (issuer !== server.issuer) {
        throw new Error(
          `the authorization server "${server.id}" issues ${JSON.stringify(issuer)}, not ${server.issuer}: set its Issuer to Okta URL (Security > API > ${server.name} > Settings > Edit); apply does not change it, other apps may depend on it`,
        );
      }
    }
    const groups = new Map<string, Json>();
    for (const assignment of model.assignments) groups.set(assignment.group, await findGroup(client, assignment.group));

    // The apps.
    const ids: Partial<Record<OktaApp['ref'], string>> = {};
    for (const app of model.apps) {
      const name = `app "${app.label}"`;
      const jwks = app.publicKeys ? options.jwks : undefined;
      const existing = await findApp(client, app, options.clientIds[app.ref]);
      if (!existing) {
        const made = await client.call('createApplication', {}, { query: { activate: 'true' }, body: appBody(app, jwks) });
        const made_ = isJson(made) ? made : {};
        ids[app.ref] = clientIdOf(made_);
        const secret = (made_['credentials'] as { oauthClient?: { client_secret?: unknown } } | undefined)?.oauthClient?.client_secret;
        if (app.ref === 'openmetadata' && typeof secret === 'string') result.clientSecret = secret;
        record('created', `${name} (client ID ${ids[app.ref]})`);
        continue;
      }
      ids[app.ref] = clientIdOf(existing);
      const appId = String(existing['id'] ?? ids[app.ref]);
      const diffs = appDifferences(app, existing, jwks);
      const settingsDiffs = diffs.filter((d) => d.code !== 'app-inactive');
      if (settingsDiffs.length > 0) await client.call('replaceApplication', { appId }, { body: appReplaceBody(existing, app, jwks) });
      if (diffs.some((d) => d.code === 'app-inactive')) await client.call('activateApplication', { appId });
      if (diffs.length > 0) record('updated', `${name} (${diffs.map((d) => d.subject.replace(/^App "[^"]*": /, '')).join(', ')})`);
      else record('unchanged', name);
    }
    result.clientId = ids.openmetadata ?? '';
    if (ids.ingestion !== undefined) result.serviceClientId = ids.ingestion;

    // The trusted origin.
    for (const origin of model.trustedOrigins) {
      const name = `trusted origin ${origin.origin}`;
      const listed = await client.list('listTrustedOrigins', {}, { filter: `origin eq "${origin.origin}"` });
      const existing = listed.find((o) => o['origin'] === origin.origin);
      if (!existing) {
        await client.call('createTrustedOrigin', {}, { body: trustedOriginBody(origin) });
        record('created', name);
        continue;
      }
      const diffs = originDifferences(origin, existing);
      const id = String(existing['id']);
      if (diffs.some((d) => d.code === 'origin-scopes')) {
        const scopes = (Array.isArray(existing['scopes']) ? existing['scopes'] : []).filter(isJson);
        const types = new Set(scopes.map((s) => s['type']));
        const body = { name: existing['name'] ?? origin.name, origin: origin.origin, scopes: [...scopes, ...origin.scopes.filter((t) => !types.has(t)).map((type) => ({ type }))] };
        await client.call('replaceTrustedOrigin', { trustedOriginId: id }, { body });
      }
      if (diffs.some((d) => d.code === 'origin-inactive')) await client.call('activateTrustedOrigin', { trustedOriginId: id });
      if (diffs.length > 0) record('updated', `${name} (${diffs.map((d) => d.subject.replace(/^Trusted origin \S+: /, '')).join(', ')})`);
      else record('unchanged', name);
    }

    // The access policies and their rules, on a custom authorization server only.
    if (server) {
      const policies = await client.list('listAuthorizationServerPolicies', { authServerId: server.id });
      for (const policy of server.policies) {
        const clientIds = policy.clients.map((ref) => ids[ref] ?? '');
        const name = `access policy "${policy.name}"`;
        let existing = policies.find((p) => p['name'] === policy.name);
        let policyId: string;
        if (!existing) {
          const made = await client.call('createAuthorizationServerPolicy', { authServerId: server.id }, { body: policyBody(policy, clientIds) });
          policyId = String(isJson(made) ? made['id'] : '');
          record('created', name);
        } else {
          policyId = String(existing['id']);
          const diffs = policyDifferences(policy, existing, clientIds);
          if (diffs.some((d) => d.code === 'policy-clients')) {
            const body = { ...policyBody(policy, clientIds), priority: typeof existing['priority'] === 'number' ? existing['priority'] : policy.priority, status: existing['status'] ?? 'ACTIVE' };
            existing = await client.call('replaceAuthorizationServerPolicy', { authServerId: server.id, policyId }, { body }) as Json;
          }
          if (diffs.some((d) => d.code === 'policy-inactive')) await client.call('activateAuthorizationServerPolicy', { authServerId: server.id, policyId });
          if (diffs.length > 0) record('updated', `${name} (${diffs.map((d) => d.subject.replace(/^Access policy "[^"]*": /, '')).join(', ')})`);
          else record('unchanged', name);
        }
        const ruleName = `rule "${policy.rule.name}"`;
        const rules = await client.list('listAuthorizationServerPolicyRules', { authServerId: server.id, policyId });
        const rule = rules.find((r) => r['name'] === policy.rule.name);
        if (!rule) {
          await client.call('createAuthorizationServerPolicyRule', { authServerId: server.id, policyId }, { body: ruleBody(policy) });
          record('created', ruleName);
          continue;
        }
        const ruleId = String(rule['id']);
        const diffs = ruleDifferences(policy, rule);
        if (diffs.some((d) => d.code !== 'rule-inactive')) {
          const wanted = ruleBody(policy);
          const body = {
            ...wanted,
            priority: typeof rule['priority'] === 'number' ? rule['priority'] : policy.rule.priority,
            status: rule['status'] ?? 'ACTIVE',
            actions: isJson(rule['actions']) ? rule['actions'] : wanted['actions'],
          };
          await client.call('replaceAuthorizationServerPolicyRule', { authServerId: server.id, policyId, ruleId }, { body });
        }
        if (diffs.some((d) => d.code === 'rule-inactive')) await client.call('activateAuthorizationServerPolicyRule', { authServerId: server.id, policyId, ruleId });
        if (diffs.length > 0) record('updated', `${ruleName} (${diffs.map((d) => d.subject.replace(/^.*rule "[^"]*": /, '')).join(', ')})`);
        else record('unchanged', ruleName);
      }
    }

    // The assignment: the group, added beside any other the app has.
    for (const assignment of model.assignments) {
      const name = `assignment of group "${assignment.group}"`;
      const group = groups.get(assignment.group)!;
      const appId = ids[assignment.app]!;
      const assigned = await client.list('listApplicationGroupAssignments', { appId });
      if (assigned.some((a) => a['id'] === group['id'])) {
        record('unchanged', name);
        continue;
      }
      await client.call('assignGroupToApplication', { appId, groupId: String(group['id']) }, { body: {} });
      record('created', name);
    }

    // 0.12: the Okta API scopes the service app is granted.
    for (const app of model.apps) {
      if (!app.apiScopes) continue;
      const name = `Okta API scopes of "${app.label}"`;
      const appId = ids[app.ref]!;
      const grants = await client.list('listScopeConsentGrants', { appId });
      const held = new Set(grants.filter((g) => g['issuer'] === app.apiScopes!.issuer && g['status'] !== 'REVOKED').map((g) => g['scopeId']));
      const missing = app.apiScopes.scopes.filter((s) => !held.has(s));
      for (const scopeId of missing) await client.call('grantConsentToScope', { appId }, { body: { issuer: app.apiScopes.issuer, scopeId } });
      if (missing.length === 0) record('unchanged', name);
      else if (missing.length === app.apiScopes.scopes.length) record('created', name);
      else record('updated', `${name} (${missing.join(', ')})`);
    }
  } catch (error) {
    fail(error);
  }
  return { ...result, ...done };
}
