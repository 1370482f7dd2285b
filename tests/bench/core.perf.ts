import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createSession } from '../../electron/core/session';
import { generateInterview, seededRandom } from './generate';
import { summary, timeEach } from './measure';

/**
 * Core operations on a real project file (SQLite on disk, WAL, synchronous=FULL) at the scale of the
 * issue: 200 documents, 50,000 codings — apply/remove a coding, the code tree with counts.
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const CODINGS = Number(process.env.BENCH_CODINGS ?? 50_000);
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(`core operations on ${DOCUMENTS} documents and ${CODINGS} codings`, async () => {
  const session = createSession({ dataDir: join(dir, 'data'), log: { error: console.error, warn: () => undefined } });
  const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
    const r = await session.dispatch(m, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Output<M>;
  };
  await call('project:create', { path: join(dir, 'bench.verbatim') });
  const files = Array.from({ length: DOCUMENTS }, (_, i) => {
    const path = join(dir, `E${String(i + 1).padStart(3, '0')}.txt`);
    writeFileSync(path, generateInterview(2_500, i + 1));
    return path;
  });
  const { imported } = await call('documents:import', { paths: files });
  const codes: Output<'codes:create'>[] = [];
  for (let i = 0; i < 60; i++) codes.push(await call('codes:create', { name: `Thème ${i + 1}`, parentId: i < 10 ? null : codes[i % 10]!.id }));
  const lengths = new Map(imported.map((d) => [d.id, 0]));
  for (const d of imported) lengths.set(d.id, (await call('documents:get', { id: d.id })).text.length);

  // Bulk codings straight into SQLite (one transaction), as a large project would hold them.
  const db = session.current()!.context.db;
  const rnd = seededRandom(42);
  const insert = db.prepare(
    `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
     VALUES (?, ?, ?, 1, ?, ?, '', '', '', '2026-01-01')`,
  );
  db.transaction(() => {
    for (let i = 0; i < CODINGS; i++) {
      const doc = imported[Math.floor(rnd() * imported.length)]!;
      const start = Math.floor(rnd() * (lengths.get(doc.id)! - 400));
      insert.run(`bench-${i}`, doc.id, codes[i % codes.length]!.id, start, start + 50 + Math.floor(rnd() * 300));
    }
  })();

  const targets = Array.from({ length: 200 }, (_, i) => imported[i % imported.length]!);
  const apply: number[] = [];
  const remove: number[] = [];
  for (const doc of targets) {
    let t0 = performance.now();
    const c = await call('codings:apply', { documentId: doc.id, codeId: codes[1]!.id, start: 10, end: 120 });
    apply.push(performance.now() - t0);
    t0 = performance.now();
    await call('codings:remove', { id: c.id });
    remove.push(performance.now() - t0);
  }
  // The floor every write pays: one committed transaction of one small row (WAL, synchronous=FULL: an fsync).
  db.exec(`CREATE TABLE IF NOT EXISTS bench_floor (id INTEGER PRIMARY KEY, v INTEGER) STRICT`);
  const floorWrite = db.prepare(`INSERT INTO bench_floor (v) VALUES (?)`);
  const floor = await timeEach(Array.from({ length: 100 }, (_, i) => i), (i) => db.transaction(() => floorWrite.run(i))());
  const tree = await timeEach(Array.from({ length: 50 }), () => call('codes:list', {}));
  const retrieve = await timeEach(Array.from({ length: 20 }), () => call('codings:retrieve', { codeId: codes[3]!.id }));
  const open = await timeEach([imported[0]!], (d) => call('documents:get', { id: d.id }));

  console.log(`\nCore, ${DOCUMENTS} documents, ${CODINGS} codings (goals: apply/remove < 5 ms, code tree < 50 ms):`);
  console.log(`  codings:apply                     ${summary(apply)}`);
  console.log(`  codings:remove                    ${summary(remove)}`);
  console.log(`  (one committed one-row write      ${summary(floor)}: the disk's share of each)`);
  console.log(`  codes:list (tree with counts)     ${summary(tree)}`);
  console.log(`  codings:retrieve (~${Math.round(CODINGS / 60)} quotes)  ${summary(retrieve)}`);
  console.log(`  documents:get (2,500 words)       ${summary(open)}`);
  session.close();
  expect(apply.length + remove.length).toBe(400);
}, 600_000);
