import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createSession } from '../../electron/core/session';
import { generateInterview, seededRandom } from './generate';
import { ms, summary, timeEach } from './measure';

/**
 * Team coding at the scale the team-coding issue names: 200 interviews (~2M words), two coders
 * with 25,000 codings each (50,000 in all) — agreement (goal < 1 s) and merging one coder's copy
 * into the lead's project (goal < 10 s).
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const WORDS = Number(process.env.BENCH_WORDS ?? 10_000);
const PER_CODER = Number(process.env.BENCH_TEAM_CODINGS ?? 25_000);
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-team-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(`agreement and merge on ${DOCUMENTS} documents, 2 × ${PER_CODER} codings`, async () => {
  const session = createSession({ dataDir: join(dir, 'data'), log: { error: console.error, warn: () => undefined } });
  const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
    const r = await session.dispatch(m, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Output<M>;
  };
  const lead = join(dir, 'lead.verbatim');
  await call('project:create', { path: lead });
  const files = Array.from({ length: DOCUMENTS }, (_, i) => {
    const path = join(dir, `E${String(i + 1).padStart(3, '0')}.txt`);
    writeFileSync(path, generateInterview(WORDS, i + 1));
    return path;
  });
  const { imported } = await call('documents:import', { paths: files });
  const codes: number[] = [];
  for (let i = 0; i < 50; i++) codes.push((await call('codes:create', { name: `Thème ${i + 1}`, parentId: null })).id);
  const lengths = new Map<number, number>();
  for (const d of imported) lengths.set(d.id, (await call('documents:get', { id: d.id })).text.length);
  session.close();

  // Each coder codes a copy: codings written straight into the file (the apply path is measured elsewhere).
  const codeCopy = async (path: string, coder: string, seed: number) => {
    await call('project:open', { path });
    const me = await call('coders:use', { name: coder });
    const db = session.current()!.context.db;
    const rnd = seededRandom(seed);
    const insert = db.prepare(
      `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
       VALUES (?, ?, ?, ?, ?, ?, '', '', '', '2026-01-01')`,
    );
    db.transaction(() => {
      for (let i = 0; i < PER_CODER; i++) {
        const doc = imported[i % imported.length]!;
        const start = Math.floor(rnd() * (lengths.get(doc.id)! - 400));
        insert.run(`${coder}-${i}`, doc.id, codes[Math.floor(rnd() * codes.length)]!, me.id, start, start + 40 + Math.floor(rnd() * 200));
      }
    })();
    session.close();
  };
  const copyA = join(dir, 'a.verbatim');
  const copyB = join(dir, 'b.verbatim');
  copyFileSync(lead, copyA);
  copyFileSync(lead, copyB);
  await codeCopy(copyA, 'Alice', 11);
  await codeCopy(copyB, 'Bruno', 12);

  await call('project:open', { path: lead });
  const t0 = performance.now();
  const a = await call('project:merge', { path: copyA });
  const mergeA = performance.now() - t0;
  const t1 = performance.now();
  const b = await call('project:merge', { path: copyB });
  const mergeB = performance.now() - t1;
  const coders = await call('coders:list', {});
  const ids = [coders.find((c) => c.name === 'Alice')!.id, coders.find((c) => c.name === 'Bruno')!.id] as [number, number];
  const agreement = await timeEach(Array.from({ length: 5 }), () => call('synthesis:agreement', { coders: ids }));
  const again = await timeEach([0], () => call('project:merge', { path: copyA }));

  console.log(`\nTeam coding, ${DOCUMENTS} documents × ${WORDS} words, 2 coders × ${PER_CODER} codings:`);
  console.log(`  project:merge first copy (${a.codings.added} codings added)     ${ms(mergeA)}   goal < 10 s`);
  console.log(`  project:merge second copy (${b.codings.added} codings added)    ${ms(mergeB)}   goal < 10 s`);
  console.log(`  project:merge the same copy again (nothing to add)  ${summary(again)}`);
  console.log(`  synthesis:agreement, every code, every document     ${summary(agreement)}   goal < 1 s`);
  session.close();
  expect(a.codings.added + a.codings.duplicates).toBe(PER_CODER);
}, 1_800_000);
