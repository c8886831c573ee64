/** Runs `om-okta` in process (src/cli/index.ts runCli) with its output captured; `-` reads `stdin`, other paths read files. */
import { readFile } from 'node:fs/promises';
import { runCli } from '../../../src/cli/index.ts';

export async function runCliCaptured(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    readInput: (path) => (path === '-' ? Promise.resolve(stdin) : readFile(path, 'utf8')),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}
