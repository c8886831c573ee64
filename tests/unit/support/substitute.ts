/**
 * What OpenMetadata (Dropwizard's environment substitution) and the `metadata` CLI do with
 * `${NAME}` and `${NAME:-default}` before they parse a YAML file: paste the variable's raw text.
 * A variable that is not set takes its default, or stays as written.
 */
export function substituteEnv(text: string, env: Readonly<Record<string, string>>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g, (whole, name: string, fallback?: string) => env[name] ?? fallback ?? whole);
}
