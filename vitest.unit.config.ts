import { defineConfig } from 'vitest/config';

// In-process unit tests only (no built site, no browser, no subprocess builds):
// the suite Stryker runs against each mutant (npm run mutation).
export default defineConfig({
  test: {
    include: [
      'test/plot/**/*.test.ts',
      'test/markdown/**/*.test.ts',
      'test/kernel/**/*.test.ts',
      'test/content/model.test.ts',
      'test/checks/prose-overlap.test.ts',
      'test/checks/editorial.test.ts',
      'test/checks/file-checks.test.ts',
      'test/checks/text-checks.test.ts',
      'test/checks/boilerplate.test.ts',
      'test/editor/term-file.test.ts',
      'test/schema/**/*.test.ts',
      'test/glossary/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 60_000,
  },
});
