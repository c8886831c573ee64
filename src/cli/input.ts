/**
 * The one way a command reads what it is given (a file, or standard input for `-`): every
 * failure becomes an InputError, which the dispatcher prints as one `om-okta: ...` line with
 * exit 2 (unreadable input, not a usage mistake: no help follows).
 */
import { escapeUnsafe } from '../lint/index.ts';
import type { CliIo } from './types.ts';

export class InputError extends Error {}

/** A path as messages name it; what comes from the reader is escaped for the terminal. */
export function sourceName(path: string): string {
  return path === '-' ? 'standard input' : escapeUnsafe(path);
}

export async function readText(path: string, io: CliIo): Promise<string> {
  try {
    return await io.readInput(path);
  } catch (error) {
    throw new InputError(`cannot read ${sourceName(path)}: ${escapeUnsafe((error as Error).message)}`);
  }
}

export async function readJson(path: string, io: CliIo): Promise<unknown> {
  const text = await readText(path, io);
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the file: escaped like everything else printed from it.
    throw new InputError(`${sourceName(path)} is not valid JSON: ${escapeUnsafe((error as Error).message)}`);
  }
}
