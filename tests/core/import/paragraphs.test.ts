import { describe, expect, it } from 'vitest';
import { assembleDocument, buildParsedDocument, splitParagraphs, type TurnDetector } from '../../../electron/core/documents/import/paragraphs';
import { expectTurnsCoverText } from './turn-invariants';

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

/** Wraps words greedily at `width`, as e-mail clients do; `fold -s` measures in bytes instead. */
function hardWrap(text: string, width: number, measure: (text: string) => number = (t) => t.length): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && measure(`${line} ${word}`) > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

const LONG_1 =
  'Je suis arrivée dans le quartier en mille neuf cent quatre-vingt-deux, à une époque où les loyers étaient encore abordables pour une institutrice, et je ne suis jamais repartie depuis.';
const LONG_2 =
  'Ce qui a changé, surtout, ce sont les commerces : la librairie a fermé, la boulangerie est devenue une chaîne, et les gens ne se parlent plus comme avant dans la rue.';

describe('splitParagraphs', () => {
  it('takes every non-empty line as a paragraph in a one-turn-per-line transcript', () => {
    expect(splitParagraphs('L1 : bonjour.\nL2 : bonjour.\nL1 : vous habitez ici ?\nL2 : oui, depuis longtemps.')).toEqual([
      'L1 : bonjour.',
      'L2 : bonjour.',
      'L1 : vous habitez ici ?',
      'L2 : oui, depuis longtemps.',
    ]);
  });

  it('splits on blank lines, however many, and trims each paragraph', () => {
    expect(splitParagraphs('\n\n  Premier.  \n\n\n\tSecond.\n\n')).toEqual(['Premier.', 'Second.']);
  });

  it('keeps long lines as they are (a turn per line, no wrapping)', () => {
    expect(splitParagraphs(`${LONG_1}\n${LONG_2}`)).toEqual([LONG_1, LONG_2]);
  });

  it('joins the lines of hard-wrapped paragraphs', () => {
    const wrapped = `${hardWrap(LONG_1, 72)}\n\n${hardWrap(LONG_2, 72)}`;
    expect(wrapped.split('\n').length).toBeGreaterThan(4);
    expect(splitParagraphs(wrapped)).toEqual([LONG_1, LONG_2]);
  });

  it('finds the end of a hard-wrapped paragraph even without a blank line after it', () => {
    expect(splitParagraphs(`${hardWrap(LONG_1, 60)}\n${hardWrap(LONG_2, 60)}`)).toEqual([LONG_1, LONG_2]);
  });

  it('never joins a line that starts a new turn in hard-wrapped text', () => {
    const transcript = [hardWrap(`L1 : ${LONG_1}`, 70), hardWrap(`L2 : ${LONG_2}`, 70), 'L1 : et alors ?'].join('\n');
    expect(splitParagraphs(transcript)).toEqual([`L1 : ${LONG_1}`, `L2 : ${LONG_2}`, 'L1 : et alors ?']);
  });

  it('joins lines wrapped by bytes (fold) or below the width (fmt), as long as lines come near the width', () => {
    const byBytes = `${hardWrap(LONG_1, 72, utf8Length)}\n\n${hardWrap(LONG_2, 72, utf8Length)}`;
    expect(splitParagraphs(byBytes)).toEqual([LONG_1, LONG_2]);
    const balanced = `${hardWrap(LONG_1, 66)}\n\n${hardWrap(LONG_2, 72)}`;
    expect(splitParagraphs(balanced)).toEqual([LONG_1, LONG_2]);
  });

  it('joins a wrapped transcript without blank lines turn by turn, its labels marking the turns', () => {
    const transcript = [hardWrap(`L1 : ${LONG_1}`, 60, utf8Length), hardWrap(`L2 : ${LONG_2}`, 60, utf8Length), 'L1 : et alors ?'].join('\n');
    expect(splitParagraphs(transcript)).toEqual([`L1 : ${LONG_1}`, `L2 : ${LONG_2}`, 'L1 : et alors ?']);
  });

  it('without blank lines or labels, prefers splitting at a sentence end to gluing two paragraphs', () => {
    const first = 'Nous avons parlé de son enfance, de ses parents et de la ferme où elle a grandi avant la guerre.';
    const second = 'Elle se souvient surtout des hivers, très longs, et de la route qu’il fallait faire à pied pour aller à l’école.';
    const paragraphs = splitParagraphs(`${hardWrap(first, 50)}\n${hardWrap(second, 50)}`);
    expect(paragraphs.join(' ')).toBe(`${first} ${second}`);
    expect(paragraphs).toContain(second);
  });

  it('does not mistake short lines of different lengths for wrapped text', () => {
    const lines = ['Oui.', 'Non, pas vraiment, je ne crois pas que ce soit le cas ici.', 'Peut-être.', 'Je ne sais pas.'];
    expect(splitParagraphs(lines.join('\n'))).toEqual(lines);
  });
});

describe('building the stored text and its turns', () => {
  it('joins paragraphs with a single \\n, one turn per paragraph, without speakers or times', () => {
    const document = buildParsedDocument('txt', ['  Un.', '', 'Deux.  ', 'Trois.']);
    expect(document).toEqual({
      format: 'txt',
      text: 'Un.\nDeux.\nTrois.',
      turns: [
        { start: 0, end: 3, labelEnd: 0, speaker: null, tStartMs: null, tEndMs: null },
        { start: 4, end: 9, labelEnd: 4, speaker: null, tStartMs: null, tEndMs: null },
        { start: 10, end: 16, labelEnd: 10, speaker: null, tStartMs: null, tEndMs: null },
      ],
    });
    expectTurnsCoverText(document, ['Un.', 'Deux.', 'Trois.']);
  });

  it('lets a turn detector set speakers, label ends and times', () => {
    const detectSpeakers: TurnDetector = (paragraphs) =>
      paragraphs.map((text) => {
        const label = /^(\S+) : /u.exec(text);
        return label ? { text, speaker: label[1] ?? null, labelLength: label[0].length, tStartMs: 1000 } : { text };
      });
    const document = buildParsedDocument('txt', ['Titre', 'Martine : oui.'], detectSpeakers);
    expect(document.turns[1]).toEqual({ start: 6, end: 20, labelEnd: 16, speaker: 'Martine', tStartMs: 1000, tEndMs: null });
    expect(document.text.slice(document.turns[1]?.start, document.turns[1]?.labelEnd)).toBe('Martine : ');
  });

  it('refuses turns that would break the offsets (a bug in an importer, not a bad file)', () => {
    expect(() => assembleDocument('txt', [{ text: 'a\nb' }])).toThrow();
    expect(() => assembleDocument('txt', [{ text: '' }])).toThrow();
    expect(() => assembleDocument('txt', [{ text: 'ab', labelLength: 3 }])).toThrow();
  });
});
