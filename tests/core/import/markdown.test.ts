import { afterAll, describe, expect, it } from 'vitest';
import { inlineToText, markdownToText } from '../../../electron/core/documents/import/markdown';
import { parseDocumentFile } from '../../../electron/core/documents/import/parse-file';
import { createTempFolder } from '../../helpers/fixtures/temp-files';
import { expectTurnsCoverText } from './turn-invariants';

describe('inline Markdown', () => {
  it.each([
    ['**Martine Lebrun:** Bonjour.', 'Martine Lebrun: Bonjour.'],
    ['__Martine :__ oui', 'Martine : oui'],
    ['*vraiment* et _sincèrement_ et ***les deux***', 'vraiment et sincèrement et les deux'],
    ['~~barré~~ resté', 'barré resté'],
    ['voir `code_avec_*étoiles*`', 'voir code_avec_*étoiles*'],
    ['un [lien](https://example.org "titre") et [un autre][ref]', 'un lien et un autre'],
    ['une image ![photo](a.png) ici', 'une image  ici'],
    ['<https://example.org> et <nom@example.org>', 'https://example.org et nom@example.org'],
    ['\\[00:04:01.06\\] \\*pas\\* \\_ça\\_ \\&amp;', '[00:04:01.06] *pas* _ça_ &amp;'],
    ['snake_case_name et foo__bar__baz', 'snake_case_name et foo__bar__baz'],
    ['5 * 3 * 2', '5 * 3 * 2'],
    ['<span class="x">texte</span> coupé<br>ici', 'texte coupé ici'],
    ['[rires] <inaudible> <crosstalk>', '[rires] <inaudible> <crosstalk>'],
    ['&laquo;&nbsp;oui&nbsp;&raquo; &amp; &#233;t&#xE9;', '«\u00A0oui\u00A0» & été'],
    ['une note[^1].', 'une note[1].'],
  ])('%s → %s', (markdown, text) => {
    expect(inlineToText(markdown)).toBe(text);
  });
});

describe('markdownToText', () => {
  it('drops front matter and keeps headings as their own paragraph', () => {
    const markdown = '---\ntitle: Entretien 3\ndate: 2024-03-01\n---\n\n# Entretien 3 #\n\nSous-titre\n===\n\nTexte.';
    expect(markdownToText(markdown)).toBe('Entretien 3\n\nSous-titre\n\nTexte.');
  });

  it('keeps a transcript that opens with a horizontal rule', () => {
    expect(markdownToText('---\n\nL1 : bonjour.\n\n---\n')).toBe('L1 : bonjour.');
  });

  it('drops bullet markers, keeps numbers, and makes each item its own block', () => {
    expect(markdownToText('- **Martine :** oui\n- Paul : non\n  * imbriqué\n\n1. Première question\n2) Deuxième\n- [x] fait')).toBe(
      'Martine : oui\n\nPaul : non\n\nimbriqué\n\n1. Première question\n\n2) Deuxième\n\nfait',
    );
  });

  it('flattens tables into one paragraph per row, cells joined by " | "', () => {
    const markdown = '| Locuteur | Propos |\n|:---|---:|\n| **Martine** | Je suis *née* ici. |\n| Paul | a \\| b |\n|  | vide |';
    expect(markdownToText(markdown)).toBe('Locuteur | Propos\n\nMartine | Je suis née ici.\n\nPaul | a | b\n\nvide');
  });

  it('strips blockquote markers, HTML comments, link definitions and thematic breaks', () => {
    const markdown = '> citée\n> > imbriquée\n\n<!-- note\ninterne -->\n[ref]: https://example.org\n\n***\n\nFin.';
    expect(markdownToText(markdown)).toBe('citée\nimbriquée\n\nFin.');
  });

  it('keeps the text of fenced code, one line per block, without reading it as markup', () => {
    expect(markdownToText('```text\n**pas du gras**\n\nligne 2\n```\napres')).toBe('**pas du gras**\n\nligne 2\n\napres');
  });

  it('turns footnote definitions into "[1] text"', () => {
    expect(markdownToText('Texte[^1].\n\n[^1]: Une *note*.')).toBe('Texte[1].\n\n[1] Une note.');
  });
});

describe('Markdown files', () => {
  const temp = createTempFolder();
  afterAll(() => temp.cleanup());

  it('imports a Markdown transcript as readable paragraphs with speaker labels kept', async () => {
    const markdown = [
      '---',
      'title: Épisode 12',
      '---',
      '',
      '# Épisode 12',
      '',
      '**Adam:** Bonjour à tous, et bienvenue.',
      '',
      '**Jérôme:** Merci \\[00:04:01\\] de m’avoir invité… « vraiment ».',
      '',
      '![logo](logo.png)',
      '',
      '- Un point',
      '- Un autre, voir [le site](https://example.org).',
      '',
    ].join('\r\n');
    const document = await parseDocumentFile(temp.write('épisode 12.MD', markdown));
    expect(document.format).toBe('md');
    expectTurnsCoverText(document, [
      'Épisode 12',
      'Adam: Bonjour à tous, et bienvenue.',
      'Jérôme: Merci [00:04:01] de m’avoir invité… « vraiment ».',
      'Un point',
      'Un autre, voir le site.',
    ]);
  });
});
