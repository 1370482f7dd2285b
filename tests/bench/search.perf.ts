import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createSession } from '../../electron/core/session';
import { generateInterview, seededRandom } from './generate';
import { ms, peakRssMb, summary, timeEach } from './measure';

/**
 * Search at 200k and 2M words (BENCH_SEARCH_SIZES=200000,2000000): Lunr as built here (Lunr's
 * pipeline feeding a persisted FTS5 index, in a worker) side by side with plain SQLite FTS5 over
 * the same paragraphs, the reference for this machine. Goals at 2M words: query p95 < 50 ms, an
 * edited or imported 10k-word document searchable < 1 s, cold open to first answer < 2 s, memory
 * < 500 MB. Wall times on a shared machine include waiting for a core: the CPU time per query
 * (process-wide, so the worker's included) is printed beside them.
 */
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '200000,2000000').split(',').map(Number);

/**
 * The worker users get is the bundled one (`npm run build:node`, which `npm run bench` runs first):
 * starting it loads plain JavaScript, where the TypeScript source is compiled by tsx on each start.
 * Measured when built, and said so in the output.
 */
const BUNDLED_WORKER = fileURLToPath(new URL('../../out/node/search-worker.js', import.meta.url));
const worker = existsSync(BUNDLED_WORKER)
  ? `bundled ${BUNDLED_WORKER} (built ${statSync(BUNDLED_WORKER).mtime.toISOString()})`
  : 'TypeScript source through tsx (out/node/search-worker.js not built: run `npm run build:node`)';
if (existsSync(BUNDLED_WORKER)) process.env.VERBATIM_SEARCH_WORKER = BUNDLED_WORKER;
const dir = mkdtempSync(join(tmpdir(), 'verbatim-search-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** CPU milliseconds (all threads of this process) spent while `fn` runs. */
async function cpuOf(fn: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Starts a new peak for VmHWM (Linux ≥ 4.0), so that a later peak belongs to what follows. */
function resetPeakRss(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}
const rssMb = () => process.memoryUsage().rss / (1024 * 1024);

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
    let single: number[] = [];
    let two: number[] = [];
    let phrase: number[] = [];
    const singleCpu = await cpuOf(async () => void (single = await timeEach(q.single, search)));
    const twoCpu = await cpuOf(async () => void (two = await timeEach(q.two, search)));
    const phraseCpu = await cpuOf(async () => void (phrase = await timeEach(q.phrase, search)));
    // What the UI asks for: up to 500 hits.
    const ui = await timeEach(q.single.slice(0, 20), (query) => call('search:query', { query, limit: 500 }));

    // An edit of one 10k-word document, until a word it adds is found.
    const target = imported[Math.floor(imported.length / 2)]!;
    const text = (await call('documents:get', { id: target.id })).text;
    t0 = performance.now();
    await call('documents:edit', { id: target.id, text: `${text}\nParticipant : le mot zanzibarique apparaît.` });
    const found = await search('zanzibarique');
    const editMs = performance.now() - t0;
    expect(found.hits).toHaveLength(1);

    // An import of one more 10k-word interview, until a word only it holds is found.
    const extra = join(base, 'Nouvel entretien.txt');
    writeFileSync(extra, `${generateInterview(10_000, 9999)}\nParticipant : le mot xylocarpique apparaît.\n`);
    t0 = performance.now();
    await call('documents:import', { paths: [extra] });
    const foundImported = await search('xylocarpique');
    const importOneMs = performance.now() - t0;
    expect(foundImported.hits).toHaveLength(1);

    // Cold open: close, reopen, first search answered from the persisted index.
    await session.current()!.searchIdle();
    session.close();
    await new Promise((r) => setTimeout(r, 300));
    const peakReset = resetPeakRss();
    const rssBefore = rssMb();
    t0 = performance.now();
    await call('project:open', { path });
    const openMs = performance.now() - t0;
    const first = await search('confiance');
    const coldMs = performance.now() - t0;
    expect(first.hits.length).toBeGreaterThan(0);
    const coldSingle = await timeEach(q.single, search);
    const ready = (await call('search:status', {})).ready;
    await session.current()!.searchIdle();
    const peakAfterOpen = peakRssMb();
    const rssAfterOpen = rssMb();
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
    console.log(`  search worker: ${worker}`);
    console.log(`  import (parse, store)               ${ms(importMs)}`);
    console.log(`  index build: Lunr → FTS5 (worker)   ${ms(buildMs)}      | plain FTS5: ${ms(refBuildMs)}`);
    console.log(`  single-word queries (50, top 50)    ${summary(single)} · cpu ${ms(singleCpu / 50)}/query      | plain FTS5: ${summary(refSingle)}`);
    console.log(`  two-word queries (50, top 50)       ${summary(two)} · cpu ${ms(twoCpu / 50)}/query      | plain FTS5: ${summary(refTwo)}`);
    console.log(`  phrase queries (50, top 50)         ${summary(phrase)} · cpu ${ms(phraseCpu / 50)}/query      | plain FTS5: ${summary(refPhrase)}`);
    console.log(`  single-word queries (20, top 500)   ${summary(ui)}   (what the UI asks for)`);
    console.log(`  edit of a 10k-word document → found ${ms(editMs)}`);
    console.log(`  import of a 10k-word document → found ${ms(importOneMs)}`);
    console.log(`  cold open → first answer            ${ms(coldMs)} (opening ${ms(openMs)}; then the worker starts, checks the index, answers)   (then 50 single-word queries: ${summary(coldSingle)}; index ready: ${ready})`);
    console.log(
      `  memory (RSS) from cold open through those queries: peak ${peakAfterOpen.toFixed(0)} MB${peakReset ? '' : ' (peak since start: clear_refs unavailable)'}, ` +
        `${rssBefore.toFixed(0)} MB before opening, ${rssAfterOpen.toFixed(0)} MB after (one process: core, search worker, benchmark)`,
    );
  }, 1_800_000);
}
