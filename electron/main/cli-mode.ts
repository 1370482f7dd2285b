/**
 * The packaged app is also the command-line tool: with the RunAsNode fuse off, `verbatim info x.verbatim`
 * starts the app binary, which runs the command headless and exits with its code.
 */
export const CLI_COMMANDS = ['create', 'import', 'info', 'code', 'search', 'export', 'anonymize'] as const;
const CLI_FLAG = '--cli';

/**
 * The user's arguments: after the executable when packaged, after `electron .` (or the app path)
 * in development.
 */
export function userArgs(argv: readonly string[], isPackaged: boolean): string[] {
  return argv.slice(isPackaged ? 1 : 2);
}

/**
 * The CLI arguments when the app was started as a command (`--cli` anywhere, or a first non-flag
 * argument naming a command), else null: the app starts its window.
 */
export function cliArgsOf(args: readonly string[]): string[] | null {
  if (args.includes(CLI_FLAG)) return args.filter((a) => a !== CLI_FLAG);
  const first = args.find((a) => !a.startsWith('-'));
  return first !== undefined && (CLI_COMMANDS as readonly string[]).includes(first) ? [...args] : null;
}

/** A study passed as argument (a double-clicked file, `verbatim my-study.verbatim`), if any. */
export function projectArgOf(args: readonly string[]): string | null {
  return args.find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.verbatim')) ?? null;
}

export type CliRunner = (
  args: string[],
  io: { stdout: (s: string) => void; stderr: (s: string) => void; dataDir?: string; nativeBinding?: string },
) => Promise<number>;

export type CliModeDeps = {
  run: CliRunner;
  dataDir: string;
  nativeBinding: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  exit: (code: number) => void;
};

// app.exit() does not wait for pipes: without this, `verbatim export … | head` could lose output.
const drained = (stream: NodeJS.WritableStream) => new Promise<void>((done) => stream.write('', () => done()));

/** Runs one command headless and exits with its code (1 when the runner itself throws). */
export async function runCliMode(args: string[], deps: CliModeDeps): Promise<void> {
  let code: number;
  try {
    code = await deps.run(args, {
      stdout: (s) => void deps.stdout.write(s),
      stderr: (s) => void deps.stderr.write(s),
      dataDir: deps.dataDir,
      nativeBinding: deps.nativeBinding,
    });
  } catch (e) {
    deps.stderr.write(`verbatim: ${e instanceof Error ? e.message : String(e)}\n`);
    code = 1;
  }
  await Promise.all([drained(deps.stdout), drained(deps.stderr)]);
  deps.exit(code);
}
