import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { build } from 'vite';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { openProjectDatabase } from '../../electron/core/db/open';
import { createTestCore } from '../helpers/test-core';
import { tempDir } from '../helpers/temp-dir';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function cli(args: string[], dataDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
  return { code, stdout, stderr };
}

/** Runs the create loop in a child process and SIGKILLs it after `ms`; returns the project it was creating. */
async function killMidCreate(script: string, folder: string, ms: number): Promise<number> {
  const child = spawn(process.execPath, [script, folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  let last = -1;
  let started!: () => void;
  const first = new Promise<void>((r) => (started = r));
  createInterface({ input: child.stdout }).on('line', (line) => {
    last = Number(line.split(' ')[1]);
    started();
  });
  child.once('exit', () => started());
  await first;
  await new Promise((r) => setTimeout(r, ms));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
  return last;
}

/** Overwrites SQLite pages `from`…`to` (1-based) of a file with noise, as a failing disk would. */
function damagePages(path: string, from: number, to: number): void {
  const db = new Database(path, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const fd = openSync(path, 'r+');
  const noise = Buffer.alloc(pageSize, 0).map((_, i) => (i * 131 + 7) % 251);
  for (let p = from; p <= to; p++) writeSync(fd, noise, 0, pageSize, (p - 1) * pageSize);
  closeSync(fd);
}

/** The first page of one of the project's indexes (an index damaged while the tables are intact). */
function indexRootPage(path: string): number {
  const db = new Database(path, { readonly: true });
  const row = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'codes' AND rootpage > 1 ORDER BY rootpage LIMIT 1`).get() as { rootpage: number };
  db.close();
  return row.rootpage;
}

describe('creating a project', () => {
  it('never leaves a file that blocks a later create or open, whenever the process is killed', async () => {
    // Inside the checkout, so that the bundle finds better-sqlite3 in node_modules.
    const out = join(__dirname, '..', '..', 'out', 'tests', `create-loop-${process.pid}`);
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    await build({
      configFile: false,
      logLevel: 'warn',
      build: { ssr: join(__dirname, '..', 'helpers', 'create-loop.ts'), outDir: out, target: 'node20', rollupOptions: { output: { format: 'es', entryFileNames: 'create-loop.mjs' } } },
    });
    const script = join(out, 'create-loop.mjs');
    const kills = [5, 15, 25, 40, 60, 90, 130, 200];
    for (const ms of kills) {
      const folder = tempDir();
      const n = await killMidCreate(script, folder, ms);
      const path = join(folder, `p${n}.verbatim`);
      const core = await createTestCore({ open: false });
      // Either the project is complete, or there is none and it can be created now.
      if (existsSync(path)) await expect(core.call('project:open', { path }), `killed after ${ms} ms`).resolves.toMatchObject({ path });
      else await expect(core.call('project:create', { path }), `killed after ${ms} ms`).resolves.toMatchObject({ path });
      await core.close();
      for (const f of readdirSync(folder).filter((f) => f.endsWith('.verbatim'))) {
        expect(statSync(join(folder, f)).size, f).toBeGreaterThan(0);
        expect(() => openProjectDatabase(join(folder, f)).db.close()).not.toThrow();
      }
      // The killed creation's temporary file is gone (removed by the create or open that followed).
      const core2 = await createTestCore({ open: false });
      await core2.call('project:create', { path: join(folder, `p${n}-again.verbatim`) });
      await core2.close();
      expect(readdirSync(folder).filter((f) => f.includes(`p${n}.verbatim.creating`))).toEqual([]);
    }
  }, 60_000);

  it('re-creates over a 0-byte file left by an interrupted creation, which opens as NOT_A_PROJECT saying so', async () => {
    const core = await createTestCore({ open: false });
    const path = core.file('interrompu.verbatim', '');
    await expect(core.call('project:open', { path })).rejects.toMatchObject({ code: 'NOT_A_PROJECT', message: expect.stringContaining('empty') });
    await expect(core.call('project:create', { path })).resolves.toMatchObject({ path });
    await core.call('codes:create', { name: 'Confiance', parentId: null });
    // A leftover temporary file of a dead process is removed by the next create.
    const leftover = join(core.dir, 'files', '.autre.verbatim.creating-4206789-0a0b0c0d');
    writeFileSync(leftover, 'half a project');
    await expect(core.call('project:create', { path: join(core.dir, 'files', 'autre.verbatim') })).resolves.toBeTruthy();
    expect(existsSync(leftover)).toBe(false);
  });
});

describe('a damaged project', () => {
  it('gets PROJECT_CORRUPT with the newest sound backup, untouched, and is restored from the app', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'Confiance', parentId: null });
    await core.close();
    await core.call('project:open', { path: core.projectPath }); // a backup with the code
    await core.close();
    damagePages(core.projectPath, indexRootPage(core.projectPath), indexRootPage(core.projectPath));
    const before = sha(core.projectPath);

    const error = await core.call('project:open', { path: core.projectPath }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROJECT_CORRUPT', details: { path: core.projectPath, backup: { ok: true, path: expect.stringContaining(core.dataDir) } } });
    expect((error as Error).message).toContain(core.projectPath);
    // Nothing wrote to it: same bytes, no lock, nothing in a WAL (a read-only look may leave an empty one).
    expect(sha(core.projectPath)).toBe(before);
    expect(existsSync(`${core.projectPath}-wal`) ? statSync(`${core.projectPath}-wal`).size : 0).toBe(0);
    expect(existsSync(`${core.projectPath}.lock`)).toBe(false);

    const backups = await core.call('project:backups', { path: core.projectPath });
    expect(backups.length).toBeGreaterThan(0);
    expect(backups[0]).toMatchObject({ ok: true, reason: 'open' });
    const restored = await core.call('project:restore', { path: core.projectPath });
    expect(restored).toMatchObject({ path: core.projectPath, restoredFrom: backups[0]!.path, keptAs: expect.stringContaining('.replaced-') });
    expect(sha(restored.keptAs!)).toBe(before);
    await expect(core.call('codes:list', {})).resolves.toMatchObject([{ name: 'Confiance' }]);
    await expect(core.call('project:check', {})).resolves.toEqual({ ok: true, problems: [] });
  });

  it('whose first page is destroyed is PROJECT_CORRUPT when backups of it exist, NOT_A_PROJECT otherwise', async () => {
    const core = await createTestCore();
    await core.close();
    damagePages(core.projectPath, 1, 2);
    await expect(core.call('project:open', { path: core.projectPath })).rejects.toMatchObject({ code: 'PROJECT_CORRUPT', details: { backup: { ok: true } } });
    const other = await createTestCore({ open: false });
    await expect(other.call('project:open', { path: core.projectPath })).rejects.toMatchObject({ code: 'NOT_A_PROJECT' });
  });

  it('is listed and restored by the CLI: verbatim restore --list, restore, restore --backup', async () => {
    const core = await createTestCore({ open: false });
    const project = join(core.dir, 's.verbatim');
    expect((await cli(['create', project], core.dataDir)).code).toBe(0);
    const doc = core.file('E01.txt', 'Martine : Bonjour.\n\nPaul : Au revoir.');
    expect((await cli(['import', project, doc], core.dataDir)).code).toBe(0);
    expect((await cli(['info', project], core.dataDir)).code).toBe(0); // the backup at open holds E01
    damagePages(project, 3, 6);
    const info = await cli(['info', project], core.dataDir);
    expect(info.code).toBe(1);
    expect(info.stderr).toMatch(/damaged|can no longer be read/);
    expect(info.stderr).toContain('verbatim restore');

    const listed = await cli(['restore', project, '--list', '--json'], core.dataDir);
    const { backups } = JSON.parse(listed.stdout) as { backups: { path: string; ok: boolean }[] };
    expect(backups.length).toBeGreaterThanOrEqual(2);
    const restored = await cli(['restore', project, '--json'], core.dataDir);
    expect(restored.code).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ path: project, restoredFrom: backups.find((b) => b.ok)!.path });
    const described = JSON.parse((await cli(['info', project, '--json'], core.dataDir)).stdout) as { documents: { name: string }[] };
    expect(described.documents.map((d) => d.name)).toEqual(['E01']);
    // An older backup by name (the one taken at creation: no document).
    const oldest = backups.at(-1)!.path;
    expect((await cli(['restore', project, '--backup', oldest], core.dataDir)).code).toBe(0);
    expect(JSON.parse((await cli(['info', project, '--json'], core.dataDir)).stdout)).toMatchObject({ documents: [] });
  });
});

describe('the project file moved, replaced or deleted while open', () => {
  for (const [what, act] of [
    ['moved', (path: string) => renameSync(path, `${path}.moved`)],
    ['deleted', (path: string) => rmSync(path)],
    ['replaced', (path: string) => { writeFileSync(`${path}.new`, readFileSync(path)); renameSync(`${path}.new`, path); }],
    ['overwritten in place', (path: string) => writeFileSync(path, 'not a project any more')],
  ] as const) {
    it(`(${what}) stops writes with a clear error and an event, and the session's state can be saved as a new file`, async () => {
      const core = await createTestCore();
      await core.call('codes:create', { name: 'Avant', parentId: null });
      await core.session.current()!.ready;
      act(core.projectPath);
      const error = await core.call('codes:create', { name: 'Après', parentId: null }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(core.projectPath), details: { fileLost: expect.any(String) } });
      expect(core.events.some((e) => e.name === 'project:fileLost')).toBe(true);
      await expect(core.call('history:undo', {})).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(core.call('project:current', {})).resolves.toMatchObject({ fileLost: expect.any(String) });

      const copy = join(core.dir, 'copie.verbatim');
      const saved = await core.call('project:saveAs', { path: copy }).catch((e: unknown) => e);
      if (what === 'overwritten in place' && saved instanceof Error) {
        // The pages are gone from the disk (and not all in the WAL): a backup is offered instead.
        expect(saved).toMatchObject({ code: 'PROJECT_CORRUPT', details: { backup: { ok: true } } });
        return;
      }
      expect(saved).toMatchObject({ path: copy });
      await expect(core.call('project:check', {})).resolves.toMatchObject({ ok: true });
      await core.call('codes:create', { name: 'Après', parentId: null });
      expect((await core.call('codes:list', {})).map((c) => c.name).sort()).toEqual(['Après', 'Avant']);
      await core.close();
      await expect(core.call('project:open', { path: copy })).resolves.toMatchObject({ codes: 2 });
    });
  }

  it('save as refuses an existing file and the project itself', async () => {
    const core = await createTestCore();
    await expect(core.call('project:saveAs', { path: core.file('x.verbatim', 'x') })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(core.call('project:saveAs', { path: core.projectPath })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('costs a few microseconds per write', async () => {
    const core = await createTestCore();
    const { guard } = core.session.current()!;
    const runs = 2000;
    const started = performance.now();
    for (let i = 0; i < runs; i++) guard.assertWritable();
    const perWrite = ((performance.now() - started) / runs) * 1000;
    console.log(`file identity check: ${perWrite.toFixed(1)} µs per write`);
    expect(perWrite).toBeLessThan(500);
  });
});
