import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Input, Method, Output } from '../../shared/contract';
import { AppError } from '../../shared/result';
import { backupDirOf } from '../../electron/core/project/backup';
import { createSession } from '../../electron/core/session';
import { createTestCore } from '../helpers/test-core';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A session that sees every project file as read-only (tests run as root, for whom nothing is). */
function readOnlySession(dataDir: string) {
  const session = createSession({ dataDir, canWrite: () => false, log: { error: () => undefined, warn: () => undefined } });
  onTestFinished(async () => {
    await session.current()?.ready;
    session.close();
  });
  return async <M extends Method>(method: M, input: Input<M>): Promise<Output<M>> => {
    const r = await session.dispatch(method, input, { checkOutput: true });
    if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.details);
    return r.value as Output<M>;
  };
}

describe('a read-only project file', () => {
  it('opens read-only, says so, answers reads, searches and exports, and refuses changes with READ_ONLY', async () => {
    const core = await createTestCore();
    const { imported } = await core.call('documents:import', { paths: [core.file('E01.txt', 'Enquêtrice : Et la confiance ?\n\nMartine : La confiance se perd.')] });
    await core.call('codes:create', { name: 'Confiance', parentId: null });
    await core.session.current()!.searchIdle();
    await core.close();
    const before = sha(core.projectPath);

    const call = readOnlySession(core.dataDir);
    const info = await call('project:open', { path: core.projectPath });
    expect(info).toMatchObject({ readOnly: true, documents: 1 });
    expect(info.warnings.join(' ')).toContain('read-only');
    await expect(call('documents:get', { id: imported[0]!.id })).resolves.toMatchObject({ name: 'E01' });
    await expect(call('search:query', { query: 'confiance' })).resolves.toMatchObject({ hits: expect.arrayContaining([expect.objectContaining({ document: 'E01' })]) });
    await expect(call('exports:write', { format: 'codebook-csv', path: join(core.dir, 'out') })).resolves.toMatchObject({ format: 'codebook-csv' });
    for (const attempt of [() => call('codes:create', { name: 'Nouveau', parentId: null }), () => call('history:undo', {}), () => call('documents:delete', { id: imported[0]!.id })]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'READ_ONLY', message: expect.stringContaining(core.projectPath) });
    }
    expect(sha(core.projectPath)).toBe(before);

    // A copy where one can write is writable.
    const copy = join(core.dir, 'copie.verbatim');
    await expect(call('project:saveAs', { path: copy })).resolves.toMatchObject({ path: copy, codes: 1 });
  });
});

describe('half-written backups', () => {
  it('are removed at start-up when their process is gone, never while it writes them', async () => {
    const core = await createTestCore();
    await core.close();
    const dir = backupDirOf(core.dataDir, core.projectPath);
    mkdirSync(dir, { recursive: true });
    const dead = join(dir, `2026-01-01T00-00-00-000Z-open.verbatim.${2 ** 22 + 77}.partial`);
    const old = join(dir, '2026-01-01T00-00-01-000Z-open.verbatim.partial');
    const live = join(dir, `2026-01-01T00-00-02-000Z-open.verbatim.${process.pid}.partial`);
    for (const f of [dead, old, live]) writeFileSync(f, 'half a copy of the transcripts');
    createSession({ dataDir: core.dataDir });
    expect([existsSync(dead), existsSync(old), existsSync(live)]).toEqual([false, false, true]);
  });
});
