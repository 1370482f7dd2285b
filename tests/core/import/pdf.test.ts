import { afterAll, describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { buildPdf, layParagraphs } from '../../helpers/fixtures/pdf';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { rejection } from './rejection';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

const turnsOf = (document: { text: string; turns: { start: number; end: number; speaker: string | null }[] }) =>
  document.turns.map((t) => [document.text.slice(t.start, t.end), t.speaker]);

describe('PDF transcripts', () => {
  it('joins the lines wrapped by the width into paragraphs, splits at paragraph gaps, and finds the speakers', async () => {
    // Lines of about the same length, filled up to the width: a word processor wrapped them.
    const page1 = layParagraphs([
      ['Entretien avec Martine Lebrun'],
      ['Enquêtrice : Pouvez-vous me dire comment la ville organise le travail entre les', 'services municipaux au quotidien ?'],
      ['Martine : Chaque service garde ses fichiers et ses habitudes, personne n’a une vue', 'd’ensemble sur les données, et le développement d’un outil commun prend du', 'temps. C’est le nœud du problème.'],
      ['Enquêtrice : Et la confiance des habi-', 'tants ?'],
    ]);
    const page2 = layParagraphs([['Martine : Elle se perd vite, peut-', 'être en une semaine, et se regagne lentement, au fil des années et des', 'réunions publiques.'], ['Enquêtrice : Merci.']]);
    const pdf = buildPdf([
      [...page1, { x: 290, y: 40, text: '1' }],
      [...page2, { x: 290, y: 40, text: '2' }],
    ]);
    const document = await parseDocumentFile(temp.write('E01 - élue.pdf', pdf));
    expect(document.format).toBe('pdf');
    expectTurnsCoverText(document);
    expect(turnsOf(document)).toEqual([
      ['Entretien avec Martine Lebrun', null],
      ['Enquêtrice : Pouvez-vous me dire comment la ville organise le travail entre les services municipaux au quotidien ?', 'Enquêtrice'],
      [
        'Martine : Chaque service garde ses fichiers et ses habitudes, personne n’a une vue d’ensemble sur les données, et le développement d’un outil commun prend du temps. C’est le nœud du problème.',
        'Martine',
      ],
      // `habi-` + `tants`: the document writes neither form elsewhere, so the hyphen stays (safe);
      // `peut-` + `être`: a compound, the hyphen stays.
      ['Enquêtrice : Et la confiance des habi-tants ?', 'Enquêtrice'],
      ['Martine : Elle se perd vite, peut-être en une semaine, et se regagne lentement, au fil des années et des réunions publiques.', 'Martine'],
      ['Enquêtrice : Merci.', 'Enquêtrice'],
    ]);
  });

  it('removes a hyphen at a line end only when the document writes the word whole elsewhere', async () => {
    const lines = layParagraphs([
      ['Martine : On parle beaucoup de développement durable, de développement local, du déve-', 'loppement des quartiers aussi, et de la participation.'],
      ['Paul : Oui.'],
      ['Martine : Voilà.'],
    ]);
    const document = await parseDocumentFile(temp.write('E02.pdf', buildPdf([lines])));
    expect(document.text).toContain('du développement des quartiers');
  });

  it('drops a running header and page numbers, but never a turn that opens several pages', async () => {
    const page = (n: number) => [
      { x: 72, y: 810, text: 'Projet Ville – entretien E04' },
      ...layParagraphs([['Enquêtrice : Et alors ?'], [`Martine : Réponse ${n}.`]]),
      { x: 280, y: 40, text: `Page ${n} sur 3` },
    ];
    const document = await parseDocumentFile(temp.write('E04.pdf', buildPdf([page(1), page(2), page(3)])));
    expect(document.text.split('\n')).toEqual([
      'Enquêtrice : Et alors ?',
      'Martine : Réponse 1.',
      'Enquêtrice : Et alors ?',
      'Martine : Réponse 2.',
      'Enquêtrice : Et alors ?',
      'Martine : Réponse 3.',
    ]);
    // Without the header, the turn is the first line of every page: it stays.
    const bare = (n: number) => layParagraphs([['Enquêtrice : Et alors ?'], [`Martine : Réponse ${n}.`]]);
    const again = await parseDocumentFile(temp.write('E05.pdf', buildPdf([bare(1), bare(2), bare(3)])));
    expect(again.text.split('\n')).toHaveLength(6);
  });

  it('refuses a scan without a text layer, naming the file and saying why', async () => {
    await expect(parseDocumentFile(temp.write('scan.pdf', buildPdf([[], []])))).rejects.toThrow(rejection('BAD_FILE', '“scan.pdf”', 'contains no text', 'scan'));
  });

  it('refuses password-protected, damaged and fake PDFs with clear errors', async () => {
    const page = layParagraphs([['Martine : Bonjour.']]);
    await expect(parseDocumentFile(temp.write('secret.pdf', buildPdf([page], { encrypted: true })))).rejects.toThrow(rejection('BAD_FILE', '“secret.pdf”', 'password'));
    const cut = buildPdf([page]).slice(0, 120);
    await expect(parseDocumentFile(temp.write('coupé.pdf', cut))).rejects.toThrow(rejection('BAD_FILE', '“coupé.pdf”'));
    await expect(parseDocumentFile(temp.write('faux.pdf', 'Bonjour, ceci est du texte.'))).rejects.toThrow(rejection('BAD_FILE', '“faux.pdf”', 'not a PDF'));
  });
});
