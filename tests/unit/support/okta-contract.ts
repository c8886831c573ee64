/**
 * Okta's OpenAPI description of its Management API (reference/upstream/okta/management-minimal.yaml)
 * as a request validator: openapi-backend matches the method and path to an operation and
 * validates parameters and body against it. `Application` bodies are polymorphic by `signOnMode`
 * (an OpenAPI discriminator on a base schema, which Ajv does not follow): they are validated also
 * against the schema the discriminator maps to (`OpenIdConnectApplication` for OIDC apps).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { OpenAPIBackend } from 'openapi-backend';
import { parse } from 'yaml';

const FILE = fileURLToPath(new URL('../../../reference/upstream/okta/management-minimal.yaml', import.meta.url));

export interface ContractRequest {
  method: string;
  /** The path, with its query string when there is one. */
  path: string;
  body?: unknown;
}

export interface OktaContract {
  /** The operation the request matches, or undefined. */
  operationOf(request: ContractRequest): string | undefined;
  /** What is wrong with the request, against its operation: [] when it is valid. */
  validate(request: ContractRequest): string[];
  /** A body against one named schema of the description. */
  validateSchema(name: string, value: unknown): string[];
  /** The operation's security scopes (the permissions it needs). */
  scopesOf(operationId: string): string[];
}

export async function oktaContract(): Promise<OktaContract> {
  const definition = parse(readFileSync(FILE, 'utf8')) as { components: { schemas: Record<string, { discriminator?: { propertyName: string; mapping: Record<string, string> } }> }; paths: Record<string, Record<string, { operationId?: string; security?: { oauth2?: string[] }[] }>> };
  const api = new OpenAPIBackend({
    definition: definition as never,
    quick: true,
    validate: true,
    strict: false,
    customizeAjv: (ajv) => {
      addFormats(ajv as never);
      return ajv;
    },
  });
  await api.init();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: withoutUntypedNullable(definition.components) }, 'okta');
  const compiled = new Map<string, ValidateFunction>();
  const schemaValidator = (name: string): ValidateFunction => {
    let v = compiled.get(name);
    if (!v) {
      v = ajv.compile({ $ref: `okta#/components/schemas/${name}` });
      compiled.set(name, v);
    }
    return v;
  };
  const errorsOf = (v: ValidateFunction): string[] => (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  const split = (request: ContractRequest) => {
    const url = new URL(request.path, 'https://example.okta.com');
    return {
      method: request.method.toLowerCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { 'content-type': 'application/json', authorization: 'SSWS test', accept: 'application/json' },
      body: request.body,
    };
  };
  const contract: OktaContract = {
    operationOf(request) {
      return (api.matchOperation(split(request)) as { operationId?: string } | undefined)?.operationId;
    },
    validate(request) {
      const req = split(request);
      const op = api.matchOperation(req) as { operationId?: string } | undefined;
      if (!op) return [`no operation for ${request.method} ${req.path}`];
      const result = api.validateRequest(req);
      const errors = result.valid ? [] : (result.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
      if ((op.operationId === 'createApplication' || op.operationId === 'replaceApplication') && typeof request.body === 'object' && request.body !== null) {
        const mode = (request.body as { signOnMode?: string }).signOnMode ?? '';
        const target = definition.components.schemas['Application']!.discriminator!.mapping[mode];
        if (!target) errors.push(`/signOnMode ${mode} is not one of the discriminator's values`);
        else errors.push(...contract.validateSchema(target.replace('#/components/schemas/', ''), request.body));
      }
      return errors;
    },
    validateSchema(name, value) {
      const v = schemaValidator(name);
      return v(value) ? [] : errorsOf(v);
    },
    scopesOf(operationId) {
      for (const methods of Object.values(definition.paths)) {
        for (const op of Object.values(methods)) {
          if (op && typeof op === 'object' && op.operationId === operationId) return (op.security ?? []).flatMap((s) => s.oauth2 ?? []);
        }
      }
      return [];
    },
  };
  return contract;
}

/** OpenAPI 3.0's `nullable` beside no `type` (Ajv refuses it; it allows nothing more there): left out. */
function withoutUntypedNullable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUntypedNullable);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'nullable' && !('type' in value)) continue;
    out[key] = withoutUntypedNullable(v);
  }
  return out;
}
