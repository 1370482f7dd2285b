import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../../../electron/core/documents/import/types';
import { parseDocumentFile, parseDocumentFileWithDetails } from '../../../electron/core/documents/import/parse-file';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { bytes, concat, UTF8_BOM, utf8 } from '../../helpers/fixtures/text-bytes';
import { rejection } from './rejection';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

const turnsOf = (document: ParsedDocument) =>
  document.turns.map((turn) => [turn.speaker, document.text.slice(turn.start, turn.labelEnd), document.text.slice(turn.labelEnd, turn.end), turn.tStartMs, turn.tEndMs]);

const importSrt = async (name: string, content: string | Uint8Array): Promise<ParsedDocument> => {
  const document = await parseDocumentFile(temp.write(name, content));
  expect(document.format).toBe('srt');
  expectTurnsCoverText(document);
  expect(document.text).not.toMatch(/-->|\d\d:\d\d:\d\d/u);
  return document;
};

const PODCAST = `1
00:00:00,179 --> 00:00:02,399
Travis: When you first get
started in podcasting, it's

2
00:00:02,400 --> 00:00:04,799
almost guaranteed that you're
going to make mistakes.

3
00:00:04,801 --> 00:00:07,980
SARAH : Creating good audio
is really key.

4
00:00:07,980 --> 00:00:13,109
No matter how good your content is.

5
00:00:13,111 --> 00:00:16,109
Travis: So is there an ideal length?

6
00:00:16,111 --> 00:00:19,500
Gilon: Short answer? Nope.
`;

describe('SubRip (.srt)', () => {
  it('carries a name given only when the speaker changes over to the following cues, merging them', async () => {
    expect(turnsOf(await importSrt('podcast.srt', PODCAST))).toEqual([
      ['Travis', 'Travis: ', "When you first get started in podcasting, it's almost guaranteed that you're going to make mistakes.", 179, 4799],
      ['SARAH', 'SARAH : ', 'Creating good audio is really key. No matter how good your content is.', 4801, 13109],
      ['Travis', 'Travis: ', 'So is there an ideal length?', 13111, 16109],
      ['Gilon', 'Gilon: ', 'Short answer? Nope.', 16111, 19500],
    ]);
  });

  it('reads a file with a BOM and CRLF line ends, and reports its encoding', async () => {
    const content = concat(UTF8_BOM, utf8(PODCAST.replace(/\n/gu, '\r\n')));
    const { document, encoding } = await parseDocumentFileWithDetails(temp.write('bom-crlf.srt', content));
    expect(encoding).toBe('utf-8');
    expect(document.text.startsWith('Travis: When you first get started')).toBe(true);
    expect(turnsOf(document)).toEqual(turnsOf(await importSrt('podcast2.srt', PODCAST)));
  });

  it('reads a Windows-1252 file', async () => {
    const content = bytes('1\r\n00:00:01,000 --> 00:00:02,500\r\nC', 0x92, 'est l', 0xe0, ' ', 0x85, '\r\n');
    const { document, encoding } = await parseDocumentFileWithDetails(temp.write('ancien.srt', content));
    expect(encoding).toBe('windows-1252');
    expect(document.text).toBe('C’est là …');
  });

  it('removes formatting tags and position codes, and starts a turn at each dialogue dash', async () => {
    const srt = `1
00:00:01,000 --> 00:00:03,000 X1:100 X2:200 Y1:10 Y2:20
{\\an8}<i>Bonjour</i> <font color="#ffff00">à <b>tous</b></font>.

2
00:00:03,000 --> 00:00:05,000
- Vous venez d'où ?
- De Lyon.
`;
    expect(turnsOf(await importSrt('styles.srt', srt))).toEqual([
      [null, '', 'Bonjour à tous.', 1000, 3000],
      [null, '', 'Vous venez d\'où ?', 3000, 5000],
      [null, '', 'De Lyon.', 3000, 5000],
    ]);
  });

  it('finds cues without blank lines between them, taking the number just above a timing line for its cue number', async () => {
    const srt = `00:00:01,000 --> 00:00:02,000
Le score était de
3
00:00:02,000 --> 00:00:03,000
deux à un.
00:00:03,000 --> 00:00:04,000
Voilà.

`;
    expect(turnsOf(await importSrt('serré.srt', srt))).toEqual([[null, '', 'Le score était de deux à un.', 1000, 3000], [null, '', 'Voilà.', 3000, 4000]]);
  });

  it('skips a cue whose timing line is garbage', async () => {
    const srt = `1
00:00:01,000 --> 00:00:02,000
Un.

2
00:00:02,000 --> bientôt
Perdu.

3
00:00:99,000 --> 00:01:00,000
Perdu aussi.

4
00:00:04,000 --> 00:00:05,000
Deux.
`;
    expect(turnsOf(await importSrt('cassé.srt', srt))).toEqual([
      [null, '', 'Un.', 1000, 2000],
      [null, '', 'Deux.', 4000, 5000],
    ]);
  });

  it('refuses a file that is not SubRip, or whose timings are all unreadable, naming it', async () => {
    await expect(parseDocumentFile(temp.write('lettre.srt', 'Chère Martine,\n\nMerci pour l’entretien.'))).rejects.toThrow(
      rejection('BAD_FILE', '“lettre.srt”', 'is not a SubRip subtitle file'),
    );
    await expect(parseDocumentFile(temp.write('illisible.srt', '1\n00:00 --> 00:01\nBonjour\n'))).rejects.toThrow(rejection('BAD_FILE', '“illisible.srt”', 'none of its cue timings can be read'));
    await expect(parseDocumentFile(temp.write('muet.srt', '1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n'))).rejects.toThrow(rejection('BAD_FILE', '“muet.srt”', 'no subtitle cue'));
  });
});
