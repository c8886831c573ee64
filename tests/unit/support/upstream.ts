/**
 * Validators built from reference/upstream/: the server's JSON schemas and each release line's Helm
 * values schema (sources and licences in reference/upstream/README.md). What we emit must pass
 * them, as OpenMetadata and `helm install` would require.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';

/** The upstream files, as kept in the repository (scripts/extract-upstream.ts writes them). */
export const REFERENCE = fileURLToPath(new URL('../../../reference/upstream/', import.meta.url));

const readJson = (path: string) => JSON.parse(readFileSync(join(REFERENCE, path), 'utf8'));

/** authenticationConfiguration and authorizerConfiguration validators (draft-07). */
export function serverSchemas(): { authentication: ValidateFunction; authorizer: ValidateFunction; oidc: ValidateFunction } {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const oidc = readJson('openmetadata-spec/oidcClientConfig.json');
  ajv.addSchema(oidc);
  // authenticationConfiguration.json refers to it relative to its own $id.
  ajv.addSchema({ ...oidc, $id: 'https://open-metadata.org/schema/entity/security/client/oidcClientConfig.json' });
  // Not copied (see reference/upstream/README.md): authProvider's enum is given there;
  // ldap and saml configurations are left out of an Okta config.
  ajv.addSchema({
    // Resolved relative to authenticationConfiguration.json's $id (entity/configuration/).
    $id: 'https://open-metadata.org/schema/entity/entity/services/connections/metadata/openMetadataConnection.json',
    definitions: {
      authProvider: {
        type: 'string',
        enum: ['basic', 'azure', 'google', 'okta', 'auth0', 'aws-cognito', 'custom-oidc', 'ldap', 'saml', 'openmetadata'],
      },
    },
  });
  ajv.addSchema({ $id: 'https://open-metadata.org/schema/entity/configuration/ldapConfiguration.json', not: {} });
  ajv.addSchema({ $id: 'https://open-metadata.org/schema/entity/security/client/samlSSOClientConfig.json', not: {} });
  return {
    authentication: ajv.compile(readJson('openmetadata-spec/authenticationConfiguration.json')),
    authorizer: ajv.compile(readJson('openmetadata-spec/authorizerConfiguration.json')),
    oidc: ajv.getSchema('https://open-metadata.org/schema/security/client/oidcClientConfig.json')!,
  };
}

export function helmChartDir(version: string): string {
  return join(REFERENCE, 'helm', `openmetadata-${version}`);
}

// Compiling a chart's schema takes longer than validating dozens of files with it: once per chart.
const validators = new Map<string, ValidateFunction>();
const defaults = new Map<string, string>();

export function helmValuesValidator(version: string): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    const schema = readJson(join('helm', `openmetadata-${version}`, 'values.schema.json'));
    delete schema.$schema;
    // The chart's schema uses `format: "boolean"`, which is not a JSON Schema format; Ajv would log
    // that once per use. Validation itself is unaffected.
    validate = new Ajv({ allErrors: true, strict: false, logger: false }).compile(schema);
    validators.set(version, validate);
  }
  return validate;
}

/** The chart's default values, parsed anew on every call (callers merge into them). */
export function helmDefaultValues(version: string): unknown {
  let text = defaults.get(version);
  if (text === undefined) {
    text = readFileSync(join(helmChartDir(version), 'values.yaml'), 'utf8');
    defaults.set(version, text);
  }
  return parseYaml(text);
}

/** Helm's coalescing of values files: maps merge key by key, anything else is replaced. */
export function helmMerge(base: unknown, override: unknown): unknown {
  if (isMap(base) && isMap(override)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(override)) out[key] = key in base ? helmMerge(base[key], value) : value;
    return out;
  }
  return override;
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
