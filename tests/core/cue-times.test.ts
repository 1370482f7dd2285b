import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocumentDetail } from '../../shared/contract';
import { migrate } from '../../electron/core/db/migrate';
import { migrationSources } from '../../electron/core/db/migrations';
import { createDocumentRepo } from '../../electron/core/documents/document-repo';
import { createTestCore } from '../helpers/test-core';

const VTT = `WEBVTT

00:00:01.000 --> 00:00:03.000
<v Martine>Chaque service a ses fichiers.

00:00:03.500 --> 00:00:06.000
<v Martine>Personne n’a une vue d’ensemble.

00:00:07.000 --> 00:00:09.000
<v Martine>Et ça coûte cher.

00:00:10.000 --> 00:00:11.000
<v Paul>Merci.
`;

/** Each time with the words from its offset on (to the end of its turn). */
const wordsAtTimes = (doc: DocumentDetail) =>
  doc.turnList.map((turn) => (turn.times ?? []).map((t) => [t.ms, doc.text.slice(t.offset, turn.end)]));

describe('cue times of subtitle turns', () => {
  it('keeps every cue’s start in the turn the cues were joined into, at the offset where its words start', async () => {
    const core = await createTestCore();
    const { imported } = await core.call('documents:import', { paths: [core.file('E01.vtt', VTT)] });
    const doc = await core.call('documents:get', { id: imported[0]!.id });
    expect(doc.text).toBe('Martine: Chaque service a ses fichiers. Personne n’a une vue d’ensemble. Et ça coûte cher.\nPaul: Merci.');
    expect(doc.turnList.map((t) => [t.tStartMs, t.tEndMs])).toEqual([
      [1000, 9000],
      [10000, 11000],
    ]);
    expect(wordsAtTimes(doc)).toEqual([
      [
        [1000, 'Chaque service a ses fichiers. Personne n’a une vue d’ensemble. Et ça coûte cher.'],
        [3500, 'Personne n’a une vue d’ensemble. Et ça coûte cher.'],
        [7000, 'Et ça coûte cher.'],
      ],
      [[10000, 'Merci.']],
    ]);
  });

  it('.srt too, and text documents give each timed turn its own start', async () => {
    const core = await createTestCore();
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nMARTINE : Oui, je\n\n2\n00:00:02,000 --> 00:00:04,500\ncrois que oui.\n\n3\n00:00:05,000 --> 00:00:06,000\nPAUL : Bien.\n\n4\n00:00:06,500 --> 00:00:07,000\nMARTINE : Voilà.\n';
    const txt = '[00:00:01] Martine : Bonjour.\n[00:00:04] Paul : Oui.\nSans heure.\n[00:00:09] Martine : Fin.\nPaul : Bien.';
    const { imported } = await core.call('documents:import', { paths: [core.file('E02.srt', srt), core.file('E03.txt', txt)] });
    const srtDoc = await core.call('documents:get', { id: imported[0]!.id });
    expect(wordsAtTimes(srtDoc)[0]).toEqual([
      [1000, 'Oui, je crois que oui.'],
      [2000, 'crois que oui.'],
    ]);
    const txtDoc = await core.call('documents:get', { id: imported[1]!.id });
    expect(wordsAtTimes(txtDoc)).toEqual([[[1000, 'Bonjour.']], [[4000, 'Oui.']], [], [[9000, 'Fin.']], []]);
  });

  it('follow an edit as codings do: shifted by a correction, carried into a split paragraph, restored by undo', async () => {
    const core = await createTestCore();
    const { imported } = await core.call('documents:import', { paths: [core.file('E01.vtt', VTT)] });
    const id = imported[0]!.id;
    const before = await core.call('documents:get', { id });

    const corrected = before.text.replace('Chaque service', 'Au fond, chaque service').replace(' Et ça coûte cher.', '\nEt ça coûte très cher.');
    await core.call('documents:edit', { id, text: corrected });
    const after = await core.call('documents:get', { id });
    expect(after.text).toBe('Martine: Au fond, chaque service a ses fichiers. Personne n’a une vue d’ensemble.\nEt ça coûte très cher.\nPaul: Merci.');
    expect(wordsAtTimes(after)).toEqual([
      [
        [1000, 'Au fond, chaque service a ses fichiers. Personne n’a une vue d’ensemble.'],
        [3500, 'Personne n’a une vue d’ensemble.'],
      ],
      [[7000, 'Et ça coûte très cher.']],
      [[10000, 'Merci.']],
    ]);
    // The paragraph split off where a cue started takes that cue's time as its own.
    expect(after.turnList[1]).toMatchObject({ speaker: 'Martine', tStartMs: 7000 });

    await core.call('history:undo', {});
    expect(await core.call('documents:get', { id })).toEqual(before);
  });

  it('a project from before cue times opens with its turns’ own starts (migration 9)', () => {
    const db = new Database(':memory:');
    migrate(db, migrationSources, 8);
    db.prepare(`INSERT INTO documents (id, guid, name, format, text, words, imported_from, imported_at) VALUES (1, 'g', 'E01', 'vtt', 'Martine: Oui.', 2, NULL, '2025-01-01')`).run();
    db.prepare(`INSERT INTO turns (document_id, start, end, label_end, speaker, t_start_ms, t_end_ms) VALUES (1, 0, 13, 9, 'Martine', 1500, 2000)`).run();
    migrate(db, migrationSources);
    expect(db.prepare(`SELECT cue_times FROM turns`).get()).toEqual({ cue_times: null });
    expect(createDocumentRepo(db).turns(1)[0]?.times).toEqual([{ offset: 9, ms: 1500 }]);
  });
});
