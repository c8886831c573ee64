/**
 * A fix that throws is reported as a failure, not as "nothing to fix": the env edits are replaced
 * by a builder that throws, and fixFile, the CLI's --fix and its JSON say where it stopped.
 */
import { describe, expect, it, vi } from 'vitest';
import { EXIT } from '../../src/cli/index.ts';
import { fixFile } from '../../src/lint/fix/index.ts';
import { findRelease } from '../../src/releases/index.ts';
import { runCliCaptured as run } from './support/cli.ts';

vi.mock('../../src/lint/fix/env.ts', async (original) => ({
  ...(await original<typeof import('../../src/lint/fix/env.ts')>()),
  envEdits: () => {
    throw new Error('the env edits broke');
  },
}));

// The authority has a trailing slash: a finding the fix would correct.
const ENV = [
  'AUTHENTICATION_PROVIDER=okta',
  'AUTHENTICATION_AUTHORITY=https://dev-123456.okta.com/oauth2/default/',
  'AUTHENTICATION_CLIENT_ID=0oa1b2c3d4e5f6g7h8i9',
  '',
].join('\n');

describe('a fix that throws', () => {
  it('leaves the text as it was and records the stage and the message', () => {
    const result = fixFile(ENV, { release: findRelease('1.12')!, filename: 'openmetadata.env' });
    expect(result.fixed).toBe(ENV);
    expect(result.changes).toEqual([]);
    expect(result.failure).toEqual({ stage: 'edits', message: 'the env edits broke' });
    expect(result.remaining.some((d) => d.id === 'OKTA-URL-001')).toBe(true);
  });

  it('a file with nothing to fix has no failure', () => {
    expect(fixFile('# nothing here\nFOO=bar\n', { filename: 'x.env' }).failure).toBeUndefined();
  });

  it('om-okta lint --fix says so on stderr, and --format json carries it', async () => {
    const { code, stdout, stderr } = await run(['lint', '-', '--release', '1.12', '--fix'], ENV);
    expect(stdout).toBe(ENV);
    expect(stderr).toContain('<stdin>: the fix stopped with an error (edits: the env edits broke), so nothing was changed.');
    expect(code).toBe(EXIT.diagnosticError);
    const json = JSON.parse((await run(['lint', '-', '--release', '1.12', '--fix', '--format', 'json'], ENV)).stdout);
    expect(json.failure).toEqual({ stage: 'edits', message: 'the env edits broke' });
  });
});
