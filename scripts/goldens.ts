/**
 * `npm run goldens`: rewrites tests/fixtures/golden from the renderers, for every release, target
 * and case, and src/releases/facts.generated.ts and facts/*.generated.ts (the profiles without
 * prose, for the browser).
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsModules } from '../src/releases/facts.ts';
import { releases } from '../src/releases/index.ts';
import { renderTarget } from '../src/render/index.ts';
import { targetsFor } from '../src/targets/index.ts';
import { casesFor, FIXTURES_DIR, goldenDir, loadInputs } from '../tests/fixtures/cases.ts';

rmSync(join(FIXTURES_DIR, 'golden'), { recursive: true, force: true });
let written = 0;
for (const release of releases) {
  for (const target of targetsFor(release)) {
    for (const name of casesFor(release.id)) {
      const result = renderTarget({ release, target, inputs: loadInputs(name) });
      if (result.files.length === 0) {
        throw new Error(`${release.id}/${target}/${name}: ${result.diagnostics.map((d) => `${d.id}: ${d.message}`).join('; ')}`);
      }
      const dir = goldenDir(release.id, target, name);
      mkdirSync(dir, { recursive: true });
      for (const file of result.files) {
        writeFileSync(join(dir, file.filename), file.text);
        written++;
      }
    }
  }
}
console.log(`goldens: wrote ${written} files under ${join(FIXTURES_DIR, 'golden')}`);
// The facts for the browser: one module per release, their index, and all of them together.
const releasesDir = new URL('../src/releases/', import.meta.url);
const modules = factsModules(releases);
mkdirSync(new URL('facts/', releasesDir), { recursive: true });
// A release no longer listed leaves no module behind.
for (const name of readdirSync(new URL('facts/', releasesDir))) {
  if (!modules.some((m) => m.path === `facts/${name}`)) rmSync(new URL(`facts/${name}`, releasesDir));
}
for (const { path, source } of modules) writeFileSync(new URL(path, releasesDir), source);
console.log(`goldens: wrote ${modules.length} facts modules under ${releasesDir.pathname}`);
