/**
 * Adding a release is one profile file (plus its line in the list) and one content folder of
 * thin pages: this builds a copy of the site with a fixture release added that way, and checks
 * that the release has every page, live snippets of its own, a place in the switcher and /latest/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SITE_FILES = ['astro.config.mjs', 'markdoc.config.mjs', 'content.config.ts', 'tsconfig.json', 'package.json', 'components', 'content', 'src', 'styles', 'public', 'scripts'];
// Inside the project (git-ignored .tmp/) so that node_modules resolves from the parent folder:
// Vite's compile cache does not follow a symlinked node_modules.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.tmp', 'add-release-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FIXTURE_PROFILE = `import { release112 } from './v1-12.ts';
import type { ReleaseProfile } from './types.ts';

// A fixture release: what a new release line's profile file looks like.
export const release91: ReleaseProfile = { ...release112, id: '9.1', label: 'OpenMetadata 9.1', contentDir: 'v9.1', order: 901, patch: '9.1.0' };
`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('adding a release', () => {
  it('takes one profile and one content folder', { timeout: 180_000 }, () => {
    for (const name of SITE_FILES) cpSync(join(ROOT, name), join(work, name), { recursive: true });

    // 1. The profile, and its line in the list of releases.
    writeFileSync(join(work, 'src/releases/v9-1.ts'), FIXTURE_PROFILE);
    const index = join(work, 'src/releases/index.ts');
    const list = readFileSync(index, 'utf8');
    expect(list).toMatch(/releases: readonly ReleaseProfile\[\] = \[/);
    writeFileSync(
      index,
      list
        .replace("import type { ReleaseProfile } from './types.ts';", "import type { ReleaseProfile } from './types.ts';\nimport { release91 } from './v9-1.ts';")
        .replace('releases: readonly ReleaseProfile[] = [', 'releases: readonly ReleaseProfile[] = [release91, '),
    );
    // 2. The content folder: the newest release's thin pages, which only name their shared bodies.
    //    (`npm run screenshots` then makes the release's own pictures; here the newest release's
    //    stand in for them, as the build requires every referenced picture to exist.)
    cpSync(join(work, 'public/screenshots/1.12'), join(work, 'public/screenshots/9.1'), { recursive: true });
    cpSync(join(work, 'content/docs/v1.12'), join(work, 'content/docs/v9.1'), { recursive: true });
    for (const page of filesUnder(join(work, 'content/docs/v9.1'))) {
      expect(statSync(page).size, `${page} is a thin page`).toBeLessThan(1024);
    }

    const build = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH']}`, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(build.status, build.stderr + build.stdout).toBe(0);

    const dist = join(work, 'dist');
    const pages = (release: string) =>
      filesUnder(join(dist, release)).filter((f) => f.endsWith('index.html')).map((f) => f.slice(join(dist, release).length)).sort();
    expect(pages('v9.1')).toEqual(pages('v1.12'));
    const docker = readFileSync(join(dist, 'v9.1/deployment/docker/index.html'), 'utf8');
    expect(docker).toContain('data-release="9.1"');
    expect(docker).toContain('Okta SSO for OpenMetadata 9.1');
    expect(readFileSync(join(dist, 'v1.12/deployment/docker/index.html'), 'utf8')).toContain('href="/v9.1/deployment/docker/"');
    expect(readFileSync(join(dist, 'latest/index.html'), 'utf8')).toContain('/v9.1/');
    expect(existsSync(join(dist, 'v9.1/troubleshooting/index.html'))).toBe(true);
  });
});
