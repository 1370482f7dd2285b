/**
 * Browser mode's server as users run it (`npm run serve`): its own Node process, built in
 * `out/node/serve.js`. Benchmarks talk to it over HTTP, so that its event loop shares nothing
 * with the benchmark's own (Playwright's traffic, timers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export type ServerProcess = {
  proc: ChildProcess;
  /** The address to open, with its access token. */
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
};

export function startServerProcess(projectPath: string, options: { dataDir: string; renderer?: string | undefined }): Promise<ServerProcess> {
  const renderer = options.renderer ? ['--renderer', options.renderer] : [];
  const proc = spawn(process.execPath, [resolve('out/node/serve.js'), projectPath, '--data-dir', options.dataDir, ...renderer], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = async () => {
    if (proc.exitCode !== null) return;
    const exited = new Promise((r) => proc.once('exit', r));
    proc.kill('SIGTERM');
    await exited;
  };
  return new Promise((done, fail) => {
    let out = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([0-9a-f]+)/.exec(out);
      if (m) done({ proc, url: m[0], origin: m[1]!, token: m[2]!, stop });
    });
    proc.on('exit', (code) => fail(new Error(`server exited (${code}): ${out}`)));
  });
}
