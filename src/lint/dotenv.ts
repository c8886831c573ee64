/**
 * Reads an env file the way `docker compose --env-file` does (compose-spec/compose-go
 * dotenv/parser.go): `#` comment lines, optional `export `, `KEY=value`; single-quoted values are
 * literal, double-quoted values expand `\n` and `${VAR}`, unquoted values end at ` #` (a space,
 * then `#`) and expand `${VAR}`. It keeps line numbers and how each value was written, so lint can
 * point at lines, and reports the lines that are not plain `KEY=value`: YAML-style `KEY: value`
 * and spaces around `=` (compose v2 accepts both, other readers of env files do not), quotes that
 * do not close, names that are not names, and lines without `=`.
 */

export interface EnvEntry {
  name: string;
  value: string;
  line: number;
  quote: 'none' | 'single' | 'double';
  /** The value contains `${...}` or `$NAME`, which compose would substitute. */
  interpolates: boolean;
}

export interface EnvProblem {
  line: number;
  kind: 'yaml-syntax' | 'space-around-equals' | 'unterminated-quote' | 'bad-name' | 'no-equals';
  text: string;
}

export interface EnvFile {
  entries: EnvEntry[];
  problems: EnvProblem[];
}

export function parseEnvFile(text: string): EnvFile {
  const entries: EnvEntry[] = [];
  const problems: EnvProblem[] = [];
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const body = trimmed.replace(/^export\s+/, '');
    const yamlStyle = /^([A-Za-z_][A-Za-z0-9_.]*)\s*:\s/.exec(body);
    const equals = body.indexOf('=');
    if (yamlStyle && (equals < 0 || equals > yamlStyle[0].length)) {
      problems.push({ line, kind: 'yaml-syntax', text: raw });
      continue;
    }
    if (equals < 0) {
      problems.push({ line, kind: 'no-equals', text: raw });
      continue;
    }
    const name = body.slice(0, equals);
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name.trimEnd())) {
      problems.push({ line, kind: 'bad-name', text: raw });
      continue;
    }
    if (name !== name.trimEnd() || /^[ \t]/.test(body.slice(equals + 1))) {
      problems.push({ line, kind: 'space-around-equals', text: raw });
    }
    const rest = body.slice(equals + 1).replace(/^[ \t]+/, '');
    const quote = rest.startsWith("'") ? 'single' : rest.startsWith('"') ? 'double' : 'none';
    let value: string;
    if (quote === 'none') {
      // compose-go: an inline comment starts at " #"; a # inside a value (a URL fragment, a secret) stays.
      value = rest.split(' #')[0]!.trimEnd();
    } else {
      const mark = rest[0]!;
      const end = findClosingQuote(rest, mark);
      if (end < 0) {
        problems.push({ line, kind: 'unterminated-quote', text: raw });
        continue;
      }
      value = rest.slice(1, end);
      if (quote === 'double') value = value.replaceAll('\\n', '\n').replaceAll('\\r', '\r').replace(/\\(["\\])/g, '$1');
    }
    entries.push({
      name: name.trimEnd(),
      value,
      line,
      quote,
      interpolates: quote !== 'single' && /\$(\{|[A-Za-z_])/.test(value),
    });
  }
  return { entries, problems };
}

function findClosingQuote(text: string, mark: string): number {
  for (let i = 1; i < text.length; i++) {
    if (text[i] === mark && text[i - 1] !== '\\') return i;
  }
  return -1;
}

/** name -> value, last assignment wins (as in compose). */
export function envMap(file: EnvFile): Map<string, string> {
  return new Map(file.entries.map((entry) => [entry.name, entry.value]));
}

/**
 * What a YAML-style line (`KEY: value`, as in a compose file's environment: map) means to set,
 * for lint to check the value although compose ignores the line. `${KEY:-default}` gives its
 * default, and one layer of quotes is removed.
 */
export function readYamlStyleLine(raw: string): { name: string; value: string; composeDefault: boolean } | undefined {
  // [^]: a value may hold any character, U+2028 and a lone CR included ("." stops at them).
  const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*:(?:\s+([^]*))?$/.exec(raw);
  if (!m) return undefined;
  const name = m[1]!;
  let value = (m[2] ?? '').trim();
  if (!/^["']/.test(value)) value = value.replace(/\s+#[^]*$/, '');
  const reference = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^]*))?\}$/.exec(value);
  const composeDefault = reference !== null && reference[2] !== undefined;
  if (reference && reference[2] !== undefined) value = reference[2].trim();
  const quoted = /^(["'])([^]*)\1$/.exec(value);
  if (quoted) value = quoted[2]!;
  return { name, value, composeDefault };
}
