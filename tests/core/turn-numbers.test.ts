import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSpeakerTurns, speakerTurnNumbers } from '../../shared/turn-numbers';
import { parseCsv } from '../../electron/core/cases/csv';
import { createTestCore } from '../helpers/test-core';

const turn = (start: number, speaker: string | null, labelled = speaker !== null) => ({ start, labelEnd: labelled ? start + 3 : start, speaker });

describe('speaker turn numbers', () => {
  it('count speaker turns only: header lines, tables and notes have none; a continued paragraph shares its turn’s number', () => {
    const turns = [
      turn(0, null), // title
      turn(10, null), // date, place
      turn(20, 'Enquêtrice'),
      turn(30, 'Martine'),
      turn(40, 'Martine', false), // Martine goes on, in a new paragraph
      turn(50, null), // a table row
      turn(60, 'Martine', false), // after the table, still Martine
      turn(70, 'Enquêtrice'),
      turn(80, 'Enquêtrice'), // a new label of the same speaker: a new turn
      turn(90, null), // [1] a note
    ];
    expect(speakerTurnNumbers(turns)).toEqual([null, null, 1, 2, 2, null, 3, 4, 5, null]);
    expect(countSpeakerTurns(turns)).toBe(5);
  });

  it('number the paragraphs of a document without speakers', () => {
    expect(speakerTurnNumbers([turn(0, null), turn(5, null)])).toEqual([1, 2]);
  });

  it('agree in the coded-segments export, the report and retrieval, header lines left out', async () => {
    const core = await createTestCore({ name: 'Étude' });
    const text = [
      'Projet Ville : Entretien 3',
      'Date : 12 mars 2024',
      'Lieu : Lyon',
      'Enquêtrice : Et la confiance des habitants ?',
      'Martine Lebrun : La confiance se perd en une semaine.',
      'Enquêtrice : Et ensuite ?',
      'Martine Lebrun : Elle se regagne en des années.',
    ].join('\n');
    const { imported } = await core.call('documents:import', { paths: [core.file('E03.txt', text)] });
    const id = imported[0]!.id;
    const code = await core.call('codes:create', { name: 'Confiance', parentId: null });
    const quote = 'Elle se regagne en des années.';
    const start = text.indexOf(quote);
    await core.call('codings:apply', { documentId: id, codeId: code.id, start, end: start + quote.length });

    // The fourth speaker turn, though the seventh paragraph.
    const [retrieved] = (await core.call('synthesis:retrieve', { codeIds: [code.id] })).codings;
    expect(retrieved?.turn).toMatchObject({ index: 6, number: 4 });

    const csv = await core.call('exports:write', { format: 'csv', path: join(core.dir, 'out'), language: 'en', csvLocale: 'en' });
    const rows = parseCsv(readFileSync(csv.path, 'utf8').replace(/^\uFEFF/u, ''));
    const turnColumn = rows[0]!.indexOf('Turn');
    expect(rows[1]![turnColumn]).toBe('4');

    const report = await core.call('exports:write', { format: 'md', path: join(core.dir, 'rapport.md') });
    const markdown = readFileSync(report.path, 'utf8');
    expect(markdown).toMatch(/E03, (?:tour|turn) 4\b/u);
    expect(markdown).not.toMatch(/(?:tour|turn) 7\b/u);
  });
});
