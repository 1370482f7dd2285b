/**
 * `npm run serve [project] [--port N]`: the real app in a browser, on 127.0.0.1 only. Used where the
 * Electron binary is unavailable, for end-to-end tests, and to drive Verbatim from scripts over HTTP.
 */
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startBrowserMode } from './browser-mode';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    port: { type: 'string' },
    'data-dir': { type: 'string' },
    // Another renderer build (benchmarks and tests that build their own).
    renderer: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  process.stdout.write('Usage: npm run serve [project.verbatim] [-- --port N] [--data-dir DIR] [--renderer DIR]\n');
  process.exit(0);
}

const here = dirname(fileURLToPath(import.meta.url));
const staticDir = values.renderer ? resolve(values.renderer) : join(here, '..', 'renderer');
if (!existsSync(join(staticDir, 'index.html'))) {
  process.stderr.write(`The renderer is not built (${staticDir}). Run: npm run serve (it builds it), or npm run build.\n`);
  process.exit(1);
}

/** How long a stop may wait for the open project to close cleanly. */
const STOP_TIMEOUT_MS = 3000;

const port = values.port ? Number(values.port) : Number(process.env.PORT ?? 0);
try {
  const app = await startBrowserMode({
    projectPath: positionals[0] ? resolve(positionals[0]) : undefined,
    staticDir,
    port,
    ...(values['data-dir'] ? { dataDir: resolve(values['data-dir']) } : {}),
  });
  const project = app.session.current()?.info();
  process.stdout.write(`Verbatim (browser mode) — ${project?.name ?? 'no project'}\n`);
  process.stdout.write(`Project file: ${project?.path ?? '-'}\n`);
  process.stdout.write(`Open this address in your browser (it carries this run's access token):\n\n  ${app.url}\n\n`);
  process.stdout.write('Press Ctrl+C to stop.\n');
  let stopping = false;
  const stop = () => {
    // A second Ctrl+C, or a stop that takes too long (a backup under way), ends at once.
    if (stopping) process.exit(130);
    stopping = true;
    setTimeout(() => process.exit(0), STOP_TIMEOUT_MS).unref();
    void app.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  process.stderr.write(`verbatim serve: ${(e as Error).message}\n`);
  process.exit(1);
}
