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

// The API token `om-okta okta` asks for when OKTA_API_TOKEN is not set: typed on a terminal,
// never echoed, kept in memory only.
const promptSecret = (question) =>
  new Promise((resolve, reject) => {
    const input = process.stdin;
    let typed = '';
    const done = (value) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (value === undefined) reject(new Error('cancelled'));
      else resolve(value);
    };
    const onData = (chunk) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return done(typed);
        if (char === '\u0003') return done(undefined);
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    process.stderr.write(question);
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
  });

process.exitCode = await runCli(process.argv.slice(2), {
  readInput: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  },
  fileExists: (path) => access(path).then(() => true, () => false),
  ...(process.stdin.isTTY && process.stderr.isTTY ? { promptSecret } : {}),
});
