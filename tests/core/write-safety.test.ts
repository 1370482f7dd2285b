import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockPathOf } from '../../electron/core/db/lock';
import { runCli } from '../../electron/cli/run';
import { createTestCore } from '../helpers/test-core';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

async function cli(args: string[], dataDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
  return { code, stdout, stderr };
}

describe('exports and keys never destroy a project', () => {
  it('refuse the open project, its -wal, -shm and lock files, by any spelling (symlink, ..)', async () => {
    const core = await createTestCore();
    await core.call('codes:create', { name: 'Confiance', parentId: null });
    const project = core.projectPath;
    const folder = basename(core.dir);
    const link = join(core.dir, 'alias.verbatim');
    symlinkSync(project, link);
    const spellings = [project, `${project}-wal`, `${project}-shm`, lockPathOf(project), join(core.dir, '..', folder, basename(project)), link];
    for (const path of spellings) {
      for (const overwrite of [false, true]) {
        await expect(core.call('exports:write', { format: 'csv', path, overwrite }), path).rejects.toMatchObject({ code: 'FORBIDDEN' });
        await expect(core.call('pseudonyms:exportKey', { path, overwrite }), path).rejects.toMatchObject({ code: 'FORBIDDEN' });
      }
    }
    // The project is intact and still answers.
    await expect(core.call('codes:list', {})).resolves.toMatchObject([{ name: 'Confiance' }]);
    await expect(core.call('project:check', {})).resolves.toMatchObject({ ok: true });
  });

  it('refuse another project’s journal files, and a project open elsewhere even with overwrite', async () => {
    const core = await createTestCore();
    const other = core.file('autre.verbatim', 'a project');
    await expect(core.call('exports:write', { format: 'csv', path: `${other}-wal`, overwrite: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    writeFileSync(lockPathOf(other), '{}');
    await expect(core.call('exports:write', { format: 'csv', path: other, overwrite: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(readFileSync(other, 'utf8')).toBe('a project');
  });

  it('answer CONFLICT naming an existing file, and replace it only with overwrite', async () => {
    const core = await createTestCore();
    const existing = core.file('segments.csv', 'keep me');
    const error = await core.call('exports:write', { format: 'csv', path: existing }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining(existing), details: { path: existing } });
    expect(readFileSync(existing, 'utf8')).toBe('keep me');
    await expect(core.call('pseudonyms:exportKey', { path: existing })).rejects.toMatchObject({ code: 'CONFLICT' });
    const written = await core.call('exports:write', { format: 'csv', path: existing, overwrite: true });
    expect(written.path).toBe(existing);
    expect(readFileSync(existing, 'utf8')).not.toBe('keep me');
    // A folder target picks a default name; writing it twice asks the second time too.
    const folder = join(core.dir, 'out');
    mkdirSync(folder);
    const first = await core.call('exports:write', { format: 'codebook-csv', path: folder });
    await expect(core.call('exports:write', { format: 'codebook-csv', path: folder })).rejects.toMatchObject({ code: 'CONFLICT', details: { path: first.path } });
    // Exports without a path go to a fresh folder of the app's data: never a conflict.
    await core.call('exports:write', { format: 'codebook-csv' });
    await core.call('exports:write', { format: 'codebook-csv' });
  });
});

describe('the CLI', () => {
  it('refuses `export --out <the project>` and `anonymize --key <the project>`, and needs --force to replace a file', async () => {
    const core = await createTestCore({ open: false });
    const project = join(core.dir, 's.verbatim');
    const dataDir = core.dataDir;
    expect((await cli(['create', project], dataDir)).code).toBe(0);
    const before = sha(project);
    for (const args of [
      ['export', project, '--format', 'csv', '--out', project],
      ['export', project, '--format', 'csv', '--out', project, '--force'],
      ['anonymize', project, '--key', project],
      ['anonymize', project, '--key', project, '--force'],
    ]) {
      const r = await cli(args, dataDir);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr).toContain('open project');
    }
    expect(sha(project)).toBe(before);
    expect((await cli(['info', project, '--json'], dataDir)).code).toBe(0);

    const out = join(core.dir, 'segments.csv');
    expect((await cli(['export', project, '--format', 'csv', '--out', out], dataDir)).code).toBe(0);
    const again = await cli(['export', project, '--format', 'csv', '--out', out], dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(out);
    expect((await cli(['export', project, '--format', 'csv', '--out', out, '--force'], dataDir)).code).toBe(0);
    expect(existsSync(`${out}.${process.pid}.partial`)).toBe(false);
  });
});
