/**
 * Lines of an env file for `docker compose --env-file`. Values are quoted by code here, never by
 * string templates in the renderers, so that any value either reads back as itself or is refused
 * with a message naming its field.
 */
import { UnrepresentableValueError } from './unrepresentable.ts';

const PLAIN_ENV_VALUE = /^[A-Za-z0-9_./:@,+=-]*$/;

/**
 * One `NAME=value` line. Values that are not plain are single quoted: compose reads
 * single-quoted values literally (no `$` interpolation, no inline `#` comments), and so does a
 * POSIX shell that sources the file. Compose's reader does treat a backslash before the closing
 * quote as escaping it, so a value ending in `\` would leave the quote open.
 */
export function envLine(name: string, value: string, field: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error(`${name} is not a valid variable name`);
  if (/[\n\r\0]/.test(value)) throw new UnrepresentableValueError(field, `${name} cannot hold a line break or a NUL character in an env file`);
  if (PLAIN_ENV_VALUE.test(value)) return `${name}=${value}`;
  if (value.includes("'")) throw new UnrepresentableValueError(field, `${name} cannot hold a single quote in an env file`);
  if (value.endsWith('\\')) throw new UnrepresentableValueError(field, `${name} cannot end in a backslash in an env file (compose would read the closing quote as part of the value)`);
  return `${name}='${value}'`;
}
