import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createFrenchLexicon } from '../../electron/core/search/french-lexicon';
import { createTextCache } from '../../electron/core/search/index-store';
import { fold } from '../../electron/core/search/language';
import { runSearch } from '../../electron/core/search/run-search';
import { createSession } from '../../electron/core/session';
import { FORM_PAIRS, formsTranscript, measureRecall, type FormPair, type RecallResult } from '../helpers/french-forms-fixture';
import { generateInterview } from './generate';
import { ms, summary, timeEach } from './measure';

/**
 * French forms in search: recall over the query/form pairs of the fixture with Lunr's stems only
 * (before) and with the lexicon (after), the lexicon's load time and memory, and query times with
 * and without it on generated interviews (BENCH_SEARCH_SIZES, default 200k and 2M words). The
 * lexicon works at query time only: the index and its build time are unchanged.
 */
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '200000,2000000').split(',').map(Number);
const dir = mkdtempSync(join(tmpdir(), 'verbatim-forms-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function open(base: string) {
  const session = createSession({ dataDir: join(base, 'data'), log: { error: console.error, warn: () => undefined } });
  const call = async <M extends Method>(m: M, input: Input<M>): Promise<Output<M>> => {
    const r = await session.dispatch(m, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as Output<M>;
  };
  return { session, call };
}

const byKind = (r: RecallResult) => {
  const kinds: FormPair['kind'][] = ['verb', 'reverse', 'nominal', 'elision'];
  return kinds
    .map((k) => {
      const total = FORM_PAIRS.filter((p) => p.kind === k).length;
      const missed = r.misses.filter((p) => p.kind === k).length;
      return `${k} ${total - missed}/${total}`;
    })
    .join(', ');
};

it('French forms: recall before and after, lexicon cost', async () => {
  const base = join(dir, 'recall');
  const { session, call } = open(base);
  const path = join(base, 'recall.verbatim');
  await call('project:create', { path });
  const file = join(base, 'formes.txt');
  writeFileSync(file, formsTranscript());
  await call('documents:import', { paths: [file] });
  const full = (await call('documents:get', { id: (await call('documents:list', {}))[0]!.id })).text;
  const slices = (hits: { matches: { start: number; end: number }[] }[]) => hits.flatMap((h) => h.matches.map((m) => full.slice(m.start, m.end)));
  const after = await measureRecall(async (query) => slices((await call('search:query', { query, limit: 2000 })).hits), fold);
  await session.current()!.searchIdle();
  const db = new Database(path, { readonly: true });
  const texts = createTextCache(db);
  const before = await measureRecall(async (query) => slices(runSearch(db, 'fr', query, {}, 2000, { textOf: texts.get, frenchForms: false }).hits), fold);
  db.close();
  session.close();

  // The lexicon as the worker builds it, once: read, parse, lines.
  const json = createRequire(import.meta.url).resolve('french-verbs-lefff/dist/conjugations.json');
  // A collector to call, so that the heap left after building is what the lexicon keeps.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const lexicon = createFrenchLexicon(JSON.parse(readFileSync(json, 'utf8')) as Parameters<typeof createFrenchLexicon>[0]);
  const loadMs = performance.now() - t0;
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / (1024 * 1024);
  const lookups = await timeEach(
    FORM_PAIRS.map((p) => p.form),
    (w) => lexicon.lemmasOf(w).map((l) => lexicon.formsOf(l)),
  );

  const pct = (r: RecallResult) => `${(r.recall * 100).toFixed(1)} % (${r.found}/${r.total})`;
  console.log(`\nFrench forms, recall over ${FORM_PAIRS.length} query/form pairs (verbs of the three groups, derived nouns, feminines, plurals, elisions):`);
  console.log(`  stems only (Lunr's Snowball, before)   ${pct(before)}   ${byKind(before)}`);
  console.log(`  with the lexicon (after)               ${pct(after)}   ${byKind(after)}`);
  console.log(`  missed after: ${after.misses.map((m) => `${m.query} → ${m.form}`).join(', ') || 'none'}`);
  console.log(`  unrelated pairs that meet: stems ${before.leaks.map((l) => l.join(' → ')).join(', ') || 'none'}; with the lexicon ${after.leaks.map((l) => l.join(' → ')).join(', ') || 'none'}`);
  console.log(`  lexicon: built in ${ms(loadMs)} (once per worker, after its first sync), ${gc ? `${heapMb.toFixed(1)} MB of heap kept` : 'heap not measured'}; a word's lookup ${summary(lookups)}`);
  expect(after.recall).toBeGreaterThan(before.recall);
}, 600_000);

/** Lemmas and forms the generated interviews hold (`faisons`, `pouvons`, `partage`…), and nouns. */
const QUERIES = ['faire', 'pouvoir', 'devoir', 'vouloir', 'savoir', 'partager', 'négocier', 'prendre', 'données', 'contrat', 'public', 'européenne', 'faisons confiance', 'partagent -contrat'];

for (const words of SIZES) {
  it(`French forms: query times at ${words.toLocaleString('en')} words`, async () => {
    const base = join(dir, String(words));
    const { session, call } = open(base);
    const path = join(base, 'bench.verbatim');
    await call('project:create', { path });
    const files = Array.from({ length: Math.max(1, Math.round(words / 10_000)) }, (_, i) => {
      const file = join(base, `E${String(i + 1).padStart(3, '0')}.txt`);
      writeFileSync(file, generateInterview(10_000, i + 1));
      return file;
    });
    await call('documents:import', { paths: files });
    await call('search:status', {});
    await session.current()!.searchIdle();
    await call('search:query', { query: 'ville' });
    const rounds = Array.from({ length: 4 }, () => QUERIES).flat();
    const worker50 = await timeEach(rounds, (query) => call('search:query', { query, limit: 50 }));
    const worker500 = await timeEach(rounds, (query) => call('search:query', { query, limit: 500 }));
    session.close();

    const db = new Database(path, { readonly: true });
    const texts = createTextCache(db);
    const run = (frenchForms: boolean) => (query: string) => runSearch(db, 'fr', query, {}, 50, { textOf: texts.get, frenchForms });
    QUERIES.forEach(run(true));
    QUERIES.forEach(run(false));
    const stems = await timeEach(rounds, run(false));
    const lexicon = await timeEach(rounds, run(true));
    const counts = QUERIES.map((q) => `${q} ${runSearch(db, 'fr', q, {}, 100_000, { textOf: texts.get, frenchForms: false }).hits.length}→${runSearch(db, 'fr', q, {}, 100_000, { textOf: texts.get, frenchForms: true }).hits.length}`);
    db.close();

    console.log(`\nFrench forms, ${words.toLocaleString('en')} words (${QUERIES.length} queries × 4):`);
    console.log(`  through the worker, top 50            ${summary(worker50)}`);
    console.log(`  through the worker, top 500 (the UI)  ${summary(worker500)}`);
    console.log(`  in process, top 50: stems only        ${summary(stems)}`);
    console.log(`  in process, top 50: with the lexicon  ${summary(lexicon)}`);
    console.log(`  paragraphs found, stems → lexicon: ${counts.join(', ')}`);
  }, 1_800_000);
}
