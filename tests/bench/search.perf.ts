import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createSession } from '../../electron/core/session';
import { generateInterview, seededRandom } from './generate';
import { ms, peakRssMb, summary, timeEach } from './measure';

/**
 * Search at 200k and 2M words (BENCH_SEARCH_SIZES=200000,2000000): Lunr as built here (Lunr's
 * pipeline feeding a persisted FTS5 index, in a worker) side by side with plain SQLite FTS5 over
 * the same paragraphs, the reference for this machine. Goals at 2M words: query p95 < 50 ms, an
 * edited 10k-word document searchable < 1 s, cold open to first answer < 2 s, memory < 500 MB.
 */
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '200000,2000000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'verbatim-search-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WORDS = ['données', 'ville', 'confiance', 'contrat', 'souveraineté', 'capteurs', 'numérique', 'partage', 'habitants', 'gouvernance', 'agents', 'projet', 'réseau', 'charte', 'stratégie'];

function queries(seed: number) {
  const rnd = seededRandom(seed);
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  return {
    single: Array.from({ length: 50 }, pick),
    two: Array.from({ length: 50 }, () => `${pick()} ${pick()}`),
    phrase: Array.from({ length: 50 }, () => `"la ${pick()}"`),
  };
}

for (const words of SIZES) {
  it(`search at ${words.toLocaleString('en')} words`, async () => {
    const base = join(dir, String(words));
    const session = createSession({ dataDir: join(base, 'data'), log: { error: console.error, warn: () => undefined } });
    const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
      const r = await session.dispatch(m, input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as Output<M>;
    };
    const path = join(base, 'bench.verbatim');
    await call('project:create', { path });
    const documents = Math.max(1, Math.round(words / 10_000));
    const files = Array.from({ length: documents }, (_, i) => {
      const file = join(base, `E${String(i + 1).padStart(3, '0')}.txt`);
      writeFileSync(file, generateInterview(10_000, i + 1));
      return file;
    });
    let t0 = performance.now();
    const { imported } = await call('documents:import', { paths: files });
    const importMs = performance.now() - t0;

    t0 = performance.now();
    await call('search:status', {});
    await session.current()!.searchIdle();
    const buildMs = performance.now() - t0;

    const q = queries(words);
    const search = (query: string) => call('search:query', { query, limit: 50 });
    await search('ville'); // warm the worker
    const single = await timeEach(q.single, search);
    const two = await timeEach(q.two, search);
    const phrase = await timeEach(q.phrase, search);

    // An edit of one 10k-word document, until a word it adds is found.
    const target = imported[Math.floor(imported.length / 2)]!;
    const text = (await call('documents:get', { id: target.id })).text;
    t0 = performance.now();
    await call('documents:edit', { id: target.id, text: `${text}\nParticipant : le mot zanzibarique apparaît.` });
    const found = await search('zanzibarique');
    const editMs = performance.now() - t0;
    expect(found.hits).toHaveLength(1);

    // Cold open: close, reopen, first search answered from the persisted index.
    await session.current()!.searchIdle();
    session.close();
    await new Promise((r) => setTimeout(r, 300));
    t0 = performance.now();
    await call('project:open', { path });
    const first = await search('confiance');
    const coldMs = performance.now() - t0;
    expect(first.hits.length).toBeGreaterThan(0);
    await session.current()!.searchIdle();
    session.close();

    // The reference: plain FTS5 (unicode61, diacritics removed) over the same paragraphs.
    const ref = new Database(join(base, 'reference.sqlite'));
    ref.pragma('journal_mode = WAL');
    ref.exec(`CREATE VIRTUAL TABLE p USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')`);
    const source = new Database(path, { readonly: true });
    const paragraphs = source.prepare(`SELECT substr(d.text, t.start + 1, t.end - t.start) AS text FROM turns t JOIN documents d ON d.id = t.document_id`).all() as { text: string }[];
    source.close();
    t0 = performance.now();
    const insert = ref.prepare(`INSERT INTO p (text) VALUES (?)`);
    ref.transaction(() => paragraphs.forEach((p) => insert.run(p.text)))();
    ref.exec(`INSERT INTO p (p) VALUES ('optimize')`);
    const refBuildMs = performance.now() - t0;
    const refQuery = ref.prepare(`SELECT rowid, snippet(p, 0, '[', ']', '…', 12) FROM p WHERE p MATCH ? ORDER BY rank LIMIT 50`);
    const fts = (query: string) => refQuery.all(query.replace(/[^\p{L}\p{N}\s"]/gu, ' '));
    const refSingle = await timeEach(q.single, fts);
    const refTwo = await timeEach(q.two, fts);
    const refPhrase = await timeEach(q.phrase, fts);
    ref.close();

    console.log(`\nSearch, ${words.toLocaleString('en')} words (${documents} interviews of ~10k words, ${paragraphs.length} paragraphs):`);
    console.log(`  import (parse, store)               ${ms(importMs)}`);
    console.log(`  index build: Lunr → FTS5 (worker)   ${ms(buildMs)}      | plain FTS5: ${ms(refBuildMs)}`);
    console.log(`  single-word queries (50)            ${summary(single)}      | plain FTS5: ${summary(refSingle)}`);
    console.log(`  two-word queries (50)               ${summary(two)}      | plain FTS5: ${summary(refTwo)}`);
    console.log(`  phrase queries (50)                 ${summary(phrase)}      | plain FTS5: ${summary(refPhrase)}`);
    console.log(`  edit of a 10k-word document → found ${ms(editMs)}`);
    console.log(`  cold open → first answer            ${ms(coldMs)}`);
    console.log(`  peak memory of this process (RSS)   ${peakRssMb().toFixed(0)} MB (core, worker and the benchmark itself)`);
  }, 1_800_000);
}
