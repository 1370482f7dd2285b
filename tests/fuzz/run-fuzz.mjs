#!/usr/bin/env node
/**
 * `npm run fuzz`: the CI fuzz tests at a longer run. FUZZ_RUNS (default 30,000 here, 4,000 in CI)
 * and FUZZ_SEED (default: a fresh one, printed so that a failure can be replayed) pass through.
 *
 *   FUZZ_SEED=7 FUZZ_RUNS=100000 npm run fuzz
 */
import { spawnSync } from 'node:child_process';

const env = {
  ...process.env,
  FUZZ_RUNS: process.env.FUZZ_RUNS ?? '30000',
  FUZZ_SEED: process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31)),
};
console.log(`fuzz: FUZZ_SEED=${env.FUZZ_SEED} FUZZ_RUNS=${env.FUZZ_RUNS}`);
const tests = ['tests/core/import-fuzz.test.ts', 'tests/core/cases-xlsx-fuzz.test.ts'];
const result = spawnSync('npx', ['vitest', 'run', '--project', 'node', '--testTimeout=0', ...tests], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
