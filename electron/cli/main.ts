/** `npx verbatim …` in a checkout: the plain-Node CLI (the packaged app runs the same `runCli`). */
import { runCli } from './run';

/**
 * Piped into `head` or a pager that quit: the reader is gone. Further output is dropped and the
 * command ends as it would have (its project closed and unlocked), without an EPIPE stack trace.
 */
const gone = { stdout: false, stderr: false };
const watch = (name: 'stdout' | 'stderr') =>
  process[name].on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    gone[name] = true;
  });
watch('stdout');
watch('stderr');

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => void (gone.stdout || process.stdout.write(s)),
  stderr: (s) => void (gone.stderr || process.stderr.write(s)),
});
process.exitCode = code;
