/**
 * Counts that a suite prints at the end (snippet files compared, axe runs), summed over the
 * workers of one `playwright test` run. Playwright runs tests in several worker processes with no
 * shared memory; each worker writes its own count to a file in a folder named after the runner
 * process (the workers' parent), and prints the sum of every worker's file when it shuts down.
 * The line printed last is the run's total.
 *
 * Usage in a spec:
 *   const tally = createTally('golden-sync', 'snippet files compared');
 *   const test = base.extend<{}, { tallyReport: void }>({ tallyReport: tally.fixture });
 *   ... tally.add(n) inside tests ...
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Count {
  count: number;
  tests: number;
}

export interface Tally {
  /** Adds `n` to this worker's count, for one test. */
  add(n: number): void;
  /** The sum over every worker of this run that has counted something so far. */
  total(): Count & { workers: number };
  /** A worker fixture (auto, worker-scoped) that prints the total when the worker shuts down. */
  fixture: [(args: object, use: (r: void) => Promise<void>) => Promise<void>, { scope: 'worker'; auto: true }];
}

export function createTally(suite: string, what: string, expectedTests?: number): Tally {
  const dir = join(tmpdir(), `om-okta-e2e-tally-${process.ppid}`, suite);
  const file = join(dir, `${process.pid}.json`);
  const mine: Count = { count: 0, tests: 0 };

  const total = () => {
    const sum = { count: 0, tests: 0, workers: 0 };
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      return sum;
    }
    for (const name of names) {
      try {
        const c = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Count;
        sum.count += c.count;
        sum.tests += c.tests;
        sum.workers++;
      } catch {
        // A file being written right now: counted by the worker that prints last.
      }
    }
    return sum;
  };

  return {
    add(n: number) {
      mine.count += n;
      mine.tests++;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(mine));
    },
    total,
    fixture: [
      async ({}, use) => {
        await use();
        if (mine.tests === 0) return;
        const t = total();
        const of = expectedTests === undefined ? `${t.tests} tests` : `${t.tests} of ${expectedTests} tests`;
        console.log(`[${suite}] ${what}: ${t.count} (${of}, ${t.workers} worker(s) so far; this worker: ${mine.count} in ${mine.tests} tests)`);
      },
      { scope: 'worker', auto: true },
    ],
  };
}
