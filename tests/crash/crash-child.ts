/**
 * The process that the SIGKILL test kills (tests/core/crash-kill.test.ts): opens a project, says
 * "ready" on stdout, runs one operation through the contract and says "done". Built by the test
 * with Vite (migrations are imported as text), run with plain Node.
 *
 *   node crash-child.js <project> <data-dir> <operation> <argument JSON>
 */
import { readFileSync } from 'node:fs';
import { createSession } from '../../electron/core/session';
import type { Input, Method } from '../../shared/contract';

const [project, dataDir, operation, argument] = process.argv.slice(2) as [string, string, string, string];
const session = createSession({ dataDir, log: { error: (...a: unknown[]) => console.error(...a), warn: () => undefined } });

async function call<M extends Method>(method: M, input: Input<M>) {
  const r = await session.dispatch(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

async function main() {
  await call('project:open', { path: project });
  await session.current()?.ready;
  process.stdout.write('ready\n');
  const arg = JSON.parse(argument) as Record<string, unknown>;
  switch (operation) {
    case 'import':
      await call('documents:import', { paths: arg.paths as string[] });
      break;
    case 'autocode':
      await call('search:autoCode', { query: arg.query as string, codeId: arg.codeId as number, level: 'sentence' });
      break;
    case 'merge':
      await call('project:merge', { path: arg.path as string });
      break;
    case 'export':
      await call('exports:write', { format: 'xlsx', path: arg.path as string });
      break;
    case 'edit':
      await call('documents:edit', { id: arg.id as number, text: readFileSync(arg.textFile as string, 'utf8') });
      break;
    default:
      throw new Error(`unknown operation ${operation}`);
  }
  process.stdout.write('done\n');
  session.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
