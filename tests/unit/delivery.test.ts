/**
 * Delivery: the publish workflow GitHub Actions runs, a set-up that leaves a fresh clone clean,
 * and commands the site shows that a reader can run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Step {
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; needs?: string; steps: Step[]; environment?: { name: string } }>;
}

describe('.github/workflows/pages.yml', () => {
  const workflow = parse(read('.github/workflows/pages.yml'), { strict: true, uniqueKeys: true }) as Workflow;
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('is a workflow GitHub Actions can run: triggers, jobs with runners and steps', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'workflow_dispatch']));
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job['runs-on'], name).toMatch(/^ubuntu-/);
      expect(job.steps.length, name).toBeGreaterThan(0);
      for (const step of job.steps) expect(Number(!!step.uses) + Number(!!step.run), `${name}: a step has uses or run, not both`).toBe(1);
    }
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.jobs['deploy']?.environment?.name).toBe('github-pages');
  });

  it('pins every action it uses to a released version', () => {
    const uses = steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(3);
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
  });

  it("builds with the README's commands for the repository's Pages address, and publishes dist/", () => {
    const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const build = steps.find((s) => s.run?.includes('npm run build'));
    expect(build?.env).toMatchObject({
      OM_OKTA_SITE: '${{ steps.pages.outputs.origin }}',
      OM_OKTA_BASE: '${{ steps.pages.outputs.base_path }}/',
    });
    expect(steps.some((s) => s.run?.startsWith('npm install'))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
    expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('a fresh clone', () => {
  it("package-lock.json says what package.json says of the project (npm install would rewrite it otherwise)", () => {
    const pkg = JSON.parse(read('package.json')) as { name: string; version: string; engines: unknown; bin: unknown };
    const lock = JSON.parse(read('package-lock.json')) as { name: string; version: string; packages: Record<string, { name?: string; version?: string; engines?: unknown; bin?: unknown }> };
    const root = lock.packages[''];
    expect({ name: lock.name, version: lock.version }).toEqual({ name: pkg.name, version: pkg.version });
    expect(root?.engines).toEqual(pkg.engines);
    expect(root?.bin).toEqual(pkg.bin);
  });
});

describe('commands the guide shows', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir)).flatMap((name) => {
      const path = join(dir, name);
      return statSync(join(ROOT, path)).isDirectory() ? files(path) : [path];
    });

  it('never run om-okta through npx: the name is not the project\'s on the npm registry', () => {
    const sources = [...files('content'), ...files('src'), ...files('components'), 'README.md'];
    const found = sources.filter((path) => /npx\s+(--\S+\s+)*om-okta/.test(read(path)) && !read(path).includes('npx --no-install om-okta'));
    expect(found).toEqual([]);
  });
});

describe("the browser tests' Chromium", () => {
  it('sees only the pinned DejaVu faces, whatever fonts the machine has', async () => {
    const { chromiumLaunchOptions, FONTCONFIG_FILE } = await import('../../scripts/chromium.ts');
    const conf = readFileSync(FONTCONFIG_FILE, 'utf8');
    expect([...conf.matchAll(/<dir[^>]*>([^<]+)<\/dir>/g)].map((m) => m[1])).toEqual(['/usr/share/fonts/truetype/dejavu']);
    // No <include> of the machine's conf.d or fonts.conf, where its other fonts come from.
    expect(conf).not.toMatch(/<include/);
    expect(chromiumLaunchOptions({ PATH: '/usr/bin' }).env).toEqual({ PATH: '/usr/bin', FONTCONFIG_FILE });
  });
});
