/**
 * Which kind of file a text is: from its content, with the file name as a hint for what content
 * cannot tell (an empty file, a YAML syntax error).
 */
import type { LintKind } from './context.ts';
import { parseEnvFile, type EnvFile } from './dotenv.ts';
import { allEnvNames } from './surface.ts';
import { has, parseYaml, type ParsedYaml } from './yaml.ts';

export interface Detected {
  kind: LintKind;
  /** What made us think so, for messages. */
  why: string;
  env?: EnvFile;
  yaml?: ParsedYaml;
}

const ENV_ASSIGN = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_.]*[ \t]*=/;
const ENV_AS_YAML = /^([A-Z][A-Z0-9_]*)[ \t]*:(?:\s|$)/;

export function kindFromFilename(filename: string | undefined): LintKind | undefined {
  if (!filename) return undefined;
  const base = filename.split(/[\\/]/).pop()!.toLowerCase();
  if (base.includes('security-config') && /\.(ya?ml|json)$/.test(base)) return 'security-config';
  if (base.endsWith('.env') || base.startsWith('.env') || base.includes('.env.') || base === 'env') return 'env';
  if (!/\.ya?ml$/.test(base)) return undefined;
  if (base.startsWith('values') || base.includes('helm')) return 'helm-values';
  if (base.includes('workflow') || base.includes('ingest')) return 'workflow';
  if (base.startsWith('openmetadata')) return 'openmetadata-yaml';
  return undefined;
}

export function detect(text: string, filename?: string): Detected {
  const hint = kindFromFilename(filename);
  const rawLines = text.split(/\r?\n/);
  const lines = rawLines.filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  if (lines.length === 0) {
    if (hint === 'env') return { kind: 'env', why: 'file name', env: parseEnvFile(text) };
    return hint ? { kind: hint, why: 'file name', yaml: parseYaml(text) } : { kind: 'unknown', why: 'empty' };
  }
  const assignments = lines.filter((l) => ENV_ASSIGN.test(l)).length;
  if (assignments > 0 && assignments * 2 >= lines.length) return { kind: 'env', why: 'NAME=value lines', env: parseEnvFile(text) };
  // A whole env file written as YAML (FM-34): top-level upper-case keys that are env var names.
  const known = allEnvNames();
  const yamlNames = lines.map((l) => ENV_AS_YAML.exec(l)?.[1]).filter((n): n is string => n !== undefined);
  if (yamlNames.length * 2 >= lines.length && (yamlNames.some((n) => known.has(n)) || hint === 'env')) {
    return { kind: 'env', why: 'env var names written as YAML', env: parseEnvFile(text) };
  }

  const yaml = parseYaml(text);
  if (yaml.errors.length > 0) {
    const guessed = hint ?? kindFromText(text);
    if (guessed === 'env') return { kind: 'env', why: 'file name', env: parseEnvFile(text) };
    return { kind: guessed ?? 'unknown', why: 'text', yaml };
  }
  const kind = kindFromYaml(yaml);
  if (kind === 'openmetadata-yaml' && isStoredConfig(text, yaml, hint)) return { kind: 'security-config', why: hint === 'security-config' ? 'file name' : 'keys', yaml };
  if (kind) return { kind, why: 'keys', yaml };
  if (hint === 'env') return { kind: 'env', why: 'file name', env: parseEnvFile(text) };
  return { kind: hint ?? 'unknown', why: hint ? 'file name' : 'keys', yaml };
}

function kindFromYaml(yaml: ParsedYaml): LintKind | undefined {
  const contents = yaml.doc.contents as { items?: unknown } | null;
  if (!contents || !Array.isArray(contents.items)) return undefined;
  if (has(yaml, 'workflowConfig')) return 'workflow';
  if (['openmetadata.config.authentication', 'openmetadata.config.authorizer', 'global.authentication', 'global.authorizer', 'global.airflow.openmetadata.authConfig'].some((p) => has(yaml, p))) return 'helm-values';
  if (['authenticationConfiguration', 'authorizerConfiguration', 'airflowConfiguration'].some((p) => has(yaml, p))) return 'openmetadata-yaml';
  if (has(yaml, 'openmetadata.config') || has(yaml, 'global.openmetadata')) return 'helm-values';
  return undefined;
}

/**
 * The stored configuration rather than openmetadata.yaml: only its two auth blocks at the top, and
 * written as JSON (the API's body) or as the YAML document get-security-config writes (`---` first),
 * or named so.
 */
function isStoredConfig(text: string, yaml: ParsedYaml, hint: LintKind | undefined): boolean {
  if (hint === 'security-config') return true;
  if (hint !== undefined) return false;
  const items = (yaml.doc.contents as { items?: { key?: { value?: unknown } }[] } | null)?.items ?? [];
  const keys = items.map((item) => item.key?.value);
  if (keys.length === 0 || !keys.every((k) => k === 'authenticationConfiguration' || k === 'authorizerConfiguration')) return false;
  const first = text.split(/\r?\n/).find((l) => l.trim() !== '' && !l.trim().startsWith('#'))?.trim() ?? '';
  return first.startsWith('{') || first === '---';
}

/** For a YAML file that does not parse: its kind from its top-level keys as text. */
function kindFromText(text: string): LintKind | undefined {
  if (/^workflowConfig\s*:/m.test(text)) return 'workflow';
  if (/^(authenticationConfiguration|authorizerConfiguration)\s*:/m.test(text)) return 'openmetadata-yaml';
  if (/^(openmetadata|global)\s*:/m.test(text)) return 'helm-values';
  return undefined;
}
