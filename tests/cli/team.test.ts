import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { tempDir } from '../helpers/temp-dir';

async function cli(args: string[], dataDir: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir });
  return { code, stdout, stderr };
}

const INTERVIEW = 'Enquêtrice : Et la confiance ?\n\nMartine : La confiance se perd en une semaine et se regagne en des années.';

describe('verbatim CLI, team coding', () => {
  it('codes as named coders, lists them in info, measures their agreement and merges a colleague’s copy', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const project = join(dir, 'étude.verbatim');
    const file = join(dir, 'E01.txt');
    writeFileSync(file, INTERVIEW);
    expect((await cli(['create', project], dataDir)).code).toBe(0);
    expect((await cli(['import', project, file], dataDir)).code).toBe(0);
    const code = (quote: string, coder: string, path = 'Gouvernance/Confiance') =>
      cli(['code', project, '--document', 'E01', '--quote', quote, '--code', path, '--coder', coder], dataDir);
    expect((await code('La confiance se perd en une semaine', 'Alice')).code).toBe(0);
    expect((await code('se perd en une semaine et se regagne', 'Bruno')).code).toBe(0);

    const info = JSON.parse((await cli(['info', project, '--json'], dataDir)).stdout) as { coders: { name: string; codings: number }[] };
    // --coder is for the command only: the project's own coder is still there, with no codings.
    expect(info.coders).toEqual([
      { name: 'Codeur 1', codings: 0 },
      { name: 'Alice', codings: 1 },
      { name: 'Bruno', codings: 1 },
    ]);

    const agreement = await cli(['agreement', project, '--coders', 'Alice,Bruno', '--json'], dataDir);
    expect(agreement.code).toBe(0);
    const a = JSON.parse(agreement.stdout) as { coders: string[]; documents: string[]; codes: { path: string; units: number; both: number; onlyA: number; onlyB: number; neither: number; kappa: number | null }[]; overall: { percent: number } };
    expect(a.coders).toEqual(['Alice', 'Bruno']);
    expect(a.documents).toEqual(['E01']);
    const text = INTERVIEW.replace('\n\n', '\n');
    const alice = 'La confiance se perd en une semaine';
    const bruno = 'se perd en une semaine et se regagne';
    const both = 'se perd en une semaine'.length;
    expect(a.codes).toEqual([
      expect.objectContaining({ path: 'Gouvernance/Confiance', units: text.length, both, onlyA: alice.length - both, onlyB: bruno.length - both }),
    ]);
    expect(a.overall.percent).toBeCloseTo((text.length - (alice.length - both) - (bruno.length - both)) / text.length, 12);
    const table = await cli(['agreement', project, '--coders', 'Alice, Bruno', '--code', 'gouvernance/confiance'], dataDir);
    expect(table.stdout).toMatch(/^Gouvernance\/Confiance\t0\.\d{3}\t/m);
    expect((await cli(['agreement', project, '--coders', 'Alice,Nobody'], dataDir)).stderr).toMatch(/No coder named “Nobody”/);

    // A colleague codes a copy; the lead merges it back, twice (the second time adds nothing).
    const copy = join(dir, 'copie.verbatim');
    copyFileSync(project, copy);
    expect((await cli(['code', copy, '--document', 'E01', '--quote', 'Et la confiance ?', '--code', 'Questions', '--coder', 'Chloé'], dataDir)).code).toBe(0);
    const merged = await cli(['merge', project, copy, '--json'], dataDir);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({
      documents: { matched: 1, added: 0, reanchored: 0 },
      codes: { matched: 2, added: 1 },
      codings: { added: 1, duplicates: 2, unplaced: 0 },
      memos: { added: 0, conflicts: 0 },
      coders: expect.arrayContaining(['Chloé']),
    });
    const again = JSON.parse((await cli(['merge', project, copy, '--json'], dataDir)).stdout) as { codings: { added: number } };
    expect(again.codings.added).toBe(0);
    expect((await cli(['merge', project], dataDir)).code).toBe(2);
  });
});
