import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createSession } from '../../electron/core/session';
import { generateInterview, seededRandom } from './generate';

/**
 * Core operations on a real project file (SQLite on disk, WAL, synchronous=FULL): import of one
 * 10,000-word interview, applying and removing a coding, the code tree with counts, retrieval.
 */
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const session = createSession({ dataDir: join(dir, 'data'), log: { error: console.error, warn: () => undefined } });
const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
  const r = await session.dispatch(m, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Output<M>;
};

await call('project:create', { path: join(dir, 'bench.verbatim') });
const files = Array.from({ length: 20 }, (_, i) => {
  const path = join(dir, `E${String(i + 1).padStart(2, '0')}.txt`);
  writeFileSync(path, generateInterview(10_000, i + 1));
  return path;
});
const { imported } = await call('documents:import', { paths: files });
const codes: Output<'codes:create'>[] = [];
for (let i = 0; i < 30; i++) codes.push(await call('codes:create', { name: `Thème ${i + 1}`, parentId: null }));
const rnd = seededRandom(42);
const lengths = new Map(await Promise.all(imported.map(async (d) => [d.id, (await call('documents:get', { id: d.id })).text.length] as const)));
for (let i = 0; i < 5000; i++) {
  const doc = imported[Math.floor(rnd() * imported.length)]!;
  const start = Math.floor(rnd() * (lengths.get(doc.id)! - 400));
  await call('codings:apply', { documentId: doc.id, codeId: codes[i % codes.length]!.id, start, end: start + 50 + Math.floor(rnd() * 300) });
}
let extra = 0;
const extraFile = join(dir, 'extra.txt');
writeFileSync(extraFile, generateInterview(10_000, 99));

describe('core operations (20 documents × 10k words, 5,000 codings)', () => {
  bench('codings:apply then codings:remove', async () => {
    const doc = imported[extra++ % imported.length]!;
    const c = await call('codings:apply', { documentId: doc.id, codeId: codes[0]!.id, start: 10 + (extra % 1000), end: 200 + (extra % 1000) });
    await call('codings:remove', { id: c.id });
  });
  bench('codes:list (tree with counts)', async () => {
    await call('codes:list', {});
  });
  bench('codings:retrieve (one code, ~170 quotes)', async () => {
    await call('codings:retrieve', { codeId: codes[1]!.id });
  });
  bench('documents:get (10k words with turns)', async () => {
    await call('documents:get', { id: imported[0]!.id });
  });
  bench('documents:import (one 10k-word .txt) then undo', async () => {
    await call('documents:import', { paths: [extraFile] });
    await call('history:undo', {});
  }, { iterations: 10 });
});
