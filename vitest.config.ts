import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Browser and build tests share one built site and one Chromium; run files in one worker pool of two.
    pool: 'forks',
    maxWorkers: 2,
  },
});
