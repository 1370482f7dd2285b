import { afterAll, describe, expect, it } from 'vitest';
import { buildParsedDocument } from '../../../electron/core/documents/import/paragraphs';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { detectSpeakerTurns } from '../../../electron/core/documents/import/speakers/detect-speaker-turns';
import type { ParsedDocument } from '../../../electron/core/documents/import/types';
import { buildDocx, lineBreak, paragraph } from '../../helpers/fixtures/docx';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

const detect = (paragraphs: readonly string[]): ParsedDocument => {
  const document = buildParsedDocument('txt', paragraphs, detectSpeakerTurns);
  expectTurnsCoverText(document);
  return document;
};

/** Each turn as [speaker, label as stored, the rest of the turn], and its start time when asked. */
const turnsOf = (document: ParsedDocument) =>
  document.turns.map((turn) => [turn.speaker, document.text.slice(turn.start, turn.labelEnd), document.text.slice(turn.labelEnd, turn.end)]);
const timesOf = (document: ParsedDocument) => document.turns.map((turn) => turn.tStartMs);

describe('speaker labels', () => {
  it.each([
    ['Name:', 'Martine: ', 'Paul: '],
    ['Name : (French spacing)', 'Martine : ', 'Paul : '],
    ['Name\u00A0: (non-breaking space)', 'Martine\u00A0: ', 'Paul\u00A0: '],
    ['Name\u202F: (narrow non-breaking space)', 'Martine\u202F: ', 'Paul\u202F: '],
    ['[Name]', '[Martine] ', '[Paul] '],
    ['[Name]:', '[Martine]: ', '[Paul]: '],
  ])('reads %s labels that recur, with labelEnd after the colon and its spaces', (_, martine, paul) => {
    const document = detect([`${martine}Bonjour.`, `${paul}Bonjour, madame.`, `${martine}On commence ?`, `${paul}Allons-y.`]);
    expect(turnsOf(document)).toEqual([
      ['Martine', martine, 'Bonjour.'],
      ['Paul', paul, 'Bonjour, madame.'],
      ['Martine', martine, 'On commence ?'],
      ['Paul', paul, 'Allons-y.'],
    ]);
  });

  it('normalises names: spaces collapsed, case kept, labels of up to five words with initials and credentials', () => {
    const document = detect(['Mireille  B. Reece, Psy.D: Bonjour.', 'JEAN-PIERRE: Salut.', 'Mireille B. Reece, Psy.D: Ça va ?', 'JEAN-PIERRE: Oui.']);
    expect(document.turns.map((turn) => turn.speaker)).toEqual(['Mireille B. Reece, Psy.D', 'JEAN-PIERRE', 'Mireille B. Reece, Psy.D', 'JEAN-PIERRE']);
  });

  it('accepts known interviewer labels and Q/R, Q/A even when they appear once', () => {
    expect(turnsOf(detect(['Q : Vous habitez ici ?', 'R : Oui.']))).toEqual([
      ['Q', 'Q : ', 'Vous habitez ici ?'],
      ['R', 'R : ', 'Oui.'],
    ]);
    expect(turnsOf(detect(['Q: Where do you live?', 'A: Here.']))).toEqual([
      ['Q', 'Q: ', 'Where do you live?'],
      ['A', 'A: ', 'Here.'],
    ]);
    for (const role of ['INTERVIEWER:', 'Interviewer:', 'Enquêteur :', 'Enquêtrice :', 'Modératrice :']) {
      expect(detect([`${role} Première question ?`, 'Réponse sans étiquette.'])).toMatchObject({ turns: [{ speaker: role.replace(/ ?:$/u, '') }, { speaker: role.replace(/ ?:$/u, '') }] });
    }
    // A lone "A:" or "R :" without "Q" is a letter, not an answer.
    expect(detect(['A: une option.', 'B: une autre.']).turns.every((turn) => turn.speaker === null)).toBe(true);
  });

  it('takes a name used once as a speaker after a known one (a participant who speaks once)', () => {
    const document = detect(['Enquêtrice : Et la confiance ?', 'Martine Lebrun : Elle se perd vite.', 'L3 : Non, tu vas chez Gibert.']);
    expect(document.turns.map((turn) => turn.speaker)).toEqual(['Enquêtrice', 'Martine Lebrun', 'L3']);
  });

  it('gives unlabelled paragraphs the speaker of the last label, without a label of their own', () => {
    const document = detect(['Titre de l’entretien', 'L1 : Première question ?', 'L2 : Une réponse.', 'Qui continue ici.', 'L1 : Merci.']);
    expect(turnsOf(document)).toEqual([
      [null, '', 'Titre de l’entretien'],
      ['L1', 'L1 : ', 'Première question ?'],
      ['L2', 'L2 : ', 'Une réponse.'],
      ['L2', '', 'Qui continue ici.'],
      ['L1', 'L1 : ', 'Merci.'],
    ]);
  });

  it('joins a label alone on its line to the paragraph below it', () => {
    const document = detect(['MARTINE :', 'Je suis arrivée en 1982.', 'PAUL :', 'Et avant ?', 'MARTINE : À Orléans.']);
    expect(turnsOf(document)).toEqual([
      ['MARTINE', 'MARTINE : ', 'Je suis arrivée en 1982.'],
      ['PAUL', 'PAUL : ', 'Et avant ?'],
      ['MARTINE', 'MARTINE : ', 'À Orléans.'],
    ]);
  });

  it('leaves a document without speakers as one turn per paragraph without speaker', () => {
    const document = detect(['Premier paragraphe.', 'Deuxième : avec deux-points.', 'Troisième.']);
    expect(document.turns.map((turn) => [turn.speaker, turn.labelEnd - turn.start, turn.tStartMs])).toEqual([
      [null, 0, null],
      [null, 0, null],
      [null, 0, null],
    ]);
  });
});

describe('what is not a speaker', () => {
  it('ignores header lines, titles with a colon, hours, sentences with a colon and notes', () => {
    const paragraphs = [
      'Projet Ville Numérique : Entretien 3',
      'Entretien réalisé par Sophie Martin avec Martine Lebrun',
      'Date : 14/03/2017',
      'Date de l’entretien : 14 mars 2017',
      'Lieu : Lyon',
      'Durée : 1 h 12',
      'Interviewer : Sophie Martin',
      'Participants : Martine Lebrun, Paul Dupont',
      'Enquêtrice : Vous êtes arrivée quand ?',
      'Martine : En 1982.',
      'Madame la Maire a dit : « on verra ».',
      'à 10:30 : on est arrivés.',
      'Il m’a répondu: non.',
      'Note : l’enregistrement coupe ici.',
      'Attention : passage inaudible.',
      '[rires] Oui.',
      '[rires] Non.',
      'donc voilà : c’est tout.',
      'donc voilà : vraiment.',
      'Enquêtrice : Merci.',
      'Martine : De rien.',
    ];
    const document = detect(paragraphs);
    expect(document.text).toBe(paragraphs.join('\n'));
    expect(turnsOf(document).map(([speaker, label]) => [speaker, label])).toEqual([
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
      [null, ''],
      ['Enquêtrice', 'Enquêtrice : '],
      ['Martine', 'Martine : '],
      ['Martine', ''],
      ['Martine', ''],
      ['Martine', ''],
      ['Martine', ''],
      ['Martine', ''],
      ['Martine', ''],
      ['Martine', ''],
      ['Martine', ''],
      ['Martine', ''],
      ['Enquêtrice', 'Enquêtrice : '],
      ['Martine', 'Martine : '],
    ]);
  });

  it('does not take a label used once for a speaker when no speaker is established', () => {
    expect(detect(['Madame la Maire a dit : « on verra ».', 'Conclusion provisoire : rien.', 'Paul Dupont : un nom seul.']).turns.every((turn) => turn.speaker === null)).toBe(true);
  });

  it('rejects labels that are too long or hold sentence punctuation', () => {
    const long = 'Un deux trois quatre cinq six';
    expect(detect([`${long} : a`, `${long} : b`]).turns.every((turn) => turn.speaker === null)).toBe(true);
    expect(detect(['Oui ! Vraiment : a', 'Oui ! Vraiment : b']).turns.every((turn) => turn.speaker === null)).toBe(true);
  });
});

describe('timestamps in text transcripts', () => {
  it('moves a timestamp that opens a turn, or follows its label, to tStartMs; keeps one inside the label', () => {
    const document = detect([
      '[00:01:02] Martine: Bonjour.',
      '00:01:08 Paul: Bonjour.',
      'Martine (00:01:15): Ça commence.',
      'Paul 01:20 : Oui.',
      'Martine: [04:06] Et ensuite.',
      '(05:00) – Paul: Fin.',
      '[12:15] Une suite sans étiquette.',
    ]);
    expect(turnsOf(document)).toEqual([
      ['Martine', 'Martine: ', 'Bonjour.'],
      ['Paul', 'Paul: ', 'Bonjour.'],
      ['Martine', 'Martine (00:01:15): ', 'Ça commence.'],
      ['Paul', 'Paul 01:20 : ', 'Oui.'],
      ['Martine', 'Martine: ', 'Et ensuite.'],
      ['Paul', 'Paul: ', 'Fin.'],
      ['Paul', '', 'Une suite sans étiquette.'],
    ]);
    expect(timesOf(document)).toEqual([62_000, 68_000, 75_000, 80_000, 246_000, 300_000, 735_000]);
  });

  it('reads fractions of seconds, hours, and a time alone on its line as the next turn’s start', () => {
    const document = detect(['00:04:01.06', 'Premier passage.', '1:02:03,5 Deuxième passage.', '00:00:08 Troisième.']);
    expect(turnsOf(document).map(([, , text]) => text)).toEqual(['Premier passage.', 'Deuxième passage.', 'Troisième.']);
    expect(timesOf(document)).toEqual([241_060, 3_723_500, 8_000]);
  });

  it('leaves a lone time in the text: one “10:30” is an hour, not a timestamp', () => {
    const document = detect(['10:30 on est arrivés.', 'Puis on est repartis.']);
    expect(document.text).toBe('10:30 on est arrivés.\nPuis on est repartis.');
    expect(timesOf(document)).toEqual([null, null]);
  });

  it('keeps times that are not timestamps: a time followed by a colon, impossible minutes', () => {
    const document = detect(['10:30 : réunion.', '11:75 autre chose.', '12:00 : déjeuner.']);
    expect(document.text).toBe('10:30 : réunion.\n11:75 autre chose.\n12:00 : déjeuner.');
  });
});

describe('Teams-style transcripts', () => {
  it('makes `Name   0:06` lines the label of the speech below them, the time tStartMs', () => {
    const document = detect(['Transcription', 'Jordan Lee   0:01', 'Thanks for joining today.', 'Alex Morgan 0:06', 'Sure.', 'A second paragraph.', 'Jordan Lee   1:02:03', 'Bye.', 'Sam Roe   1:02:09']);
    expect(turnsOf(document)).toEqual([
      [null, '', 'Transcription'],
      ['Jordan Lee', 'Jordan Lee: ', 'Thanks for joining today.'],
      ['Alex Morgan', 'Alex Morgan: ', 'Sure.'],
      ['Alex Morgan', '', 'A second paragraph.'],
      ['Jordan Lee', 'Jordan Lee: ', 'Bye.'],
      ['Sam Roe', 'Sam Roe:', ''],
    ]);
    expect(timesOf(document)).toEqual([null, 1000, 6000, null, 3_723_000, 3_729_000]);
  });

  it('joins speech that the export cut at a fixed width, even mid-word', () => {
    const width = 60;
    const cut = (text: string): string[] => {
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += width) pieces.push(text.slice(i, i + width).trim());
      return pieces;
    };
    const alex =
      'Slack for quick communication, Zoom for meetings, and Miro for brainstorming. We also leaned on Jira to keep track of tasks, and it worked.';
    const jordan = 'How has remote work impacted your productivity and the way you plan your work for the week?';
    const paragraphs = ['Jordan Lee   0:01', ...cut(jordan), 'Alex Morgan   0:06', ...cut(alex), 'Jordan Lee   0:20', 'Thanks.'];
    expect(cut(alex).length).toBeGreaterThan(2);
    const document = detect(paragraphs);
    expect(turnsOf(document)).toEqual([
      ['Jordan Lee', 'Jordan Lee: ', jordan],
      ['Alex Morgan', 'Alex Morgan: ', alex],
      ['Jordan Lee', 'Jordan Lee: ', 'Thanks.'],
    ]);
  });

  it('reads a Word document where the name line and the speech are split by a line break', async () => {
    const body = [
      paragraph([lineBreak('Jordan Lee   0:01', 'Merci d’être venue.')]),
      paragraph('Priya Sharma   0:06'),
      paragraph('Avec plaisir.'),
      paragraph(''),
      paragraph('Jordan Lee   0:15'),
      paragraph('On commence ?'),
    ].join('');
    const document = await parseDocumentFile(temp.write('teams.docx', buildDocx(body)));
    expectTurnsCoverText(document, ['Jordan Lee: Merci d’être venue.', 'Priya Sharma: Avec plaisir.', 'Jordan Lee: On commence ?']);
    expect(timesOf(document)).toEqual([1000, 6000, 15000]);
  });
});

describe('speaker detection in each text format', () => {
  it('reads `**Name:**` labels in Markdown, reduced to `Name:` by the Markdown importer', async () => {
    const markdown = '# Épisode 12\n\n**Adam Stacoviak:** Welcome back.\n\n**Pieter Hintjens:** \\[04:06\\] Glad to be here.\n\nThank you guys.\n\n**Adam Stacoviak:** Great.\n';
    const document = await parseDocumentFile(temp.write('episode.md', markdown));
    expectTurnsCoverText(document);
    expect(turnsOf(document)).toEqual([
      [null, '', 'Épisode 12'],
      ['Adam Stacoviak', 'Adam Stacoviak: ', 'Welcome back.'],
      ['Pieter Hintjens', 'Pieter Hintjens: ', '[04:06] Glad to be here.'],
      ['Pieter Hintjens', '', 'Thank you guys.'],
      ['Adam Stacoviak', 'Adam Stacoviak: ', 'Great.'],
    ]);
    // One timestamp only: it stays, as text.
    expect(timesOf(document)).toEqual([null, null, null, null, null]);
  });

  it('reads labels in a plain-text transcript and in a Word document', async () => {
    const lines = ['L1 : vous êtes arrivée quand ?', 'L2 : en 1982.', 'L1 : et avant ?', 'L2 : à Orléans.'];
    for (const document of [
      await parseDocumentFile(temp.write('E03.txt', lines.join('\r\n\r\n'))),
      await parseDocumentFile(temp.write('E03.docx', buildDocx(lines.map((line) => paragraph(line)).join('')))),
    ]) {
      expectTurnsCoverText(document, lines);
      expect(document.turns.map((turn) => [turn.speaker, turn.labelEnd - turn.start])).toEqual([
        ['L1', 5],
        ['L2', 5],
        ['L1', 5],
        ['L2', 5],
      ]);
    }
  });
});
