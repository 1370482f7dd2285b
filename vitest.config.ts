import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * One test command for everything (`npm test`): core, contract, CLI, server and shell tests in Node,
 * renderer components in jsdom, and end-to-end flows in Debian's Chromium through browser mode.
 */
export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{core,contract,cli,serve,migrations,electron,packaging,corpus}/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // Whole-app renders in jsdom take a few seconds on a busy two-core machine.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A first search starts the index worker, a first paint builds the transcript: on a busy
          // machine that takes more than expect.poll's default second.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Benchmarks print figures (`npm run bench`); they are not part of `npm test`. `*.perf.ts` are
        // measured runs that print percentiles; `*.bench.ts` use vitest's bench API.
        test: {
          name: 'bench',
          environment: 'node',
          include: ['tests/bench/**/*.perf.ts'],
          benchmark: { include: ['tests/bench/**/*.bench.ts'] },
          testTimeout: 1_800_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
