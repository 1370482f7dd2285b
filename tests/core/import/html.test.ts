import { afterAll, describe, expect, it } from 'vitest';
import { htmlToParagraphs } from '../../../electron/core/documents/import/html-text';
import { parseDocumentFile, parseDocumentFileWithDetails } from '../../../electron/core/documents/import/parse-file';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { bytes, concat, UTF8_BOM, utf8 } from '../../helpers/fixtures/text-bytes';
import { rejection } from './rejection';
import { expectTurnsCoverText } from './turn-invariants';

const temp = createTempFolder();
afterAll(() => temp.cleanup());

describe('web pages (.html, .htm)', () => {
  it('keeps the text of the body, one paragraph per block, and never the script, style or head', async () => {
    const html = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Titre de l’onglet</title>
<style>p { color: red }</style><script>document.write("<p>injecté</p>")</script></head>
<body>
<!-- un commentaire <p>caché</p> -->
<h1>Entretien 4</h1>
<p><b>Enquêtrice&nbsp;:</b> Vous   habitez
   ici&#8239;?</p>
<p><strong>Martine :</strong> Oui, <em>depuis</em> 1982 &amp; même avant<br>— enfin, presque.
<div>Un bloc<div>imbriqué</div>qui continue</div>
<ul><li>premier point<li>second point</ul>
<table><tr><th>Locuteur</th><th>Propos</th></tr><tr><td>Paul</td><td></td></tr><tr><td>Martine</td><td><p>Oui</p><p>non</p></td></tr></table>
<pre>ligne 1
  ligne 2</pre>
<p hidden>invisible</p><div style="display: none">masqué</div>
<template><p>modèle</p></template><noscript>Activez JavaScript</noscript>
<script type="module">alert("x")</script>
<p>Fin &lt;script&gt; écrit en texte.</p>
</body></html>`;
    const document = await parseDocumentFile(temp.write('page.html', html));
    expect(document.format).toBe('html');
    expectTurnsCoverText(document, [
      'Entretien 4',
      'Enquêtrice\u00A0: Vous habitez ici\u202F?',
      'Martine : Oui, depuis 1982 & même avant',
      '— enfin, presque.',
      'Un bloc',
      'imbriqué',
      'qui continue',
      'premier point',
      'second point',
      'Locuteur | Propos',
      'Paul',
      'Martine | Oui non',
      'ligne 1',
      'ligne 2',
      'Fin <script> écrit en texte.',
    ]);
    for (const hidden of ['injecté', 'document.write', 'color', 'Titre', 'caché', 'invisible', 'masqué', 'modèle', 'JavaScript', 'alert']) {
      expect(document.text).not.toContain(hidden);
    }
    expect(document.turns[1]).toMatchObject({ speaker: 'Enquêtrice' });
    expect(document.text.slice(document.turns[1]?.start, document.turns[1]?.labelEnd)).toBe('Enquêtrice\u00A0: ');
  });

  it('survives malformed markup: unclosed tags, stray end tags, a lone <, an unclosed comment', () => {
    expect(htmlToParagraphs('<p>un<p>deux</span></div>trois < quatre<p>cinq<!-- jamais fermé <p>six')).toEqual(['un', 'deux', 'trois < quatre', 'cinq']);
    expect(htmlToParagraphs('<p title="a > b">attribut</p><p data-x=\'"\'>guillemet</p>')).toEqual(['attribut', 'guillemet']);
    expect(htmlToParagraphs('<script>never</script')).toEqual([]);
    expect(htmlToParagraphs('<head><title>t</title><body><p>corps sans fin de head')).toEqual(['corps sans fin de head']);
  });

  it('drops the list markers Word writes for browsers without list support', () => {
    const word = '<p class=MsoListParagraph><![if !supportLists]><span>·<span>&nbsp;&nbsp; </span></span><![endif]>Premier point<o:p></o:p></p>';
    expect(htmlToParagraphs(word)).toEqual(['Premier point']);
  });

  it('decodes by BOM, by declared charset, else as UTF-8 or Windows-1252', async () => {
    const declared1252 = bytes('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>caf', 0xe9, ' ', 0x85, '</p></body></html>');
    expect(await parseDocumentFileWithDetails(temp.write('word.htm', declared1252))).toMatchObject({ document: { text: 'café …' }, encoding: 'windows-1252' });
    const latin1Label = bytes('<meta charset="ISO-8859-1"><p>', 0x93, 'oui', 0x94, '</p>');
    expect((await parseDocumentFile(temp.write('latin1.html', latin1Label))).text).toBe('“oui”');
    const utf8DespiteDeclaration = utf8('<meta charset="iso-8859-1"><p>déjà</p>');
    expect(await parseDocumentFileWithDetails(temp.write('menteur.html', utf8DespiteDeclaration))).toMatchObject({ document: { text: 'déjà' }, encoding: 'utf-8' });
    const latin9 = bytes('<meta charset="iso-8859-15"><p>c', 0xbd, 'ur ', 0xa4, '</p>');
    expect(await parseDocumentFileWithDetails(temp.write('latin9.html', latin9))).toMatchObject({ document: { text: 'cœur €' }, encoding: null });
    const bom = concat(UTF8_BOM, utf8('<meta charset="windows-1252"><p>été</p>'));
    expect((await parseDocumentFile(temp.write('bom.html', bom))).text).toBe('été');
    const undeclared = bytes('<p>', 0xe0, ' bient', 0xf4, 't</p>');
    expect(await parseDocumentFileWithDetails(temp.write('sans.html', undeclared))).toMatchObject({ document: { text: 'à bientôt' }, encoding: 'windows-1252' });
  });

  it('refuses a page without text and a binary file named .html', async () => {
    await expect(parseDocumentFile(temp.write('vide.html', '<html><head><title>t</title></head><body><img src="x.png"></body></html>'))).rejects.toThrow(
      rejection('BAD_FILE', '“vide.html”', 'no text'),
    );
    await expect(parseDocumentFile(temp.write('image.htm', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0)))).rejects.toThrow(rejection('BAD_FILE', '“image.htm”', 'picture'));
  });
});
