#!/usr/bin/env node
// Runs the CLI bundled by `npm run build` (dist-cli/om-okta.js, one file: a fast start); in a clone
// that was never built, Node 24 (the project's devDependency) loads the TypeScript sources.
import { existsSync } from 'node:fs';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const bundle = new URL('../dist-cli/om-okta.js', import.meta.url);
const { runCli } = await import(existsSync(bundle) ? bundle.href : '../src/cli/index.ts');

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

process.exitCode = await runCli(process.argv.slice(2), {
  readInput: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  fileExists: (path) => access(path).then(() => true, () => false),
});
