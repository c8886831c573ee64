/**
 * `npm run build` (after the site): bundles the CLI into one ES module, dist-cli/om-okta.js, with
 * its packages (yaml, zod) inside, so that `om-okta` starts like a tool: Node reads one file
 * instead of compiling about a hundred TypeScript sources at every start. bin/om-okta.js runs the
 * bundle when it exists and the sources otherwise (a clone that was never built).
 */
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';
import { siteAddress, SiteAddressError } from '../src/site.ts';

export const CLI_BUNDLE = fileURLToPath(new URL('../dist-cli/om-okta.js', import.meta.url));
const ENTRY = fileURLToPath(new URL('../src/cli/index.ts', import.meta.url));

/**
 * Writes the bundle to `file` (tests build one in a temporary folder). Its docs links point where
 * the site built with the same environment is published (OM_OKTA_SITE, OM_OKTA_BASE).
 */
export async function buildCli(file: string = CLI_BUNDLE, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const docsUrl = siteAddress(env).url;
  await build({
    input: ENTRY,
    platform: 'node',
    transform: { define: { __OM_OKTA_DOCS_URL__: JSON.stringify(docsUrl) } },
    logLevel: 'warn',
    output: { file, format: 'esm', minify: true, codeSplitting: false },
  });
}

if (import.meta.main) {
  // `node scripts/build-cli.ts [FILE]`: the base-path test builds a second bundle beside its site.
  const file = process.argv[2] ?? CLI_BUNDLE;
  try {
    await buildCli(file);
  } catch (error) {
    if (!(error instanceof SiteAddressError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  console.log(`cli: wrote ${file} (docs links: ${siteAddress(process.env).url})`);
}
