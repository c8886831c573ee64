/**
 * Ingestion workflows: `workflowConfig.openMetadataServerConfig`. On 1.x the workflow signs in as
 * the ingestion bot with its JWT (`authProvider: openmetadata`); on 0.12 it may instead sign in to
 * Okta as the service application (`authProvider: okta`, OM@0.12.1-release
 * security/client/oktaSSOClientConfig.json: clientId, orgURL, privateKey, email required, scopes).
 * Findings are OKTA-WF-001 (FM-31, FM-32), OKTA-KEY-001 and OKTA-TPL-001.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { checkClientId } from '../rules/client-id.ts';
import { parseUrl } from '../rules/hosts.ts';
import { named, show } from '../text/quote.ts';
import type { LintContext } from './context.ts';
import { closest } from './distance.ts';
import { reportPlaceholders } from './read.ts';
import { envReference } from './values.ts';
import { keyText, lineOf, locate, type ParsedYaml } from './yaml.ts';

const SERVER = ['workflowConfig', 'openMetadataServerConfig'];
const SERVER_PATH = SERVER.join('.');

const OKTA_KEYS = ['clientId', 'orgURL', 'privateKey', 'email', 'scopes'];
const OKTA_REQUIRED = ['clientId', 'orgURL', 'privateKey', 'email'];
const JWT = /^[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]+$/;

export function lintWorkflow(parsed: ParsedYaml, ctx: LintContext): void {
  const { release } = ctx;
  const legacy = release.ingestion.kind === 'okta-service-app';
  const server = locate(parsed, SERVER, ctx);
  const wf = (severity: 'error' | 'warning' | 'info', field: string | undefined, message: string, line?: number): void => void ctx.add('OKTA-WF-001', severity, field, message, line);
  if (!server || !isMap(server.node)) {
    wf('error', SERVER_PATH, `The workflow has no ${SERVER_PATH} block, so ingestion does not know how to reach and sign in to OpenMetadata. Add it (see the ingestion page of this guide).`, ctx.blockLines.get('workflowConfig'));
    return;
  }
  const map = server.node as YAMLMap;
  const pairOf = (m: YAMLMap, key: string) => m.items.find((p) => keyText(p.key) === key);
  const valueOf = (m: YAMLMap, key: string): unknown => {
    const pair = pairOf(m, key);
    return pair ? parsed.doc.getIn([...SERVER, key]) : undefined;
  };
  const lineOfKey = (m: YAMLMap, key: string): number | undefined => {
    const pair = pairOf(m, key);
    return pair ? lineOf(parsed, pair.key) : server.line;
  };

  // hostPort
  ctx.seen++;
  const hostPort = valueOf(map, 'hostPort');
  const hostField = `${SERVER_PATH}.hostPort`;
  const hostLine = lineOfKey(map, 'hostPort');
  if (typeof hostPort !== 'string' || hostPort.trim() === '') {
    wf('error', hostField, `${hostField} is missing: set it to your OpenMetadata URL followed by /api, such as https://openmetadata.example.com/api.`, hostLine);
  } else if (!reportPlaceholders(ctx, {}, { field: hostField, line: hostLine }, hostPort) && !envReference(hostPort)) {
    const url = parseUrl(hostPort.trim());
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      wf('error', hostField, `${hostField} ${show(hostPort)} is not a URL. Set it to your OpenMetadata URL followed by /api.`, hostLine);
    } else if (url.pathname.replace(/\/+$/, '') !== '/api') {
      wf('warning', hostField, `${hostField} ${show(hostPort)} does not end in /api; the ingestion client calls {hostPort}/v1/... Use ${url.origin}/api.`, hostLine);
    }
  }

  // authProvider
  const provider = valueOf(map, 'authProvider');
  const providerField = `${SERVER_PATH}.authProvider`;
  const providerLine = lineOfKey(map, 'authProvider');
  const securityPair = pairOf(map, 'securityConfig');
  const security = securityPair ? parsed.doc.getIn([...SERVER, 'securityConfig'], true) : undefined;
  const securityField = `${SERVER_PATH}.securityConfig`;
  const securityLine = securityPair ? lineOf(parsed, securityPair.key) : server.line;
  const securityMap = isMap(security) ? (security as YAMLMap) : undefined;
  const securityKeys = securityMap ? securityMap.items.map((p) => keyText(p.key)).filter((k): k is string => k !== undefined) : [];

  if (provider === 'okta') {
    if (!legacy) {
      ctx.misfitBy(10, 'authProvider okta (the Okta service application) is how OpenMetadata 0.12 ingestion signs in');
      wf('error', providerField, `authProvider is okta, the Okta service application of OpenMetadata 0.x. ${release.label} ingestion signs in as the ingestion bot: set authProvider: openmetadata and securityConfig: { jwtToken: \${OPENMETADATA_JWT_TOKEN} } (the token from Settings > Bots > ingestion-bot).`, providerLine);
      return;
    }
    lintOktaSecurity(parsed, ctx, securityMap, securityField, securityLine, securityKeys);
    return;
  }
  if (provider !== 'openmetadata') {
    const what = provider === undefined ? 'is not set' : `is ${show(String(provider))}`;
    wf('error', providerField, `authProvider ${what}. ${release.label} ingestion signs in as the ingestion bot: set authProvider: openmetadata with securityConfig.jwtToken${legacy ? ', or authProvider: okta with the Okta service application' : ''}.`, providerLine);
    return;
  }
  if (securityKeys.some((k) => OKTA_KEYS.includes(k) && k !== 'clientId') && !legacy) ctx.misfitBy(5, 'securityConfig holds the Okta service application of OpenMetadata 0.12');

  // jwtToken
  for (const key of securityKeys) {
    if (key === 'jwtToken') continue;
    const pair = securityMap!.items.find((p) => keyText(p.key) === key)!;
    const suggestion = closest(key, ['jwtToken']);
    ctx.add('OKTA-KEY-001', 'error', `${securityField}.${named(key)}`, `${securityField}.${named(key)}: with authProvider openmetadata the securityConfig takes jwtToken only${suggestion ? ` (did you mean ${suggestion}?)` : ''}, and the workflow is refused with other keys. ${suggestion ? `Rename it to ${suggestion}.` : 'Remove it.'}`, lineOf(parsed, pair.key));
  }
  const token = securityMap ? securityMap.get('jwtToken') : undefined;
  const tokenField = `${securityField}.jwtToken`;
  const tokenPair = securityMap?.items.find((p) => keyText(p.key) === 'jwtToken');
  const tokenLine = tokenPair ? lineOf(parsed, tokenPair.key) : securityLine;
  ctx.seen++;
  if (typeof token !== 'string' || token.trim() === '') {
    wf('error', tokenField, `${tokenField} is missing. Set it to the ingestion bot's JWT (Settings > Bots > ingestion-bot), read from the environment: jwtToken: \${OPENMETADATA_JWT_TOKEN}.`, tokenLine);
  } else if (envReference(token)) {
    // Expanded by the metadata CLI from the environment: nothing written in the file.
  } else if (!reportPlaceholders(ctx, { secret: true }, { field: tokenField, line: tokenLine }, token)) {
    if (JWT.test(token.trim())) {
      wf('warning', tokenField, `${tokenField} holds the bot's token itself: whoever reads this file can act as the ingestion bot. Keep it in the environment: jwtToken: \${OPENMETADATA_JWT_TOKEN}, and export the token before running metadata ingest.`, tokenLine);
    } else {
      wf('error', tokenField, `${tokenField} is not a JWT (three dot-separated parts). Copy the ingestion bot's token from Settings > Bots > ingestion-bot.`, tokenLine);
    }
  }
}

/** 0.12: securityConfig of the Okta service application (oktaSSOClientConfig.json at 0.12.1). */
function lintOktaSecurity(parsed: ParsedYaml, ctx: LintContext, security: YAMLMap | undefined, field: string, line: number | undefined, keys: string[]): void {
  const wf = (severity: 'error' | 'warning', f: string, message: string, at?: number): void => void ctx.add('OKTA-WF-001', severity, f, message, at);
  if (!security) {
    wf('error', field, `${field} is missing. With authProvider okta it needs the service application's clientId, orgURL, privateKey and email.`, line);
    return;
  }
  const lineOfKey = (key: string): number | undefined => {
    const pair = security.items.find((p) => keyText(p.key) === key);
    return pair ? lineOf(parsed, pair.key) : line;
  };
  for (const key of keys) {
    if (OKTA_KEYS.includes(key)) continue;
    const suggestion = closest(key, OKTA_KEYS) ?? OKTA_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
    ctx.add('OKTA-KEY-001', 'error', `${field}.${named(key)}`, `${field}.${named(key)}: the 0.12 Okta client takes ${OKTA_KEYS.join(', ')} and refuses other keys.${suggestion ? ` Did you mean ${suggestion}?` : ' Remove it.'}`, lineOfKey(key));
  }
  const get = (key: string): unknown => security.get(key);
  for (const key of OKTA_REQUIRED) {
    ctx.seen++;
    const value = get(key);
    const f = `${field}.${key}`;
    const at = lineOfKey(key);
    if (value === undefined || value === null || value === '') {
      wf('error', f, `${f} is missing; the 0.12 Okta client requires clientId, orgURL, privateKey and email.`, at);
      continue;
    }
    if (key === 'privateKey') {
      if (typeof value !== 'string') {
        wf('error', f, `${f} reads as a YAML ${isSeq(value) ? 'list' : 'map'}: JSON written without quotes is YAML. Quote it, or better read it from the environment: privateKey: '\${OKTA_SERVICE_PRIVATE_KEY}' (single quotes, so that the expanded JSON stays text).`, at);
      } else if (!envReference(value) && !reportPlaceholders(ctx, { secret: true }, { field: f, line: at }, value)) {
        let jwk: Record<string, unknown> | undefined;
        try {
          const x: unknown = JSON.parse(value);
          if (x && typeof x === 'object' && !Array.isArray(x)) jwk = x as Record<string, unknown>;
        } catch {
          jwk = undefined;
        }
        if (!jwk || jwk.kty !== 'RSA' || typeof jwk.d !== 'string') {
          wf('error', f, `${f} is not the service application's private key as a JWK (JSON with "kty": "RSA" and "d"); the ingestion fails with RSA key format is not supported. Use the private key file of the key step.`, at);
        } else {
          wf('warning', f, `${f} holds the private key itself: whoever reads this file can sign in as the service application. Keep it in the environment: privateKey: '\${OKTA_SERVICE_PRIVATE_KEY}'.`, at);
        }
      }
      continue;
    }
    if (typeof value !== 'string') {
      wf('error', f, `${f} must be text.`, at);
      continue;
    }
    if (envReference(value) || reportPlaceholders(ctx, {}, { field: f, line: at }, value)) continue;
    if (key === 'clientId') {
      for (const finding of checkClientId(value.trim(), f)) ctx.add(finding.id, finding.severity, f, finding.message, at);
    } else if (key === 'orgURL') {
      const url = parseUrl(value.trim());
      if (!url || url.protocol !== 'https:' || !/\/v1\/token$/.test(url.pathname)) {
        wf('error', f, `${f} ${show(value)} is not the token URL of an Okta authorization server: it is {issuer}/v1/token, such as https://dev-123456.okta.com/oauth2/default/v1/token. Otherwise ingestion fails with "Could not fetch the access token please validate the orgURL & clientId".`, at);
      }
    } else if (key === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value.trim())) {
      wf('error', f, `${f} ${show(value)} is not an email address. Enter the email of the bot the service application acts as, such as ingestion-bot@example.com.`, at);
    }
  }
  const scopes = get('scopes');
  if (scopes !== undefined && scopes !== null && !isSeq(scopes)) {
    wf('error', `${field}.scopes`, `${field}.scopes must be a list (scopes: [] for the authorization server's default scope).`, lineOfKey('scopes'));
  }
}
