/**
 * The upgrade's backup, rollback and way in, run by bash against stand-ins for docker, kubectl,
 * helm, mysqldump and mysql that record what they are asked and play the database: the dump a
 * backup writes is what a rollback loads, files are kept and put back, and nothing restarts
 * Docker without the changed env file.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findRelease } from '../../src/releases/index.ts';
import { securityConfigCommands } from '../../src/runbook/security-config.ts';
import { BACKUP_FILE, RESTORE_DATABASE, UPGRADE_STAGES, upgradeRuns, type UpgradeStage } from '../../src/runbook/upgrade.ts';
import { DOCKER_ENV_FILE } from '../../src/targets/docker.ts';

const UPGRADE_PAGES = ['1.13', '2.0'];
const DUMP = '-- dump of openmetadata_db\nINSERT INTO entity VALUES (1);\n';

/** A stand-in for each command: logs its arguments, prints the dump for a dump, keeps what a restore reads. */
const STUB = `#!/usr/bin/env bash
printf '%s %s%s\\n' "$(basename "$0")" "$*" "\${OM_DATABASE:+ [OM_DATABASE=$OM_DATABASE]}" >> "$STUB_LOG"
case "$(basename "$0") $*" in
  *mysqldump*) printf '%s' "$STUB_DUMP" ;;
  # A restore: the database's name ends the command, and the dump comes on stdin.
  *"mysql "*" ${RESTORE_DATABASE}") cat > "$STUB_RESTORED" ;;
esac
exit 0
`;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'om-upgrade-'));
  dirs.push(dir);
  const bin = join(dir, 'bin-stubs');
  mkdirSync(bin);
  for (const name of ['docker', 'kubectl', 'helm', 'mysqldump', 'mysql']) {
    writeFileSync(join(bin, name), STUB);
    chmodSync(join(bin, name), 0o755);
  }
  const work = join(dir, 'work');
  mkdirSync(join(work, 'conf'), { recursive: true });
  mkdirSync(join(work, 'bin'));
  mkdirSync(join(work, 'bootstrap'));
  // The OpenMetadata directory's own scripts, as stand-ins too.
  for (const script of ['bin/openmetadata-server-stop.sh', 'bin/openmetadata-server-start.sh', 'bootstrap/openmetadata-ops.sh']) {
    writeFileSync(join(work, script), STUB);
    chmodSync(join(work, script), 0o755);
  }
  const log = join(dir, 'calls.log');
  const restored = join(dir, 'restored.sql');
  const run = (script: string, env: Record<string, string> = {}) => {
    const result = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: `${bin}:/usr/bin:/bin`, STUB_LOG: log, STUB_DUMP: DUMP, STUB_RESTORED: restored, ...env },
    });
    return { status: result.status, stderr: result.stderr };
  };
  const calls = () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []);
  const file = (name: string) => readFileSync(join(work, name), 'utf8');
  const write = (name: string, text: string) => writeFileSync(join(work, name), text);
  return { run, calls, file, write, restored: () => readFileSync(restored, 'utf8') };
}

const script = (release: string, stage: UpgradeStage, target: string) => upgradeRuns(findRelease(release)!, stage).find((r) => r.target === target)!.script;

describe('upgrade runbook', () => {
  it.each(UPGRADE_PAGES.flatMap((release) => UPGRADE_STAGES.map((stage) => [release, stage] as const)))('%s %s: a script per way of running OpenMetadata, each valid bash', (release, stage) => {
    const runs = upgradeRuns(findRelease(release)!, stage);
    expect(runs.map((r) => r.target)).toEqual(['docker', 'kubernetes', 'bare-metal']);
    for (const run of runs) {
      const checked = spawnSync('bash', ['-n'], { input: run.script, encoding: 'utf8' });
      expect(checked.status, `${run.target}: ${checked.stderr}`).toBe(0);
      expect(run.script.startsWith('# 1. '), run.target).toBe(true);
    }
  });

  it('Docker: the backup keeps the env file and dumps the database; the rollback loads that dump into a new database and starts the old files on it', () => {
    const ws = workspace();
    ws.write(DOCKER_ENV_FILE, 'AUTHENTICATION_PROVIDER=okta\n');
    ws.write('docker-compose.yml', 'services: {openmetadata-server: {image: "openmetadata/server:1.13.1"}}\n');
    expect(ws.run(script('2.0', 'backup', 'docker'))).toMatchObject({ status: 0 });
    expect(ws.file(BACKUP_FILE)).toBe(DUMP);
    expect(ws.file(`${DOCKER_ENV_FILE}.before-upgrade`)).toBe('AUTHENTICATION_PROVIDER=okta\n');

    // The upgrade changes both files.
    ws.write(DOCKER_ENV_FILE, 'AUTHENTICATION_PROVIDER=okta\nOIDC_SERVER_URL=https://om.example.com\n');
    ws.write('docker-compose.yml', 'services: {openmetadata-server: {image: "openmetadata/server:2.0.10"}}\n');
    expect(ws.run(script('2.0', 'rollback', 'docker'))).toMatchObject({ status: 0 });
    expect(ws.restored()).toBe(DUMP);
    expect(ws.file('docker-compose.yml')).toContain('1.13.1');
    expect(ws.file(DOCKER_ENV_FILE)).toBe(`AUTHENTICATION_PROVIDER=okta\nOM_DATABASE=${RESTORE_DATABASE}\n`);
    expect(ws.calls().at(-1)).toBe(`docker compose --env-file ${DOCKER_ENV_FILE} up -d`);
  });

  it('Docker: the way in removes the stored configuration, puts the old Okta settings back and recreates the container with them', () => {
    const ws = workspace();
    ws.write(`${DOCKER_ENV_FILE}.before-upgrade`, 'OLD=1\n');
    ws.write(DOCKER_ENV_FILE, 'NEW=1\n');
    expect(ws.run(script('2.0', 'way-in', 'docker'))).toMatchObject({ status: 0 });
    expect(ws.file(DOCKER_ENV_FILE)).toBe('OLD=1\n');
    const calls = ws.calls();
    expect(calls).toContain('docker compose exec openmetadata-server ./bootstrap/openmetadata-ops.sh remove-security-config --force');
    expect(calls.at(-1)).toBe(`docker compose --env-file ${DOCKER_ENV_FILE} up -d`);
    expect(calls.some((call) => call.includes(' restart'))).toBe(false);
  });

  it('Kubernetes: the rollback refuses to guess the previous chart version, and installs the one named on the restored database', () => {
    const ws = workspace();
    expect(ws.run(script('2.0', 'backup', 'kubernetes'))).toMatchObject({ status: 0 });
    expect(ws.file(BACKUP_FILE)).toBe(DUMP);
    expect(ws.calls()).toContain('helm get values openmetadata --output yaml');

    const unnamed = ws.run(script('2.0', 'rollback', 'kubernetes'));
    expect(unnamed.status).not.toBe(0);
    expect(unnamed.stderr).toContain('the chart version you ran before');
    expect(ws.run(script('2.0', 'rollback', 'kubernetes'), { PREVIOUS_CHART_VERSION: '1.13.1' })).toMatchObject({ status: 0 });
    expect(ws.restored()).toBe(DUMP);
    expect(ws.calls()).toContain(
      `helm upgrade openmetadata open-metadata/openmetadata --version 1.13.1 --values values.before-upgrade.yaml --set openmetadata.config.database.databaseName=${RESTORE_DATABASE}`,
    );
  });

  it.each(UPGRADE_PAGES)('Kubernetes %s: the way in puts the kept values back on the new chart line', (release) => {
    const ws = workspace();
    expect(ws.run(script(release, 'way-in', 'kubernetes'))).toMatchObject({ status: 0 });
    expect(ws.calls()).toContain(`helm upgrade openmetadata open-metadata/openmetadata --version ~${release}.0 --values values.before-upgrade.yaml`);
  });

  it('bare metal: the backup keeps conf/openmetadata.yaml and dumps; the rollback starts the old configuration on the restored database', () => {
    const ws = workspace();
    ws.write('conf/openmetadata.yaml', 'authenticationConfiguration: {provider: okta}\n');
    expect(ws.run(script('1.13', 'backup', 'bare-metal'))).toMatchObject({ status: 0 });
    expect(ws.file(BACKUP_FILE)).toBe(DUMP);
    ws.write('conf/openmetadata.yaml', 'new: release\n');
    expect(ws.run(script('1.13', 'rollback', 'bare-metal'))).toMatchObject({ status: 0 });
    expect(ws.restored()).toBe(DUMP);
    expect(ws.file('conf/openmetadata.yaml')).toBe('authenticationConfiguration: {provider: okta}\n');
    expect(ws.calls().at(-1)).toBe(`openmetadata-server-start.sh conf/openmetadata.yaml [OM_DATABASE=${RESTORE_DATABASE}]`);
  });
});

describe('the stored configuration on an upgrade page', () => {
  it('recreates the Docker container with the env file, which a restart would not read', () => {
    const docker = securityConfigCommands(findRelease('2.0')!, { filesChanged: true }).find((r) => r.target === 'docker')!;
    expect(docker.script).toContain(`docker compose --env-file ${DOCKER_ENV_FILE} up -d\n`);
    expect(docker.script).not.toContain('restart');
  });
});
