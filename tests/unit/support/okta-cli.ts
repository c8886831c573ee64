/**
 * Runs `om-okta` in process (runCli) for the `okta` command's tests: an injected environment (the
 * API token), fetch and prompt, with what it prints and the files it writes captured.
 */
import { access, readFile, writeFile } from 'node:fs/promises';
import { runCli, type VerifyIo } from '../../../src/cli/index.ts';

export interface OmRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Files the run wrote (path -> text). */
  written: Map<string, string>;
}

export async function runOm(
  argv: string[],
  options: { env?: Record<string, string | undefined>; fetch?: typeof fetch; promptSecret?: VerifyIo['promptSecret']; stdin?: string } = {},
): Promise<OmRun> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const io: VerifyIo = {
    readInput: (path) => (path === '-' ? Promise.resolve(options.stdin ?? '') : readFile(path, 'utf8')),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    writeFile: async (path, text) => {
      written.set(path, text);
      await writeFile(path, text);
    },
    fileExists: (path) => access(path).then(() => true, () => false),
    env: options.env ?? {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.promptSecret ? { promptSecret: options.promptSecret } : {}),
    isTTY: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr, written };
}
