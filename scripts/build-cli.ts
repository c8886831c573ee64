/**
 * `npm run build` (after the site): bundles the CLI into one ES module, dist-cli/om-okta.js, with
 * its packages (yaml, zod) inside, so that `om-okta` starts like a tool: Node reads one file
 * instead of compiling about a hundred TypeScript sources at every start. bin/om-okta.js runs the
 * bundle when it exists and the sources otherwise (a clone that was never built).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

export const CLI_BUNDLE = fileURLToPath(new URL('../dist-cli/om-okta.js', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

/** Writes the bundle to `file` (tests build one in a temporary folder). */
export async function buildCli(file: string = CLI_BUNDLE): Promise<void> {
  await build({
    input: ENTRY,
    platform: 'node',
    logLevel: 'warn',
    output: { file, format: 'esm', minify: true, codeSplitting: false },
  });
}

if (import.meta.main) {
  await buildCli();
  console.log(`cli: wrote ${CLI_BUNDLE}`);
}
