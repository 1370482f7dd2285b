/**
 * A child process for the lock race test: on each `go` line from stdin it tries to take the lock
 * of the project named in argv, prints `won` or the error code, and keeps a won lock until the
 * next `release` line. It is a separate process because the race is between processes.
 */
import { createInterface } from 'node:readline';
import { acquireLock, type ProjectLock } from '../../electron/core/db/lock';

const projectPath = process.argv[2]!;
let held: ProjectLock | null = null;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line === 'go') {
    try {
      held = acquireLock(projectPath);
      process.stdout.write('won\n');
    } catch (e) {
      process.stdout.write(`${(e as { code?: string }).code ?? 'ERROR'}\n`);
    }
  } else if (line === 'release') {
    held?.release();
    held = null;
    process.stdout.write('released\n');
  }
});
lines.on('close', () => process.exit(0));
process.stdout.write('ready\n');
