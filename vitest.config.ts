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
    // A worker's test files share its modules instead of each re-importing every package (a
    // third of the suite's time); test/setup/fresh-file.ts resets what a module keeps for the
    // life of a process, and environment stubs are undone after each test.
    isolate: false,
    setupFiles: ['test/setup/fresh-file.ts'],
    unstubEnvs: true,
  },
});
