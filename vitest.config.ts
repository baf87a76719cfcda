import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default leaves a core idle (one worker on a 2-core machine); the tests wait on
    // local servers and child processes, so every core gets a worker.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
