import { describe, expect, it } from 'vitest';
import { findRelease, releases } from '../../src/releases/index.ts';
import { securityConfigCommands } from '../../src/runbook/security-config.ts';

describe('commands for the sign-in configuration stored in the database', () => {
  it('exist from 1.10 on, for each way of running OpenMetadata', () => {
    const withOps = releases.filter((r) => securityConfigCommands(r).length > 0).map((r) => r.id);
    expect(withOps).toEqual(['2.0', '1.13', '1.12', '1.11', '1.10']);
    for (const id of withOps) expect(securityConfigCommands(findRelease(id)!).map((r) => r.target)).toEqual(['docker', 'kubernetes', 'bare-metal']);
  });

  it('1.11: remove and restart only (no get-security-config in its docs)', () => {
    const docker = securityConfigCommands(findRelease('1.11')!)[0]!;
    expect(docker.script).toBe(
      [
        '# 1. Remove it, so that env vars, openmetadata.yaml or Helm values apply again.',
        'docker compose exec openmetadata-server ./bootstrap/openmetadata-ops.sh remove-security-config --force',
        '',
        '# 2. Restart every server instance: each reads the configuration when it starts.',
        'docker compose restart openmetadata-server',
        '',
      ].join('\n'),
    );
  });

  it('1.12 and later: export it first, read back to a local file', () => {
    const [docker, kubernetes, bareMetal] = securityConfigCommands(findRelease('2.0')!);
    expect(docker!.script).toContain('docker compose exec openmetadata-server ./bootstrap/openmetadata-ops.sh get-security-config -o /tmp/security-config.yaml\ndocker compose exec -T openmetadata-server cat /tmp/security-config.yaml > security-config.yaml\n');
    expect(kubernetes!.script).toContain('kubectl exec deployment/openmetadata -- ./bootstrap/openmetadata-ops.sh remove-security-config --force\n');
    expect(kubernetes!.script).toContain('kubectl rollout restart deployment/openmetadata\n');
    expect(bareMetal!.script.split('\n').slice(0, 2)).toEqual(['# 1. See what the database holds (nothing stored: the files apply).', './bootstrap/openmetadata-ops.sh get-security-config -o security-config.yaml']);
  });
});
