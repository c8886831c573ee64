/**
 * Reading okta.tf the way Terraform does, and checking it against the okta/okta provider's schema
 * kept in reference/okta-provider/schema.json (written from the provider's source; its README says
 * which files and commit).
 *
 * - readTerraform: HashiCorp's HCL parser (hcl/v2 compiled to WebAssembly, @cdktf/hcl2json), and
 *   its canonical formatting (hclwrite.Format, the formatter of `terraform fmt`, @cdktf/hcl-tools).
 * - literal: a string of the parser's JSON as the text Terraform holds, or undefined when it is an
 *   expression (`${...}` or `%{...}`, which the parser's JSON keeps as templates, `$${` for a
 *   literal `${`).
 * - validateTerraform: every block and attribute against the schema (names, required, types,
 *   values) and the provider's own checks.
 */
import { readFileSync } from 'node:fs';
import { format } from '@cdktf/hcl-tools';
import { parse } from '@cdktf/hcl2json';

export interface AttributeSchema {
  type: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  default?: unknown;
  values?: string[];
  documented_values?: string[];
}
export interface BlockSchema {
  nesting: 'list';
  max_items?: number;
  attributes: Record<string, AttributeSchema>;
}
export interface ResourceSchema {
  source: string[];
  attributes: Record<string, AttributeSchema>;
  blocks?: Record<string, BlockSchema>;
}
export interface ProviderSchema {
  provider: { source: string; release: string; commit: string };
  resources: Record<string, ResourceSchema>;
  data_sources: Record<string, ResourceSchema>;
  checks: {
    okta_app_oauth: { grant_types_by_type: Record<string, { required: string[]; valid: string[] }> };
  };
}

export const providerSchema = JSON.parse(readFileSync(new URL('../../../reference/okta-provider/schema.json', import.meta.url), 'utf8')) as ProviderSchema;

export type Hcl = Record<string, unknown>;

export async function readTerraform(text: string): Promise<{ json: Hcl; formatted: string }> {
  return { json: (await parse('okta.tf', text)) as Hcl, formatted: await format(text) };
}

/** The text a template string of the parser's JSON holds, or undefined when it interpolates or has a directive. */
export function literal(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const rest = value.slice(i, i + 3);
    if (rest === '$${' || rest === '%%{') {
      out += `${rest[0]}{`;
      i += 2;
    } else if (rest.startsWith('${') || rest.startsWith('%{')) return undefined;
    else out += value[i];
  }
  return out;
}

/** A resource's or data source's body: `resource.okta_app_oauth.openmetadata`. */
export function body(json: Hcl, kind: 'resource' | 'data', type: string, name: string): Record<string, unknown> | undefined {
  const bodies = ((json[kind] as Record<string, Record<string, unknown[]>> | undefined)?.[type]?.[name]) as Record<string, unknown>[] | undefined;
  return bodies?.[0];
}

const META = new Set(['lifecycle', 'depends_on', 'count', 'for_each', 'provider']);

function typeProblem(type: string, value: unknown): string | undefined {
  if (typeof value === 'string' && literal(value) === undefined) return undefined; // an expression: its type is Terraform's to check
  const list = /^(?:list|set)\((\w+)\)$/.exec(type);
  if (list) {
    if (!Array.isArray(value)) return `expects ${type}`;
    for (const item of value) {
      const problem = typeProblem(list[1]!, item);
      if (problem) return problem;
    }
    if (type.startsWith('set(') && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) return 'a set holds a value twice';
    return undefined;
  }
  const expected = type === 'number' ? 'number' : type === 'bool' ? 'boolean' : 'string';
  return typeof value === expected ? undefined : `expects ${type}, got ${typeof value}`;
}

function valuesProblem(schema: AttributeSchema, value: unknown): string | undefined {
  const allowed = schema.values ?? schema.documented_values;
  if (!allowed) return undefined;
  for (const item of Array.isArray(value) ? value : [value]) {
    const text = literal(item);
    if (text !== undefined && !allowed.includes(text)) return `${JSON.stringify(text)} is not one of ${allowed.join(', ')}`;
  }
  return undefined;
}

function checkAttributes(where: string, attributes: Record<string, AttributeSchema>, given: Record<string, unknown>, problems: string[]): void {
  for (const [name, schema] of Object.entries(attributes)) {
    if (schema.required && !(name in given)) problems.push(`${where}: ${name} is required`);
  }
  for (const [name, value] of Object.entries(given)) {
    const schema = attributes[name];
    if (!schema) {
      problems.push(`${where}: no attribute ${name}`);
      continue;
    }
    if (schema.computed && !schema.optional && !schema.required) problems.push(`${where}: ${name} is computed, it cannot be set`);
    const problem = typeProblem(schema.type, value) ?? valuesProblem(schema, value);
    if (problem) problems.push(`${where}: ${name} ${problem}`);
  }
}

function checkBody(where: string, schema: ResourceSchema, given: Record<string, unknown>, problems: string[]): void {
  const attributes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    if (META.has(key)) continue;
    if (key === 'dynamic') {
      for (const [name, dynamics] of Object.entries(value as Record<string, Record<string, unknown>[]>)) {
        const block = schema.blocks?.[name];
        if (!block) {
          problems.push(`${where}: no block ${name}`);
          continue;
        }
        for (const dynamic of dynamics) {
          for (const content of (dynamic['content'] as Record<string, unknown>[] | undefined) ?? []) checkAttributes(`${where}.${name} (dynamic)`, block.attributes, content, problems);
        }
      }
      continue;
    }
    const block = schema.blocks?.[key];
    if (block) {
      const items = value as Record<string, unknown>[];
      if (block.max_items !== undefined && items.length > block.max_items) problems.push(`${where}: at most ${block.max_items} ${key} block(s)`);
      for (const item of items) checkAttributes(`${where}.${key}`, block.attributes, item, problems);
      continue;
    }
    attributes[key] = value;
  }
  checkAttributes(where, schema.attributes, attributes, problems);
}

const texts = (value: unknown): string[] => (Array.isArray(value) ? value : []).map((v) => literal(v)).filter((v): v is string => v !== undefined);

/** The provider's checks (reference/okta-provider/README.md, `checks`). */
function checkProvider(type: string, where: string, given: Record<string, unknown>, problems: string[]): void {
  if (type === 'okta_app_oauth') {
    const appType = literal(given['type']);
    const grants = texts(given['grant_types']);
    const rule = appType ? providerSchema.checks.okta_app_oauth.grant_types_by_type[appType] : undefined;
    if (rule && grants.length > 0) {
      for (const g of rule.required) if (!grants.includes(g)) problems.push(`${where}: a ${appType} app needs the grant type ${g}`);
      for (const g of grants) if (!rule.valid.includes(g)) problems.push(`${where}: a ${appType} app cannot have the grant type ${g}`);
    }
    const method = literal(given['token_endpoint_auth_method']) ?? 'client_secret_basic';
    const hasJwks = 'jwks' in given || 'jwks_uri' in given || Object.hasOwn((given['dynamic'] as object | undefined) ?? {}, 'jwks');
    if (method === 'private_key_jwt' && !hasJwks) problems.push(`${where}: private_key_jwt needs jwks or jwks_uri`);
    if (grants.includes('implicit') && !texts(given['response_types']).some((t) => t === 'token' || t === 'id_token')) problems.push(`${where}: implicit needs token or id_token in response_types`);
    if (method === 'none' && given['pkce_required'] === false) problems.push(`${where}: token_endpoint_auth_method none needs PKCE`);
    if ((literal(given['login_mode']) ?? 'DISABLED') !== 'DISABLED' && !('login_uri' in given)) problems.push(`${where}: login_mode needs login_uri`);
  }
  if (type === 'okta_auth_server_policy_rule') {
    if (texts(given['grant_type_whitelist']).includes('implicit') && !('user_whitelist' in given) && !('group_whitelist' in given)) {
      problems.push(`${where}: implicit needs user_whitelist or group_whitelist`);
    }
    const access = (given['access_token_lifetime_minutes'] as number | undefined) ?? 60;
    const refresh = (given['refresh_token_lifetime_minutes'] as number | undefined) ?? 0;
    const window = (given['refresh_token_window_minutes'] as number | undefined) ?? 10080;
    if (refresh > 0 && (refresh < access || access > window || refresh < window)) problems.push(`${where}: the refresh window must lie between the token lifetimes`);
  }
}

/** Every problem of a parsed okta.tf against the provider's schema; empty when it validates. */
export function validateTerraform(json: Hcl): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(json)) {
    if (!['terraform', 'provider', 'variable', 'locals', 'resource', 'data', 'output'].includes(key)) problems.push(`unknown top-level block ${key}`);
  }
  for (const [kind, schemas] of [
    ['resource', providerSchema.resources],
    ['data', providerSchema.data_sources],
  ] as const) {
    for (const [type, named] of Object.entries((json[kind] as Record<string, Record<string, Record<string, unknown>[]>> | undefined) ?? {})) {
      const schema = schemas[type];
      if (!schema) {
        problems.push(`${kind} ${type}: not a ${kind === 'data' ? 'data source' : 'resource'} of the provider`);
        continue;
      }
      for (const [name, bodies] of Object.entries(named)) {
        for (const given of bodies) {
          checkBody(`${kind}.${type}.${name}`, schema, given, problems);
          checkProvider(type, `${kind}.${type}.${name}`, given, problems);
        }
      }
    }
  }
  return problems;
}
