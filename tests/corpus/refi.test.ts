import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RefiImportReport } from '../../shared/contract';
import { AppError } from '../../shared/result';
import { createTestCore } from '../helpers/test-core';

/**
 * Real REFI-QDA files written by NVivo, ATLAS.ti, QualCoder and the spec's examples
 * (`../shared/corpus/refi/samples`, beside the clone; see its README). Not part of the repository
 * (their licences differ), so this suite skips where it is absent. Every file must import or be
 * refused with a clear error naming it; what each gave is printed for the record.
 */
const SAMPLES = fileURLToPath(new URL('../../../shared/corpus/refi/samples', import.meta.url));
const hasCorpus = existsSync(SAMPLES);
if (!hasCorpus) console.info(`[corpus] ${SAMPLES} not found: the REFI-QDA corpus suite is skipped.`);

const SCHEMAS = fileURLToPath(new URL('../core/refi/schemas/', import.meta.url));
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const samples = hasCorpus ? readdirSync(SAMPLES).filter((n) => /\.(?:qdpx|qdc|qde)(?:\.txt)?$/iu.test(n)).sort() : [];

describe.skipIf(!hasCorpus)('REFI-QDA corpus', () => {
  it.each(samples)('%s imports, or is refused naming the file', async (name) => {
    const core = await createTestCore();
    // `x.qdc.txt` is a damaged codebook kept as text: it is tried as the .qdc it claims to be.
    const path = core.file(name.replace(/\.txt$/u, ''), new Uint8Array());
    copyFileSync(join(SAMPLES, name), path);
    const before = await core.call('history:state', {});
    const outcome = await core.call('refi:import', { path }).catch((error: unknown) => error);
    if (outcome instanceof Error) {
      expect(outcome).toBeInstanceOf(AppError);
      console.info(`[corpus] ${name}: refused: ${outcome.message}`);
      expect(outcome.message).toContain(name.replace(/\.txt$/u, ''));
      expect(await core.call('history:state', {})).toEqual(before);
      expect(name).toMatch(/TRUNCATED/u);
      return;
    }
    const report = outcome as RefiImportReport;
    console.info(
      `[corpus] ${name}: ${report.kind} from “${report.origin ?? '?'}”, unit ${report.offsetUnit ?? '—'}: ` +
        `${report.counts.documents} documents, ${report.counts.codes} codes, ${report.counts.codings} codings, ${report.counts.cases} cases, ` +
        `${report.counts.attributes} attributes, ${report.counts.values} values, ${report.counts.memos} memos, ${report.counts.coders} coders; ` +
        `skipped ${report.skipped.length}: ${report.skipped.map((s) => `${s.what} “${s.name}” ${s.reason}`).join(' | ') || 'nothing'}` +
        (report.notes.length > 0 ? `; notes: ${report.notes.join(' | ')}` : ''),
    );
    expect(report.counts.codes).toBeGreaterThan(0);
    for (const code of await core.call('codes:list', {})) {
      for (const coding of await core.call('codings:retrieve', { codeId: code.id })) expect(coding.text.trim()).not.toBe('');
    }
    // What came in goes out again as a QDPX the 2019 schema accepts.
    const exported = await core.call('exports:write', { format: 'qdpx', path: join(core.dir, 'again.qdpx') });
    if (hasXmllint) {
      const qde = join(core.dir, 'again.qde');
      writeFileSync(qde, unzipSync(new Uint8Array(readFileSync(exported.path)))['project.qde']!);
      execFileSync('xmllint', ['--noout', '--schema', join(SCHEMAS, 'Project-mrt2019.xsd'), qde], { stdio: 'pipe' });
    }
  });
});
