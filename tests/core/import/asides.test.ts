import { afterAll, describe, expect, it } from 'vitest';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import type { ParsedDocument } from '../../../electron/core/documents/import/types';
import { buildDocx, endnoteReference, footnoteReference, paragraph, run, table } from '../../helpers/fixtures/docx';
import { buildOdt, footnote, paragraph as odtParagraph, table as odtTable } from '../../helpers/fixtures/odt';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

/** Each turn's text with its speaker. */
const turnsOf = (document: ParsedDocument) => document.turns.map((t) => [document.text.slice(t.start, t.end), t.speaker]);

/** The interview every format below writes: two speakers, a table after a turn, two notes. */
const expectedTurns = [
  ['Enquêtrice : Comment s’organise la semaine ?', 'Enquêtrice'],
  ['Martine : Le lundi, on fait le point [1].', 'Martine'],
  ['Jour | Tâche', null],
  ['Lundi | Réunion', null],
  ['Et le reste du temps, on est sur le terrain.', 'Martine'],
  ['Enquêtrice : Merci [2].', 'Enquêtrice'],
  ['Martine : De rien.', 'Martine'],
  ['[1] Réunion d’équipe.', null],
  ['[2] Fin de l’entretien.', null],
];

describe('tables and notes in documents', () => {
  it('.docx: a table is its own block and notes go to the end, both without a speaker; markers never glued to the word', async () => {
    const body = [
      paragraph('Enquêtrice : Comment s’organise la semaine ?'),
      paragraph([run('Martine : Le lundi, on fait le point'), footnoteReference(1), run('.')]),
      table([
        ['Jour', 'Tâche'],
        ['Lundi', 'Réunion'],
      ]),
      paragraph('Et le reste du temps, on est sur le terrain.'),
      paragraph([run('Enquêtrice : Merci'), endnoteReference(1), run('.')]),
      paragraph('Martine : De rien.'),
    ].join('');
    const docx = buildDocx(body, { footnotes: [{ id: 1, text: 'Réunion d’équipe.' }], endnotes: [{ id: 1, text: 'Fin de l’entretien.' }] });
    const document = await parseDocumentFile(temp.write('semaine.docx', docx));
    expectTurnsCoverText(document);
    expect(turnsOf(document)).toEqual(expectedTurns);
    expect(document.text).not.toMatch(/point\[|point1/u);
  });

  it('.odt: the same, with LibreOffice’s tables and notes', async () => {
    const body = [
      odtParagraph('Enquêtrice : Comment s’organise la semaine ?'),
      odtParagraph(['Martine : Le lundi, on fait le point', footnote('1', 'Réunion d’équipe.'), '.']),
      odtTable([
        ['Jour', 'Tâche'],
        ['Lundi', 'Réunion'],
      ]),
      odtParagraph('Et le reste du temps, on est sur le terrain.'),
      odtParagraph(['Enquêtrice : Merci', footnote('2', 'Fin de l’entretien.', 'endnote'), '.']),
      odtParagraph('Martine : De rien.'),
    ].join('');
    const document = await parseDocumentFile(temp.write('semaine.odt', buildOdt(body)));
    expectTurnsCoverText(document);
    expect(turnsOf(document)).toEqual(expectedTurns);
  });

  const htmlTable = '<table><tr><th>Jour</th><th>Tâche</th></tr><tr><td>Lundi</td><td>Réunion</td></tr></table>';
  const pages: [string, string][] = [
    [
      'Word (Save as web page)',
      `<p>Enquêtrice : Comment s’organise la semaine ?</p>
       <p>Martine : Le lundi, on fait le point<a style='mso-footnote-id:ftn1' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></a>.</p>
       ${htmlTable}
       <p>Et le reste du temps, on est sur le terrain.</p>
       <p>Enquêtrice : Merci<a href="#_ftn2" name="_ftnref2"><span class=MsoFootnoteReference>[2]</span></a>.</p>
       <p>Martine : De rien.</p>
       <div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1>
       <p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Réunion d’équipe.</p></div>
       <div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2">[2]</a> Fin de l’entretien.</p></div></div>`,
    ],
    [
      'Google Docs',
      `<p>Enquêtrice : Comment s’organise la semaine ?</p>
       <p><span>Martine : Le lundi, on fait le point</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup><span>.</span></p>
       ${htmlTable}
       <p>Et le reste du temps, on est sur le terrain.</p>
       <p>Enquêtrice : Merci<sup><a href="#ftnt2" id="ftnt_ref2">[2]</a></sup>.</p>
       <p>Martine : De rien.</p><hr>
       <div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;Réunion d’équipe.</span></p></div>
       <div><p><a href="#ftnt_ref2" id="ftnt2">[2]</a><span>&nbsp;Fin de l’entretien.</span></p></div>`,
    ],
    [
      'pandoc (notes in a list, linked back with arrows; marker a bare superscript number)',
      `<p>Enquêtrice : Comment s’organise la semaine ?</p>
       <p>Martine : Le lundi, on fait le point<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a>.</p>
       ${htmlTable}
       <p>Et le reste du temps, on est sur le terrain.</p>
       <p>Enquêtrice : Merci<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a>.</p>
       <section id="footnotes" class="footnotes" role="doc-endnotes"><hr /><ol>
       <li id="fn1"><p>Réunion d’équipe.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
       <li id="fn2"><p>Fin de l’entretien.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
       </ol></section>
       <p>Martine : De rien.</p>`,
    ],
  ];
  it.each(pages)('.html from %s: the same', async (_source, html) => {
    const document = await parseDocumentFile(temp.write('semaine.html', `<html><body>${html}</body></html>`));
    expectTurnsCoverText(document);
    expect(turnsOf(document)).toEqual(expectedTurns);
  });

  it('keeps in-page links that are not note markers as text, and a table without speakers as rows', async () => {
    const html = '<p>Voir <a href="#plan">le plan</a> et <a href="#x">3 ans</a>.</p><table><tr><td>A</td><td>B</td></tr></table><p id="plan">Plan.</p>';
    const document = await parseDocumentFile(temp.write('liens.html', html));
    expect(turnsOf(document)).toEqual([
      ['Voir le plan et 3 ans.', null],
      ['A | B', null],
      ['Plan.', null],
    ]);
  });
});
