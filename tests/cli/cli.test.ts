import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tempDir } from '../helpers/temp-dir';
import { existsSync, writeFileSync } from 'node:fs';

async function cli(args: string[], dataDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
  return { code, stdout, stderr };
}

function setup() {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const project = join(dir, 'étude.verbatim');
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  return { dir, dataDir, project, file };
}

const INTERVIEW = 'Enquêtrice : Et la confiance ?\n\nMartine Lebrun : La confiance\u00a0se perd en une semaine et se regagne en des années.';

describe('verbatim CLI', () => {
  it('creates a project, imports files with a JSON report, and describes it', async () => {
    const { dataDir, project, file } = setup();
    expect(await cli(['create', project], dataDir)).toMatchObject({ code: 0 });

    const imported = await cli(['import', project, file('E01-elue.txt', INTERVIEW), file('notes.pdf', '%PDF'), '--json'], dataDir);
    expect(imported.code).toBe(1);
    const report = JSON.parse(imported.stdout) as { imported: unknown[]; errors: { file: string; message: string }[] };
    expect(report.imported).toEqual([{ name: 'E01-elue', words: 19 }]);
    expect(report.errors).toEqual([{ file: 'notes.pdf', message: expect.stringContaining('notes.pdf') }]);

    const info = await cli(['info', project, '--json'], dataDir);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout)).toEqual({
      documents: [{ name: 'E01-elue', words: 19, turns: 2, speakers: ['Enquêtrice', 'Martine Lebrun'], case: null }],
      cases: [],
      codes: [],
      coders: [{ name: 'Codeur 1', codings: 0 }],
    });
  });

  it('codes the first occurrence of a quote, matching any white space, creating the code path', async () => {
    const { dataDir, project, file } = setup();
    await cli(['create', project], dataDir);
    await cli(['import', project, file('E01.txt', INTERVIEW)], dataDir);
    const quote = 'La confiance se perd\n en une semaine';
    const coded = await cli(['code', project, '--document', 'E01', '--quote', quote, '--code', 'Gouvernance/Confiance \\/ défiance', '--json'], dataDir);
    expect(coded.stderr).toBe('');
    expect(JSON.parse(coded.stdout)).toMatchObject({
      coding: { document: 'E01', code: 'Gouvernance/Confiance \\/ défiance', text: 'La confiance\u00a0se perd en une semaine' },
    });
    await cli(['code', project, '--document', 'E01', '--quote', 'se regagne', '--code', 'Gouvernance'], dataDir);
    const info = JSON.parse((await cli(['info', project, '--json'], dataDir)).stdout) as { codes: unknown };
    expect(info.codes).toEqual([
      { path: 'Gouvernance', codings: 1 },
      { path: 'Gouvernance/Confiance \\/ défiance', codings: 1 },
    ]);
  });

  it('exports coded segments and the codebook', async () => {
    const { dir, dataDir, project, file } = setup();
    await cli(['create', project], dataDir);
    await cli(['import', project, file('E01.txt', INTERVIEW)], dataDir);
    await cli(['code', project, '--document', 'E01', '--quote', 'se regagne', '--code', 'Confiance'], dataDir);
    const out = join(dir, 'exports');
    const r = await cli(['export', project, '--format', 'csv', '--out', out, '--json'], dataDir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'csv', path: join(out, 'étude - codages.csv') });
    const bad = await cli(['export', project, '--format', 'pdf', '--out', out], dataDir);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('--format csv|xlsx|codebook-csv') });
  });

  it('searches with stemming and prints hits as JSON', async () => {
    const { dataDir, project, file } = setup();
    await cli(['create', project], dataDir);
    await cli(['import', project, file('E01.txt', INTERVIEW)], dataDir);
    const r = await cli(['search', project, 'regagner', '--json'], dataDir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      hits: [{ document: 'E01', start: expect.any(Number), end: expect.any(Number), snippet: expect.stringContaining('se regagne'), score: expect.any(Number), speaker: 'Martine Lebrun' }],
    });
  });

  it('leaves the interviewer out with --exclude-interviewer', async () => {
    const { dataDir, project, file } = setup();
    await cli(['create', project], dataDir);
    await cli(['import', project, file('E05.txt', 'Q : La confiance se regagne-t-elle ?\nR : La confiance se regagne lentement.\n')], dataDir);
    const speakers = async (...flags: string[]) =>
      (JSON.parse((await cli(['search', project, 'confiance', '--json', ...flags], dataDir)).stdout) as { hits: { speaker: string }[] }).hits.map((h) => h.speaker).sort();
    expect(await speakers()).toEqual(['Q', 'R']);
    expect(await speakers('--exclude-interviewer')).toEqual(['R']);
  });

  it('prints one clear error line and a non-zero code for bad input, leaving stdout empty', async () => {
    const { dataDir, project, file } = setup();
    await cli(['create', project], dataDir);
    await cli(['import', project, file('E01.txt', INTERVIEW)], dataDir);
    const cases: [string[], RegExp][] = [
      [['code', project, '--document', 'E99', '--quote', 'x', '--code', 'A'], /No document named “E99”/],
      [['code', project, '--document', 'E01', '--quote', 'absent de l’entretien', '--code', 'A'], /quote was not found/],
      [['info', join(project, '..', 'missing.verbatim')], /No project file/],
      [['frobnicate'], /unknown command/],
      [['create', project], /already exists/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args, dataDir);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});

describe('npx verbatim (the built bin)', () => {
  beforeAll(async () => {
    // The same build as `npm install`'s prepare step, so the test runs the code as it is now.
    await build({ configFile: 'vite.node.config.ts', logLevel: 'warn' });
  }, 120_000);

  it('runs as a separate process and prints exactly one JSON document', async () => {
    const { dir, project, file } = setup();
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, ['bin/verbatim.mjs', ...args], { env: { ...process.env, VERBATIM_DATA_DIR: join(dir, 'data') } });
    await run(['create', project]);
    await run(['import', project, file('E01.txt', INTERVIEW)]);
    const { stdout } = await run(['info', project, '--json']);
    expect(JSON.parse(stdout)).toMatchObject({ documents: [{ name: 'E01' }] });
    await expect(run(['info'])).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/^verbatim: Missing the project file/) });
  });

  it('ends quietly when its reader goes away (piped into head), and leaves the project unlocked', async () => {
    const { dir, project, file } = setup();
    const env = { ...process.env, VERBATIM_DATA_DIR: join(dir, 'data') };
    await promisify(execFile)(process.execPath, ['bin/verbatim.mjs', 'create', project], { env });
    // More output than a pipe holds (64 KB), so that writing it meets the closed pipe.
    const many = Array.from({ length: 30 }, (_, i) => file(`E${String(i).padStart(2, '0')}.txt`, `${INTERVIEW}\n\n`.repeat(40)));
    await promisify(execFile)(process.execPath, ['bin/verbatim.mjs', 'import', project, ...many], { env });
    // Exactly what a user types: the shell closes the pipe after 10 bytes.
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" bin/verbatim.mjs search "${project}" confiance --json | head -c 10`], { env, encoding: 'utf8' });
    expect(piped.stdout).toBe('{\n  "hits"');
    expect(piped.stderr).toBe('');
    expect(existsSync(`${project}.lock`)).toBe(false);
  }, 60_000);
});
