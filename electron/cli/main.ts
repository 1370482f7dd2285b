/** `npx verbatim …` in a checkout: the plain-Node CLI (the packaged app runs the same `runCli`). */
import { runCli } from './run';

const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
});
process.exitCode = code;
