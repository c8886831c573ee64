/** Words for POSIX shell command lines, the one quoter for every script this project writes. */

/** A word for a POSIX shell command line: plain when safe, otherwise single-quoted. */
export function shellQuote(value: string): string {
  // A command line is a C string: a NUL would end the argument there, silently.
  if (value.includes('\0')) throw new Error('a shell word cannot hold a NUL character');
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(value)) return value;
  return `'${value.replaceAll("'", `'"'"'`)}'`;
}
