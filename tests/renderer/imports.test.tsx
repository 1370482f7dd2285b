import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Case, DocumentSummary } from '../../shared/contract';
import { splitImportPaths } from '../../renderer/features/documents/import-files';
import { importableInFolder } from '../../renderer/transport/browser-shell';
import { createFakeCore, fail, sampleInfo } from './fake-core';
import { renderApp } from './render-app';
import { turnsOfText } from './fake-participants';

const participant = (id: number, name: string): Case => ({ id, guid: `c${id}`, name, description: '', values: {}, documentIds: [], speakers: [] });

const summary = (id: number, name: string, extra: Partial<DocumentSummary> = {}): DocumentSummary => ({
  id,
  name,
  format: 'vtt',
  words: 1234,
  turns: 40,
  codings: 0,
  importedFrom: `${name}.vtt`,
  importedAt: '2025-01-01T00:00:00.000Z',
  caseId: null,
  ...extra,
});

describe('imports', () => {
  it('sends tables to the participants import and everything else to the documents import', () => {
    expect(splitImportPaths(['/s/E01.vtt', '/s/participants.CSV', '/s/Entretiens', '/s/profils.xlsx'])).toEqual({
      documents: ['/s/E01.vtt', '/s/Entretiens'],
      tables: ['/s/participants.CSV', '/s/profils.xlsx'],
    });
    expect(splitImportPaths(['/s/table.txt'], 'participants')).toEqual({ documents: [], tables: ['/s/table.txt'] });
  });

  it('keeps transcripts and the participants table from a chosen folder, without hidden or lock files', () => {
    const file = (path: string) => Object.assign(new File(['x'], path.split('/').pop()!), { webkitRelativePath: path });
    const kept = importableInFolder([
      file('Entretiens/E01.docx'),
      file('Entretiens/~$E01.docx'),
      file('Entretiens/.DS_Store'),
      file('Entretiens/audio/E01.mp3'),
      file('Entretiens/.cache/E09.txt'),
      file('Entretiens/notes/E02 - Karim.txt'),
      file('Entretiens/participants.csv'),
    ]);
    expect(kept.map((f) => f.webkitRelativePath)).toEqual(['Entretiens/E01.docx', 'Entretiens/notes/E02 - Karim.txt', 'Entretiens/participants.csv']);
  });

  it('imports a folder, reports words, turns and the speakers found, and links the documents to their participants', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    core.state.cases = [participant(41, 'E07')];
    const text = 'Enquêtrice : Bonjour.\nSophie Marchand : Bonjour, merci.';
    core.override('shell:pickImportFiles', () => ({ paths: ['/staging/a/E07 - Sophie.vtt'] }));
    core.override('documents:import', () => {
      core.state.documents.push({ ...summary(9, 'E07 - Sophie', { turns: 2 }), text, turnList: turnsOfText(text) });
      return { imported: [summary(9, 'E07 - Sophie', { turns: 2 })], errors: [{ file: '/staging/b/photo.jpg', code: 'UNSUPPORTED_FILE', message: '“photo.jpg” is a picture, not a text. Verbatim imports .txt, .md, .docx, .odt, .html, .vtt and .srt files.' }] };
    });
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-menu'));
    fireEvent.click(await screen.findByTestId('import-folder'));

    const report = await screen.findByTestId('import-report');
    expect(core.callsTo('shell:pickImportFiles')).toEqual([{ kind: 'folder' }]);
    expect(core.callsTo('cases:autoLink')).toHaveLength(1);
    const row = within(report).getByTestId('import-report-imported');
    expect(row.textContent).toContain('E07 - Sophie');
    expect(row.textContent?.replace(/\s/g, ' ')).toContain('1 234 mots');
    expect((await within(row).findByTestId('import-report-speakers')).textContent).toBe('EnquêtriceSophie Marchand');
    await waitFor(() => expect(within(row).getByTestId('import-report-case').textContent).toBe('E07'));
    expect(within(report).getByTestId('import-report-error').textContent).toContain(
      '« photo.jpg » est une image, pas un texte. Verbatim importe les fichiers .txt, .md, .docx, .odt, .html, .vtt et .srt.',
    );
    expect(within(within(report).getByTestId('link-report')).getByTestId('link-report-linked').textContent).toContain('E07');
  });

  it('imports the participants table a folder holds, then links the folder’s documents to its participants', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    core.override('shell:pickImportFiles', () => ({ paths: ['/etude/Entretiens'] }));
    core.override('documents:import', () => ({ imported: [], errors: [], tables: ['/etude/Entretiens/participants.csv'] }));
    core.override('cases:import', () => {
      core.state.cases = [participant(41, 'E01')];
      return { file: 'participants.csv', created: ['E01'], updated: [], attributes: [{ name: 'Type d’acteur', type: 'category', isNew: true }], warnings: [] };
    });
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-menu'));
    fireEvent.click(await screen.findByTestId('import-folder'));

    const report = await screen.findByTestId('import-report');
    expect(core.callsTo('documents:import')).toEqual([{ paths: ['/etude/Entretiens'] }]);
    expect(core.callsTo('cases:import')).toEqual([{ path: '/etude/Entretiens/participants.csv' }]);
    expect(within(report).getByTestId('case-import-report').textContent).toContain('Tableau « participants.csv »');
    await waitFor(() => expect(core.callsTo('cases:autoLink')).toHaveLength(1));
  });

  it('imports a participants table and reports what it created, its columns with their types, and remarks', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    core.override('shell:pickImportFiles', () => ({ paths: ['/staging/c/participants.csv'] }));
    core.override('cases:import', () => {
      core.state.cases = [participant(41, 'E01'), participant(42, 'E02')];
      return {
        file: 'participants.csv',
        created: ['E01', 'E02'],
        updated: [],
        attributes: [
          { name: 'Âge', type: 'number', isNew: true },
          { name: 'Commune', type: 'category', isNew: true },
        ],
        warnings: ['Line 4: no identifier in “Code”; row skipped.'],
      };
    });
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-menu'));
    fireEvent.click(await screen.findByTestId('import-table'));

    const report = await screen.findByTestId('import-report');
    expect(core.callsTo('shell:pickImportFiles')).toEqual([{ kind: 'participants' }]);
    expect(core.callsTo('cases:import')).toEqual([{ path: '/staging/c/participants.csv' }]);
    expect(core.callsTo('documents:import')).toHaveLength(0);
    const table = within(report).getByTestId('case-import-report');
    expect(table.textContent).toContain('Tableau « participants.csv »');
    expect(within(table).getByTestId('case-import-counts').textContent).toBe('2 participants créés · 0 participant mis à jour');
    expect(within(table).getAllByTestId('case-import-attribute').map((a) => a.textContent)).toEqual(['Âgenombre · nouvelle', 'Communecatégorie · nouvelle']);
    expect(within(table).getByTestId('case-import-warnings').textContent).toContain('Ligne 4 : aucun identifiant dans « Code » ; ligne ignorée.');
    // The sample's two documents match E01 and E02 by name.
    const link = within(report).getByTestId('link-report');
    expect(within(link).getAllByTestId('link-report-linked').map((l) => l.textContent)).toEqual(['E01 - élue→E01', 'E02 - prestataire→E02']);
  });

  it('reports a table that cannot be read, without a toast', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    core.override('shell:pickImportFiles', () => ({ paths: ['/staging/d/vide.csv'] }));
    core.override('cases:import', () => {
      throw fail('BAD_FILE', '“vide.csv” has no participants: it needs a header row (identifier, then attributes) and one row per participant.');
    });
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-menu'));
    fireEvent.click(await screen.findByTestId('import-table'));
    const report = await screen.findByTestId('import-report');
    expect(within(report).getByTestId('case-import-error').textContent).toContain('« vide.csv » ne contient aucun participant');
    expect(screen.queryByTestId('toast')).toBeNull();
  });

  it('shows each document’s participant in the list and links or unlinks it there', async () => {
    const core = createFakeCore({ project: { ...sampleInfo, isSample: false } });
    core.state.cases = [participant(41, 'E01'), participant(42, 'E02')];
    core.state.documents[0]!.caseId = 41;
    renderApp(core);
    const [first, second] = await screen.findAllByTestId('document-item');
    const firstCase = (await within(first!).findByTestId('document-case')) as HTMLSelectElement;
    expect(firstCase.selectedOptions[0]?.textContent).toBe('E01');
    const secondCase = within(second!).getByTestId('document-case') as HTMLSelectElement;
    expect(secondCase.selectedOptions[0]?.textContent).toBe('Sans participant');
    expect(secondCase.getAttribute('aria-label')).toBe('Participant de « E02 - prestataire »');

    fireEvent.change(secondCase, { target: { value: '42' } });
    await waitFor(() => expect(core.callsTo('documents:setCase')).toEqual([{ documentId: 2, caseId: 42 }]));
    fireEvent.change(firstCase, { target: { value: '' } });
    await waitFor(() => expect(core.callsTo('documents:setCase')).toContainEqual({ documentId: 1, caseId: null }));
    await waitFor(() => expect((within(second!).getByTestId('document-case') as HTMLSelectElement).value).toBe('42'));
  });

  it('shows no participant chooser while the project has no participants', async () => {
    renderApp(createFakeCore({ project: { ...sampleInfo, isSample: false } }));
    await screen.findAllByTestId('document-item');
    expect(screen.queryByTestId('document-case')).toBeNull();
  });
});
