import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createSession } from '../../electron/core/session';
import { generateInterview, seededRandom } from './generate';
import { summary, timeEach } from './measure';

/**
 * Synthesis calls at the scale of a large study: 200 interviews of 2,500 words, 60 codes, 10,000
 * codings, participants in 4 actor groups — retrieval, a nested query, both matrices, co-occurrence
 * of 20 codes, and the DOCX report.
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 200);
const CODINGS = Number(process.env.BENCH_SYNTHESIS_CODINGS ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'verbatim-bench-synthesis-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it(`synthesis on ${DOCUMENTS} documents and ${CODINGS} codings`, async () => {
  const session = createSession({ dataDir: join(dir, 'data'), log: { error: console.error, warn: () => undefined } });
  const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
    const r = await session.dispatch(m, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Output<M>;
  };
  await call('project:create', { path: join(dir, 'bench.verbatim') });
  const ids = Array.from({ length: DOCUMENTS }, (_, i) => `E${String(i + 1).padStart(3, '0')}`);
  const groups = ['élu', 'habitant', 'technicien', 'associatif'];
  writeFileSync(join(dir, 'p.csv'), `Id;Type\n${ids.map((id, i) => `${id};${groups[i % groups.length]}`).join('\n')}\n`);
  await call('cases:import', { path: join(dir, 'p.csv') });
  const files = ids.map((id, i) => {
    const path = join(dir, `${id}.txt`);
    writeFileSync(path, generateInterview(2_500, i + 1));
    return path;
  });
  const { imported } = await call('documents:import', { paths: files });
  await call('cases:autoLink', {});
  const [type] = await call('attributes:list', {});
  const codes: Output<'codes:create'>[] = [];
  for (let i = 0; i < 60; i++) codes.push(await call('codes:create', { name: `Thème ${i + 1}`, parentId: i < 10 ? null : codes[i % 10]!.id }));
  const lengths = new Map<number, number>();
  for (const d of imported) lengths.set(d.id, (await call('documents:get', { id: d.id })).text.length);
  const db = session.current()!.context.db;
  const rnd = seededRandom(7);
  const insert = db.prepare(
    `INSERT INTO codings (guid, document_id, code_id, coder_id, start, end, anchor_text, anchor_before, anchor_after, created_at)
     VALUES (?, ?, ?, 1, ?, ?, '', '', '', '2026-01-01')`,
  );
  db.transaction(() => {
    for (let i = 0; i < CODINGS; i++) {
      const doc = imported[Math.floor(rnd() * imported.length)]!;
      const start = Math.floor(rnd() * (lengths.get(doc.id)! - 400));
      insert.run(`bench-${i}`, doc.id, codes[10 + (i % 50)]!.id, start, start + 50 + Math.floor(rnd() * 300));
    }
  })();

  const top = codes.slice(0, 10).map((c) => c.id);
  const retrieve = await timeEach(Array.from({ length: 5 }), () => call('synthesis:retrieve', { codeIds: [top[0]!] }));
  const query = await timeEach(Array.from({ length: 5 }), () =>
    call('synthesis:query', {
      query: { op: 'or', operands: [{ op: 'and', mode: 'turn', operands: [{ op: 'code', codeId: top[0]! }, { op: 'code', codeId: top[1]! }] }, { op: 'near', unit: 'characters', within: 200, operands: [{ op: 'code', codeId: top[2]! }, { op: 'code', codeId: top[3]! }] }] },
    }),
  );
  const byCase = await timeEach(Array.from({ length: 3 }), () => call('synthesis:matrix', { codeIds: top, columns: { kind: 'cases' } }));
  const byGroup = await timeEach(Array.from({ length: 3 }), () => call('synthesis:matrix', { codeIds: top, columns: { kind: 'attribute', attributeId: type!.id } }));
  const cooc = await timeEach(Array.from({ length: 3 }), () => call('synthesis:cooccurrence', { codeIds: codes.slice(10, 30).map((c) => c.id), mode: 'turn' }));
  const report = await timeEach([0], () => call('exports:write', { format: 'docx', path: join(dir, 'rapport.docx') }));

  console.log(`\nSynthesis, ${DOCUMENTS} documents, ${CODINGS} codings:`);
  console.log(`  synthesis:retrieve (~${Math.round(CODINGS / 10)} quotes)   ${summary(retrieve)}`);
  console.log(`  synthesis:query (or of and/near)   ${summary(query)}`);
  console.log(`  synthesis:matrix 10 × ${DOCUMENTS} cases    ${summary(byCase)}`);
  console.log(`  synthesis:matrix 10 × 4 groups     ${summary(byGroup)}`);
  console.log(`  synthesis:cooccurrence 20 × 20     ${summary(cooc)}`);
  console.log(`  exports:write docx report          ${summary(report)}`);
  session.close();
  expect(retrieve.length).toBe(5);
}, 900_000);
