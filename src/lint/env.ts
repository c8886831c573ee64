/**
 * Env files for `docker compose --env-file` (read with src/lint/dotenv.ts): OKTA-ENV-002 on
 * lines compose misreads (FM-34), OKTA-ENV-001 on values that do not read back as YAML once
 * OpenMetadata pastes them into openmetadata.yaml (FM-33), OKTA-ENV-003 on OIDC_CUSTOM_PARAMS
 * (FM-35), OKTA-KEY-001 on names, then the settings for checkSettings.
 */
import { MAX_COPY_CHARS, named, show } from '../text/quote.ts';
import type { LintContext } from './context.ts';
import { readYamlStyleLine, type EnvFile } from './dotenv.ts';
import { judgeEnvName } from './keys.ts';
import { reportPlaceholders, storeValue } from './read.ts';
import type { KeySpec } from './surface.ts';
import { flowElements, flowListProblems, jsonObjectProblem, parseInline, suggestFlowList } from './values.ts';

/** Names whose values are never repeated in a message. */
const SECRET_NAME = /SECRET|PASSWORD|PRIVATE_KEY|TOKEN/i;

interface Assignment {
  name: string;
  value: string;
  line: number;
  quote: 'none' | 'single' | 'double';
  /** Read from a line compose ignores (`KEY: value`): checked for what it meant to set. */
  recovered: boolean;
}

export function lintEnv(env: EnvFile, ctx: LintContext): void {
  const assignments: Assignment[] = [];
  for (const problem of env.problems) {
    const { line } = problem;
    switch (problem.kind) {
      case 'yaml-syntax': {
        // docker compose v2 takes ":" as a separator too (compose-go dotenv, scanKeyEnd), so the
        // value is read; docker run --env-file, shells and kubectl --from-env-file do not.
        const read = readYamlStyleLine(problem.text);
        const name = read ? named(read.name) : undefined;
        const secret = read !== undefined && SECRET_NAME.test(read.name);
        const fix = read && !secret && !/[\n'\\]/.test(read.value) ? `${name}=${named(read.value, MAX_COPY_CHARS)}` : `${name ?? 'NAME'}=value`;
        const composeNote = read?.composeDefault ? ', without the ${...:-...} wrapper of docker-compose.yml files' : '';
        ctx.add('OKTA-ENV-002', 'warning', name, `Line ${line} uses YAML syntax (${name ?? 'NAME'}: ...), as the upstream Docker example does. docker compose v2 reads it, but docker run --env-file, the old docker-compose, shells that source the file and kubectl --from-env-file ignore or refuse it. Write it as ${fix}${composeNote}.`, line);
        if (read) assignments.push({ name: read.name, value: read.value, line, quote: 'none', recovered: true });
        break;
      }
      case 'space-around-equals': {
        const name = named(problem.text.trim().replace(/^export\s+/, '').split('=')[0]!.trim());
        ctx.add('OKTA-ENV-002', 'warning', name, `Line ${line} has spaces around "=". docker compose trims them, but docker run --env-file and a shell that sources the file keep or choke on them. Write ${name}=value with no spaces.`, line);
        break;
      }
      case 'unterminated-quote':
        ctx.add('OKTA-ENV-002', 'error', nameOf(problem.text), `Line ${line} opens a quote that does not close on the same line, so docker compose cannot read the value. Close the quote; an env file value is one line.`, line);
        break;
      case 'bad-name': {
        const listItem = /^\s*-\s/.test(problem.text);
        ctx.add(
          'OKTA-ENV-002',
          'error',
          undefined,
          listItem
            ? `Line ${line} is a YAML list item ("- NAME=value", from a docker-compose.yml environment: list). An env file takes NAME=value lines only: remove the "- ".`
            : `Line ${line} does not start with a variable name (letters, digits and underscores). Write NAME=value.`,
          line,
        );
        break;
      }
      case 'no-equals': {
        const whole = problem.text.trim();
        const bare = named(whole);
        if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(whole)) {
          // compose-go: a name alone on its line takes the variable from the shell's environment.
          ctx.add('OKTA-ENV-002', 'warning', bare, `Line ${line} holds only the name ${bare}: docker compose then takes ${bare} from the shell's environment (nothing when unset). If that is not what you meant, write ${bare}=value or remove the line.`, line);
        } else {
          ctx.add('OKTA-ENV-002', 'error', undefined, `Line ${line} is not a NAME=value assignment nor a # comment, so docker compose refuses the file. Fix or remove it.`, line);
        }
        break;
      }
    }
  }
  for (const entry of env.entries) assignments.push({ name: entry.name, value: entry.value, line: entry.line, quote: entry.quote, recovered: false });
  assignments.sort((a, b) => a.line - b.line);

  const last = new Map<string, Assignment>();
  for (const a of assignments) {
    const before = last.get(a.name);
    if (before) {
      ctx.add('OKTA-ENV-002', 'warning', a.name, `${named(a.name)} is set on line ${before.line} and again on line ${a.line}; docker compose uses the last one. Keep one line.`, before.line);
    }
    last.set(a.name, a);
  }
  for (const a of last.values()) {
    const spec = judgeEnvName(ctx, a.name, a.line);
    if (spec) readAssignment(ctx, a, spec);
  }
}

function nameOf(text: string): string | undefined {
  return /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/.exec(text)?.[1];
}

function readAssignment(ctx: LintContext, a: Assignment, spec: KeySpec): void {
  const { value, line } = a;
  // The name as shown (escaped, cut); looked up as written.
  const name = named(a.name);
  const place = { field: name, line };
  const unchecked = (): void => {
    if (spec.setting) ctx.unchecked.add(spec.setting);
  };

  if (!a.recovered && a.quote !== 'single' && value.includes('${')) {
    const self = value.includes(`\${${a.name}:-`) || value.includes(`\${${a.name}-`);
    ctx.add(
      'OKTA-ENV-002',
      'warning',
      name,
      self
        ? `${name} holds \${${name}:-...}, the syntax of a docker-compose.yml file: in an env file compose replaces it with the shell's ${name}, or the text after :-, quotes and all. Write the value itself: ${name}=value.`
        : `${name} contains \${...}, which docker compose replaces with a shell variable while reading the env file (empty when unset), so what OpenMetadata gets depends on the shell and is not checked here. Write the value itself, or single-quote it to keep it literally.`,
      line,
    );
    unchecked();
    return;
  }
  if (!a.recovered && a.quote === 'none' && /\$[A-Za-z_]/.test(value)) {
    ctx.add('OKTA-ENV-002', 'warning', name, `${name} contains $ followed by a name, which docker compose replaces with a shell variable (empty when unset). If the $ is part of the value, single-quote it: ${name}='...'.`, line);
  }

  if (spec.customParams) {
    const problem = jsonObjectProblem(value);
    if (problem) {
      ctx.add('OKTA-ENV-003', 'error', name, `${name} ${problem}. It must be a JSON object: write ${name}={} (or a JSON object of extra parameters), or leave the line out.`, line);
    }
    return;
  }

  // Placeholders first: a value holding one gets no other finding. A list is checked entry by entry.
  let elements: unknown = value;
  if (spec.list) {
    const parsed = parseInline(value);
    elements = parsed.errors.length === 0 && Array.isArray(parsed.value) ? parsed.value : flowElements(value);
  }
  if (reportPlaceholders(ctx, spec, place, elements)) {
    const parsed = parseInline(value);
    const js = parsed.errors.length === 0 && (typeof parsed.value === 'string' || Array.isArray(parsed.value)) ? parsed.value : value;
    storeValue(ctx, spec, place, { js, raw: value }, { placeholdersReported: true });
    unchecked();
    return;
  }

  if (spec.list) {
    const problems = flowListProblems(value);
    const parsed = parseInline(value);
    if (problems.length > 0) {
      ctx.add(
        'OKTA-ENV-001',
        'error',
        name,
        `${name} ${problems.join('; ')}. OpenMetadata pastes the value into openmetadata.yaml, so it must be a YAML list on one line with each entry in straight double quotes: ${name}='${named(suggestFlowList(value), MAX_COPY_CHARS)}'.`,
        line,
      );
      unchecked();
      if (Array.isArray(parsed.value)) storeValue(ctx, spec, { ...place, items: [] }, { js: parsed.value });
      return;
    }
    storeValue(ctx, spec, place, { js: parsed.value });
    return;
  }

  const parsed = parseInline(value);
  const scalar = parsed.errors.length === 0 && (parsed.value === null || typeof parsed.value !== 'object');
  if (!scalar) {
    const why = parsed.errors.length > 0 ? `is not valid YAML there (${parsed.errors[0]})` : Array.isArray(parsed.value) ? 'reads as a list' : 'reads as a "key: value" map';
    const fix = spec.secret
      ? name === 'OM_AUTH_AIRFLOW_OKTA_PRIVATE_KEY'
        ? `Wrap the JSON key in single quotes inside the value, as start-openmetadata.sh of this guide does: ${name}="'{...}'"`
        : `Put the value in double quotes inside single quotes: ${name}='"..."'`
      : /['\n]/.test(value)
        ? 'Quote the value so that YAML reads it as text.'
        : `Write ${name}='${named(JSON.stringify(value), MAX_COPY_CHARS)}'`;
    const shown = spec.secret ? '' : ` ${show(value)}`;
    ctx.add('OKTA-ENV-001', 'error', name, `${name}${shown}: OpenMetadata pastes the value into openmetadata.yaml, where it ${why}. ${fix}.`, line);
    unchecked();
    return;
  }
  storeValue(ctx, spec, place, { js: parsed.value, raw: value });
}
