import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../electron/core/documents/import/types';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { readCuePayload } from '../../../electron/core/documents/import/subtitles/vtt';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { rejection } from './rejection';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

/** Each turn as [speaker, label as stored, text after the label, start ms, end ms]. */
const turnsOf = (document: ParsedDocument) =>
  document.turns.map((turn) => [
    turn.speaker,
    document.text.slice(turn.start, turn.labelEnd),
    document.text.slice(turn.labelEnd, turn.end),
    turn.tStartMs,
    turn.tEndMs,
  ]);

const importVtt = async (name: string, content: string): Promise<ParsedDocument> => {
  const document = await parseDocumentFile(temp.write(name, content));
  expect(document.format).toBe('vtt');
  expectTurnsCoverText(document);
  expect(document.text).not.toMatch(/-->|WEBVTT|\d\d:\d\d\.\d\d\d/u);
  return document;
};

describe('WebVTT (.vtt)', () => {
  it('makes one turn of consecutive cues of the same voice, labelled `Name: `, with the first start and the last end', async () => {
    const vtt = `WEBVTT - Entretien 7
Kind: captions
Language: fr

NOTE Exporté de Teams.
Deux lignes de note.

STYLE
::cue { color: yellow }

REGION
id:bas width:40%

1
00:00:01.000 --> 00:00:04.500 align:start position:10%
<v Martine Lebrun>Je suis arrivée en 1982,

2
00:00:04.500 --> 00:00:07.250
<v Martine Lebrun>à une époque où les loyers
étaient encore abordables.</v>

00:07.300 --> 00:09.000
<v.loud Enquêtrice>Et aujourd’hui ?

3
00:00:09.000 --> 00:00:11.000
<v Martine Lebrun>Tout a changé.
`;
    const document = await importVtt('teams.vtt', vtt);
    expect(turnsOf(document)).toEqual([
      ['Martine Lebrun', 'Martine Lebrun: ', 'Je suis arrivée en 1982, à une époque où les loyers étaient encore abordables.', 1000, 7250],
      ['Enquêtrice', 'Enquêtrice: ', 'Et aujourd’hui ?', 7300, 9000],
      ['Martine Lebrun', 'Martine Lebrun: ', 'Tout a changé.', 9000, 11000],
    ]);
  });

  it('removes styling, ruby annotations and timestamp tags, and decodes entities', async () => {
    const vtt = `WEBVTT

00:00:01.000 --> 00:00:05.000
<c.yellow.bg_blue>Q&amp;A</c> : <i>vraiment</i> <b>très</b> <u>bien</u>, <lang en>indeed</lang>&nbsp;!
<ruby>漢<rt>kan</rt>字<rt>ji</rt></ruby> <00:00:03.000>a&lt;b&gt;c &lrm;x&rlm; <inaudible>
`;
    const document = await importVtt('styles.vtt', vtt);
    expect(document.text).toBe('Q&A : vraiment très bien, indeed\u00A0! 漢字 a<b>c \u200Ex\u200F <inaudible>');
    expect(readCuePayload('<v Bob>Hi</v> <v Alice>Hello')).toEqual([
      { voice: 'Bob', text: 'Hi ' },
      { voice: 'Alice', text: 'Hello' },
    ]);
  });

  it('without any speaker mark, joins cues while a sentence runs across them', async () => {
    const vtt = `WEBVTT

00:00:00.001 --> 00:00:08.740
Talk Python To Me, episode number one.

00:00:08.740 --> 00:00:37.820
Hello and welcome to Talk Python To Me, a weekly podcast on Python,

00:00:37.820 --> 00:00:41.400
the language, the libraries, and the personalities.

00:00:41.400 --> 00:00:45.300
This is your host, Michael Kennedy.
`;
    expect(turnsOf(await importVtt('plain.vtt', vtt))).toEqual([
      [null, '', 'Talk Python To Me, episode number one.', 1, 8740],
      [null, '', 'Hello and welcome to Talk Python To Me, a weekly podcast on Python, the language, the libraries, and the personalities.', 8740, 41400],
      [null, '', 'This is your host, Michael Kennedy.', 41400, 45300],
    ]);
  });

  it('starts a new turn of an unknown speaker at each dialogue dash, and continues it in unmarked cues', async () => {
    const vtt = `WEBVTT

00:00:00.000 --> 00:00:04.080
- Bex, welcome to Talk Python To Me.


00:00:04.080 --> 00:00:04.920
- Hello, Michael.


00:00:04.920 --> 00:00:06.120
Thanks for having me.


00:00:06.120 --> 00:00:09.000
- Hi.
- Hello again.
`;
    expect(turnsOf(await importVtt('dash.vtt', vtt))).toEqual([
      [null, '', 'Bex, welcome to Talk Python To Me.', 0, 4080],
      [null, '', 'Hello, Michael. Thanks for having me.', 4080, 6120],
      [null, '', 'Hi.', 6120, 9000],
      [null, '', 'Hello again.', 6120, 9000],
    ]);
  });

  it('starts a new turn at each `>>`, even inside a cue, and takes a name written after it', async () => {
    const vtt = `WEBVTT

00:00:00.000 --> 00:00:05.040
>> Hey, Jody. >> Hey, how are you?

00:00:05.040 --> 00:00:09.480
>> Awesome to have you here. Everyone out

00:00:09.480 --> 00:00:13.560
there who's watching, welcome.

00:00:13.560 --> 00:00:15.000
>> JODY: Thank you.

00:00:15.000 --> 00:00:17.000
>> MICHAEL: Great.

00:00:17.000 --> 00:00:19.000
>> JODY: Really.
`;
    expect(turnsOf(await importVtt('chevrons.vtt', vtt))).toEqual([
      [null, '', 'Hey, Jody.', 0, 5040],
      [null, '', 'Hey, how are you?', 0, 5040],
      [null, '', "Awesome to have you here. Everyone out there who's watching, welcome.", 5040, 13560],
      ['JODY', 'JODY: ', 'Thank you.', 13560, 15000],
      ['MICHAEL', 'MICHAEL: ', 'Great.', 15000, 17000],
      ['JODY', 'JODY: ', 'Really.', 17000, 19000],
    ]);
  });

  it('reads `Name:` labels in cue text and carries the name over to the following cues', async () => {
    const vtt = `WEBVTT

00:01.000 --> 00:03.000
Sarah: In today's episode, you'll learn

00:03.000 --> 00:05.000
whether you need a trailer.

00:05.000 --> 00:07.000
Gillian: Hi, Gillian here.

00:07.000 --> 00:09.000
Sarah: Welcome, Gillian.

00:09.000 --> 00:10.000
Sarah: Let's start.
`;
    expect(turnsOf(await importVtt('labels.vtt', vtt))).toEqual([
      ['Sarah', 'Sarah: ', "In today's episode, you'll learn whether you need a trailer.", 1000, 5000],
      ['Gillian', 'Gillian: ', 'Hi, Gillian here.', 5000, 7000],
      ['Sarah', 'Sarah: ', "Welcome, Gillian. Let's start.", 7000, 10000],
    ]);
  });

  it('skips a cue whose timing line is garbage, and blocks without timing', async () => {
    const vtt = `WEBVTT

00:00:01.000 --> 00:00:02.000
Un.

00:00:0x.000 --> 00:00:03.000
Perdu.

00:00:03.000 --> soon
Perdu aussi.

00:61:00.000 --> 00:62:00.000
Minutes impossibles.

texte errant sans horaire

00:00:04.000 --> 00:00:05.000
Deux.
`;
    expect(turnsOf(await importVtt('cassé.vtt', vtt))).toEqual([
      [null, '', 'Un.', 1000, 2000],
      [null, '', 'Deux.', 4000, 5000],
    ]);
  });

  it('reads CRLF line ends, a BOM and a header without the blank line after it', async () => {
    const document = await importVtt('crlf.vtt', '\uFEFFWEBVTT\r\n00:00:00.000 --> 00:00:02.760\r\n<v Sarah>In today&apos;s episode\r\n\r\n');
    expect(turnsOf(document)).toEqual([['Sarah', 'Sarah: ', 'In today\'s episode', 0, 2760]]);
  });

  it('refuses a file that is not WebVTT, and one without cues, naming it', async () => {
    await expect(parseDocumentFile(temp.write('faux.vtt', '1\n00:00:01,000 --> 00:00:02,000\nBonjour\n'))).rejects.toThrow(
      rejection('BAD_FILE', '“faux.vtt”', 'is not a WebVTT subtitle file', 'WEBVTT'),
    );
    await expect(parseDocumentFile(temp.write('texte.vtt', 'Bonjour, ceci est une lettre.'))).rejects.toThrow(rejection('BAD_FILE', '“texte.vtt”', 'WebVTT'));
    await expect(parseDocumentFile(temp.write('vide.vtt', 'WEBVTT\n\nNOTE rien\n'))).rejects.toThrow(rejection('BAD_FILE', '“vide.vtt”', 'no subtitle cue'));
    await expect(parseDocumentFile(temp.write('image.vtt', Uint8Array.of(0xff, 0xd8, 0xff, 0xe0)))).rejects.toThrow(rejection('BAD_FILE', '“image.vtt”', 'picture'));
  });
});
