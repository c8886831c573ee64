import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// The tests read only files in the repository: this setup file makes a read of the folder beside
// the checkout, where the originals of reference/upstream/ are kept, throw.
const NO_OUTSIDE_READS = 'tests/unit/support/no-outside-reads.ts';

// Browser tests live in tests/e2e and run under Playwright against the built site. The unit
// suite has two projects: the fast one, and the test that builds a whole copy of the site
// (tests/unit/add-release.test.ts), so that `vitest run --project unit` stays quick while
// `npm run test:unit` runs both.
export default defineConfig({
  test: {
    // Vitest keeps a core free by default: on a two-core machine that is one worker for the whole
    // suite (the unit project took 34 s with one worker, 25 s with two).
    maxWorkers: availableParallelism(),
    projects: [
      // Worker threads start a test file faster than child processes (measured: the unit project in
      // about 22 s instead of about 36 s on two busy cores), which the happy-dom element tests need.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/add-release.test.ts'], pool: 'threads', setupFiles: [NO_OUTSIDE_READS] } },
      { test: { name: 'build-copy', include: ['tests/unit/add-release.test.ts'], setupFiles: [NO_OUTSIDE_READS] } },
    ],
  },
});
