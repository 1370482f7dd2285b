/**
 * A child process for the crash test (bundled by the test with Vite, as the app's build bundles the
 * migrations): creates `p0.verbatim`, `p1.verbatim`… in the folder named in argv, one after the
 * other, printing `start <n>` before each, until it is killed.
 */
import { join } from 'node:path';
import { createProjectDatabase } from '../../electron/core/db/open';

const folder = process.argv[2]!;
for (let n = 0; ; n++) {
  process.stdout.write(`start ${n}\n`);
  const opened = createProjectDatabase(join(folder, `p${n}.verbatim`));
  opened.db.close();
  opened.lock.release();
}
