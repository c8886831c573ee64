import { defineConfig } from 'vitest/config';

// Browser tests live in tests/e2e and run under Playwright against the built site.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
