import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { createSession } from '../../electron/core/session';
import { generateInterview } from '../bench/generate';

/**
 * Crash safety (issue 14): a child process runs an operation on a project file (an import, an
 * auto-code, a merge, an export, an edit) and is SIGKILLed at a random moment. The project must
 * then open (the stale lock recognised), pass `PRAGMA integrity_check`, and hold the operation
 * wholly or not at all: its fingerprint (row counts, the documents' text) is the one from before
 * or the one from after. `KILL_RUNS` (kills per operation, default 5) and `KILL_SEED` for more.
 */
const KILLS_PER_OPERATION = Number(process.env.KILL_RUNS ?? 5);
const SEED = Number(process.env.KILL_SEED ?? 20261208);
const OPERATIONS = ['import', 'autocode', 'merge', 'export', 'edit'] as const;
type Operation = (typeof OPERATIONS)[number];

const dir = mkdtempSync(join(tmpdir(), 'verbatim-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Inside the checkout, so that the bundle finds node_modules (out/ is not committed).
const childDir = resolve('out/crash-child');
const dataDir = join(dir, 'data');
const base = join(dir, 'base.verbatim');
const colleague = join(dir, 'collègue.verbatim');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function withProject<T>(path: string, fn: (call: <M extends Method>(m: M, i: Input<M>) => Promise<Output<M>>, db: Database) => Promise<T>, create = false): Promise<T> {
  const session = createSession({ dataDir, log: { error: () => undefined, warn: () => undefined } });
  const call = async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = await session.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    return r.value as Output<M>;
  };
  try {
    await call(create ? 'project:create' : 'project:open', { path });
    await session.current()?.ready;
    return await fn(call, session.current()!.context.db);
  } finally {
    await session.current()?.ready;
    session.close();
  }
}

/** What "the operation is there" means: counts of every kind of row and the documents' text. */
function fingerprint(db: Database): string {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const text = db.prepare('SELECT group_concat(length(text) || \':\' || name, \',\') AS t FROM (SELECT text, name FROM documents ORDER BY id)').get() as { t: string | null };
  return JSON.stringify({ documents: count('documents'), codes: count('codes'), codings: count('codings'), memos: count('memos'), coders: count('coders'), cases: count('cases'), text: text.t });
}

const files = Array.from({ length: 12 }, (_, i) => join(dir, `E${String(i + 1).padStart(2, '0')}.txt`));
let codeId = 0;
let editId = 0;
const editedFile = join(dir, 'edited.txt');

/** The operation's argument, for a trial on `project` (an export writes beside it). */
const argumentOf = (operation: Operation, project: string): unknown =>
  ({
    import: { paths: files },
    autocode: { query: 'confiance', codeId },
    merge: { path: colleague },
    export: { path: `${project}.xlsx` },
    edit: { id: editId, textFile: editedFile },
  })[operation];

type Run = { killed: boolean; ms: number };
function runChild(operation: Operation, project: string, killAfterMs: number | null): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(childDir, 'crash-child.js'), project, dataDir, operation, JSON.stringify(argumentOf(operation, project))], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let started = 0;
    let killed = false;
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      if (started === 0 && out.includes('ready\n')) {
        started = performance.now();
        if (killAfterMs !== null) {
          setTimeout(() => {
            if (!out.includes('done\n') && child.exitCode === null) {
              killed = true;
              child.kill('SIGKILL');
            }
          }, killAfterMs);
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' || code === 0) done({ killed: killed && !out.includes('done\n'), ms: performance.now() - started });
      else fail(new Error(`${operation} child exited ${code}: ${err}`));
    });
  });
}

describe('SIGKILL at a random moment', () => {
  beforeAll(async () => {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        ssr: true,
        outDir: childDir,
        emptyOutDir: true,
        target: 'node20',
        rollupOptions: {
          input: { 'crash-child': resolve('tests/crash/crash-child.ts'), 'search-worker': resolve('electron/core/search/worker.ts') },
          output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        },
      },
    });
    files.forEach((f, i) => writeFileSync(f, generateInterview(8_000, i + 1)));
    writeFileSync(editedFile, generateInterview(20_000, 99));
    // The base project: a few interviews and a code; the colleague's copy adds codings of its own.
    await withProject(
      base,
      async (call) => {
        await call('documents:import', { paths: files.slice(0, 4) });
        codeId = (await call('codes:create', { name: 'Confiance', parentId: null })).id;
        // Codings for the export to write.
        const data = await call('codes:create', { name: 'Données', parentId: null });
        await call('search:autoCode', { query: 'données', codeId: data.id, level: 'sentence' });
        editId = (await call('documents:list', {}))[0]!.id;
      },
      true,
    );
    copyFileSync(base, colleague);
    await withProject(colleague, async (call) => {
      for (const word of ['ville', 'la', 'nous']) {
        const other = await call('codes:create', { name: word, parentId: null });
        await call('search:autoCode', { query: word, codeId: other.id, level: 'hit' });
      }
    });
  }, 120_000);

  it(`${KILLS_PER_OPERATION} kills in each of ${OPERATIONS.join(', ')}: the project opens, intact, each operation wholly there or absent`, { timeout: 150_000 }, async () => {
    const random = rng(SEED);
    const before = await withProject(base, async (_call, db) => fingerprint(db));
    const tally: string[] = [];
    let kills = 0;
    const timings: string[] = [];
    let trial = 0;
    for (const operation of OPERATIONS) {
      // A run to the end first: the state "after", and how long the operation takes.
      const reference = join(dir, `ref-${operation}.verbatim`);
      copyFileSync(base, reference);
      const full = await runChild(operation, reference, null);
      const after = await withProject(reference, async (_call, db) => fingerprint(db));
      if (operation !== 'export') expect(after).not.toBe(before);
      let killedHere = 0;
      for (let attempt = 0; killedHere < KILLS_PER_OPERATION && attempt < KILLS_PER_OPERATION * 8; attempt++) {
        const project = join(dir, `trial-${trial++}.verbatim`);
        copyFileSync(base, project);
        const run = await runChild(operation, project, Math.floor(random() * full.ms * 0.8));
        if (!run.killed) continue;
        killedHere++;
        const state = await withProject(project, async (_call, db) => {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          return fingerprint(db);
        });
        expect([before, after], `${operation} killed in trial ${trial - 1}`).toContain(state);
        if (operation === 'export' && existsSync(`${project}.xlsx`)) {
          // An export is written whole or not at all: a file there is as long as the complete one.
          expect(readFileSync(`${project}.xlsx`).length).toBe(readFileSync(`${reference}.xlsx`).length);
        }
        tally.push(`${operation}:${state === after ? 'after' : 'before'}`);
      }
      kills += killedHere;
      timings.push(`${operation} ${Math.round(full.ms)} ms`);
      expect(killedHere, `${operation}: the child always finished before the kill (reference ${Math.round(full.ms)} ms)`).toBeGreaterThan(0);
    }
    console.log(`SIGKILL: ${kills} kills (seed ${SEED}; operations take ${timings.join(', ')}): ${tally.join(' ')}`);
    expect(kills).toBeGreaterThanOrEqual(Math.min(20, KILLS_PER_OPERATION * OPERATIONS.length));
  });
});
