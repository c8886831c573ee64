/**
 * Ingestion workflows: the server block's URL, sign-in provider and bot token, as the generated
 * workflow has them.
 */
import { parseDocument } from 'yaml';
import { normalizeBaseUrl } from '../../inputs/index.ts';
import { parseUrl } from '../../rules/hosts.ts';
import { BOT_TOKEN_ENV } from '../../settings/index.ts';
import type { LintResult } from '../index.ts';
import { envReference, placeholderMessage } from '../values.ts';
import { parseYaml, type ParsedYaml } from '../yaml.ts';
import { applyAndReadBack } from './apply.ts';
import type { Edit } from './edits.ts';
import { isFinding, type FixOptions, type FixResult, type WorkflowKey } from './types.ts';
import { indentUnit, insertionEdits, insertionPoint, replaceValue, walk, writtenYaml, type Insertion } from './yaml-nodes.ts';

const SERVER_PATH = 'workflowConfig.openMetadataServerConfig';

/**
 * The workflow's `hostPort` (the OpenMetadata URL with /api), `authProvider: openmetadata` on 1.x
 * and a missing or placeholder `jwtToken` read from the environment, as the generated workflow
 * has them. A token written in the file is left alone (its warning says why).
 */
export function fixWorkflow(text: string, lint: LintResult, options: FixOptions): FixResult | undefined {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) return undefined;
  const { release } = lint;
  const doc = parsed.doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown> | null;
  const server = (doc?.['workflowConfig'] as Record<string, unknown> | undefined)?.['openMetadataServerConfig'] as Record<string, unknown> | undefined;
  if (!server || typeof server !== 'object') return undefined;
  const fields = new Set(lint.diagnostics.filter(isFinding).map((d) => d.field));
  const wanted = new Map<WorkflowKey, string>();

  if (fields.has(`${SERVER_PATH}.hostPort`)) {
    const omUrl = workflowOmUrl(server['hostPort'], options.inputs?.['omUrl']);
    if (omUrl) wanted.set(`${SERVER_PATH}.hostPort`, `${omUrl}/api`);
  }
  const legacy = release.ingestion.kind === 'okta-service-app';
  if (!legacy && fields.has(`${SERVER_PATH}.authProvider`) && server['authProvider'] !== 'okta') wanted.set(`${SERVER_PATH}.authProvider`, 'openmetadata');
  const token = (server['securityConfig'] as Record<string, unknown> | undefined)?.['jwtToken'];
  const provider = wanted.get(`${SERVER_PATH}.authProvider`) ?? server['authProvider'];
  if (provider === 'openmetadata' && (fields.has(`${SERVER_PATH}.securityConfig.jwtToken`) || wanted.has(`${SERVER_PATH}.authProvider`)) && (typeof token !== 'string' || token.trim() === '' || lint.diagnostics.some((d) => d.id === 'OKTA-TPL-001' && d.field === `${SERVER_PATH}.securityConfig.jwtToken`))) {
    wanted.set(`${SERVER_PATH}.securityConfig.jwtToken`, `\${${BOT_TOKEN_ENV}}`);
  }

  const readsBack = (_after: LintResult, fixed: string): ((edit: Edit) => boolean) => {
    const reread = parseDocument(fixed, { version: '1.1' }).toJS({ maxAliasCount: 100 }) as unknown;
    return (e) => valueAt(reread, e.setting.split('.')) === wanted.get(e.setting as WorkflowKey);
  };
  const only = (keys: ReadonlySet<WorkflowKey>): Map<WorkflowKey, string> => new Map([...wanted].filter(([key]) => keys.has(key)));
  return applyAndReadBack(text, lint, options, new Set(wanted.keys()), (keys) => workflowEdits(parsed, only(keys)), readsBack);
}

/** The OpenMetadata URL for hostPort: the one the file holds when it is a URL, else the reader's. */
function workflowOmUrl(current: unknown, given: unknown): string | undefined {
  for (const candidate of [current, given]) {
    if (typeof candidate !== 'string' || envReference(candidate) || placeholderMessage(candidate, 'hostPort', {})) continue;
    const url = parseUrl(candidate.trim());
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue;
    const path = url.pathname.replace(/\/+$/, '').replace(/\/api(?:\/v1)?$/, '');
    return normalizeBaseUrl(`${url.origin}${candidate === given ? path : ''}`);
  }
  return undefined;
}

function valueAt(node: unknown, path: readonly string[]): unknown {
  let at = node;
  for (const key of path) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function workflowEdits(parsed: ParsedYaml, wanted: Map<WorkflowKey, string>): Edit[] {
  const { text } = parsed;
  const unit = indentUnit(parsed);
  const edits: Edit[] = [];
  const insertions: Insertion[] = [];
  for (const [key, value] of wanted) {
    const path = key.split('.');
    const block = path.slice(0, -1).join('.');
    const found = walk(parsed, path);
    if (found === 'unsafe') continue;
    if (found.pair) {
      const edit = replaceValue(parsed, found.pair, value);
      if (edit && edit.text !== text.slice(edit.start, edit.end)) {
        const secret = key.endsWith('jwtToken');
        edits.push({ setting: key, ...edit, field: key, ...(secret || edit.before === undefined ? {} : { before: edit.before }), written: writtenYaml(path[path.length - 1]!, value), block });
      }
      continue;
    }
    const anchor = insertionPoint(parsed, found.map, found.emptyPair, unit);
    if (anchor) insertions.push({ ...anchor, path: path.slice(found.depth), setting: key, value, block });
  }
  edits.push(...insertionEdits(text, insertions, unit));
  return edits;
}
