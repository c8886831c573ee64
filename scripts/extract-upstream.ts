/**
 * Writes reference/upstream/ and reference/failure-modes.json: the facts the unit tests check the
 * project against, kept in the repository so that the tests read nothing outside it.
 *
 *   node scripts/extract-upstream.ts [--from DIR] [--catalogue FILE]
 *
 * DIR holds the upstream files as copied from their repositories (the layout and sources are in
 * reference/upstream/README.md): helm/openmetadata-X.Y.Z/{values.schema.json,values.yaml},
 * openmetadata-spec/*.json, okta/*.yaml. Its default, DEFAULT_FROM below, is the folder beside the
 * checkout where the team keeps them (the only place the repository names it). FILE is the
 * failure-mode catalogue (okta-failure-modes.md), by default DIR/../reference/.
 *
 * Every file is copied with its facts and without its prose:
 * - JSON schemas (the server's, the Helm charts' values schemas): the annotation keywords
 *   `description`, `title`, `$comment`, `examples` and `example` are removed wherever they are
 *   keywords of a schema; a property that is only named so (`properties.description`) stays.
 * - A chart's values.yaml: its comments are removed, the rest stays as written; every value
 *   stays, as YAML 1.1 (Helm) and 1.2 read it (checked).
 * - An OpenAPI description (Okta's Management API): the same keywords and `summary`, and the
 *   vendor extensions (`x-...`); paths, operations, parameters, schemas, types, enums, formats,
 *   required lists and references stay (checked: every local `$ref` still resolves).
 * - The catalogue: section H (error string -> failure modes) and the rule ids each failure mode
 *   names, as JSON.
 * Re-run it when a chart release or a schema is added to DIR, then update reference/upstream/README.md
 * (the script names any file the README does not).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { CST, Lexer, parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/**
 * The team's copy of the upstream files, beside the checkout, relative to the repository root: the
 * one path outside the repository the project names (tests/unit/standalone.test.ts allows it here
 * only). Nothing else reads it; the tests read reference/.
 */
const DEFAULT_FROM = '../shared/upstream';
export const OUT = join(ROOT, 'reference', 'upstream');
export const FAILURE_MODES_JSON = join(ROOT, 'reference', 'failure-modes.json');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Annotation keywords: text for people, no effect on what validates. */
const SCHEMA_ANNOTATIONS = ['description', 'title', '$comment', 'examples', 'example'];
/** An OpenAPI description also has operation summaries and vendor extensions. */
const OPENAPI_ANNOTATIONS = [...SCHEMA_ANNOTATIONS, 'summary'];
/** Keywords whose value is data (instances), never schemas: kept as they are. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'required']);
/**
 * Keywords whose value maps names (of properties, definitions, paths, media types, status codes,
 * scopes, ...) to objects: their keys are names, never keywords, whatever they are called.
 */
const NAME_MAPS = new Set([
  'properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'dependencies',
  'paths', 'schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'securitySchemes',
  'links', 'callbacks', 'content', 'encoding', 'variables', 'mapping', 'scopes', 'pathItems', 'webhooks',
]);

export interface StripOptions {
  /** Keys removed where they are keywords. */
  annotations: readonly string[];
  /** Remove `x-...` keys where they are keywords. */
  vendorExtensions: boolean;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `node` with its annotation keywords removed, recursively. `description`, `title` and `$comment`
 * go only when their value is text; `example(s)` whatever it holds. Keys of a name map
 * (`properties`, `definitions`, `paths`, ...) are names and stay, their values are walked.
 */
export function stripAnnotations(node: Json, options: StripOptions, names = false): Json {
  if (Array.isArray(node)) return node.map((item) => stripAnnotations(item, options));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (names) {
      out[key] = stripAnnotations(value, options);
      continue;
    }
    if (options.annotations.includes(key) && (key === 'example' || key === 'examples' || typeof value === 'string')) continue;
    if (options.vendorExtensions && key.startsWith('x-')) continue;
    if (DATA_KEYWORDS.has(key)) out[key] = value;
    // An OAuth flow's scopes map each name to its description: the names stay, the text goes.
    else if (key === 'scopes' && isObject(value) && Object.values(value).every((text) => typeof text === 'string')) {
      out[key] = Object.fromEntries(Object.keys(value).map((name) => [name, '']));
    }
    else out[key] = stripAnnotations(value, options, NAME_MAPS.has(key) && isObject(value));
  }
  return out;
}

/** Every local `$ref` (`#/...`) of `doc` that names nothing in it. */
export function danglingRefs(doc: Json): string[] {
  const refs = new Set<string>();
  const walk = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) refs.add(value);
        else walk(value);
      }
    }
  };
  walk(doc);
  const resolves = (ref: string): boolean => {
    let at: Json | undefined = doc;
    for (const raw of ref.slice(2).split('/')) {
      const part = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      at = isObject(at) ? at[part] : Array.isArray(at) ? at[Number(part)] : undefined;
      if (at === undefined) return false;
    }
    return true;
  };
  return [...refs].filter((ref) => !resolves(ref)).sort();
}

/**
 * A values.yaml without its comments, and without the lines that only held one. Everything else is
 * kept as written (quoting, number forms, indentation), token by token; throws unless YAML 1.1
 * (Helm's reader) and 1.2 read the same values from both texts.
 */
export function stripYamlComments(text: string): string {
  const markers = new Set<string>([CST.BOM, CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);
  let out = '';
  let line = '';
  let commented = false;
  let source = '';
  for (const token of new Lexer().lex(text)) {
    if (markers.has(token)) continue;
    source += token;
    const type = CST.tokenType(token);
    if (type === 'comment') {
      commented = true;
    } else if (type === 'newline') {
      const kept = commented ? line.replace(/[ \t]+$/, '') : line;
      if (!(commented && kept === '')) out += kept + token;
      line = '';
      commented = false;
    } else {
      line += token;
    }
  }
  out += commented ? line.replace(/[ \t]+$/, '') : line;
  if (source !== text) throw new Error('the YAML lexer did not give back the text it read');
  for (const version of ['1.1', '1.2'] as const) {
    if (!isDeepStrictEqual(parseYaml(out, { version }), parseYaml(text, { version }))) {
      throw new Error(`the values read differently without comments (YAML ${version})`);
    }
  }
  return out;
}

export interface CatalogueFacts {
  /** Section H: each row's substrings (alternatives, each a list of parts in order) and failure modes. */
  lookup: { patterns: string[][]; fms: number[] }[];
  /** For each failure mode, the rule ids its entry names. */
  ruleIds: Record<string, string[]>;
}

/** The facts the tests compare with, read from the catalogue's Markdown. */
export function catalogueFacts(text: string): CatalogueFacts {
  const start = text.indexOf('\n## H.');
  const end = text.indexOf('\n## I.', start);
  if (start < 0 || end < 0) throw new Error('the catalogue has no section H followed by section I');
  const lookup: CatalogueFacts['lookup'] = [];
  for (const line of text.slice(start, end).split('\n')) {
    const m = /^\| (`.+) \| [^|]+ \| ([\d, ]+) \|$/.exec(line);
    if (!m) continue;
    const patterns = m[1]!.split(/` \/ `/).map((alt) => [...`\`${alt.replace(/^`|`$/g, '')}\``.matchAll(/`([^`]+)`/g)].map((x) => x[1]!));
    lookup.push({ patterns, fms: m[2]!.split(',').map((n) => Number(n.trim())) });
  }
  const ruleIds: Record<string, string[]> = {};
  const headings = [...text.matchAll(/^### FM-(\d+):/gm)];
  for (const heading of headings) {
    const from = heading.index;
    const next = /\n#{1,3} /.exec(text.slice(from + 1));
    const entry = text.slice(from, next ? from + 1 + next.index : text.length);
    ruleIds[String(Number(heading[1]))] = [...new Set([...entry.matchAll(/\bOKTA-[A-Z]+-\d{3}\b/g)].map((m) => m[0]))];
  }
  return { lookup, ruleIds };
}

/** The JSON file: one lookup row per line, so that a diff shows the row that changed. */
export function catalogueJson(facts: CatalogueFacts): string {
  const rows = facts.lookup.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  const ids = Object.entries(facts.ruleIds).map(([fm, list]) => `    ${JSON.stringify(fm)}: ${JSON.stringify(list)}`).join(',\n');
  return `{\n  "lookup": [\n${rows}\n  ],\n  "ruleIds": {\n${ids}\n  }\n}\n`;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The reduced text of one upstream file, by its kind. */
export function reduce(path: string, text: string): string {
  if (path.endsWith('.json')) {
    const schema = stripAnnotations(JSON.parse(text) as Json, { annotations: SCHEMA_ANNOTATIONS, vendorExtensions: false });
    const dangling = danglingRefs(schema);
    if (dangling.length > 0) throw new Error(`${path}: references left dangling: ${dangling.join(', ')}`);
    return `${JSON.stringify(schema, null, 2)}\n`;
  }
  if (/(^|\/)values\.ya?ml$/.test(path)) return stripYamlComments(text);
  if (/\.ya?ml$/.test(path)) {
    const doc = parseYaml(text, { maxAliasCount: -1 }) as Json;
    if (!isObject(doc) || typeof doc.openapi !== 'string') throw new Error(`${path}: neither a chart's values.yaml nor an OpenAPI description`);
    const api = stripAnnotations(doc, { annotations: OPENAPI_ANNOTATIONS, vendorExtensions: true });
    const dangling = danglingRefs(api);
    if (dangling.length > 0) throw new Error(`${path}: references left dangling: ${dangling.join(', ')}`);
    return stringifyYaml(api, { lineWidth: 0, aliasDuplicateObjects: false });
  }
  throw new Error(`${path}: no rule for this kind of file; add one to scripts/extract-upstream.ts`);
}

const USAGE = 'usage: node scripts/extract-upstream.ts [--from DIR] [--catalogue FILE]';

function main(argv: string[]): void {
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i]!, argv[i + 1]];
    if (name !== '--from' && name !== '--catalogue') throw new Error(`unknown argument ${name}; ${USAGE}`);
    if (value === undefined) throw new Error(`${name} needs a value; ${USAGE}`);
    options.set(name, value);
  }
  const from = resolve(options.get('--from') ?? resolve(ROOT, DEFAULT_FROM));
  const catalogue = resolve(options.get('--catalogue') ?? join(from, '..', 'reference', 'okta-failure-modes.md'));
  if (!existsSync(from)) throw new Error(`${from} does not exist; give the folder of upstream files with --from DIR`);

  // Everything is reduced before anything is written: a file that cannot be leaves the folder as it was.
  const copies = filesUnder(from)
    .map((path) => ({ path, rel: relative(from, path).split(sep).join('/') }))
    .filter(({ rel }) => rel !== 'README.md') // prose about the copies; reference/upstream/README.md replaces it
    .map(({ path, rel }) => {
      const text = readFileSync(path, 'utf8');
      return { rel, before: Buffer.byteLength(text), text: reduce(rel, text) };
    });
  if (!copies.some(({ rel }) => /^helm\/openmetadata-[^/]+\/values\.schema\.json$/.test(rel))) {
    throw new Error(`${from} holds no helm/openmetadata-X.Y.Z/values.schema.json: not a folder of upstream files`);
  }

  // Start from an empty folder (the README stays): a file removed upstream goes too.
  mkdirSync(OUT, { recursive: true });
  for (const name of readdirSync(OUT)) if (name !== 'README.md') rmSync(join(OUT, name), { recursive: true, force: true });

  const readme = existsSync(join(OUT, 'README.md')) ? readFileSync(join(OUT, 'README.md'), 'utf8') : '';
  const unlisted: string[] = [];
  let before = 0;
  let after = 0;
  for (const { rel, text, before: size } of copies) {
    mkdirSync(dirname(join(OUT, rel)), { recursive: true });
    writeFileSync(join(OUT, rel), text);
    before += size;
    after += Buffer.byteLength(text);
    console.log(`reference/upstream/${rel}: ${size} -> ${Buffer.byteLength(text)} bytes`);
    // A chart is listed by its folder, any other file by its name.
    const listed = rel.startsWith('helm/') ? rel.split('/')[1]! : rel.split('/').pop()!;
    if (!readme.includes(listed)) unlisted.push(rel);
  }
  console.log(`${before} -> ${after} bytes`);

  if (existsSync(catalogue)) {
    const facts = catalogueFacts(readFileSync(catalogue, 'utf8'));
    writeFileSync(FAILURE_MODES_JSON, catalogueJson(facts));
    console.log(`reference/failure-modes.json: ${facts.lookup.length} lookup rows, ${Object.keys(facts.ruleIds).length} failure modes`);
  } else {
    console.warn(`${catalogue} not found: reference/failure-modes.json left as it is (--catalogue FILE)`);
  }
  if (unlisted.length > 0) {
    console.warn(`reference/upstream/README.md does not name: ${unlisted.join(', ')}; add their source and licence.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`extract-upstream: ${(error as Error).message}`);
    process.exitCode = 2;
  }
}
