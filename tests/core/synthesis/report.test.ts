import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { readDocxParagraphs } from '../../../electron/core/documents/import/docx';
import { buildReportModel } from '../../../electron/core/export/report-model';
import { loadSnapshot } from '../../../electron/core/export/snapshot';
import { codedStudy, type Study } from './fixture';

const NOW = new Date('2026-03-14T10:00:00Z');

/** The study with a written theme, key quotes, a recommendation, a framework cell and settings. */
async function synthesisStudy(): Promise<Study> {
  const study = await codedStudy();
  const { core, codes, k, type, caseId } = study;
  await core.call('themes:update', { codeId: codes.gouvernance.id, synthesis: 'La confiance se gagne lentement.\n\nLes élus et les habitants le disent.' });
  await core.call('themes:pinQuote', { codeId: codes.gouvernance.id, codingId: k.fgConfiance.id });
  await core.call('themes:pinQuote', { codeId: codes.gouvernance.id, codingId: k.e01Confiance.id });
  await core.call('recommendations:create', { title: 'Publier le budget', body: 'Chaque année, en langage clair.', codeIds: [codes.budget.id], codingIds: [k.e02Budget.id] });
  await core.call('recommendations:create', { title: 'Former les élus', codeIds: [codes.confiance.id] });
  await core.call('framework:setCell', { caseId: caseId('E02'), codeId: codes.budget.id, summary: 'Budget opaque.' });
  await core.call('report:setSettings', { title: 'Confiance locale', subtitle: 'Synthèse des entretiens', author: 'Équipe Verbatim', licence: 'CC-BY-SA-4.0', groupAttributeId: type.id });
  return study;
}

const snapshotOf = (study: Study) => loadSnapshot(study.core.session.current()!.context.db, 'Étude synthèse');

describe('report model', () => {
  it('holds the title page, method, codebook, themes, recommendations, framework and annex with known answers', async () => {
    const study = await synthesisStudy();
    const model = buildReportModel(snapshotOf(study), { now: NOW });
    expect(model).toMatchObject({
      title: 'Confiance locale',
      subtitle: 'Synthèse des entretiens',
      author: 'Équipe Verbatim',
      date: '14 mars 2026',
      licence: { id: 'CC-BY-SA-4.0', label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    });
    expect(model.licence.sentence).toContain('Partage dans les mêmes conditions');
    expect(model.method).toEqual({
      interviews: 3,
      agreement: null,
      participants: 4,
      codings: 10,
      codes: 4,
      groupAttribute: 'Type',
      // The focus group counts for both groups: Alice is a resident, Bruno an elected official.
      groups: [
        { label: 'élue', interviews: 2, participants: 2 },
        { label: 'habitant', interviews: 2, participants: 2 },
      ],
      period: null,
    });
    expect(model.codebook.map((c) => [c.path, c.depth, c.codings])).toEqual([
      ['Gouvernance', 0, 0],
      ['Gouvernance/Confiance', 1, 4],
      ['Gouvernance/Transparence', 1, 3],
      ['Budget', 0, 3],
    ]);
    expect(model.themes.map((t) => [t.path, t.codings, t.participants])).toEqual([
      ['Gouvernance', 7, 4],
      ['Budget', 3, 3],
    ]);
    const gouvernance = model.themes[0]!;
    expect(gouvernance.definition).toBe('Comment les décisions se prennent.');
    expect(gouvernance.distribution).toEqual([
      { label: 'élue', codings: 4, participants: 2, participantsInGroup: 2 },
      { label: 'habitant', codings: 3, participants: 2, participantsInGroup: 2 },
    ]);
    expect(gouvernance.keyQuotes).toEqual([
      { text: 'La confiance dans les élus est faible.', source: 'E03, tour 2', codePath: 'Gouvernance/Confiance' },
      { text: 'La confiance se gagne lentement.', source: 'E01, tour 2', codePath: 'Gouvernance/Confiance' },
    ]);
    expect(model.recommendations).toEqual([
      { title: 'Publier le budget', body: 'Chaque année, en langage clair.', themes: ['Budget'], quotes: [{ text: 'Le budget est opaque.', source: 'E02, tour 2', codePath: 'Budget' }] },
      { title: 'Former les élus', body: '', themes: ['Gouvernance/Confiance'], quotes: [] },
    ]);
    expect(model.framework).toEqual({ themes: ['Budget'], rows: [{ participant: 'E02', cells: ['Budget opaque.'] }] });
    expect(model.annex!.map((s) => [s.theme, s.quotes.length])).toEqual([['Gouvernance', 7], ['Budget', 3]]);
    // Sources are participant identifiers, never speakers' names nor titles of documents with a participant.
    const sources = model.annex!.flatMap((s) => s.quotes.map((q) => q.source));
    expect(new Set(sources)).toEqual(new Set(['E01, tour 2', 'E01, tour 4', 'E02, tour 2', 'E02, tour 3', 'E03, tour 2', 'E04, tour 3']));
  });

  it('is limited to chosen themes, keeping the recommendations that rest on them', async () => {
    const study = await synthesisStudy();
    const model = buildReportModel(snapshotOf(study), { now: NOW, codeIds: [study.codes.budget.id] });
    expect(model.themes.map((t) => t.name)).toEqual(['Budget']);
    expect(model.codebook.map((c) => c.path)).toEqual(['Budget']);
    expect(model.recommendations.map((r) => r.title)).toEqual(['Publier le budget']);
    expect(model.annex!.map((s) => s.theme)).toEqual(['Budget']);
    expect(() => buildReportModel(snapshotOf(study), { now: NOW, codeIds: [999] })).toThrow('No code with id 999');
  });

  it('speaks English, leaves the annex out and shows the licence chosen when asked', async () => {
    const study = await synthesisStudy();
    await study.core.call('report:setSettings', { language: 'en', includeAnnex: false, licence: 'all-rights-reserved', title: '' });
    const model = buildReportModel(snapshotOf(study), { now: NOW });
    expect(model.title).toBe('Étude synthèse');
    expect(model.annex).toBeNull();
    expect(model.licence).toMatchObject({ label: 'All rights reserved', url: null, sentence: '© 2026 Équipe Verbatim. All rights reserved.' });
    expect(model.themes[0]!.keyQuotes[0]!.source).toBe('E03, turn 2');
  });
});

const SPEAKER_NAMES = /Martine|Paul|Alice|Bruno|Animateur|Enquêtrice/;

describe('report files', () => {
  it('writes Markdown with every part, quotes as block quotes with their source', async () => {
    const study = await synthesisStudy();
    const result = await study.core.call('exports:write', { format: 'md', path: join(study.core.dir, 'rapport.md') });
    expect(result.fileName).toBe('rapport.md');
    const md = readFileSync(result.path, 'utf8');
    expect(md.startsWith('# Confiance locale\n')).toBe(true);
    for (const heading of ['## Méthode', '## Grille de codes', '## Thèmes', '### Gouvernance', '## Recommandations', '### 1. Publier le budget', '## Matrice de synthèse (Framework)', '## Annexe : passages codés par thème']) {
      expect(md).toContain(`${heading}\n`);
    }
    expect(md).toContain('[CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/)');
    expect(md).toContain('> La confiance dans les élus est faible.\n>\n> — E03, tour 2\n');
    expect(md).toContain('| élue | 4 | 2 / 2 |');
    expect(md).not.toMatch(SPEAKER_NAMES);
  });

  it('writes self-contained, print-friendly HTML that fetches nothing and escapes what it shows', async () => {
    const study = await synthesisStudy();
    await study.core.call('recommendations:create', { title: '<script>alert(1)</script> & co' });
    const result = await study.core.call('exports:write', { format: 'html', path: join(study.core.dir, 'rapport.html') });
    const html = readFileSync(result.path, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('@media print');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/i);
    expect(html).toContain('<blockquote><p>La confiance dans les élus est faible.</p><cite class="source">— E03, tour 2</cite></blockquote>');
    expect(html).toContain('<h1>Confiance locale</h1>');
    expect(html).not.toMatch(SPEAKER_NAMES);
  });

  it('writes a DOCX that a real reader parses back with its structure', async () => {
    const study = await synthesisStudy();
    const result = await study.core.call('exports:write', { format: 'docx', path: join(study.core.dir, 'rapport.docx') });
    const bytes = new Uint8Array(readFileSync(result.path));
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    for (const h1 of ['Méthode', 'Grille de codes', 'Thèmes', 'Recommandations']) expect(html).toContain(`<h1>${h1}</h1>`);
    expect(html).toContain('<h2>Gouvernance</h2>');
    expect(html).toContain('<h2>1. Publier le budget</h2>');
    const paragraphs = await readDocxParagraphs(bytes, 'rapport.docx');
    expect(paragraphs).toContain('Confiance locale');
    expect(paragraphs).toContain('La confiance dans les élus est faible.');
    expect(paragraphs).toContain('— E03, tour 2');
    expect(paragraphs.join('\n')).not.toMatch(SPEAKER_NAMES);
  });
});

const PLACEHOLDERS = /Synthèse à rédiger|Synthesis to be written|Aucun passage codé|No coded passage|Brouillon|Draft/;

/** The three report files of the study, as text a reader sees (the DOCX read back by mammoth). */
async function reportTexts(study: Study, name: string): Promise<Record<'md' | 'html' | 'docx', string>> {
  const md = readFileSync((await study.core.call('exports:write', { format: 'md', path: join(study.core.dir, `${name}.md`) })).path, 'utf8');
  const html = readFileSync((await study.core.call('exports:write', { format: 'html', path: join(study.core.dir, `${name}.html`) })).path, 'utf8');
  const docxBytes = readFileSync((await study.core.call('exports:write', { format: 'docx', path: join(study.core.dir, `${name}.docx`) })).path);
  const { value: docx } = await mammoth.convertToHtml({ buffer: docxBytes });
  return { md, html, docx };
}

describe('report sections (issue 13)', () => {
  it('includes every theme with coded passages even without written synthesis, and prints no placeholder in a deliverable', async () => {
    const study = await codedStudy();
    // Nothing written at all, and a top-level theme that has no passage yet.
    await study.core.call('codes:create', { name: 'Mobilité' });
    const model = buildReportModel(snapshotOf(study), { now: NOW });
    expect(model.draft).toBe(false);
    expect(model.themes.map((t) => [t.path, t.codings, t.synthesis])).toEqual([
      ['Gouvernance', 7, ''],
      ['Budget', 3, ''],
    ]);
    expect(model.annex!.map((s) => s.theme)).toEqual(['Gouvernance', 'Budget']);
    const files = await reportTexts(study, 'livrable');
    for (const [format, text] of Object.entries(files)) {
      expect(text, format).not.toMatch(PLACEHOLDERS);
      expect(text, format).toContain('Budget');
      expect(text, format).toContain('Le budget est opaque.');
      expect(text, format).not.toContain('Mobilité</h');
      expect(text, format).not.toContain('### Mobilité');
    }
    expect(files.md).toContain('### Budget\n\n*3 passages codés, 3 participants.*');
    expect(files.docx).toContain('<h2>Budget</h2>');
  });

  it('keeps and visibly marks empty sections in draft mode', async () => {
    const study = await codedStudy();
    await study.core.call('codes:create', { name: 'Mobilité' });
    await study.core.call('report:setSettings', { draft: true });
    expect((await study.core.call('report:getSettings', {})).draft).toBe(true);
    const model = buildReportModel(snapshotOf(study), { now: NOW });
    expect(model.themes.map((t) => t.path)).toEqual(['Gouvernance', 'Budget', 'Mobilité']);
    expect(model.annex!.map((s) => [s.theme, s.quotes.length])).toEqual([['Gouvernance', 7], ['Budget', 3], ['Mobilité', 0]]);
    const files = await reportTexts(study, 'brouillon');
    expect(files.md).toContain('**Brouillon : les sections encore vides sont signalées.**');
    expect(files.md).toContain('### Mobilité\n\n*0 passage codé, 0 participant.*\n\n*[Brouillon] Synthèse à rédiger.*\n\n*[Brouillon] Aucun passage codé.*');
    expect(files.html).toContain('<p class="draft">[Brouillon] Synthèse à rédiger.</p>');
    expect(files.html).toContain('<p class="draft-notice">');
    expect(files.docx).toContain('<strong>[Brouillon] </strong><em>Synthèse à rédiger.</em>');
    await study.core.call('history:undo', {});
    expect((await study.core.call('report:getSettings', {})).draft).toBe(false);
  });

  it('puts each coding memo under its quote in the annex (md, html, docx), and not elsewhere', async () => {
    const study = await codedStudy();
    await study.core.call('memos:create', { target: { type: 'coding', id: study.k.e02Budget.id }, title: 'Relance', body: 'Demander le document budgétaire.' });
    const model = buildReportModel(snapshotOf(study), { now: NOW });
    const budget = model.annex!.find((s) => s.theme === 'Budget')!;
    expect(budget.quotes.find((q) => q.text === 'Le budget est opaque.')).toMatchObject({ memo: 'Relance — Demander le document budgétaire.' });
    expect(budget.quotes.filter((q) => q.memo !== undefined)).toHaveLength(1);
    const files = await reportTexts(study, 'memos');
    expect(files.md).toContain('> — E02, tour 2\n\n*Mémo\u00a0:* Relance — Demander le document budgétaire.\n');
    expect(files.html).toContain('— E02, tour 2</cite></blockquote><p class="memo"><strong>Mémo\u00a0:</strong> Relance — Demander le document budgétaire.</p>');
    expect(files.docx).toMatch(/— E02, tour 2<\/p><p><strong>Mémo\u00a0: <\/strong><em>Relance — Demander le document budgétaire\.<\/em><\/p>/);
    // The memo is a working note of the annex only: the theme sheets do not show it.
    expect(files.md.split('## Annexe')[0]).not.toContain('Demander le document');
  });
});

describe('report errors', () => {
  it('refuses a report on an unknown theme with a clear error and writes nothing', async () => {
    const study = await synthesisStudy();
    const target = join(study.core.dir, 'bad.docx');
    await expect(study.core.call('exports:write', { format: 'docx', path: target, codeIds: [424242] })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No code with id 424242: it cannot be a theme of the report',
    });
    expect(existsSync(target)).toBe(false);
  });
});

describe('report through the CLI', () => {
  it('exports md, html and docx, limited to themes named by code path, and refuses an unknown theme', async () => {
    const study = await synthesisStudy();
    await study.core.close();
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const code = await runCli(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), dataDir: study.core.dataDir });
      return { code, stdout, stderr };
    };
    for (const format of ['md', 'html', 'docx'] as const) {
      const out = join(study.core.dir, `cli.${format}`);
      const r = await run(['export', study.core.projectPath, '--format', format, '--out', out, '--json']);
      expect(r, r.stderr).toMatchObject({ code: 0 });
      expect(JSON.parse(r.stdout)).toMatchObject({ path: out, format });
    }
    const limited = join(study.core.dir, 'budget.md');
    expect((await run(['export', study.core.projectPath, '--format', 'md', '--out', limited, '--theme', 'budget'])).code).toBe(0);
    const md = readFileSync(limited, 'utf8');
    expect(md).toContain('### Budget');
    expect(md).not.toContain('### Gouvernance');
    const bad = await run(['export', study.core.projectPath, '--format', 'md', '--out', limited, '--theme', 'Gouvernance/Nope']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('No code “Gouvernance/Nope”');
  });
});
