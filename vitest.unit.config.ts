import { defineConfig } from 'vitest/config';

// In-process unit tests only (no built site, no browser, no subprocess builds):
// the suite Stryker runs once per mutant (npm run mutation).
export default defineConfig({
  test: {
    include: [
      'test/kernel/**/*.test.ts',
      'test/plot/**/*.test.ts',
      'test/schema/**/*.test.ts',
      'test/checks/**/*.unit.test.ts',
      'test/markdown/**/*.test.ts',
      'test/model/**/*.test.ts',
    ],
    environment: 'node',
  },
});
