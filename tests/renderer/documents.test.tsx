import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeCore, fail, sampleInfo } from './fake-core';
import { renderApp } from './render-app';

describe('documents', () => {
  it('imports the chosen files and reports what was imported and what failed', async () => {
    const core = createFakeCore();
    core.override('shell:pickImportFiles', () => ({ paths: ['/staging/1/E04 - usager.docx', '/staging/2/notes.pdf'] }));
    core.override('documents:import', () => ({
      imported: [
        {
          id: 7,
          name: 'E04 - usager',
          format: 'docx',
          words: 1234,
          turns: 40,
          codings: 0,
          importedFrom: '/staging/1/E04 - usager.docx',
          importedAt: '2025-01-01T00:00:00.000Z',
          caseId: null,
        },
      ],
      errors: [{ file: '/staging/2/notes.pdf', code: 'UNSUPPORTED_FILE', message: '“notes.pdf” cannot be read: Verbatim is not allowed to open it (check the file’s permissions).' }],
    }));
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-button'));

    const report = await screen.findByTestId('import-report');
    expect(core.callsTo('documents:import')).toEqual([{ paths: ['/staging/1/E04 - usager.docx', '/staging/2/notes.pdf'] }]);
    const imported = within(report).getByTestId('import-report-imported');
    expect(imported?.textContent).toContain('E04 - usager');
    expect(imported.textContent?.replace(/\s/g, ' ')).toContain('1 234 mots');
    const error = within(report).getByTestId('import-report-error');
    expect(error?.textContent).toContain('notes.pdf');
    expect(error?.textContent).toContain('« notes.pdf » ne peut pas être lu : Verbatim n’a pas le droit de l’ouvrir');
    expect(error?.textContent).not.toContain('/staging/');
  });

  it('shows files already in the project and imports one anyway, or skips the other', async () => {
    const core = createFakeCore();
    const summary = (id: number, name: string) => ({
      id, name, format: 'txt' as const, words: 10, turns: 2, codings: 0, importedFrom: `${name}.txt`, importedAt: '2025-01-01T00:00:00.000Z', caseId: null,
    });
    core.override('shell:pickImportFiles', () => ({ paths: ['/staging/1/E01.txt', '/staging/2/E02.txt'] }));
    core.override('documents:import', (input) =>
      (input as { allowDuplicates?: boolean }).allowDuplicates
        ? { imported: [summary(9, 'E01 (2)')], errors: [], warnings: [], duplicates: [] }
        : {
            imported: [],
            errors: [],
            warnings: [{ file: 'E02.txt', message: '“E02.txt”: line 3 has bytes that are not valid UTF-8' }],
            duplicates: [
              { file: 'E01.txt', path: '/staging/1/E01.txt', existing: 'E01 - élue' },
              { file: 'E02.txt', path: '/staging/2/E02.txt', existing: 'E02 - usager' },
            ],
          },
    );
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-button'));

    const report = await screen.findByTestId('import-report');
    expect(within(report).getByTestId('import-report-warning').textContent).toContain('line 3');
    const rows = within(report).getAllByTestId('import-report-duplicate');
    expect(rows.map((r) => r.textContent)).toEqual([expect.stringContaining('E01 - élue'), expect.stringContaining('E02 - usager')]);
    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Importer quand même' }));
    await waitFor(() => expect(within(report).getAllByTestId('import-report-duplicate')).toHaveLength(1));
    expect(core.callsTo('documents:import').at(-1)).toEqual({ paths: ['/staging/1/E01.txt'], allowDuplicates: true });
    expect(within(report).getByTestId('import-report-imported').textContent).toContain('E01 (2)');
    fireEvent.click(within(report).getByRole('button', { name: 'Ignorer' }));
    await waitFor(() => expect(within(report).queryByTestId('import-report-duplicates')).toBeNull());
    expect(core.callsTo('documents:import')).toHaveLength(2);
  });

  it('does nothing when the file chooser is cancelled', async () => {
    const core = createFakeCore();
    renderApp(core);
    fireEvent.click(await screen.findByTestId('import-button'));
    await waitFor(() => expect(core.callsTo('shell:pickImportFiles')).toHaveLength(1));
    expect(core.callsTo('documents:import')).toHaveLength(0);
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('tells a newcomer with no documents to import transcripts', async () => {
    renderApp(createFakeCore({ project: { ...sampleInfo, isSample: false }, documents: [], codings: [] }));
    const empty = await screen.findByTestId('documents-empty');
    expect(empty?.textContent).toContain('Importez vos transcriptions : .txt, .md, .docx');
    expect(within(empty).getByTestId('import-button')).toBeTruthy();
  });

  it('asks before deleting, saying the codings go too and that it can be undone', async () => {
    const core = createFakeCore();
    core.override('documents:delete', () => ({ ok: true }));
    renderApp(core);
    const [first] = await screen.findAllByTestId('document-item');
    fireEvent.click(within(first!).getByTestId('document-delete'));
    const dialog = await screen.findByTestId('delete-document-dialog');
    expect(dialog?.textContent).toContain('1 codage');
    expect(dialog?.textContent).toContain('annuler');
    fireEvent.click(within(dialog).getByTestId('confirm-delete'));
    await waitFor(() => expect(core.callsTo('documents:delete')).toEqual([{ id: 1 }]));
  });

  it('renames inline and explains a name already taken', async () => {
    const core = createFakeCore();
    core.override('documents:rename', () => {
      throw fail('CONFLICT', 'A document named “E02 - prestataire” already exists');
    });
    renderApp(core);
    const [first] = await screen.findAllByTestId('document-item');
    fireEvent.click(within(first!).getByRole('button', { name: /Renommer/ }));
    const input = within(first!).getByRole('textbox');
    fireEvent.change(input, { target: { value: 'E02 - prestataire' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect((await within(first!).findByRole('alert')).textContent).toContain('Un autre document porte déjà ce nom.');
    expect(screen.queryByTestId('toast')).toBeNull();
  });
});
