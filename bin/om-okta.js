#!/usr/bin/env node
// Runs on Node 24 (the project's devDependency), which loads the TypeScript sources directly.
import { readFile } from 'node:fs/promises';
import { runCli } from '../src/cli.ts';

const readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

process.exitCode = await runCli(process.argv.slice(2), {
  readInput: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
